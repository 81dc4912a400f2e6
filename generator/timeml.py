"""Write an article and its temporal expressions as a TimeML document (TempEval-3 layout).

The output can be read by TimeML tools (TARSQI, the TempEval-3 scorers) or checked by eye::

    <?xml version="1.0" ?>
    <TimeML>
    <DOCID>article-1</DOCID>
    <DCT><TIMEX3 tid="t0" type="DATE" value="2023-03-17" temporalFunction="false"
        functionInDocument="CREATION_TIME">2023-03-17</TIMEX3></DCT>
    <TEXT>The minister resigned
        <TIMEX3 tid="t1" type="DATE" value="2023-03-16">yesterday</TIMEX3>.</TEXT>
    </TimeML>

Pure Python: works on :class:`~generator.extract.hits.Timex` hits, no spaCy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from xml.sax.saxutils import escape, quoteattr

from generator.extract.hits import Timex


def to_timeml(text: str, timexes: Sequence[Timex], published: dt.date | None, doc_id: str) -> str:
    """TimeML document with inline ``TIMEX3`` tags and the publication date as ``CREATION_TIME``.

    Args:
        text: the article text the timex offsets point into.
        timexes: the expressions, in text order and not overlapping (as ``iter_timexes`` gives).
        published: the publication date; None writes no ``<DCT>`` (TimeML has no value for an
            unknown creation time), and relative timexes then carry their ``X`` placeholders.
        doc_id: identifier written in ``<DOCID>``.

    Returns:
        The XML document as a string; all article text and attribute values are XML-escaped.

    Raises:
        ValueError: when a timex lies outside the text, overlaps the previous one, or its
            ``text`` does not match the characters at its offsets (naming the timex).
    """
    lines = ['<?xml version="1.0" ?>', "<TimeML>", f"<DOCID>{escape(doc_id)}</DOCID>"]
    if published is not None:
        day = published.isoformat()
        lines.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value="{day}" temporalFunction="false" '
                     f'functionInDocument="CREATION_TIME">{day}</TIMEX3></DCT>')
    lines.append(f"<TEXT>{_inline(text, timexes)}</TEXT>")
    lines.append("</TimeML>")
    return "\n".join(lines) + "\n"


def _inline(text: str, timexes: Sequence[Timex]) -> str:
    """The text with each timex wrapped in its TIMEX3 tag (ids t1, t2, ... in text order)."""
    parts: list[str] = []
    cursor = 0
    for number, timex in enumerate(timexes, start=1):
        _check(text, timex, cursor, number)
        parts.append(escape(text[cursor:timex.start]))
        parts.append(f"{_open_tag(timex, number)}{escape(text[timex.start:timex.end])}</TIMEX3>")
        cursor = timex.end
    parts.append(escape(text[cursor:]))
    return "".join(parts)


def _open_tag(timex: Timex, number: int) -> str:
    """``<TIMEX3 tid="t3" type="DATE" value="2023-W12" [mod="APPROX"]>``."""
    attrs = [f'tid="t{number}"', f"type={quoteattr(timex.type)}", f"value={quoteattr(timex.value)}"]
    if timex.mod:
        attrs.append(f"mod={quoteattr(timex.mod)}")
    return f"<TIMEX3 {' '.join(attrs)}>"


def _check(text: str, timex: Timex, cursor: int, number: int) -> None:
    """Refuse offsets that would produce a broken or misleading document."""
    where = f"timex {number} ({timex.text!r} at {timex.start}:{timex.end})"
    if not 0 <= timex.start < timex.end <= len(text):
        raise ValueError(f"{where}: offsets outside the text (length {len(text)})")
    if timex.start < cursor:
        raise ValueError(f"{where}: overlaps or precedes the previous timex (ends at {cursor})")
    if text[timex.start:timex.end] != timex.text:
        raise ValueError(f"{where}: text at these offsets is {text[timex.start:timex.end]!r}")
