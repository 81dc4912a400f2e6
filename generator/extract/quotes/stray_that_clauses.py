"""A that-clause the parser hung before its cue: "State Sen. Gloria Huang, a Democrat whose
district includes Port Ellis, posted on X that the vote was "a gut punch" and promised to
introduce a bill" (round 85). The parser read the cue as a participle of the apposition's
last noun and hung the clause on the apposition as a relative clause; the clause whose
"that" comes right after the cue's last word is the cue's report. A verb joined after it
("and promised to introduce ...") is the speaker's act, no word of the report.
"""

from __future__ import annotations

from spacy.tokens import Token


def that_clause_hung_before(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of the clause whose "that" follows the cue's last word, hung on a
    word before the cue; None when there is no such clause."""
    doc = verb.doc
    at = verb.right_edge.i + 1
    if at >= len(doc) or doc[at].lower_ != "that" or doc[at].dep_ != "mark":
        return None
    head = doc[at].head
    if head.i < at or head.pos_ not in ("VERB", "AUX") or head.head.i > verb.i \
            or head.head.i == head.i or verb in head.ancestors:
        return None
    acts = {t.i for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"
            for t in c.subtree}
    joiners = {c.i for c in head.children if c.dep_ == "cc" and acts and c.i < min(acts)}
    words = [t for t in head.subtree if t.i > at and t.i not in acts | joiners]
    while words and words[-1].is_punct and not words[-1].is_quote:
        words.pop()
    return (head, words) if words else None


def subject_of_stray_cue(verb: Token) -> Token | None:
    """"... after a former lineman, Darius Webb, posted on Instagram that coaches had told
    him ...": a cue read as a participle of the noun set off right before it, whose
    that-clause the parser hung before it, has that noun for its subject (round 85); None
    otherwise."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.pos_ not in ("NOUN", "PROPN") or noun.i > verb.i \
            or verb.i == 0 or verb.doc[verb.i - 1].text != "," \
            or that_clause_hung_before(verb) is None:
        return None
    return noun
