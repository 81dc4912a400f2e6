"""Walking back through a parsed document, for :mod:`.names` and :mod:`.things`.

``names`` imports ``things`` (what "it" stands for), so what both need lives here.
"""

from __future__ import annotations

#: Dependencies of a verb's subject.
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


def sentences_back(token, count: int):
    """The sentence of ``token`` and up to ``count - 1`` sentences before it (runs of blank
    lines the parser made into sentences are skipped, not counted, and so is a closing quote
    mark it cut off on its own, round 17)."""
    sent = token.sent
    while count > 0:
        if not all(t.is_space or t.is_punct for t in sent):
            yield sent
            count -= 1
        if sent.start == 0:
            return
        sent = token.doc[sent.start - 1].sent


def sentence_before(token):
    """The sentence before ``token``'s, blank and lone-mark sentences passed over, or None."""
    start = token.sent.start
    return next(sentences_back(token.doc[start - 1], 1), None) if start > 0 else None


def is_apposed(child) -> bool:
    """Whether the word stands in apposition to its head: so parsed, or a name set off between
    commas right after it that the parser hung as an adverb ("The largest union, *Fedra*, said
    it would challenge the law", round 47)."""
    if child.dep_ == "appos":
        return True
    doc = child.doc
    return child.dep_ == "npadvmod" and child.pos_ == "PROPN" and child.i > child.head.i \
        and doc[child.left_edge.i - 1].text == "," and child.right_edge.i + 1 < len(doc) \
        and doc[child.right_edge.i + 1].text == ","
