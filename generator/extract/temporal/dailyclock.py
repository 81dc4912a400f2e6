"""A clock told of a daily habit has no day: "closed between 7pm and 6am each night".

A bare clock takes the day its neighbours or the story give (:mod:`context`, :mod:`storyday`),
but a clock in a sentence that dates itself only by a daily set ("each night", "every evening",
"every day") tells the hour of a habit, not of one day: TimeML writes it with its day unknown,
``XXXX-XX-XXT19:00`` (round 42: "The road will be closed to city-bound traffic between 7pm
and 6am each night"; round 44: "finals are held between 19:00 and 21:00 local time each
evening, between 09:00 and 11:00 in Britain, ... at noon", "keeps them open until 9 p.m. every
night"). A sentence that names a day of its own keeps its clocks on it; a month or a season
does not date a clock ("will end at about 9.25pm each evening at the start of the month",
round 45), nor does a bound of the habit's span ("each evening at 5:00 pm ... until April 16",
"every Tuesday from 4 p.m. to 7 p.m. until Nov. 25", round 47, a weekly habit too) or a
day in another clause (round 48). The hours of a curfew are a nightly habit too, daily set
or not: "the curfew will run from 9 p.m. rather than 8 p.m. to 5 a.m." (round 46), unless a
day follows in its clause ("a curfew from 10 p.m. on Saturday"); so are the clocks after an
adverb of habit ("usually setting off at 7pm and again at 4am", round 52), and those of a set
of every few hours that divide the day ("every six hours, at 5 a.m., 11 a.m. ...", round 56);
a day the habit leaves out ("every day except Easter Sunday", round 57) dates nothing; a past
clock parted by a clause break from a habit told after it or still to come is one day's (round
61). Nothing
here imports spaCy: it reads timexes and the sentence starts of a ``Doc`` it is given.
The cue words are data: ``generator/rules/temporal_context.yaml`` (``module: dailyclock``); the
shapes of values and clocks stay here.
"""

from __future__ import annotations

import dataclasses
import re

from generator.extract.doctext import doc_text
from generator.extract.hits import Timex
from generator.extract.temporal.cues import cue_pattern

__all__ = ["clocks_of_a_daily_habit"]

#: A set of one part of every day ("each night"), every day itself, or a weekday of every week.
_DAILY = re.compile(r"XXXX-XX-XXT(?:MO|AF|EV|NI)$|P1D$|XXXX-WXX-[1-7]$")
#: The words of a daily set that are a habit's, not a rate's ("a day" after an amount is not).
_DAILY_WORDS = cue_pattern("daily-habit-words")
#: A set of every few hours that divide the day ("every six hours"): PT6H, and its words.
_HOURS = re.compile(r"PT\d+H$")
_HOURS_WORDS = cue_pattern("hours-habit-words")
#: The clocks of those hours listed right after the set: "every six hours, at ".
_HOURS_CLOCKS = cue_pattern("hours-habit-clocks")
#: A clock right before "on" and a plural weekday: "until 8pm on Thursdays" (round 58).
_CLOCK_ON = cue_pattern("clock-on-weekdays")
#: A word before a day that makes it a bound of the habit's span: "until Nov. 25", "from Dec.
#: 20 to Dec. 27" (rounds 47-48), not the day of its clocks.
_BOUND = cue_pattern("habit-span-bound")
_FROM = cue_pattern("habit-span-from")
_RANGE_ON = cue_pattern("habit-span-range-on")
#: "from" right after the set: "every Saturday from 5 December" starts the span (round 58).
_FROM_SET = cue_pattern("habit-span-from-set")
#: "on" after a day a habit goes on from: "from Monday on" still dates its clocks (round 41).
_RANGE_ON_WORD = re.compile(r"\s+on(?:wards?)?\b")
#: A reported clause's "that" after the day of its telling: "told on Tuesday that" (round 58).
_REPORTED = cue_pattern("habit-reported-that")
#: A break between two clauses: ", and the stalls will stay until Dec. 28" (round 48).
_CLAUSE_BREAK = cue_pattern("habit-clause-break")


def _dates_the_clocks(text: str, day: Timex, clocks: list[Timex],
                      habits: list[Timex]) -> bool:
    """True for a day that dates the habit's clocks: not a bound of its span, nor the day a
    reported clause holding them was told, nor in another clause than every clock."""
    if _BOUND.search(text, max(0, day.start - 8), day.start) or (
            _FROM.search(text, max(0, day.start - 6), day.start)
            and _RANGE_ON.match(text, day.end)):
        return False  # "From Wednesday on" still dates them (round 41)
    if any(h.end <= day.start and _FROM_SET.fullmatch(text, h.end, day.start)
           and not _RANGE_ON_WORD.match(text, day.end) for h in habits):
        return False  # "every Saturday from 5 December", not "from Monday on" (round 41)
    if clocks and all(c.start >= day.end for c in clocks) and _REPORTED.search(
            text, day.end, min(c.start for c in clocks)):
        return False
    return not clocks or any(
        not _CLAUSE_BREAK.search(text, min(c.end, day.end), max(c.start, day.start))
        for c in clocks)
#: A bare clock on a known day: "2000-09-16T19:00", with or without its zone.
_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
_CLOCK_RULES = ("time-clock", "time-noon", "time-told-in-words")


def clocks_of_a_daily_habit(timexes: list[Timex], doc) -> list[Timex]:
    """Write the bare clocks of a sentence dated only by a daily set with no day."""
    starts = sorted(sent.start_char for sent in doc.sents)
    fixed = list(timexes)
    by_sentence: dict[int, list[int]] = {}
    for i, timex in enumerate(timexes):
        by_sentence.setdefault(_sentence_of(starts, timex.start), []).append(i)
    text = doc_text(doc)
    for members in by_sentence.values():
        told = [timexes[i] for i in members]
        for k, i in enumerate(members):
            if _curfew_hour(text, timexes[i], told[k + 1:]):
                fixed[i] = _dayless(timexes[i])
        habits = [t for t in told if _is_daily_habit(t, text)]
        if not habits:
            continue
        clocks = [t for t in told if t.rule in _CLOCK_RULES]
        if any(t.type == "DATE" and t.range is not None and t.range.granularity == "day"
               and _dates_the_clocks(text, t, clocks, habits) for t in told):
            continue  # "on Monday, and each night after": the day's
        ends = [t.end for t in told if _ENDS_A_SENTENCE.match(text, t.end - 1)]
        for i in members:
            clock = timexes[i]
            if (clock.rule in _CLOCK_RULES and _CLOCK.match(clock.value)
                    and any(_same_clause(text, clock, habit)
                            and not any(min(clock.end, habit.end) <= end
                                        <= max(clock.start, habit.start) for end in ends)
                            for habit in habits)):
                fixed[i] = _dayless(clock)
    return fixed


#: A clock whose "p.m." ends its sentence too, a capitalised word after it: "black smoke
#: appeared at 7.42 p.m. Two more ballots ..." (round 59), where the parser runs on into the
#: next sentence and its habit ("the electors vote twice each morning") is not the clock's.
_ENDS_A_SENTENCE = re.compile(
    r"\.\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct"
    r"|Nov|Dec)[a-z]*\b|May\b)[A-Z][a-z]+\b")


def _same_clause(text: str, clock: Timex, habit: Timex) -> bool:
    """False for a clock still to come in a clause of its own after a habit told as gone by:
    in "JPL has held briefings every day this week, and NASA Television will carry the end
    live from 11:00 UTC" (round 56) the clock is of one day, not of the daily briefings. A
    habit in the present reaches the clauses after it ("finals are held ... each evening, ...
    and the BBC will show them ... at noon", round 44), and so does a past one a clause in
    the past ("have shown a match every morning ..., and say audiences before 09:00 have
    been", round 45). A clock told in the past is one day's when a clause break parts it from
    a habit still to come ("This morning I opened at 9am, and I will open every day", round 61)
    or from a habit told after it ("was sworn in at 1.30am, and a provisional legislature
    replaced the council, which until last week had met every Wednesday", round 61)."""
    if not _CLAUSE_BREAK.search(text, min(clock.end, habit.end), max(clock.start, habit.start)):
        return True
    return not ((habit.tense == "past" and clock.tense == "future")
                or (clock.tense == "past" and (habit.tense == "future"
                                               or clock.end <= habit.start)))


def _is_daily_habit(timex: Timex, text: str) -> bool:
    """True for a set of every day or a part of it ("each night"), or of every few hours that
    divide the day with its clocks listed after it ("every six hours, at 5 a.m., 11 a.m.",
    round 56): either comes back at the same clocks. A rate of every few hours is no habit of
    the clock told before it ("stood at 35.1 feet at 7 a.m. and was rising ... every two
    hours", round 43). A weekday in the plural is a habit only of the clock told right before
    it ("until 8pm on Thursdays", round 58)."""
    return timex.type == "SET" and (
        (_DAILY.match(timex.value) is not None and (
            _DAILY_WORDS.search(timex.text) is not None
            or (timex.text.endswith("days") and _CLOCK_ON.search(
                text, max(0, timex.start - 20), timex.start) is not None)))
        or (_HOURS.match(timex.value) is not None and _HOURS_WORDS.search(timex.text) is not None
            and _HOURS_CLOCKS.match(text, timex.end) is not None))


def _dayless(clock: Timex) -> Timex:
    return dataclasses.replace(clock, value="XXXX-XX-XX" + clock.value[10:], range=None)


#: A curfew's hours: "the curfew will run from ", "... rather than 8 p.m. to ".
_CURFEW = cue_pattern("curfew-hours")
#: An adverb of habit before the clock in its clause: "usually setting off at ".
_HABIT = cue_pattern("habit-adverb")


#: The stops of "p.m.", which end no clause.
_CLOCK_DOTS = re.compile(r"\b([ap])\.m\.", re.IGNORECASE)


def _curfew_hour(text: str, clock: Timex, after: list[Timex]) -> bool:
    """True for a bare clock of a curfew's hours, or told after an adverb of habit, with no
    day after it in its clause."""
    if clock.rule not in _CLOCK_RULES or not _CLOCK.match(clock.value):
        return False
    before = _CLOCK_DOTS.sub(r"\1m", text[max(0, clock.start - 80):clock.start])
    if not (_CURFEW.search(before) or _HABIT.search(before)):
        return False
    return not any(t.type == "DATE" and t.range is not None and t.range.granularity == "day"
                   and not re.search(r"[.;,]", text[clock.end:t.start]) for t in after)


def _sentence_of(starts: list[int], char: int) -> int:
    """Start of the sentence holding ``char``."""
    found = 0
    for start in starts:
        if start > char:
            break
        found = start
    return found
