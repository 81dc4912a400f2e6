"""Words the parser hangs inside a reported clause that are not part of what was said.

``clauses._without_participle_cues`` drops them from the clause: a second report with a
subject and clause of its own ("though they cautioned that ..."), and a second subject with
a participle joined by "and" to an absolute "with X warning that ..." ("with the finance
minister warning that the plan would cost more and the labour minister refusing to ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.cues import is_reporting_verb
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.verb_subjects import subject_of

#: Subordinators of a second report beside the first (``own_report_in_clause``).
_CONCESSIVE_MARKS = frozenset({"though", "although", "while", "whereas", "even"})


def own_report_in_clause(token: Token, head: Token, lex: Lexicon) -> bool:
    """"said two barns had been lost, though they cautioned that an accurate count was not
    yet possible": a reporting verb with a subject and a clause of its own, hung inside the
    reported clause as an adverbial one, is a second report (yielded from its own cue), not
    part of the first."""
    children = list(token.children)
    marks = {c.lower_ for c in children if c.dep_ == "mark"}
    # a concession ("though they cautioned") is a report beside the first; a condition or
    # a cause ("if the board decided that ...") is part of what was said
    return token.i != head.i and token.dep_ == "advcl" and is_reporting_verb(token, lex) \
        and marks <= _CONCESSIVE_MARKS \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in children) \
        and any(c.dep_ == "ccomp" for c in children)


def decided_in_clause(verb: Token, lex: Lexicon) -> bool:
    """"said her board had weighed staying independent but concluded that the bank would
    struggle": a verb of deciding (reporting_verbs.yaml ``deciding``) with no subject of its
    own, joined to a reported clause's verb that has one, is that subject's decision and part
    of the clause, not a second report of the speaker's."""
    clause = verb.head
    if _pluperfect_in_clause(verb, clause, lex):
        return True
    if verb.lemma_.casefold() not in lex.deciding_lemmas or verb.dep_ != "conj" \
            or clause.dep_ != "ccomp" or not is_reporting_verb(clause.head, lex):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _pluperfect_in_clause(verb: Token, clause: Token, lex: Lexicon) -> bool:
    """"told Reuters Varga had been left out of a meeting ... and had told colleagues on
    Friday she intended to quit": a reporting verb with its own "had", joined to a reported
    clause's verb that has "had" too, under a cue without it, shares the clause's tense: a
    report inside the report (the set annotates none on its own), not the speaker's second
    report, which takes the cue's tense ("said X had fired first and warned that ...",
    round 44) (round 76)."""
    def had(token: Token) -> bool:
        return any(c.dep_ == "aux" and c.lower_ == "had" for c in token.children)

    return verb.dep_ == "conj" and clause.dep_ == "ccomp" and had(verb) and had(clause) \
        and is_reporting_verb(clause.head, lex) and not had(clause.head)


def second_absolute(token: Token, head: Token) -> int | None:
    """Index of the "and" opening a second subject with a participle ("..., with the
    minister warning that the plan would cost more *and the labour minister refusing to
    back down*"), which the parser hung on the reported clause as an adverbial one; it
    continues the writer's "with", not the speech. None for anything else."""
    if token.i == head.i or token.dep_ not in ("advcl", "conj") or token.tag_ != "VBG" \
            or not _in_absolute(head):
        return None  # "prices were rising and wages falling" after "said": both are said
    children = list(token.children)
    if any(c.dep_ == "mark" for c in children) or not any(
            c.dep_ == "nsubj" and c.i < token.i for c in children):
        return None
    start = token.left_edge.i
    if start == 0 or token.doc[start - 1].lower_ != "and":
        return None
    return start - 1


def _in_absolute(head: Token) -> bool:
    """Whether the clause is reported by a participle after "with" ("with the minister
    warning that ..."): the writer's absolute phrase, which a second subject may continue."""
    cue = head.head
    return cue.tag_ == "VBG" and cue.dep_ == "pcomp" and cue.head.lower_ == "with"


def without_closing_subject(verb: Token, found: tuple[Token, list[Token]] | None
                            ) -> tuple[Token, list[Token]] | None:
    """The clause ``found`` for ``verb`` without the cue's own subject, which the parser
    may hang inside it ("... of President X, witnesses and a rights group said.": the
    witnesses and the comma before them are no part of what was said; round 54)."""
    if found is None:
        return None
    subject = subject_of(verb)
    head, words = found
    if subject is None or subject.i not in {t.i for t in words} or subject.i < head.i:
        return found
    kept = [t for t in words if t.i < subject.left_edge.i]
    while kept and (kept[-1].is_punct or kept[-1].is_space):
        kept.pop()
    return (head, kept) if kept else found
