"""What to write instead of a date typed another way ("16/03/2025", "March 16, 2025").

Editors type dates as their newsroom writes them; the claim file takes ``YYYY-MM-DD`` only.
``date_hint`` turns such a value into the message's advice, with the date itself when the typed
one names a single day, both readings when day and month could be swapped (03/04/2025).
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["date_hint"]

_MONTHS = {name: number for number, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")), 1) for name in names}
_NUMERIC = re.compile(r"(\d{1,4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,4})")
_MONTH = r"([A-Za-z]+)\.?"
_DAY_MONTH_YEAR = re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(\d{{4}})")
_MONTH_DAY_YEAR = re.compile(rf"{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})")
_GENERIC = "write it as YYYY-MM-DD (2025-03-16)"
_NO_DAY = "no such day; write a real day as YYYY-MM-DD"


def date_hint(value: object) -> str:
    """Advice for a value that is not a ``YYYY-MM-DD`` date.

    Returns:
        "write it as YYYY-MM-DD: 2025-03-16", "... 2025-04-03 or 2025-03-04" when day and
        month could be either, "no such day; ..." for 30 February, else the general form.
    """
    text = str(value).strip()
    readings = _readings(text)
    if readings is None:
        return _GENERIC
    days = []
    for year, month, day in readings:
        try:
            found = dt.date(year, month, day)
        except ValueError:
            continue
        if found not in days:
            days.append(found)
    if not days:
        return _NO_DAY
    return "write it as YYYY-MM-DD: " + " or ".join(d.isoformat() for d in days)


def _readings(text: str) -> list[tuple[int, int, int]] | None:
    """``(year, month, day)`` candidates of ``text``, or None when it reads as no date."""
    if match := _NUMERIC.fullmatch(text):
        a, b, c = match.groups()
        if len(a) == 4:
            return [(int(a), int(b), int(c))]
        if len(c) == 4:  # day first (most of the world), then month first (the US)
            return [(int(c), int(b), int(a)), (int(c), int(a), int(b))]
        return None
    for pattern, order in ((_DAY_MONTH_YEAR, (2, 1, 0)), (_MONTH_DAY_YEAR, (2, 0, 1))):
        if match := pattern.fullmatch(text):
            year, month, day = (match.group(i + 1) for i in order)
            number = _MONTHS.get(month.lower())
            return [(int(year), number, int(day))] if number else None
    return None
