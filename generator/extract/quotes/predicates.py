"""A second predicate of the reported clause that the parser hung on the reporting verb
(split out of :mod:`.clauses`): "said Brussels was “following the situation closely” and was
in contact with both capitals", "argued the council had “lost control of the finances” and
should have sold ...". It continues the reported clause, so the words after the marks are
the writer's and the clause is reported as well as quoted."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.lexicon import load_lexicon

_SUBJECTS = ("nsubj", "nsubjpass", "expl")


def continued_predicate(verb: Token, clause: Token) -> list[Token]:
    """"said Brussels was “following the situation closely” and was in contact with both
    capitals": the parser hangs the second predicate ("and was in contact ...", a form of
    "be" with no subject of its own) on the reporting verb; it continues the reported
    clause. So does a verb with no subject whose tense is written with auxiliaries, after a
    clause whose own tense is ("had “lost control ...” and should have sold ...", "was
    “monitoring ...” but had not been asked to mediate"; round 62-63). Empty for anything
    else ("said ... and added ...")."""
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.i > clause.i
                 and (_bare_be(c) or _tensed_like(c, clause) or _present_after_past(c, clause))),
                None)
    if conj is None:
        return []
    start = conj.i - 1 if verb.doc[conj.i - 1].dep_ == "cc" else conj.i
    first = conj.left_edge
    if first.is_quote and first.i > 0 and verb.doc[first.i - 1].dep_ == "cc":
        start = first.i - 1  # 'but "did not deserve to die ..."': the marks hold the tense
    return [t for t in verb.doc[start : conj.right_edge.i + 1]]


def with_predicate(verb: Token, found: tuple[Token, list[Token]] | None):
    """The clause found, with the second predicate hung on the verb ("said in an email
    that the department was “monitoring ...” but had not been asked to mediate")."""
    return found and (found[0], found[1] + continued_predicate(verb, found[0]))


def _bare_be(conj: Token) -> bool:
    return conj.pos_ == "AUX" and conj.lemma_ == "be" \
        and not any(g.dep_ in _SUBJECTS for g in conj.children)


def _present_after_past(conj: Token, clause: Token) -> bool:
    """"said in a statement that his office “respects ...” but believes the tax was
    lawful": a present-tense verb with no subject after a present-tense clause with its
    own, under a past-tense cue: the tense is the clause's, not the cue's, so the verb is
    the clause's second predicate, whatever its meaning (round 107)."""
    return conj.tag_ in ("VBZ", "VBP") and conj.tag_ == clause.tag_ \
        and conj.head.tag_ == "VBD" and conj.pos_ == "VERB" \
        and not any(g.dep_ in _SUBJECTS for g in conj.children) \
        and any(g.dep_ in _SUBJECTS for g in clause.children)


def _tensed_like(conj: Token, clause: Token) -> bool:
    """A verb after a conjunction and auxiliaries of its own, with no subject and no
    reporting verb in the active ("and had added" is the speaker's), after a clause with a
    subject and auxiliaries of its own: the clause's second predicate ("the department
    was “monitoring ...” but had not been asked")."""
    return conj.pos_ == "VERB" and _auxiliaries(conj) and _cc_before_auxiliaries(conj) \
        and not any(g.dep_ in _SUBJECTS for g in conj.children) \
        and (conj.lemma_.casefold() not in load_lexicon().reporting_lemmas
             or any(g.dep_ == "auxpass" for g in conj.children)) \
        and _tensed(clause) and any(g.dep_ in _SUBJECTS for g in clause.children)


def _tensed(clause: Token) -> bool:
    """A clause whose tense is written: with auxiliaries ("was “monitoring ...”") or a
    finite verb of its own ("the president “respects the right ...” but would not
    tolerate ...", round 65)."""
    return _auxiliaries(clause) or (clause.pos_ == "VERB" and clause.tag_ in ("VBZ", "VBP", "VBD"))


def _auxiliaries(token: Token) -> bool:
    return any(g.dep_ in ("aux", "auxpass") for g in token.children)


def _cc_before_auxiliaries(conj: Token) -> bool:
    """"and should have sold", "but had not been asked": the conjunction opens the run of
    auxiliaries (and a negation) before the verb."""
    end = conj.i - 1
    if end > 0 and conj.doc[end].is_quote and conj.doc[end].is_left_punct:
        end -= 1  # "and had ‘refused ...’": the opening mark after the auxiliaries
    i = end
    while i > 0 and conj.doc[i].dep_ in ("aux", "auxpass", "neg"):
        i -= 1
    if i < end and i > 0 and conj.doc[i].is_quote and conj.doc[i].is_left_punct:
        i -= 1  # 'but "did not deserve to die ..."' (round 76): the mark before them
    return i < end and conj.doc[i].dep_ == "cc"
