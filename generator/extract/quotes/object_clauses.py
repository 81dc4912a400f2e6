"""A reported clause the parser read as the cue's object, and a second that-clause after
quotation marks (round 81).

"wrote in a 94-page opinion that the merger would “substantially lessen competition” in at
least 40 markets": the tagger read the quoted verb as an adjective, so the parser made its
object noun the cue's object and hung the clause's "that", subject and auxiliaries on that
noun. "wrote that the government “respects the independence ...” but that businesses
“cannot wait forever.”": the writer's "but that businesses" between the marks opens a second
clause, so the report is the writer's as well as two quotes (build_gold.py: "a second
clause after them"). "X, Y, said parking income paid for ...": the clause's subject read
as a second subject of the cue; "said Korvath had lobbied officials ...": the clause's
verb read as an adjective of its object.
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = ("nsubj", "nsubjpass")


def that_clause_read_as_object(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of the clause whose verb the parser read as a modifier of its object
    noun, that noun made the cue's object with the clause's "that" and subject hung on it
    ("told MPs on Wednesday that the operator had “repeatedly failed passengers” and that
    services would pass ..."); a second that-clause the parser joined to the cue goes with
    it. None for any other shape ("said that" with a clause of its own)."""
    for noun in verb.children:
        if noun.dep_ != "dobj" or noun.i < verb.i or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        marks = [c.i for c in noun.children if c.dep_ == "mark" and c.lower_ == "that"]
        subjects = [c.i for c in noun.children if c.dep_ in _SUBJECTS]
        if marks and subjects and marks[0] < subjects[0] < noun.i:
            words = list(noun.subtree)
            for second in _second_that_clauses(verb, noun.right_edge.i):
                words += list(verb.doc[second.left_edge.i - 1 : second.right_edge.i + 1])
            return noun, words
    return None


def clause_read_as_second_subject(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of "X, Dr Nikhil Sarin, said parking income paid for the upkeep ...,
    and that charges had not risen since 2019": the parser made the clause's subject a
    second subject of the cue, after it, and the clause's past-tense verb a participle
    modifying that noun. The noun with its verb right after it, and any that-clause joined
    to the cue after it, is the report; the cue's real subject comes before it."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    noun = next((c for c in subjects if c.i > verb.i), None)
    if noun is None or not any(c.i < verb.i for c in subjects) \
            or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    participle = next((c for c in noun.children if c.dep_ == "acl" and c.i == noun.i + 1
                       and c.tag_ in ("VBD", "VBN")), None)
    if participle is None:
        return None
    words = list(noun.subtree)
    for second in _second_that_clauses(verb, noun.right_edge.i):
        words += list(verb.doc[second.left_edge.i - 1 : second.right_edge.i + 1])
    return participle, words


def clause_read_as_modified_object(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of "Two people familiar with the matter said Korvath had lobbied
    officials in Washington for weeks to narrow ...": the parser read the clause's verb as
    an adjective of its object noun, made that noun the cue's object and hung the rest of
    the clause on the cue. A verb with a subject and an auxiliary of its own before the
    cue's object noun heads the report, which runs from its subject to the sentence's end
    (round 82)."""
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if noun is None:
        return None
    clause = next((c for c in noun.children if c.dep_ == "amod" and c.i < noun.i
                   and c.tag_ in ("VBN", "VBD") and any(g.dep_ == "aux" for g in c.children)),
                  None)
    subject = next((g for g in clause.children if g.dep_ in _SUBJECTS), None) \
        if clause is not None else None
    if subject is None or subject.left_edge.i <= verb.i:
        return None
    end = max(c.right_edge.i for c in verb.children if c.i > verb.i)
    words = [t for t in verb.doc[subject.left_edge.i : end + 1]]
    while words and (words[-1].is_punct or words[-1].is_space):
        words.pop()
    return clause, words


def _second_that_clauses(verb: Token, after: int) -> list[Token]:
    """Conjuncts of ``verb`` after token ``after`` that open with "that" and a subject of
    their own, right after a conjunction ("and that services would pass ...")."""
    return [c for c in verb.children if c.dep_ == "conj" and c.i > after
            and opens_that_clause(c) and verb.doc[c.left_edge.i - 1].dep_ == "cc"]


def opens_that_clause(verb: Token) -> bool:
    """Whether the verb's clause opens with "that" and has a subject of its own."""
    children = list(verb.children)
    return any(c.dep_ == "mark" and c.lower_ == "that" and c.i == verb.left_edge.i
               for c in children) and any(c.dep_ in _SUBJECTS for c in children)


def that_clause_after_the_marks(head: Token, cue: Token, in_quote: list[bool]) -> bool:
    """'wrote that the government "respects ..." but that businesses "cannot wait
    forever."': a second clause joined to the quoted one (or to the cue) after it, whose
    "that" and subject are the writer's, outside the marks."""
    joined = [c for c in head.children if c.dep_ == "conj" and c.i > head.i] \
        + [c for c in cue.children if c.dep_ == "conj" and c.i > head.right_edge.i]
    return any(opens_that_clause(c) and not in_quote[c.left_edge.i]
               and all(not in_quote[s.i] for s in c.children if s.dep_ in _SUBJECTS)
               for c in joined)


def subject_outside_clause(verb: Token, subject: Token | None,
                           words: list[Token]) -> Token | None:
    """The cue's subject before it when the one found is the reported clause's own subject
    (:func:`clause_read_as_second_subject`: "said parking income paid for ..."); else the
    subject found (a parenthetical cue inside its clause keeps its own: "The delay, said
    Emma Sato of Northbridge Research, risks ...")."""
    inside = {t.i for t in words}
    if subject is None or subject.head.i != verb.i or subject.i not in inside \
            or verb.i in inside:
        return subject
    return next((c for c in reversed(list(verb.lefts)) if c.dep_ in _SUBJECTS), subject)


#: Cues that take no person as their object: "said parents who ..." is a clause's subject.
_OBJECTLESS_CUES = frozenset({"say", "add", "insist", "state", "note"})


def subject_with_question_read_as_object(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of "He said parents who were unsure whether their children had both
    doses should call a doctor": the clause's subject carries a relative clause ending in
    "unsure whether ..."; the parser made the subject the cue's object and the question's
    clause, with the rest of the sentence, the cue's complement, which then reads as an
    indirect question (round 97). A cue that takes no person as its object ("said", not
    "told" or "asked") makes the noun the subject of one clause running to the end of the
    complement; the noun heads it. None for any other shape."""
    if verb.lemma_.casefold() not in _OBJECTLESS_CUES:
        return None
    noun = next((c for c in verb.rights if c.dep_ == "dobj" and c.pos_ == "NOUN"
                 and c.left_edge.i == verb.i + 1
                 and any(r.dep_ == "relcl" for r in c.rights)), None)
    if noun is None:
        return None
    clause = next((c for c in verb.rights if c.dep_ == "ccomp"
                   and c.left_edge.i == noun.right_edge.i + 1
                   and c.left_edge.lower_ in ("whether", "if")), None)
    if clause is None:
        return None
    words = [t for t in verb.doc[noun.left_edge.i : clause.right_edge.i + 1]]
    while words and words[-1].is_punct:
        words.pop()
    return noun, words
