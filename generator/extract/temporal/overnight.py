"""A small-hours clock told right after an evening one: the day after the evening's.

"The game, which began at 7:08 p.m. Saturday, ended at 12:47 a.m.": the bare clock takes
Saturday from its neighbour (:mod:`context`, :mod:`storyday`), but a night game that starts in
the evening and ends after midnight ends on Sunday. So a clock between midnight and dawn,
told in the same sentence just after an evening clock of the same date, or in that sentence or
the next after a night ("Monday night. ... ended at 12:41 a.m."), lengths between passed over,
moves to the next day, as does a small-hours clock something "ended" at after a day named in
its sentence; so does any daytime clock told after "overnight" in its sentence
("worked overnight ..., but flights had been canceled by 3 p.m."), though not an evening one,
which opens the night ("met in four rounds overnight, the first from 11:00 pm to 1:30 am",
round 41: 11 p.m. on the night's day, 1:30 a.m. the next); so does a morning clock "by" which
something happened after an evening clock of its sentence ("At the 10 p.m. advisory on Wednesday
... and by 7 a.m. it had weakened", round 51) or at which someone was "still" at work ("started
his shift at 6 p.m. Tuesday and was still working at 10 a.m.", round 55), and so does a
morning clock told after a midnight of its date, outside a clock range ("11 inches by midnight
and 19 inches at 6 a.m.", round 55); and a past evening clock told before "by 6am today" in its
sentence is the evening before that morning (round 57); a morning clock put on the day before
publication and told after that day's midnight is the publication day's (round 61). Runs once
every clock sits on its day.
Nothing here imports spaCy. The words of an ending and of a night are data:
``generator/rules/temporal_context.yaml`` (``module: overnight``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.clockday import is_bare_clock
from generator.extract.temporal.cues import cue_pattern

__all__ = ["clock_past_midnight", "evening_before_a_dated_morning", "morning_after_its_midnight",
           "night_before_its_day"]

#: Hours of a clock that belong to the night before it ("12:47 a.m." .. "5:59 a.m.").
SMALL_HOURS = range(0, 6)
#: The first hour of the evening that a night's small hours follow ("7:08 p.m.").
EVENING_FROM = 18
_CLOCK = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d)")
#: A full stop that ends a sentence: the evening's reach ends there.
_SENTENCE_END = re.compile(r"[.!?]\s")


def clock_past_midnight(timexes: list[Timex], text: str) -> list[Timex]:
    """Move each small-hours clock told right after an evening of its date to the next day.

    Args:
        timexes: the resolved expressions of one text, in text order, clocks on their days.
        text: the text they were found in.

    Returns:
        The same list with such clocks moved one day on.
    """
    fixed = list(timexes)
    for i in range(1, len(timexes)):
        clock = timexes[i]
        before = _last_point_before(fixed, i)
        hour = _hour(clock)
        if before is None or not is_bare_clock(clock) or hour is None:
            continue
        if _follows_a_moved_clock(timexes, fixed, i, text):
            day = dt.date.fromisoformat(clock.value[:10]) + dt.timedelta(days=1)
            value = day.isoformat() + clock.value[10:]
            fixed[i] = dataclasses.replace(clock, value=value, range=value_range(value))
            continue
        if _morning_reached_after_evening(fixed, i, hour, text):
            before = next(t for t in reversed(fixed[:i]) if t.type == "TIME")
        elif (hour < 12 and before.value == clock.value[:10] + "T24:00"
              and not _RANGE_BETWEEN.search(text, before.end, clock.start)):
            pass  # "11 inches by midnight and 19 inches at 6 a.m." (round 55): after the midnight
        elif hour not in SMALL_HOURS and not (hour < EVENING_FROM
                                              and _day_after_overnight(before, clock, text)):
            continue
        if not (_evening_of(before, clock.value[:10]) or _ended_after_its_day(before, clock, text)):
            continue
        if len(_SENTENCE_END.findall(text, before.end, clock.start)) > _reach(before):
            continue
        day = dt.date.fromisoformat(clock.value[:10]) + dt.timedelta(days=1)
        value = day.isoformat() + clock.value[10:]
        fixed[i] = dataclasses.replace(clock, value=value, range=value_range(value))
    return fixed


def _follows_a_moved_clock(timexes: list[Timex], fixed: list[Timex], i: int, text: str) -> bool:
    """True for a clock told right after a small-hours one moved to the next day, in its
    sentence, that goes on from it: "broke up shortly after 2:00 am without a deal and resumed
    at 11:00 am (0900 GMT)" after talks begun "at 10:00 am on Saturday" (round 43) resumed on
    Sunday, a later hour of the new day, and the bracketed clock restates it."""
    j = next((k for k in range(i - 1, -1, -1) if timexes[k].type in ("DATE", "TIME")), None)
    if j is None or timexes[j].value == fixed[j].value or timexes[j].type != "TIME":
        return False
    old, clock = timexes[j], timexes[i]
    if old.value[:10] != clock.value[:10] or _SENTENCE_END.search(text, old.end, clock.start):
        return False
    old_hour, hour = _hour(old), _hour(clock)
    return (old_hour is not None and hour is not None
            and (hour >= old_hour or text[old.end:clock.start].strip() == "("))


#: "by" before a clock: the hour something was reached by, later than what was told before.
#: "by 7 a.m." and "was still working at 10 a.m." (round 55): a morning reached from the evening.
_BY = re.compile(r"\b(?:by|still\s+\w+ing\s+at)\s+$", re.IGNORECASE)
#: What joins the two ends of a clock range ("from midnight until 7am"): the range's own step
#: (clockrange.py) dates them.
_RANGE_BETWEEN = re.compile(r"\b(?:until|till|to|through)\b|[-–]", re.IGNORECASE)


def _morning_reached_after_evening(fixed: list[Timex], i: int, hour: int, text: str) -> bool:
    """True for a morning clock "by" which something happened, told in the sentence of an
    evening clock of its date: "At the 10 p.m. advisory on Wednesday it was 45 miles south ...,
    and by 7 a.m. it had weakened" (round 51) is the morning after, Thursday's 7 a.m."""
    clock = fixed[i]
    evening = next((t for t in reversed(fixed[:i]) if t.type == "TIME"), None)
    evening_hour = _hour(evening) if evening is not None else None
    return (evening_hour is not None and evening_hour >= EVENING_FROM and hour < 12
            and evening.value[:10] == clock.value[:10]
            and _BY.search(text, max(0, clock.start - 30), clock.start) is not None
            and not _SENTENCE_END.search(text, evening.end, clock.start))


def _day_after_overnight(before: Timex, clock: Timex, text: str) -> bool:
    """True for a daytime clock told after "overnight" in its sentence: "Crews worked overnight
    to clear runways, but 600 flights had been canceled by 3 p.m." (blind round 33, told on
    the Tuesday) is the afternoon after the night, which the clock's day came from; a clock after
    a named night ("Monday night") keeps its day."""
    return (before.rule.startswith("time-overnight") and before.value.endswith("TNI")
            and before.value[:10] == clock.value[:10]
            and not _SENTENCE_END.search(text, before.end, clock.start))


#: An ending told right before its clock: "a meeting that ended shortly after 3 a.m.".
_ENDED = cue_pattern("ended-at")


def _ended_after_its_day(before: Timex, clock: Timex, text: str) -> bool:
    """True for a small-hours clock that something ended at, told in the sentence of a day
    it was put on: "replaced a faulty sensor on Thursday, and mission managers cleared the
    shuttle at a meeting that ended shortly after 3 a.m." (round 36, Friday's story) ran
    through Thursday night, so it ended on Friday."""
    return (before.type == "DATE" and before.value == clock.value[:10]
            and not _SENTENCE_END.search(text, before.end, clock.start)
            and _ENDED.search(text, max(before.end, clock.start - 40), clock.start) is not None)


def _last_point_before(timexes: list[Timex], i: int) -> Timex | None:
    """The last date or time before ``timexes[i]``, passing over lengths and sets ("the game,
    which lasted 4 hours, 12 minutes, ended at 12:41 a.m.")."""
    return next((t for t in reversed(timexes[:i]) if t.type in ("DATE", "TIME")), None)


def _reach(before: Timex) -> int:
    """How many sentence ends the evening reaches over: a night its next sentence ("beat the
    Pilots 5-3 Monday night ... The game ... ended at 12:41 a.m.", blind round 33), an
    evening clock none."""
    return 1 if before.value.endswith("TNI") else 0


def _hour(timex: Timex) -> int | None:
    """The hour of a clock on a known day, else None."""
    match = _CLOCK.match(timex.value)
    return int(match.group(2)) if match else None


def _evening_of(timex: Timex, day: str) -> bool:
    """True for an evening clock ("7:08 p.m.") or a night ("TNI") on ``day``."""
    if timex.type != "TIME" or timex.value[:10] != day:
        return False
    hour = _hour(timex)
    # the midnight that ends the day (T24:00) is its evening's last moment
    return timex.value.endswith("TNI") or (hour is not None and EVENING_FROM <= hour <= 24)


#: A night told as what came before the day's happening: "ended on Saturday after negotiators
#: worked through the night".
_AFTER = cue_pattern("night-after-happening")
#: A night with no day of its own.
_BARE_NIGHT = cue_pattern("bare-night")


def night_before_its_day(timexes: list[Timex], text: str) -> list[Timex]:
    """Move a bare night told "after" a day's happening to the night before that day.

    "The summit ended in disarray on Saturday after negotiators worked through the night"
    (round 41, told on that Saturday): the night took Saturday from the day before it, but
    what came before Saturday's ending is Friday's night, 2009-12-18TNI. Only a night in the
    day's sentence, with "after" between them, moves.
    """
    fixed = list(timexes)
    for i, night in enumerate(timexes):
        if not (_BARE_NIGHT.fullmatch(night.text) and night.value.endswith("TNI")):
            continue
        day = next((t for t in reversed(timexes[:i]) if t.type == "DATE"), None)
        if (day is None or day.value != night.value[:10]
                or _SENTENCE_END.search(text, day.end, night.start)
                or not _AFTER.search(text, day.end, night.start)):
            continue
        value = (dt.date.fromisoformat(day.value) - dt.timedelta(days=1)).isoformat() + "TNI"
        fixed[i] = dataclasses.replace(night, value=value, range=value_range(value))
    return fixed


#: "by " right before a morning clock written with its day: "had reopened it by 6am today".
_BY_DATED = re.compile(r"\bby\s+$", re.IGNORECASE)


def evening_before_a_dated_morning(timexes: list[Timex], text: str) -> list[Timex]:
    """Move a bare evening clock told in the past before a morning clock written with its day
    ("by 6am today") in its sentence onto the evening before that morning: "workers began
    clearing the Mall at 10pm and had reopened it to traffic by 6am today" (round 57) cleared
    it the night before. A morning told without "by", or an evening told after it, stays."""
    fixed = list(timexes)
    for i, clock in enumerate(timexes):
        hour = _hour(clock)
        if (hour is None or hour < EVENING_FROM or clock.tense != "past"
                or not is_bare_clock(clock)):
            continue
        for later in timexes[i + 1:]:
            if _SENTENCE_END.search(text, clock.end, later.start):
                break
            morning = _hour(later)
            if (later.rule == "time-clock-day" and morning is not None and morning < 12
                    and later.value[:10] == clock.value[:10]
                    and _BY_DATED.search(text, max(0, later.start - 4), later.start)):
                day = dt.date.fromisoformat(clock.value[:10]) - dt.timedelta(days=1)
                value = day.isoformat() + clock.value[10:]
                fixed[i] = dataclasses.replace(clock, value=value, range=value_range(value))
                break
    return fixed


#: The midnight that closes a day ("T24:00"), with or without a zone.
_MIDNIGHT = re.compile(r"(\d{4}-\d\d-\d\d)T24:00")


def morning_after_its_midnight(timexes: list[Timex], text: str,
                               published: dt.date | None) -> list[Timex]:
    """Move a bare morning clock put on the day before publication, told after the midnight
    that closes that day, onto the publication day.

    "British rule ended at midnight on Monday ... The chief executive was sworn in at 1.30am"
    (round 61, the Tuesday's story): the story day or a neighbour put the clock on Monday, but
    a morning told after Monday's midnight is Tuesday's, the day the story is told on; so are
    "at 8:15 a.m." and "at about 2 a.m." told after the count's "before midnight" on Thursday
    (Friday's story), and a small-hours clock its sentence dated only by the eve's weekday as a
    possessive ("Thursday's vote became certain shortly after 4:40 a.m. BST (03:40 UTC)"),
    with its restatement in brackets. Only the day before publication is read so: a story
    told days later may go back to any morning, and a clock with its day right after it ("at
    10am on Monday") keeps it. A clock in a range with the midnight ("from midnight until
    7am") is the range step's.
    """
    if published is None:
        return timexes
    eve = (published - dt.timedelta(days=1)).isoformat()
    fixed, midnight = list(timexes), None
    for i, clock in enumerate(timexes):
        closes = _MIDNIGHT.match(clock.value)
        if clock.type == "TIME" and closes and closes.group(1) == eve:
            midnight = midnight or clock
            continue
        hour = _hour(clock)
        if hour in SMALL_HOURS and _eve_as_a_possessive_before(timexes, i, eve, text):
            after = clock  # "Thursday's vote became certain shortly after 4:40 a.m."
        else:
            after = midnight
        if (after is None or hour is None or hour >= 12 or not is_bare_clock(clock)
                or clock.value[:10] != eve or _day_written_after(timexes, i, text)
                or (not _SENTENCE_END.search(text, after.end, clock.start)
                    and _RANGE_BETWEEN.search(text, after.end, clock.start))):
            continue
        for k in (i, i + 1):  # and its restatement in brackets: "4:40 a.m. BST (03:40 UTC)"
            if k == i or (k < len(timexes) and timexes[k].type == "TIME"
                          and timexes[k].value[:10] == eve
                          and text[clock.end:timexes[k].start].strip() == "("):
                value = published.isoformat() + timexes[k].value[10:]
                fixed[k] = dataclasses.replace(timexes[k], value=value,
                                               range=value_range(value))
    return fixed


def _day_written_after(timexes: list[Timex], i: int, text: str) -> bool:
    """True for a clock with its own day right after it: "met at 10am on Monday"."""
    after = timexes[i + 1] if i + 1 < len(timexes) else None
    return (after is not None and after.type == "DATE" and after.value == timexes[i].value[:10]
            and text[timexes[i].end:after.start].strip(" ,") in ("", "on"))


def _eve_as_a_possessive_before(timexes: list[Timex], i: int, eve: str, text: str) -> bool:
    """True for a small-hours clock whose sentence dated it only by the eve's weekday as a
    possessive before it: "The outcome of Thursday's vote became certain shortly after 4:40
    a.m." (round 61, told on the Friday) is Friday's small hours, after the day's vote."""
    before = _last_point_before(timexes, i)
    return (before is not None and before.type == "DATE" and before.value == eve
            and text[before.end:before.end + 2] in ("'s", "\u2019s")
            and not _SENTENCE_END.search(text, before.end, timexes[i].start))
