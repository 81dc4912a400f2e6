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
