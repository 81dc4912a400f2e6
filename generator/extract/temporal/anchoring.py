"""The date a relative reading counts from: the publication date, or a date the text named.

"two days later" counts from the latest day named, "the same period last year" from the period
named last (a quarter over a calendar year), "the month" of a monthly report from the month it
is about, "the fiscal year" from the fiscal year named last. Split out of :mod:`resolve` (which
was near 400 lines); pure Python, no spaCy.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from generator.extract.temporal import calendar
from generator.extract.temporal.readings import Reading

__all__ = ["FINENESS", "Mention", "anchor", "grain_of_unit", "is_fiscal_year", "reported_period",
           "reported_mentions"]


#: A calendar day, with or without a clock or part of the day.
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


class Mention(str):
    """A value the text named, with the tense and the sentence it was told in."""

    tense: str | None = None
    sentence: int = -1
    said: bool = False  # the day a saying is dated by ("automakers said Tuesday")

    def __new__(cls, value: str, tense: str | None = None, sentence: int = -1,
                said: bool = False) -> Mention:
        made = super().__new__(cls, value)
        made.tense, made.sentence, made.said = tense, sentence, said
        return made


_QUARTER = re.compile(r"(?:FY)?\d{4}-Q[1-4]")


def reported_mentions(mentions: Sequence[str], reading: Reading, sentence: int,
                      tense: str | None = None,
                      published: dt.date | None = None) -> Sequence[str]:
    """The mentions a period's echo may take: what was only predicted in an earlier sentence is
    no period the story reports on.

    "lost $48 million in the first quarter ... but predicted it would return to profit in the
    third quarter. The loss compared with ... the same period a year earlier": the echo is
    1993-Q1, and "traffic rose in the quarter" the first quarter; "reported a fall in
    fourth-quarter profit and said it would cut jobs this year. Net income fell from $1.4
    billion a year earlier. For the full year, it earned ...": 2017-Q4 and 2018, not counted
    from "this year". A forecast in the echo's own sentence stays ("expects a profit in the
    fourth quarter, against a loss a year earlier"). Only "the quarter" (anchor ``same-unit``),
    comparisons counted back from a period and a past "the full year" (anchor ``last``) move;
    if no quarter is left, nothing is dropped. A plan given up in an earlier sentence (a year
    after the story's own told in the past) is echoed by no whole "the year" (round 30).
    """
    if reading.anchor == "last" and not reading.shift:
        mentions = _without_dropped_plans(mentions, sentence, published)
    if reading.anchor == "mention" and reading.unit == "day" and not reading.shift:
        mentions = _without_own_clocks(mentions, sentence)
    if (reading.anchor == "last" and reading.unit == "day" and (reading.shift or 0) > 0
            and tense == "future"):
        mentions = _without_days_gone_by(mentions, published)
    comparison = reading.grain in ("same", "echo") and (reading.shift or 0) < 0
    whole = reading.anchor == "last" and not reading.shift and tense == "past"
    if reading.anchor != "same-unit" and not comparison and not whole:
        return mentions
    kept = [m for m in mentions if not (
        getattr(m, "tense", None) == "future" and getattr(m, "sentence", sentence) < sentence)]
    if len(kept) == len(mentions) or not any(_QUARTER.fullmatch(m) for m in kept):
        return mentions
    return kept


def _without_own_clocks(mentions: Sequence[str], sentence: int) -> Sequence[str]:
    """``mentions`` without the clocks told last in the sentence of "that day": "had been due
    to end on Sept. 13. Under the first step, from 11:59 p.m. that day" (round 46) is Sept. 13's
    11:59 p.m.; the clock, still on the publication day, is no day of its own to point back to.
    A saying's day left last keeps the clock (events ev145: its later steps date it)."""
    kept = list(mentions)
    while (kept and "T" in kept[-1] and getattr(kept[-1], "sentence", -1) == sentence
           and len(kept) > 1):
        kept.pop()
    if not kept or getattr(kept[-1], "said", False):
        return mentions  # "..., the museum announced on Tuesday. ... at 10 a.m. that day"
    return kept


def _without_days_gone_by(mentions: Sequence[str], published: dt.date | None) -> Sequence[str]:
    """``mentions`` ending on the latest day still to come, when the text named a day gone by
    last (told in the past, before ``published``); else ``mentions`` as they are.

    "the agency has set a new attempt for Sunday ... The crew went into quarantine on April 2.
    Once in orbit, the capsule is due to dock with the station the following day" (events round
    41, ev237, told Thursday, April 16, 2026): what is still to come follows the coming launch
    (April 20), not the quarantine gone by that the text named last. The publication day is
    not still to come: "restored 50,000 customers on Tuesday, the first day crews could reach
    most rural lines, and 41,000 more the following day" (round 45, told on Thursday) counts
    from Tuesday, not from the "Thursday" of the story's lead.
    """
    if published is None:
        return mentions
    today = published.isoformat()
    if not any(getattr(m, "tense", None) == "past" and _DAY.match(m) and m[:10] < today
               for m in mentions[-1:]):
        return mentions  # the text named a day still to come last: count from it
    ahead = [m for m in mentions if _DAY.match(m) and m[:10] > today]
    if not ahead:
        return mentions
    # the latest day still to come: the launch, not the forecast of the winds before it
    latest = max(ahead, key=lambda m: m[:10])
    return [m for m in mentions if m is not latest] + [latest]


def _without_dropped_plans(mentions: Sequence[str], sentence: int,
                           published: dt.date | None) -> Sequence[str]:
    """``mentions`` less the dates of plans given up in earlier sentences.

    "The plant had been due to open in late 2025. Harlan still expects operating profit of $12
    billion for the year", told in April 2024: a date after the story's year told in the past
    can only be a plan dropped or moved, no year the story reports on, so "the year" is 2024.
    "The plant will open in late 2025" (told ahead) still lends its year.
    """
    if published is None:
        return mentions
    kept = [m for m in mentions if not (
        getattr(m, "tense", None) == "past" and getattr(m, "sentence", sentence) < sentence
        and m[:4].isdigit() and int(m[:4]) > published.year)]
    return kept if len(kept) < len(mentions) else mentions


#: Order of granularities from fine to coarse, for choosing an anchor fine enough for a shift.
FINENESS = ["time", "day", "week", "month", "quarter", "season", "year", "decade", "century"]


def anchor(reading: Reading, published: dt.date | None, mentions: Sequence[str],
           tense: str | None = None) -> tuple[dt.date | None, str | None]:
    """The date a reading counts from, and that date's granularity (None for the DCT)."""
    if reading.anchor in ("last", "mention"):
        # "two days later" needs a day, "the following year" at least a year; clock times
        # count as days. "the same period last year" takes whatever was mentioned last.
        needed = max(FINENESS.index(grain_of_unit(reading.unit or "day")), 1)
        for value in reversed(_periods_first(reading, mentions)):
            if is_fiscal_year(value):  # "the previous year" after "fiscal 2024" is FY2023
                if reading.grain == "same" or needed >= FINENESS.index("year"):
                    return dt.date(int(value[2:]), 1, 1), "fiscal"
                continue
            span = calendar.value_range(value)
            if span is None or _lands_after_publication(reading, span, published, tense):
                continue
            if (getattr(value, "said", False) and needed >= FINENESS.index("year")
                    and not _fiscal_before(mentions, value)):
                continue  # "in 1994 ..., automakers said Tuesday. ... from the previous year"
            if _finer_than(span.granularity, reading.min_grain):
                continue
            if reading.grain == "same" or FINENESS.index(span.granularity) <= needed:
                # a range reports a half-year as a quarter; the value still says which
                return span.start, "half" if "-H" in value else span.granularity
        coarse = _coarse_past_anchor(reading, published, mentions, tense)
        if coarse is not None:
            return coarse
    if reading.anchor == "fiscal":
        # "the fiscal year": the fiscal year the text named last, else the publication date's
        # (a December holiday named in between does not move Apple's fiscal year back)
        named = next((v for v in reversed(mentions) if is_fiscal_year(v)), None)
        if named is not None:
            return dt.date(int(named[2:]), 1, 1), "fiscal"
    if reading.anchor == "same-unit":
        # "net income for the quarter": the last quarter named, not the month or day named last
        for value in reversed(mentions):
            span = calendar.value_range(value)
            if (span is not None and span.granularity == grain_of_unit(reading.unit or "day")
                    and "-H" not in value):  # a half's range is quarter-grained; no quarter
                return span.start, span.granularity
    if reading.anchor == "reported":
        return reported_period(reading.min_grain or "month", published, mentions)
    if reading.anchor == "mention" and reading.min_grain in _REPORTED_GRAINS and published:
        # "revenue fell from the same quarter last year" with no quarter named: the one
        # just reported, i.e. the last whole quarter (or month) before publication
        return calendar.shift(published, reading.min_grain, -1), reading.min_grain
    if reading.anchor == "mention":  # "that time" with nothing before it names no date
        return None, None
    return published, None


def _fiscal_before(mentions: Sequence[str], said: str) -> bool:
    """True when the mention before the day of a saying is a fiscal year: round 3's "deficit for
    fiscal 1996 ..., the CBO said Monday. ... down from $164 billion the previous year" keeps
    the calendar year counted from the Monday (1995), as its gold has it."""
    before = [m for m in mentions[:mentions.index(said)] if not getattr(m, "said", False)]
    return bool(before) and is_fiscal_year(before[-1])


def _periods_first(reading: Reading, mentions: Sequence[str]) -> Sequence[str]:
    """The mentions "the same period last year" may echo: a calendar year is no period of a
    year ("a fare war cut fares last year ... earned $41 million in the third quarter,
    compared with a loss in the same period last year" echoes the quarter), unless the text
    named nothing finer. "at the time" (no shift) is no comparison: it takes the date named last,
    a year as well ("warned in 1993, but the FAA did not act on it at the time")."""
    if reading.grain != "same" or not reading.shift:
        return mentions
    periods = [value for value in mentions if not _CALENDAR_YEAR.fullmatch(value)]
    return periods or mentions


_CALENDAR_YEAR = re.compile(r"\d{4}")
#: Periods results are reported for, which "the same quarter/period last year" echoes.
_REPORTED_GRAINS = ("quarter", "month")


def reported_period(grain: str, published: dt.date | None,
                    mentions: Sequence[str]) -> tuple[dt.date | None, str | None]:
    """Start of the month (or quarter) a monthly report is about, and that granularity.

    Car-sales copy filed in early June reports on May: "sales rose in May ... the Fed raised
    rates in March ... share fell from the same month last year" compares with May, not with
    the month named last. So the period just ended before publication wins when the text names
    it; otherwise the one holding the last date named that fits in such a period ("The strike
    began on March 3 and cost 4,000 jobs during the month"); otherwise the one just ended.
    """
    named = [span.start for span in map(calendar.value_range, mentions)
             if span is not None and span.granularity in FINENESS
             and FINENESS.index(span.granularity) <= FINENESS.index(grain)]
    latest = calendar.shift(published, grain, -1) if published is not None else None
    if latest is not None:
        latest_value = calendar.format_value(latest, grain)
        if any(calendar.format_value(day, grain) == latest_value for day in named):
            return latest, grain
    if named:
        return named[-1], grain
    return (latest, grain) if latest is not None else (None, None)


def _finer_than(granularity: str, floor: str | None) -> bool:
    """True when a mention of ``granularity`` is finer than the reading's ``min_grain``."""
    return (floor is not None and granularity in FINENESS
            and FINENESS.index(granularity) < FINENESS.index(floor))


def _coarse_past_anchor(reading: Reading, published: dt.date | None, mentions: Sequence[str],
                        tense: str | None) -> tuple[dt.date, str] | None:
    """A coarser date to count forward from in a past clause, when no fine one was named.

    "The buildup began in November ... Inspectors returned two weeks later": counting two
    weeks from the publication date would put a past event in the future, so the month named
    last is a better anchor than none.
    """
    if tense != "past" or published is None or not reading.shift or reading.shift < 0:
        return None
    for value in reversed(mentions):
        span = calendar.value_range(value)
        if span is not None and not _lands_after_publication(reading, span, published, tense):
            return span.start, span.granularity
    return None


def _lands_after_publication(reading: Reading, span, published: dt.date | None,
                             tense: str | None) -> bool:
    """True when counting from ``span`` would put an event told in the past after publication.

    "The next day, the president promised aid" tells of the past, so it cannot count from
    "this morning" (the publication day) written just before it, and "workers counted through
    the night" cannot be the night of a deadline still to come: an earlier date is meant.
    """
    if published is None:
        return False
    if (tense == "present" or reading.grain in ("same", "echo")) and (reading.shift or 0) < 0:
        # "The loss compares with a profit the previous year" after "will close plants by
        # the end of 2008": a comparison in the present counts back from a year gone by.
        # A coming part of this year stays ("the fourth quarter ... a year earlier"); "the
        # same period a year earlier" after a forecast for next year echoes the one reported.
        return span.start.year > published.year
    if tense != "past":
        return False
    forward = (reading.shift or 0) > 0
    return span.start > published or (forward and span.start == published)


def grain_of_unit(unit: str) -> str:
    """The granularity a shift unit needs of its anchor."""
    return {"weekend": "week", "half": "quarter", "hour": "time", "minute": "time",
            "second": "time"}.get(unit, unit)


def is_fiscal_year(value: str) -> bool:
    """True for a whole fiscal year value (``FY2024``), which has no calendar range but can
    anchor "the previous year"."""
    return len(value) == 6 and value.startswith("FY") and value[2:].isdigit()

