"""A company's fiscal calendar, read from the story, for quarters the story counts in it.

Earnings copy about a company whose fiscal year does not follow the calendar says where it ends
("fiscal 2004, which ends May 31", "the fiscal second quarter ended Nov. 30", "fiscal 2024,
which ends in late January"). Once that is known, "the current quarter" is the fiscal quarter
holding the publication date (December 2003 falls in FY2004-Q3 when the year ends May 31), as
the annotation guidelines ask for a quarter "in a company's fiscal calendar", and so are the
story's bare ordinal quarters ("revenue in the third quarter ended Oct. 29" of a chipmaker whose
year ends in January is FY2024-Q3), a bare "the quarter" or "the previous quarter" after a
fiscal one, and "the December quarter" where fiscal quarters end with calendar ones (a quarter
named by its three months, "the January-March quarter", stays the calendar one). "the business
year ending March 31, 2019" gives the year end too, and then "the current financial year" and
"the year just ended" are counted in it ("the new fiscal year" is the one begun or beginning
nearest the story; :mod:`fiscal_years`); "the three months to December 29" followed by "its
fiscal first quarter" puts the year end in September. A fiscal year is labelled by the
calendar year it ends in (FY2024 ends in January 2024), the companies' own usage, except a
retail year ending in early February, named by the year it starts in (fiscal 1996 ends Feb. 1,
1997; :mod:`fiscal_quarters`); a year-less
fiscal quarter takes the fiscal year the story names nearest to it. Nothing here imports spaCy.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.cues import cue_map, cue_pattern
from generator.extract.temporal.fiscal_end import (
    FISCAL_QUARTER_VALUE,
    FISCAL_VALUE,
    QUARTER_VALUE,
    THREE_MONTHS_TO,
    TO_ITS_END,
    fiscal_year_end_month,
    is_year_of_weeks,
)
from generator.extract.temporal.fiscal_quarters import (
    fiscal_occurrence,
    fiscal_quarter_of,
    fiscal_quarter_range,
    shift_fiscal_quarter,
    start_named,
)
from generator.extract.temporal.forecast_quarter import last_quarter_echoed

__all__ = ["closing_day_in_fiscal_year", "current_quarter_in_fiscal_year",
           "fiscal_part_from_its_end", "fiscal_part_from_named_year", "fiscal_year_end_month",
           "quarters_in_fiscal_year", "year_earlier_in_fiscal_year"]

#: Rules that tag "the current quarter" / "this quarter" with a calendar quarter.
_CURRENT_QUARTER = cue_pattern("current-quarter")

#: "a year earlier" or "a year ago" after a period, which the rules read as the calendar year.
_YEAR_EARLIER = cue_pattern("year-earlier-echo")
#: A full stop that ends a sentence (not the point of "A$85.5 million").
_SENTENCE_END = re.compile(r"[.!?]\s")


def year_earlier_in_fiscal_year(timexes: list[Timex], text: str) -> list[Timex]:
    """Count "a year earlier" after "the 12 months to June 30" as the fiscal year before, and
    after "the three months to June 30" as the fiscal quarter a year before, and after a
    retailer's "the 52 weeks to Feb. 27" as its fiscal year before (round 57).

    Net profit "for the 12 months to June 30 rose ... from A$85.5 million a year earlier", told
    by a company whose fiscal year ends June 30, compares fiscal 2017 with fiscal 2016: the
    echo is FY2016, not the calendar 2016 the day alone would give.
    """
    end_month = fiscal_year_end_month(timexes, text)
    if end_month is None:
        return timexes
    fixed = list(timexes)
    for i in range(2, len(timexes)):
        period, day, echo = timexes[i - 2], timexes[i - 1], timexes[i]
        year_of_weeks = is_year_of_weeks(period)  # "the 52 weeks to Feb. 27" (round 57)
        if (period.value not in ("P12M", "P3M") and not year_of_weeks) or (day.range is None
                or day.range.granularity != "day" or not _YEAR_EARLIER.match(echo.text)
                or not THREE_MONTHS_TO.fullmatch(text[period.end:day.start])
                or _SENTENCE_END.search(text[day.end:echo.start])):
            continue
        if year_of_weeks and day.range.start.month == end_month:
            value = f"FY{day.range.start.year - 1 - start_named(end_month):04d}"
            fixed[i] = dataclasses.replace(echo, value=value, range=value_range(value))
        elif period.value == "P12M" and day.range.start.month == end_month:
            value = f"FY{day.range.start.year - 1:04d}"
            fixed[i] = dataclasses.replace(echo, value=value, range=value_range(value))
        elif period.value == "P3M" and end_month % 3 == 0 and day.range.start.month % 3 == 0:
            # "the three months to June 30 ... from 479 million a year earlier", a year ending
            # March 31: the fiscal quarter a year before, FY2000-Q1 (round 36)
            value = shift_fiscal_quarter(fiscal_quarter_of(day.range.start, end_month), -4)
            fixed[i] = dataclasses.replace(echo, value=value,
                                           range=fiscal_quarter_range(value, end_month))
    return fixed


#: A whole fiscal year value, and a four-digit year written in a date's words.
_FISCAL_YEAR = re.compile(r"FY(\d{4})$")
_YEAR_WRITTEN = re.compile(r"\b\d{4}\b")


def closing_day_in_fiscal_year(timexes: list[Timex], text: str,
                               published: dt.date | None) -> list[Timex]:
    """Give the year-less day that closes a named fiscal year the year that fiscal year ends in.

    "Larchmont's fiscal 2020 ends on June 30" said in October 2019: a fiscal year is labelled by
    the calendar year it ends in, so its closing day is June 30, 2020, where the nearest June 30
    would say 2019 (the parser often reads "ends" as a noun, leaving no tense). A tense that
    contradicts the label (a company that names its years by where they start) wins.
    """
    fixed = list(timexes)
    for i, (period, day) in enumerate(zip(timexes, timexes[1:])):
        named = _FISCAL_YEAR.match(period.value)
        if (named is None or not _closes(period, day, text) or _YEAR_WRITTEN.search(day.text)
                or day.value[:4] == named.group(1)):
            continue
        value = named.group(1) + day.value[4:]
        if published is not None and _against_tense(value, day.tense, published):
            continue
        fixed[i + 1] = dataclasses.replace(day, value=value, range=value_range(value))
    return fixed


def fiscal_part_from_named_year(timexes: list[Timex], published: dt.date | None,
                                end_month: int | None = None) -> list[Timex]:
    """Give a year-less fiscal quarter ("its fiscal second quarter") its fiscal year.

    A fiscal year does not follow the calendar, so neither the tense nor the publication date
    says which one a bare fiscal quarter belongs to; the fiscal year the story names nearest
    to it (before or after: "... fiscal second quarter ... sales in fiscal 2004") does. With
    none named, the publication year's is the best guess; without a publication date the
    ``XXXX`` placeholder stays. Where the story gives its fiscal year end (``end_month``), the
    quarter is the occurrence its tense points to: "revenue in the fiscal fourth quarter grew"
    in August, of a year ending June 30, is the quarter just ended, whatever "fiscal 2018" the
    outlook names next.
    """
    named = [(t.start, m.group(1)) for t in timexes if (m := _FISCAL_YEAR.match(t.value))]
    fixed = list(timexes)
    for i, timex in enumerate(timexes):
        if not timex.value.startswith("FYXXXX"):
            continue
        parts = FISCAL_VALUE.match(timex.value)
        quarter = parts.group(2) if parts else None  # a half ("FYXXXX-H2") has no quarter
        if end_month is not None and published is not None and quarter is not None:
            value = fiscal_occurrence(int(quarter), end_month, published, timex.tense)
            fixed[i] = dataclasses.replace(timex, value=value, range=value_range(value))
            continue
        if named:
            year = min(named, key=lambda pair: abs(pair[0] - timex.start))[1]
        elif published is not None:
            year = str(published.year)
        else:
            continue
        fixed[i] = dataclasses.replace(timex, value=timex.value.replace("XXXX", year, 1))
    return fixed


def _against_tense(value: str, tense: str | None, published: dt.date) -> bool:
    """True for a date a past clause puts after publication, or a future one before it."""
    span = value_range(value)
    if span is None:
        return False
    return ((tense == "past" and span.start > published)
            or (tense == "future" and span.end < published))


def fiscal_part_from_its_end(timexes: list[Timex], text: str) -> list[Timex]:
    """Give a year-less fiscal quarter the fiscal year of the day that closes it.

    "the fiscal second quarter ended Nov. 30" in a year ending May 31 is FY2004-Q2 when that
    day is Nov. 30, 2003: the closing day says which fiscal year, better than the publication
    year the quarter would otherwise take.
    """
    end_month = fiscal_year_end_month(timexes, text)
    if end_month is None:
        return timexes
    fixed = list(timexes)
    for i, (period, day) in enumerate(zip(timexes, timexes[1:])):
        if (period.value.startswith("FYXXXX-Q") and day.range is not None
                and day.range.granularity == "day"
                and TO_ITS_END.fullmatch(text[period.end:day.start])):
            year = fiscal_quarter_of(day.range.start, end_month)[2:6]
            fixed[i] = dataclasses.replace(period, value=period.value.replace("XXXX", year, 1))
    return fixed


def current_quarter_in_fiscal_year(timexes: list[Timex], text: str,
                                   published: dt.date | None) -> list[Timex]:
    """Re-label "the current quarter" as a fiscal quarter when the story keeps a fiscal year."""
    if published is None:
        return timexes
    end_month = fiscal_year_end_month(timexes, text)
    if end_month is None:
        return timexes
    value = fiscal_quarter_of(published, end_month)
    return [dataclasses.replace(t, value=value, range=value_range(value))
            if _CURRENT_QUARTER.fullmatch(t.text) else t for t in timexes]


#: A calendar quarter value and the words of a bare quarter ("the third quarter", "the
#: quarter"): no year, no "fiscal", no months named.
_CALENDAR_QUARTER = re.compile(r"\d{4}-Q([1-4])$")
_CALENDAR_QUARTER_YEAR = re.compile(r"(\d{4})-Q([1-4])$")
#: ("the final quarter" is the fourth: "expect the final quarter to be the costliest", round 51)
_BARE_QUARTER = cue_pattern("quarter-without-year")
#: A quarter named by the month it ends in: "the December quarter" (a company's name for its
#: quarter). One named by its three months, "the January-March quarter", names calendar months
#: and stays the calendar quarter (round 6's convention); opening a sentence too ("The December
#: quarter will be worse", round 52).
_MONTH_QUARTER = cue_pattern("month-named-quarter")
#: A preposition of what happened within a quarter: "a loss in the December quarter".
_HAPPENED_IN = cue_pattern("quarter-happened-in")
#: A quarter counted from the one named before it: "the previous quarter", "the next quarter".
_NEIGHBOUR_QUARTER = cue_pattern("neighbour-quarter")


def quarters_in_fiscal_year(timexes: list[Timex], text: str,
                            published: dt.date | None) -> list[Timex]:
    """Count a story's bare quarters in its company's fiscal calendar once the story gives one.

    A chipmaker whose fiscal 2024 "ends in late January" reports "the third quarter ended Oct.
    29" and forecasts "the fourth quarter": its own quarters, FY2024-Q3 and FY2024-Q4, not the
    calendar's. A quarter joined to its closing day takes that day's fiscal quarter; a bare "the
    quarter" the fiscal quarter named last before it, and "the previous quarter" the one before
    that; an ordinal one the occurrence its tense points to (:func:`fiscal_occurrence`); "the
    December quarter" of a company whose year ends June 30 the fiscal quarter ending in
    December (FY2020-Q2 in October 2019), told in the past while that quarter still runs the
    one a year before. A quarter with a year or other months keeps its value, and so does one
    told before the story first names the company whose fiscal year it gives ("Trescott, whose
    fiscal year ends Sept. 30"): an oil company's "the second quarter", told before its rig
    contractor's "fiscal third quarter", is the calendar's (round 61).
    """
    end_month = fiscal_year_end_month(timexes, text)
    if end_month is None or published is None:
        return timexes
    fixed, owner_named = list(timexes), _owner_first_named(text)
    for i, timex in enumerate(timexes):
        calendar = _CALENDAR_QUARTER.match(timex.value)
        neighbour = _NEIGHBOUR_QUARTER.fullmatch(timex.text)
        if calendar is None or not (_BARE_QUARTER.fullmatch(timex.text) or neighbour
                                    or _MONTH_QUARTER.fullmatch(timex.text)):
            continue
        if timex.end <= owner_named:  # another company's quarter, told before (round 61)
            if neighbour and (value := _calendar_neighbour(fixed, i, neighbour)) is not None:
                fixed[i] = dataclasses.replace(timex, value=value, range=value_range(value))
            continue
        closing = timexes[i + 1] if i + 1 < len(timexes) else None
        if neighbour:
            named = next((t.value for t in reversed(fixed[:i])
                          if FISCAL_QUARTER_VALUE.match(t.value)), None)
            value = named and shift_fiscal_quarter(named, -1 if neighbour["prev"] else 1)
        elif _MONTH_QUARTER.fullmatch(timex.text):
            # the quarter ending in December is a fiscal quarter only where fiscal quarters
            # end with calendar ones (a year ending in March, June or September)
            start = timex.range.start
            if (timex.tense == "past" and timex.range.end >= published
                    and _HAPPENED_IN.search(text, max(0, timex.start - 8), timex.start)):
                # "dragged down by a loss in the December quarter" told in November (round
                # 41): a quarter still running has no loss to report, the year before's has
                # ("bookings for the December quarter were up" keep the one running)
                start = start.replace(year=start.year - 1)
            value = fiscal_quarter_of(start, end_month) if end_month % 3 == 0 else None
        elif _closes(timex, closing, text):
            value = fiscal_quarter_of(closing.range.start, end_month)
        elif timex.text.lower().endswith("holiday quarter") and end_month % 3 == 0:
            # the quarter holding December's holidays: a September year's first (round 58),
            # a June year's second; a retailer's (a year ending in January) is its fourth
            value = fiscal_quarter_of(dt.date(timex.range.start.year, 12, 1), end_month)
        elif (ordinal := ordinal_of_named_year(timex, closing, text)) is not None:
            value = f"{closing.value}-Q{ordinal}"
            _year_echo_as_quarter(fixed, i, value, end_month)
        elif timex.text.lower().endswith("the quarter"):  # not one only forecast before
            named = last_quarter_echoed(fixed[:i], text, timex.start, FISCAL_QUARTER_VALUE.match)
            value = named and named.string
        else:
            value = fiscal_occurrence(int(calendar.group(1)), end_month, published, timex.tense)
        if value is not None:
            fixed[i] = dataclasses.replace(timex, value=value,
                                           range=fiscal_quarter_range(value, end_month))
            _echoes_in_fiscal_year(fixed, i, timex.value, value)
    return fixed


#: The company a fiscal year belongs to: "Trescott, whose fiscal year ends Sept. 30",
#: "Carrow & Finch's fiscal year ends".
_OWNER = cue_pattern("fiscal-year-owner")


def _owner_first_named(text: str) -> int:
    """Where the company whose fiscal year the story gives is first named (0 when unknown):
    the quarters told before it are another company's, counted in the calendar (round 61)."""
    found = _OWNER.search(text)
    if found is None:
        return 0
    name = found.group("owner") or found.group("owner2")
    first = re.search(rf"\b{re.escape(name)}\b", text)
    return first.start() if first is not None else 0


def _calendar_neighbour(fixed: list[Timex], i: int, neighbour) -> str | None:
    """The calendar quarter before or after the one named last before ``i``, passing over the
    echoes ("a year earlier") between: "the second quarter ... a year earlier ... the previous
    quarter" is the first."""
    named = next((m for t in reversed(fixed[:i])
                  if t.rule != "rel-ago" and (m := _CALENDAR_QUARTER_YEAR.match(t.value))), None)
    if named is None:
        return None
    count = int(named.group(1)) * 4 + int(named.group(2)) - 1 + (-1 if neighbour["prev"] else 1)
    return f"{count // 4:04d}-Q{count % 4 + 1}"


#: "the quarter, the first of fiscal 2015": an apposition giving the quarter's place in a year.
_ORDINAL_OF = cue_pattern("quarter-ordinal-of-year")
_ORDINALS = cue_map("quarter-ordinal-of-year")
#: "the same period a year earlier", which the resolver counted from a fiscal year.
_SAME_PERIOD_EARLIER = cue_pattern("same-period-earlier")


def ordinal_of_named_year(period: Timex, year: Timex | None, text: str) -> int | None:
    """The quarter number an apposition gives a bare "the quarter" in a named fiscal year.

    "Net income rose in the quarter, the first of fiscal 2015, which ends June 30" is
    FY2015-Q1; a calendar year after it ("the first of 2015") leaves the quarter alone.
    """
    if year is None or not _FISCAL_YEAR.match(year.value):
        return None
    if not period.text.lower().endswith("the quarter"):
        return None
    found = _ORDINAL_OF.fullmatch(text[period.end:year.start])
    return _ORDINALS[found.group(1).lower()] if found else None


def _year_echo_as_quarter(fixed: list[Timex], i: int, fiscal: str, end_month: int) -> None:
    """Re-count in place "the same period a year earlier" that the resolver took from the
    fiscal year given in apposition to quarter ``i`` (FY2014 after "the first of fiscal 2015"):
    it compares the quarter, so it is FY2014-Q1. Only echoes up to the next quarter named move."""
    year_before = f"FY{int(fiscal[2:6]) - 1:04d}"
    for j in range(i + 2, len(fixed)):
        if "-Q" in fixed[j].value:
            return
        if fixed[j].value == year_before and _SAME_PERIOD_EARLIER.match(fixed[j].text):
            value = shift_fiscal_quarter(fiscal, -4)
            fixed[j] = dataclasses.replace(fixed[j], value=value,
                                           range=fiscal_quarter_range(value, end_month))


def _echoes_in_fiscal_year(fixed: list[Timex], i: int, calendar: str, fiscal: str) -> None:
    """Re-count in place the "a year earlier" that echoed quarter ``i`` before it turned fiscal.

    "Profit for the January-March quarter fell from a year earlier": the echo was resolved
    against the calendar quarter (2017-Q1); once the quarter is FY2018-Q4, it is FY2017-Q4.
    Only echoes up to the next quarter named are re-counted.
    """
    year, quarter = QUARTER_VALUE.match(calendar).groups()
    for j in range(i + 1, len(fixed)):
        echo = QUARTER_VALUE.match(fixed[j].value)
        if echo is None:
            continue
        if fixed[j].rule != "rel-ago" or echo.group(2) != quarter:
            return
        value = shift_fiscal_quarter(fiscal, 4 * (int(echo.group(1)) - int(year)))
        fixed[j] = dataclasses.replace(fixed[j], value=value, range=value_range(value))


def _closes(period: Timex, day: Timex | None, text: str) -> bool:
    """True when ``day`` is the closing day or month written right after ``period`` ("ended
    Oct. 29", "ending in December")."""
    return (day is not None and day.range is not None
            and day.range.granularity in ("day", "month")
            and TO_ITS_END.fullmatch(text[period.end:day.start]) is not None)
