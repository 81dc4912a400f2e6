"""A closing cue the parser hung on the report's verb as its complement (round 74).

"Vance asked to be traded in January, a person familiar with the request told The
Associated Press, speaking on condition of anonymity.": the parser made "told" the clausal
complement (ccomp) of "asked", so "asked" seemed to report "a person ... told The
Associated Press" and "told" had no clause. A comma before the cue's subject, the cue
after the sentence's root, and nothing after the cue but its audience and adjuncts (a time,
a place, "speaking on condition of anonymity") to the end of the sentence tell that the
words before the comma are what was said, and the root's verb reports nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

#: What may follow such a cue: the audience ("told The Associated Press"), a time, a place,
#: an adverb, or a participle phrase of manner ("speaking on condition of anonymity").
_AFTER_CUE = frozenset({"dobj", "dative", "prep", "npadvmod", "advmod", "punct", "advcl"})


def closing_cue_read_as_complement(verb: Token) -> bool:
    """True if ``verb``, a cue, closes the sentence's report but the parser hung it on the
    root as a complement (see the module's docstring)."""
    return _comma_before_cue_subject(verb) is not None


def clause_before_complement_cue(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of the report before such a cue: the sentence's words up to the
    comma before the cue's subject, with the root as head; None for any other shape."""
    comma = _comma_before_cue_subject(verb)
    if comma is None:
        return None
    words = [t for t in verb.doc[verb.sent.start : comma] if not t.is_space]
    return (verb.head, words) if len(words) > 3 else None


def _comma_before_cue_subject(verb: Token) -> int | None:
    """Index of the comma before the subject of ``verb`` when ``verb`` is a closing cue the
    parser hung on the root as a complement (see the module's docstring); None otherwise."""
    root = verb.head
    if verb.dep_ != "ccomp" or root.i >= verb.i or root.dep_ != "ROOT":
        return None
    subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i <= root.i + 1:
        return None
    comma = verb.doc[subject.left_edge.i - 1]
    if comma.text != "," or any(c.dep_ not in _AFTER_CUE for c in verb.children
                                if c.i > verb.i):
        return None
    if any(c.dep_ == "advcl" and c.tag_ != "VBG" for c in verb.children if c.i > verb.i):
        return None  # "..., he told reporters before he left": only a participle of manner
    rest = [t for t in verb.sent if t.i > verb.right_edge.i and not t.is_punct
            and not t.is_space]
    return comma.i if not rest and verb.sent.start < comma.i else None
