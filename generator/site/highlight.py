"""Cut an article's text into paragraphs whose claim spans are marked.

Claims point into the text with ``span: [start, end]``. The article page shows the whole text
with every claim highlighted and linked to its page; this module does the cutting so the
template only loops over pieces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator import models

_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text, highlighted when ``claim_id`` is set."""

    text: str
    claim_id: str | None = None
    """Id of the claim (in this article) the run belongs to."""
    first: bool = True
    """False for the later parts of a claim that crosses a line break (only the first part
    carries the claim's anchor: HTML ids must be unique)."""
    last: bool = True
    """False for the earlier parts of a claim that crosses a line break (only the last part
    is followed by the claim's verdict, in words)."""


def claim_spans(text: str, claims: list[models.Claim]) -> list[tuple[int, int, str]]:
    """Return the usable, non-overlapping spans of ``claims`` in text order.

    A span is skipped when the claim is missing from the text, its span is out of range, or it
    overlaps an earlier span (the claim is still listed under the text, just not marked).
    """
    spans = sorted(
        (c.span[0], c.span[1], c.id)
        for c in claims
        if not c.missing and len(c.span) == 2 and 0 <= c.span[0] < c.span[1] <= len(text)
    )
    kept: list[tuple[int, int, str]] = []
    for start, end, claim_id in spans:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end, claim_id))
    return kept


def paragraphs(text: str, claims: list[models.Claim]) -> list[list[Piece]]:
    """Split ``text`` into non-empty lines (the seed format's paragraphs) with claims marked.

    Args:
        text: The article text the spans point into.
        claims: The article's visible claims.

    Returns:
        One list of pieces per paragraph; a claim crossing a line break is marked in each part.
    """
    spans = claim_spans(text, claims)
    return [
        _pieces(text, match.start(), match.end(), spans)
        for match in _PARAGRAPH.finditer(text)
        if match.group().strip()
    ]


def _pieces(text: str, start: int, end: int, spans: list[tuple[int, int, str]]) -> list[Piece]:
    pieces: list[Piece] = []
    cursor = start
    for span_start, span_end, claim_id in spans:
        lo, hi = max(span_start, start), min(span_end, end)
        if lo >= hi:
            continue
        if lo > cursor:
            pieces.append(Piece(text[cursor:lo]))
        pieces.append(Piece(text[lo:hi], claim_id, first=lo == span_start, last=hi == span_end))
        cursor = hi
    if cursor < end:
        pieces.append(Piece(text[cursor:end]))
    return pieces
