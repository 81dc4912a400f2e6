"""How a resolved date is shown: words for readers, a machine value for ``<time datetime>``.

A date mention carries a TIMEX3 value and, when resolved, a calendar range with its
granularity. Readers see the range at the precision the article gave ("week of 13-19 March
2023", "March 2023"), approximate dates are marked, and unresolved relative dates say so
instead of guessing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from generator.models import DateMention

#: Granularities shown as a single day.
_DAY_LIKE = frozenset({"day", "time"})
#: Seasons by the quarter of the year their first month falls in (December-February: winter).
_SEASONS = ("winter", "spring", "summer", "autumn")
#: Words for TIMEX3 part-of-period mods ("earlier this month" -> START of 2023-03).
_MOD_WORDS = {"START": "early", "MID": "mid", "END": "late"}
#: TIMEX3 values that are valid HTML ``datetime`` strings as they are (year, month, week, day).
_HTML_DATETIME = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$")


@dataclass(frozen=True, slots=True)
class ShownDate:
    """A date mention prepared for templates."""

    label: str
    """Words readers see: "17 March 2023", "13-19 March 2023 (week 11)", "about February 2022"."""
    datetime: str | None
    """Value for ``<time datetime>``, or None when the date is unresolved."""
    granularity: str
    """day, week, month, ... or ``unresolved`` (CSS class ``fc-date--<granularity>``)."""
    approximate: bool
    """True for fuzzy dates; shown with "about" and a dashed style."""
    resolved: bool
    """False when a relative date could not be resolved (no publication date)."""


def format_day(day: dt.date) -> str:
    """Return "17 March 2023" (no leading zero, platform independent)."""
    return f"{day.day} {day:%B %Y}"


def format_range(start: dt.date, end: dt.date) -> str:
    """Return a compact inclusive range: "13-19 March 2023", "27 Feb - 5 Mar 2023"."""
    if start == end:
        return format_day(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}\u2013{end.day} {end:%B %Y}"
    if start.year == end.year:
        return f"{start.day} {start:%B} \u2013 {format_day(end)}"
    return f"{format_day(start)} \u2013 {format_day(end)}"


def range_label(start: dt.date, end: dt.date, granularity: str) -> str:
    """Describe a resolved range at its granularity ("March 2023", "week 11, 13-19 March 2023",
    "spring 2023", "Q2 2026 (April-June)", "the 1990s"): never with bounds finer than the
    article gave (a season's days are a convention, not what it said)."""
    if granularity == "season":
        years = str(start.year) if start.year == end.year else f"{start.year}\u2013{end:%y}"
        return f"{_SEASONS[(start.month % 12) // 3]} {years}"
    if granularity == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year} ({start:%B}\u2013{end:%B})"
    if granularity == "decade":
        return f"the {start.year // 10 * 10}s"
    if granularity == "century":
        number = start.year // 100 + 1
        suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(
            number % 10, "th")
        return f"the {number}{suffix} century"
    if granularity in _DAY_LIKE:
        return format_day(start)
    if granularity == "week":
        return f"week {start.isocalendar().week}, {format_range(start, end)}"
    if granularity == "month":
        return f"{start:%B %Y}"
    if granularity == "year":
        return str(start.year)
    return format_range(start, end)


def html_datetime(mention: DateMention) -> str | None:
    """Return a valid HTML ``datetime`` value for a resolved mention.

    TIMEX3 values for days, months, years and ISO weeks are already valid; seasons, quarters
    and mods are not, so those fall back to the first day of the range.
    """
    if mention.start is None:
        return None
    if _HTML_DATETIME.match(mention.value) and mention.granularity not in (None, "time"):
        return mention.value
    return mention.start.isoformat()


def show_date(mention: DateMention) -> ShownDate:
    """Prepare a date mention for display.

    Args:
        mention: A date from the claim file.

    Returns:
        The label, ``datetime`` value and flags the templates need.
    """
    if mention.start is None:
        return ShownDate(_unresolved_label(mention), None, "unresolved", mention.approximate, False)
    end = mention.end or mention.start
    granularity = mention.granularity or ("day" if end == mention.start else "range")
    label = range_label(mention.start, end, granularity)
    if mention.mod in _MOD_WORDS and granularity not in _DAY_LIKE:
        label = f"{_MOD_WORDS[mention.mod]} {label}"  # "early March 2023"
    approximate = mention.approximate or mention.mod == "APPROX"
    if approximate:
        label = f"about {label}"
    return ShownDate(label, html_datetime(mention), granularity, approximate, True)


def _unresolved_label(mention: DateMention) -> str:
    """Words for a date without a calendar range (durations, "now", unknown anchors)."""
    if mention.type == "DURATION":
        return f"duration {mention.value}"
    if mention.value.endswith("_REF"):
        return {
            "PRESENT_REF": "the present",
            "PAST_REF": "the past",
            "FUTURE_REF": "the future",
        }.get(mention.value, mention.value)
    return f"unresolved ({mention.value})"
