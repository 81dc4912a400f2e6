"""The calendar period a length of time names in results copy, for the comparisons after it.

"earned $118 million in the three months ended June 30, up from $103.5 million a year ago":
the three months are the second quarter, so "a year ago" echoes 1998-Q2, as it would after "the
second quarter". "For the first six months of the year, it earned $201 million, compared with
$178 million in the same period a year earlier": the six months are the first half (1998-H1
for the echo). The lengths themselves stay DURATIONs (P3M, P6M, as MEANTIME and our blind
rounds tag them); only the period they name is added to the mentions the resolver echoes.
A story that counts in a fiscal calendar is left alone: its comparisons echo the fiscal
quarter (:mod:`compared`). Pure Python: no spaCy.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from generator.extract.temporal.cues import cue_pattern, cue_words

__all__ = ["period_named_by_length"]

#: "the three months ended June 30", "the six months to Dec. 31": the length before a day.
_LENGTH_BEFORE_DAY = cue_pattern("results-months-to-day")
#: "the first six months of the year", "the first three months of 1999".
_FIRST_MONTHS = cue_pattern("results-first-months")
_DAY = re.compile(r"(\d{4})-(\d\d)-\d\d$")
_YEAR_PREFIX = re.compile(r"(\d{4})")
_SIX = cue_words("results-months-to-day", "six")


def period_named_by_length(text: str, start: int, words: str, value: str,
                           published: dt.date | None, mentions: Sequence[str]) -> str | None:
    """The quarter or half a results period names, or None.

    Args:
        text: The document text.
        start: Where the timex starts in ``text``.
        words: The timex's words.
        value: Its resolved TIMEX3 value.
        published: The publication date (the year of "the first six months of the year"
            when the text named none before).
        mentions: The values named before it.
    """
    if any(m.startswith("FY") for m in mentions):
        return None
    day = _DAY.match(value)
    before = _LENGTH_BEFORE_DAY.search(text, max(0, start - 30), start)
    if day is not None and before is not None:
        return _period(int(day.group(1)), int(day.group(2)), before.group("count"))
    first = _FIRST_MONTHS.fullmatch(words.strip())
    if first is None:
        return None
    year = first.group("year") or _last_year(mentions, published)
    if year is None:
        return None
    return _period(int(year), 3 if first.group("count") not in _SIX else 6,
                   first.group("count"))


def _period(year: int, last_month: int, count: str) -> str:
    """The half (six months) or quarter (three) that ends in ``last_month`` of ``year``."""
    if count.lower() in _SIX:
        return f"{year:04d}-H{1 if last_month <= 6 else 2}"
    return f"{year:04d}-Q{(last_month - 1) // 3 + 1}"


def _last_year(mentions: Sequence[str], published: dt.date | None) -> str | None:
    """The year of the last value named, else of the publication date."""
    for value in reversed(mentions):
        found = _YEAR_PREFIX.match(value)
        if found is not None:
            return found.group(1)
    return None if published is None else f"{published.year:04d}"
