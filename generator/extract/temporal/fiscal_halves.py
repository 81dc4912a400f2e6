"""A company's half-years in its fiscal calendar (blind round 35).

A brewer whose fiscal year ends June 30 reports "first-half profit" in February 2003: its own
first half, July to December 2002, is ``FY2003-H1`` (the annotation extends the fiscal quarter's
``FY2016-Q4`` to halves), "the half" after it is that half, and "a year earlier" the half it is
compared with (``FY2002-H1``). "the full year to June 30" is the fiscal year that half belongs
to (``FY2003``) and its closing day June 30, 2003; "full-year" results are that year's too. The
year end comes from :func:`~generator.extract.temporal.fiscal_end.fiscal_year_end_month`, else
from a full year or six months joined to their closing day ("the full year to June 30", "the
six months to Dec. 31" of a first half). Without a year end, "the half" still echoes the last
half named. Nothing here imports spaCy.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from generator.extract.hits import DateRange, Timex
from generator.extract.temporal.calendar import add_months, value_range
from generator.extract.temporal.clockday import SENTENCE_END
from generator.extract.temporal.cues import cue_map, cue_pattern
from generator.extract.temporal.fiscal_end import (
    PERIOD_TO_ITS_CLOSE,
    fiscal_year_end_month,
    is_full_year,
)
from generator.extract.temporal.fiscal_quarters import fiscal_quarter_of, start_named

__all__ = ["halves_in_fiscal_year"]

#: A half value, calendar or fiscal: "2003-H1", "FY2003-H1".
_HALF = re.compile(r"(FY)?(\d{4})-H([12])$")
#: A half-year named without its year ("first-half", "the second half").
_BARE_HALF = cue_pattern("bare-half")
#: "a year earlier" / "a year ago" after a half.
_YEAR_EARLIER = cue_pattern("year-earlier-echo")
#: "the six months", "the first six months".
_SIX_MONTHS = cue_pattern("six-months-as-half")
#: The half each ordinal of a bare half names.
_ORDINAL = cue_map("bare-half")
_ECHO_RULE = "rel-the-half"


def halves_in_fiscal_year(timexes: list[Timex], text: str,
                          published: dt.date | None) -> list[Timex]:
    """Count the story's bare halves, full year and their echoes in its fiscal calendar."""
    if not any("-H" in t.value or is_full_year(t) for t in timexes):
        return timexes
    end_month = fiscal_year_end_month(timexes, text) or _end_month_from_periods(timexes, text)
    fixed = list(timexes)
    if end_month is not None and published is not None:
        for i, timex in enumerate(timexes):
            bare = _BARE_HALF.fullmatch(timex.text)
            if bare and _HALF.match(timex.value):
                day = _results_day(timexes, i, text)
                named = _fiscal_year_in_sentence(fixed[:i], text, timex.start)
                value = (f"FY{named}-H{_ORDINAL[bare.group(1).lower()]}" if named else
                         _occurrence(_ORDINAL[bare.group(1).lower()], end_month,
                                     day or published, None if day else timex.tense))
                fixed[i] = dataclasses.replace(timex, value=value,
                                               range=_half_range(value, end_month))
            elif is_full_year(timex):
                year = (_year_closing(fixed, i, text, end_month) or _year_of_last_half(fixed[:i])
                        or _year_told(published, end_month, timex.tense))
                fixed[i] = dataclasses.replace(timex, value=f"FY{year:04d}", range=None)
                _closing_day(fixed, i, text, year)
            elif _YEAR_EARLIER.fullmatch(timex.text) and _HALF.match(timex.value):
                last = _last_half(_six_months_as_halves(fixed[:i], text, end_month))
                if last is not None and last.group(1):
                    value = f"FY{int(last.group(2)) - 1:04d}-H{last.group(3)}"
                    fixed[i] = dataclasses.replace(timex, value=value,
                                                   range=_half_range(value, end_month))
    for i, timex in enumerate(fixed):
        if timex.rule == _MONTH_HALF_RULE and published is not None and _HALF.match(timex.value):
            fixed[i] = _month_half(timex, end_month, published)
    for i, timex in enumerate(fixed):
        if timex.rule == _ECHO_RULE and (last := _last_half(
                _six_months_as_halves(fixed[:i], text, end_month))) is not None:
            value = last.string
            span = (_half_range(value, end_month) if last.group(1) and end_month
                    else value_range(value))
            fixed[i] = dataclasses.replace(timex, value=value, range=span)
    return fixed


#: The rule of a half named by the month it ends in: "the December half".
_MONTH_HALF_RULE = "date-half-months"


def _month_half(timex: Timex, end_month: int | None, published: dt.date) -> Timex:
    """"the December half" as the half ending in that December: in the past the last one
    ended ("from A$35.1 million in the December half", told in August 1996: December 1995),
    still to come the next one to end; in a fiscal calendar the fiscal half it closes (a year
    ending June 30: FY1996-H1, round 56), else the calendar half."""
    match = _HALF.match(timex.value)
    year, half = int(match.group(2)), int(match.group(3))
    close = dt.date(year, 6, 30) if half == 1 else dt.date(year, 12, 31)
    if timex.tense == "past" and close > published:
        close = close.replace(year=year - 1)
    elif timex.tense == "future" and close < published:
        close = close.replace(year=year + 1)
    if end_month is None:
        value = f"{close.year:04d}-H{half}"
        return dataclasses.replace(timex, value=value, range=value_range(value))
    fiscal_year = ((close.year + 1 if close.month > end_month else close.year)
                   - start_named(end_month))
    into = (close.month - end_month % 12 - 1) % 12  # months since the fiscal year began
    value = f"FY{fiscal_year:04d}-H{1 if into < 6 else 2}"
    return dataclasses.replace(timex, value=value, range=_half_range(value, end_month))


#: A whole fiscal year's value: "FY1997".
_FISCAL_YEAR = re.compile(r"FY(\d{4})$")


def _fiscal_year_in_sentence(before: list[Timex], text: str, start: int) -> str | None:
    """The fiscal year named last before a bare half in its sentence: "will open 40 stores in
    fiscal 1997, which began on Feb. 2, and close 12, most of them in the second half" (round
    42), "in the current year, most of them in the second half" (round 47): that year's half.
    A year a figure is compared with is passed over: "24 billion yen for the full year ending
    March 31, 2012, up from 19.6 billion yen in fiscal 2010, with two-thirds of it earned in
    the second half" (round 60) is the full year's half."""
    for timex in reversed(before):
        if SENTENCE_END.search(text, timex.end, start) is not None:
            return None
        if _COMPARED_FIGURE.search(text, max(0, timex.start - 50), timex.start):
            continue  # "up from 19.6 billion yen in fiscal 2010": the year compared with
        if (found := _FISCAL_YEAR.match(timex.value)) is not None:
            return found.group(1)
    return None


#: A figure compared with, right before a year ("up from 19.6 billion yen in fiscal 2010").
_COMPARED_FIGURE = cue_pattern("year-compared-figure")


#: A period's results joined to the day they come out: "will report first-half results on Nov. 9".
_RESULTS_ON = cue_pattern("half-results-on")


def _results_day(timexes: list[Timex], i: int, text: str) -> dt.date | None:
    """The day the results of half ``i`` come out, when the story joins them: that half is the
    last one ended by then, whatever the tense says (round 36)."""
    if i + 1 >= len(timexes):
        return None
    day = timexes[i + 1]
    if (day.range is None or day.range.granularity != "day"
            or not _RESULTS_ON.fullmatch(text[timexes[i].end:day.start])):
        return None
    return day.range.start


def _end_month_from_periods(timexes: list[Timex], text: str) -> int | None:
    """The year end a full year or a first half's six months give with their closing day."""
    for period, day in zip(timexes, timexes[1:]):
        if (day.range is None or day.range.granularity != "day"
                or not PERIOD_TO_ITS_CLOSE.fullmatch(text[period.end:day.start])):
            continue
        month = day.range.start.month
        if is_full_year(period):
            return None if month == 12 else month
        if _SIX_MONTHS.fullmatch(period.text) and any(
                _BARE_HALF.fullmatch(t.text) and t.text.lower().startswith(("first", "the first",
                                                                           "1st"))
                for t in timexes if t.end <= period.start):
            month = (month + 5) % 12 + 1  # the first half closes six months before the year
            return None if month == 12 else month
    return None


def _six_months_as_halves(before: list[Timex], text: str, end_month: int | None) -> list[Timex]:
    """``before`` with "the six months" joined to the closing day of a fiscal half read as that
    half: "Pretax profit for the six months to September 30 rose ... from 128 million a year
    earlier. ... passengers in the half" at a March-31 company (round 38) is FY1998-H1, so the
    comparison is FY1997-H1 and "the half" that half, not the second half named before."""
    if end_month is None:
        return before
    view = list(before)
    for k, (period, day) in enumerate(zip(before, before[1:])):
        if (not _SIX_MONTHS.fullmatch(period.text) or day.range is None
                or day.range.granularity != "day"
                or not PERIOD_TO_ITS_CLOSE.fullmatch(text[period.end:day.start])):
            continue
        closing = day.range.start
        half = {end_month: 2, (end_month + 5) % 12 + 1: 1}.get(closing.month)
        if half is not None:
            value = f"FY{_fiscal_year_of(closing, end_month):04d}-H{half}"
            view[k] = dataclasses.replace(period, value=value)
    return view


def _fiscal_year_of(day: dt.date, end_month: int) -> int:
    """The label of the fiscal year holding ``day`` (the calendar year it ends in, or the one
    it starts in for a retail year the story names so: "fiscal 1995" ended Jan. 31, 1996,
    round 47)."""
    return (day.year + 1 if day.month > end_month else day.year) - start_named(end_month)


def _year_start(year: int, end_month: int) -> dt.date:
    return dt.date(year - 1 + start_named(end_month), end_month % 12 + 1, 1)


def _half_range(value: str, end_month: int | None) -> DateRange | None:
    found = _HALF.match(value)
    if found is None or not found.group(1) or end_month is None:
        return value_range(value)
    start = add_months(_year_start(int(found.group(2)), end_month), 6 * (int(found.group(3)) - 1))
    return DateRange(start, add_months(start, 6) - dt.timedelta(days=1), "quarter")


def _occurrence(half: int, end_month: int, published: dt.date, tense: str | None) -> str:
    """Which fiscal year's ``half``: ahead, the first not ended by publication; otherwise the
    latest one ended by then (results are reported after the half)."""
    this_year = _fiscal_year_of(published, end_month)
    years = (this_year - 1, this_year, this_year + 1)
    ranges = {y: _half_range(f"FY{y:04d}-H{half}", end_month) for y in years}
    if tense == "future":
        year = next(y for y in years if ranges[y].end >= published)
    elif tense == "present" and any(r.start <= published <= r.end for r in ranges.values()):
        # "The first half looks good" told in May at a March-31 company (round 48): the half
        # under way
        year = next(y for y in years if ranges[y].start <= published <= ranges[y].end)
    else:
        ended = [y for y in years if ranges[y].end < published]
        year = ended[-1] if ended else years[0]
    return f"FY{year:04d}-H{half}"


#: Rules of a comparison's echo ("a year earlier"): the half it names is not the one reported.
_ECHOES = ("rel-ago",)


def _last_half(before: list[Timex]) -> re.Match | None:
    """The value of the last half named before, passing over comparisons' echoes."""
    return next((m for t in reversed(before)
                 if t.rule not in _ECHOES and (m := _HALF.match(t.value))), None)


def _year_told(published: dt.date, end_month: int, tense: str | None) -> int:
    """The fiscal year of the publication date; told in the past during its first quarter,
    the year just closed: "For the full year, profit fell 22 percent" (round 41, Nov. 10, 1999,
    a year ending Sept. 30) is FY1999, whose figures are in, not FY2000, just begun."""
    year = _fiscal_year_of(published, end_month)
    if tense == "past" and fiscal_quarter_of(published, end_month) == f"FY{year:04d}-Q1":
        return year - 1
    return year


def _year_of_last_half(before: list[Timex]) -> int | None:
    last = _last_half(before)
    return int(last.group(2)) if last is not None and last.group(1) else None


def _year_closing(fixed: list[Timex], i: int, text: str, end_month: int) -> int | None:
    """The fiscal year a full year's closing month or day gives when written with its year:
    "a recovery in the year ending March 2010", "lost money in the year to March 2001" (round
    54, a February 2009 story) are FY2010 and FY2001, not the story's own year."""
    if i + 1 >= len(fixed):
        return None
    day = fixed[i + 1]
    if (day.range is None or day.range.granularity not in ("day", "month")
            or not re.search(r"\d{4}", day.text)
            or not PERIOD_TO_ITS_CLOSE.fullmatch(text[fixed[i].end:day.start])):
        return None
    return _fiscal_year_of(day.range.start, end_month)


def _closing_day(fixed: list[Timex], i: int, text: str, year: int) -> None:
    """Give the year-less day right after a full year ("to June 30") that year's end."""
    if i + 1 >= len(fixed):
        return
    day = fixed[i + 1]
    if (day.range is None or day.range.granularity != "day" or re.search(r"\d{4}", day.text)
            or not PERIOD_TO_ITS_CLOSE.fullmatch(text[fixed[i].end:day.start])):
        return
    value = f"{year:04d}{day.value[4:]}"
    fixed[i + 1] = dataclasses.replace(day, value=value, range=value_range(value))
