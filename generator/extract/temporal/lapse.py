"""A year-less month dated by the years that lapsed since the year written before it.

"The Orion telescope was launched in 2009 and was switched off in March after 17 years in
orbit": the bare March borrows its year from "2009" (see :func:`lending.borrow_year`), but
"after 17 years" says how far past that year the March lies, 2026 (event round 17). The
years are read from the duration candidate the rules found right after the date, so the
number words the rules know ("after twenty years") count too. Nothing here imports spaCy.
"""

from __future__ import annotations

import datetime as dt
import re

from generator.extract.temporal.cues import cue_pattern

__all__ = ["years_lapsed"]

#: What joins the date to the duration: "in March after 17 years".
_AFTER = cue_pattern("years-lapsed-after")
#: A whole number of years, as the duration rules write it.
_YEARS = re.compile(r"P(\d+)Y$")


def years_lapsed(chosen: list, i: int, text: str, year: int,
                 published: dt.date | None) -> int:
    """The year candidate ``i`` lies in when it borrows ``year`` and "after N years" follows.

    Args:
        chosen: The story's candidates in text order.
        i: Index of the year-less date in ``chosen``.
        text: The story's text.
        year: The year the date borrows from the year written before it.
        published: The publication date; a lapse that would pass its year is not taken.

    Returns:
        ``year`` plus the years lapsed, or ``year`` unchanged when no "after N years" follows
        right after the date ("in March after 17 days" moves no year).
    """
    if i + 1 >= len(chosen):
        return year
    cand, following = chosen[i], chosen[i + 1]
    years = _YEARS.match(following.reading.value or "")
    if (following.reading.type != "DURATION" or years is None
            or not _AFTER.fullmatch(text[cand.end:following.start])):
        return year
    lapsed = year + int(years.group(1))
    return lapsed if published is None or lapsed <= published.year else year
