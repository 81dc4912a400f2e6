"""Where a company's fiscal year ends, read from the story.

Earnings copy says it by joining a fiscal period to the day that closes or opens it ("fiscal
2004, which ends May 31", "the fiscal second quarter ended Nov. 30", "fiscal 2007, which began
July 1"), by "the business year ending March 31", by "the three months to December 29"
followed by "its fiscal first quarter", or by a bare "the quarter, which ended June 30" right
after "its fiscal fourth-quarter profit" (the quarter is the fiscal one just named).
:mod:`generator.extract.temporal.fiscal` counts the story's periods in that calendar. Nothing
here imports spaCy.
"""

from __future__ import annotations

import re

from generator.extract.hits import Timex
from generator.extract.temporal.cues import cue_map, cue_pattern

__all__ = ["FISCAL_QUARTER_VALUE", "FISCAL_VALUE", "THREE_MONTHS_TO", "TO_ITS_END",
           "fiscal_year_end_month", "is_year_of_weeks"]

#: A fiscal year or fiscal quarter value: "FY2004", "FY2004-Q2".
FISCAL_VALUE = re.compile(r"FY(\d{4}|XXXX)(?:-Q([1-4]))?$")
#: What joins a fiscal period to the day that closes it: "fiscal 2004, which ends May 31",
#: "the fiscal second quarter ended Nov. 30", "fiscal 2024, which ends in late January".
TO_ITS_END = cue_pattern("fiscal-period-to-its-end")
#: What joins a fiscal period to the day that opens it: "fiscal 2007, which began July 1".
_FROM_ITS_START = cue_pattern("fiscal-period-from-its-start")
#: A year named by its kind and closing day ("the business year ending March 31, 2019"): no
#: fiscal period is tagged there, TimeML tags only the day.
_KIND_OF_YEAR_ENDING = cue_pattern("kind-of-year-ending")


class EndMonth(int):
    """A fiscal year's end month that knows the story names its years by the year they start
    in ("fiscal 1995" for the retail year ended Jan. 27, 1996; round 44)."""

    start_named = True


class LateFebruaryEnd(int):
    """February as the end month of a year that closes late in the month ("the 52 weeks to
    Feb. 27, 2010", a British retailer's year ending on its last Saturday): named by the
    calendar year it ends in (FY2010, round 57's convention 14), where a year closing in
    early February, on the Saturday nearest January 31, is named by the year it starts in
    (rounds 3, 20 and 29)."""

    end_named = True


#: The first day of February a year may close on and still be named by the year it ends in.
LATE_FEBRUARY_FROM = 15


#: A fiscal year named in words: "fiscal 1995".
_FISCAL_NAMED = cue_pattern("fiscal-year-named")
#: The rule of "the year" apposed to a named fiscal year ("fiscal 2011, the year that began").
_APPOSED_YEAR_RULE = "date-fiscal-year-apposed"
#: What joins a named fiscal year to the day it opens on: "fiscal 2011, the year that began on".
_NAMED_AT_ITS_START = cue_pattern("fiscal-year-named-at-its-start")


def fiscal_year_end_month(timexes: list[Timex], text: str) -> int | None:
    """The month the story's fiscal year ends in, from a fiscal period and its closing (or
    opening) day. Returns None when the story does not say, or says the calendar (December).

    A January year end whose story names the year just closed by the year it started in ("the
    quarter ended Jan. 27 ... For fiscal 1995, profit fell", told in March 1996) comes back as
    an :class:`EndMonth`, so its quarters are named the same way (FY1995-Q4, not FY1996-Q4).
    """
    # "the year" apposed to a named fiscal year stands between it and its opening day
    timexes = [t for t in timexes if t.rule != _APPOSED_YEAR_RULE]
    month = _end_month(timexes, text)
    if month == 2 and _closes_late_in_february(timexes, text):
        return LateFebruaryEnd(2)
    if month not in (None, 1, 2) and _named_at_its_start(timexes, text):
        return EndMonth(month)
    if month != 1:
        return month
    closing = [t.range.start.year for t in timexes if t.range is not None
               and t.range.granularity == "day" and t.range.start.month == 1]
    named = {int(m.group(1)) for t in timexes if (m := _FISCAL_NAMED.search(t.text))}
    return EndMonth(1) if any(year - 1 in named for year in closing) else month


def _named_at_its_start(timexes: list[Timex], text: str) -> bool:
    """True when a fiscal year named in words opens on a day of the year it is named for
    ("fiscal 2011, the year that began on April 1", round 60; "fiscal 2007, which began July
    1" told in 2006 is named by the year it ends in)."""
    return any((named := _FISCAL_NAMED.search(period.text)) is not None
               and day.range is not None and day.range.granularity == "day"
               and day.range.start.year == int(named.group(1))
               and _NAMED_AT_ITS_START.fullmatch(text[period.end:day.start])
               for period, day in zip(timexes, timexes[1:]))


def _closes_late_in_february(timexes: list[Timex], text: str) -> bool:
    """True when a period of the story closes on a day in late February ("the 52 weeks to
    Feb. 27", "the current year, which ends Feb. 26, 2011")."""
    return any(day.range is not None and day.range.granularity == "day"
               and day.range.start.month == 2 and day.range.start.day >= LATE_FEBRUARY_FROM
               and (TO_ITS_END.fullmatch(joint := text[period.end:day.start])
                    or PERIOD_TO_ITS_CLOSE.fullmatch(joint))
               for period, day in zip(timexes, timexes[1:]))


def _end_month(timexes: list[Timex], text: str) -> int | None:
    """:func:`fiscal_year_end_month` before the naming is looked at."""
    for i, (period, day) in enumerate(zip(timexes, timexes[1:])):
        if day.range is None or day.range.granularity not in ("day", "month"):
            continue
        month = _end_month_from_ordinal_quarter(period, day, text, timexes[:i])
        if month is not None:
            return month
        match = FISCAL_VALUE.match(_fiscal_value_meant(timexes, i))
        if match is None:
            continue
        joint, quarter = text[period.end:day.start], int(match.group(2) or 4)
        if TO_ITS_END.fullmatch(joint):
            # the year ends (4 - quarter) quarters after the month that closes this period
            month = (day.range.start.month - 1 + 3 * (4 - quarter)) % 12 + 1
        elif _FROM_ITS_START.fullmatch(joint) or _NAMED_AT_ITS_START.fullmatch(joint):
            # "fiscal 2007, which began July 1": the year ends 11 months after it begins
            ahead = 11 if match.group(2) is None else 2 + 3 * (4 - quarter)
            month = (day.range.start.month - 1 + ahead) % 12 + 1
        else:
            continue
        return None if month == 12 else month
    for day in timexes:
        if (day.range is not None and day.range.granularity in ("day", "month")
                and _KIND_OF_YEAR_ENDING.search(text, max(0, day.start - 60), day.start)):
            return None if day.range.start.month == 12 else day.range.start.month
    return (_end_month_from_three_months(timexes, text) or _end_month_from_year_just_ended(timexes)
            or _end_month_from_full_year(timexes, text))


#: A whole year told as the company's ("the full year", "full-year").
FULL_YEAR = cue_pattern("full-year")
#: The rule of "the year" joined to its closing day ("in the year to March 31", round 48): a
#: full year as "the full year to March 31" is.
YEAR_TO_CLOSE_RULE = "rel-year-to-close"


def is_full_year(timex: Timex) -> bool:
    """True for "the full year" or "the year" told with its closing day."""
    return FULL_YEAR.fullmatch(timex.text) is not None or timex.rule == YEAR_TO_CLOSE_RULE
#: What joins a full year (or a half's six months) to its closing day: "the full year to March
#: 31", "six months ended Dec. 31".
PERIOD_TO_ITS_CLOSE = cue_pattern("period-to-its-close")


#: A retailer's year counted in weeks ("the 52 weeks to Feb. 27"): joined to its closing day,
#: it closes the company's year as "the full year to" does (round 57).
_YEAR_OF_WEEKS = cue_pattern("year-of-weeks")


def is_year_of_weeks(timex: Timex) -> bool:
    """True for a retailer's year counted in weeks: "the 52 weeks"."""
    return _YEAR_OF_WEEKS.fullmatch(timex.text) is not None


def _end_month_from_full_year(timexes: list[Timex], text: str) -> int | None:
    """The year end "the full year to March 31" (rounds 35-36) or "the 52 weeks to Feb. 27"
    (round 57) gives with its closing day, so the story's bare quarters and halves count in
    that calendar too."""
    for period, day in zip(timexes, timexes[1:]):
        # or its closing month: "for the year to March 2011" (round 51)
        if (day.range is not None and day.range.granularity in ("day", "month")
                and (is_full_year(period) or is_year_of_weeks(period))
                and PERIOD_TO_ITS_CLOSE.fullmatch(text[period.end:day.start])):
            month = day.range.start.month
            return None if month == 12 else month
    return None


#: An ordinal quarter with no year or "fiscal" ("the fourth quarter"), read as a calendar one.
_ORDINAL_QUARTER = cue_pattern("ordinal-quarter")
_ORDINALS = cue_map("ordinal-quarter")


def _end_month_from_ordinal_quarter(period: Timex, day: Timex, text: str,
                                    before: list[Timex] = ()) -> int | None:
    """The fiscal year end a plain ordinal quarter names by its own closing day, else None.

    "the fourth quarter, which ended on Jan. 31" cannot be a calendar quarter: a fourth quarter
    closing in January puts the year end in January (event round 16, a retailer). A quarter
    closing where the calendar's does ("the third quarter ended Sept. 30") says nothing. A bare
    "the quarter" closing on its day speaks for the ordinal quarter named just before it: "its
    fourth-quarter profit fell ... Net income for the quarter ended Jan. 27" (round 44).
    """
    ordinal = _ORDINAL_QUARTER.fullmatch(period.text)
    if ordinal is None and _BARE_QUARTER.fullmatch(period.text):
        named = next((t for t in reversed(before) if _ORDINAL_QUARTER.fullmatch(t.text)), None)
        if named is not None and period.start - named.end <= _FISCAL_NAMED_BEFORE:
            ordinal = _ORDINAL_QUARTER.fullmatch(named.text)
    if ordinal is None or not TO_ITS_END.fullmatch(text[period.end:day.start]):
        return None
    quarter = _ORDINALS[ordinal.group(1).lower()]
    month = (day.range.start.month - 1 + 3 * (4 - quarter)) % 12 + 1
    return None if month == 12 else month


#: A bare quarter, which names the fiscal quarter just before it ("the quarter").
_BARE_QUARTER = cue_pattern("bare-quarter")
#: A quarter still under way, which no later "the quarter, which ended ..." can name: in
#: "forecast higher sales for the current quarter. The net loss for the quarter, which ended
#: Oct 31" the quarter is the fiscal fourth reported before it (blind round 27).
_UNDER_WAY = cue_pattern("quarter-under-way")
#: How far back that fiscal quarter may stand (the sentence before).
_FISCAL_NAMED_BEFORE = 300


def _fiscal_value_meant(timexes: list[Timex], i: int) -> str:
    """The value of period ``i``, or for a bare "the quarter" the fiscal quarter named just
    before it: "its fiscal fourth-quarter profit fell ... Net income for the quarter, which
    ended June 30" puts a fourth quarter's end in June, though the rules gave the bare quarter
    a calendar value. A quarter still under way ("the current quarter") is passed over."""
    period = timexes[i]
    if not _BARE_QUARTER.fullmatch(period.text):
        return period.value
    before = next((t for t in reversed(timexes[:i])
                   if FISCAL_VALUE.match(t.value) and not _UNDER_WAY.match(t.text)), None)
    if before is None or period.start - before.end > _FISCAL_NAMED_BEFORE:
        return period.value
    return before.value if "-Q" in before.value else period.value


#: "the three months to December 29": a quarter given by the day that closes it.
THREE_MONTHS_TO = cue_pattern("three-months-to")
#: How far after that quarter a numbered fiscal quarter may name it ("... in its fiscal first
#: quarter", the next sentence).
_QUARTER_NAMED_WITHIN = 300


def _end_month_from_three_months(timexes: list[Timex], text: str) -> int | None:
    """The fiscal year end implied by "the three months to December 29" and, soon after, "its
    fiscal first quarter": a first quarter closing in December puts the year end in September.
    """
    for period, day in zip(timexes, timexes[1:]):
        if (period.value not in ("P3M", "P12M") or day.range is None
                or day.range.granularity != "day"
                or not THREE_MONTHS_TO.fullmatch(text[period.end:day.start])):
            continue
        quarter = next((_fiscal_quarter_number(t) for t in timexes
                        if day.end < t.start <= day.end + _QUARTER_NAMED_WITHIN
                        and _fiscal_quarter_number(t)), None) or _ordinal_just_before(
                            timexes, period, text) or _year_told_fiscal(timexes, period)
        if quarter is not None:
            # "the 12 months to June 30" then "the fiscal fourth quarter": a year ending June 30
            quarter = 4 if period.value == "P12M" else quarter
            month = (day.range.start.month - 1 + 3 * (4 - quarter)) % 12 + 1
            return None if month == 12 else month
    return None


def _year_told_fiscal(timexes: list[Timex], period: Timex) -> int | None:
    """4 for "the 12 months to June 30" in a story that names a fiscal year or "the full year"
    elsewhere ("From fiscal 1996 the company will ...", round 39): the twelve months are the
    company's year, so its year ends with them; a bare "12 months to June 30" says nothing."""
    if period.value != "P12M":
        return None
    return 4 if any(FISCAL_VALUE.match(t.value) or is_full_year(t)
                    for t in timexes if t is not period) else None


#: What joins an ordinal quarter to the three months it is: "fourth-quarter earnings, for ".
_FOR_THE_MONTHS = cue_pattern("quarter-for-the-months")


def _ordinal_just_before(timexes: list[Timex], period: Timex, text: str) -> int | None:
    """The number of an ordinal quarter told right before "the three months ending Feb 1":
    "expected fourth-quarter earnings, for the three months ending Feb 1" (a retailer)."""
    before = next((t for t in reversed(timexes) if t.end <= period.start), None)
    ordinal = before and _ORDINAL_QUARTER.fullmatch(before.text)
    if not ordinal or not _FOR_THE_MONTHS.fullmatch(text[before.end:period.start]):
        return None
    return _ORDINALS[ordinal.group(1).lower()]


def _fiscal_quarter_number(timex: Timex) -> int | None:
    """The number of a quarter the text calls fiscal ("its fiscal first quarter"), else None."""
    match = FISCAL_VALUE.match(timex.value)
    if match is None or match.group(2) is None or "fiscal" not in timex.text.lower():
        return None
    return int(match.group(2))


#: The rule of "the year just ended" (``rel-year-just-ended``).
_YEAR_JUST_ENDED_RULE = "rel-year-just-ended"
#: A calendar quarter's value ("2011-Q1"): year and quarter.
QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])$")
#: A fiscal quarter's value, its year and quarter as groups: "FY2005-Q4".
FISCAL_QUARTER_VALUE = re.compile(r"FY(\d{4})-Q([1-4])$")
#: How far before "the year just ended" the quarter it closed on may be reported.
_QUARTER_REPORTED_WITHIN = 300


def _end_month_from_year_just_ended(timexes: list[Timex]) -> int | None:
    """The fiscal year end implied by a quarter's results followed by "the year just ended".

    "Net profit fell 62 percent in the January-March quarter ... For the year just ended, net
    profit rose 18 percent" (blind round 25): the year just ended closed with the latest
    quarter reported, so it ends in March. A latest quarter ending in December is the calendar
    (None), as is a story with no quarter reported shortly before.
    """
    for i, timex in enumerate(timexes):
        if timex.rule != _YEAR_JUST_ENDED_RULE:
            continue
        quarters = [QUARTER_VALUE.match(t.value) for t in timexes[:i]
                    if timex.start - t.end <= _QUARTER_REPORTED_WITHIN]
        latest = max(((int(m.group(1)), int(m.group(2))) for m in quarters if m), default=None)
        if latest is not None:
            month = 3 * latest[1]
            return None if month == 12 else month
    return None
