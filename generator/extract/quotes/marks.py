"""Find the text between quotation marks: pure string work, no spaCy.

News copy uses curly marks (“ ”), straight marks (") and, in some outlets, guillemets
(« »). A quote that runs over paragraphs is written with no closing mark at the end of
each paragraph but the last, and an opening mark at the start of the next one; a quote that
never closes (a transcription slip) ends with its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
_PARAGRAPH = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """Text between a pair of quotation marks."""

    open: int
    """Offset of the opening mark."""
    close: int | None
    """Offset of the closing mark; None when the quote ends with its paragraph unclosed."""
    start: int
    """Start of the content (white space after the mark skipped)."""
    end: int
    """End of the content (white space before the mark skipped)."""

    @property
    def outer_end(self) -> int:
        """Offset just after the closing mark (or the content when unclosed)."""
        return self.close + 1 if self.close is not None else self.end


def iter_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line of ``text``: news paragraphs are lines."""
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text) if m.group().strip()]


def _starts_with_opening(text: str, start: int, end: int) -> int | None:
    """Offset of the opening mark that starts the paragraph, if it starts with one."""
    stripped = len(text[start:end]) - len(text[start:end].lstrip())
    pos = start + stripped
    if pos < end and (text[pos] in OPENING or text[pos] == STRAIGHT):
        return pos
    return None


def _content(text: str, open_at: int, close_at: int | None, end: int) -> MarkedSpan | None:
    """The span between the marks, trimmed of white space; None if empty."""
    stop = close_at if close_at is not None else end
    start = open_at + 1
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if stop <= start:
        return None
    return MarkedSpan(open_at, close_at, start, stop)


def find_marked_spans(text: str) -> list[MarkedSpan]:
    """Every quoted span of ``text`` in order, with paragraph-spanning quotes joined.

    Straight marks alternate (open, close) within a paragraph; curly marks say which side
    they are on. A stray closing mark with nothing open is ignored.

    Args:
        text: The article text.

    Returns:
        The spans, in text order; they never overlap.
    """
    spans: list[MarkedSpan] = []
    paragraphs = iter_paragraphs(text)
    open_at: int | None = None
    skip: int | None = None  # the opening mark that continues a quote from the paragraph before
    for index, (p_start, p_end) in enumerate(paragraphs):
        for i in range(p_start, p_end):
            char = text[i]
            if i == skip:
                continue
            if char in OPENING or (char == STRAIGHT and open_at is None):
                if open_at is not None:  # unbalanced: close the previous quote here
                    _append(spans, _content(text, open_at, None, i))
                open_at = i
            elif (char in CLOSING or char == STRAIGHT) and open_at is not None:
                _append(spans, _content(text, open_at, i, i))
                open_at = None
        if open_at is None:
            continue
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        skip = _starts_with_opening(text, *following) if following else None
        if skip is None:  # the quote ends with its paragraph
            _append(spans, _content(text, open_at, None, p_end))
            open_at = None
    return spans


def _append(spans: list[MarkedSpan], span: MarkedSpan | None) -> None:
    if span is not None:
        spans.append(span)
