"""The weekday of a plan told in the past perfect, which may lie on either side of the story.

"The rocket had been due to lift off at 10:42 p.m. on Monday" in Wednesday's story tells of a
launch scrubbed on its day, two days back; "the satellite had been due to lift off on Thursday"
in Tuesday's story, of a launch called off two days ahead of it. The past perfect says only
that the plan was dropped, not whether its day has come, so the weekday is the one nearest to
the publication date (at most three days away), not the latest one the past tense would give.
Runs before :mod:`context`, so a clock joined to the weekday follows it. The limit of a plan
made in the past perfect ("had scheduled overtime every Saturday until Memorial Day", in April)
is likewise the nearest occurrence: the plan may run on past the story, and so is the date of a
plan told in the simple past with a "but" clause undoing it ("The trial was due to start in June
but was postponed", in November: the June gone by; events round 29, ev169). Nothing here imports
spaCy: it asks :mod:`perfect` about the parse of a ``Doc`` it is given. The words of plans,
ends and lengths are data: ``generator/rules/temporal_context.yaml`` (``module: plans``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from generator.extract.doctext import doc_text
from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.cues import cue_pattern, cue_words
from generator.extract.temporal.perfect import (
    governing_verb,
    in_plan_gone_by,
    in_plan_made_before,
    past_perfect,
)
from generator.extract.temporal.readings import Reading, needs_year

__all__ = ["date_a_length_ahead", "date_a_length_before", "limit_of_a_plan_made_before",
           "old_date_of_a_moved_plan", "old_weekday_in_an_aside", "plan_put_off",
           "plan_undone_by_but",
           "weekday_of_a_plan_gone_by"]

#: What comes right before the end of a stretch ("until Memorial Day", "through June").
_UNTIL = cue_pattern("plan-limit-until")

#: Planning words a "was ... to" plan is told with: "was due to", "was scheduled to".
_PLAN_WORDS = frozenset(cue_words("plan-words", "plan"))

#: Rules of a bare weekday ("on Monday").
_WEEKDAY_RULES = ("rel-weekday",)


def weekday_of_a_plan_gone_by(timexes: list[Timex], doc,
                              published: dt.date | None) -> list[Timex]:
    """Move the bare weekday of a dropped plan to its occurrence nearest the publication date."""
    if published is None:
        return timexes
    fixed = list(timexes)
    for i, timex in enumerate(timexes):
        if (timex.rule not in _WEEKDAY_RULES or timex.range is None
                or timex.range.granularity != "day"
                or not in_plan_gone_by(doc, timex.start, timex.end)):
            continue
        day = nearest_weekday(published, timex.range.start.isoweekday())
        if _end_put_off(doc, timex, timexes[i + 1:]):
            day = published + dt.timedelta(days=(timex.range.start.isoweekday()
                                                 - published.isoweekday()) % 7)
        value = day.isoformat()
        fixed[i] = dataclasses.replace(timex, value=value, range=value_range(value))
    return fixed


#: Verbs of an end a plan was due for: "had been due to expire on Tuesday".
_ENDING_VERBS = frozenset(cue_words("ending-verbs", "verb"))
#: What comes right before a later end the sentence sets: "will stay in place until May 18".
_NEW_END = cue_pattern("plan-new-end")


def _end_put_off(doc, timex: Timex, later: list[Timex]) -> bool:
    """True for the weekday an end was due on that the sentence puts off to a later, coming
    date: "Restrictions ..., which had been due to expire on Tuesday, will stay in place until
    May 18" (round 43, Friday, May 1, 2020) are prolonged before they lapse, so that Tuesday is
    the coming one, May 5, not the nearest, April 28."""
    verb = governing_verb(doc, timex.start, timex.end)
    if verb is None or verb.lemma_.lower() not in _ENDING_VERBS:
        return False
    text = doc_text(doc)
    end = _sentence_end(doc, timex.start)
    return any(t.start < end and t.tense == "future" and t.range is not None
               and t.range.start > timex.range.start
               and _NEW_END.search(text, max(0, t.start - 8), t.start) for t in later)


#: An aside naming the day a plan was set for: "The derby, both set for Sunday night, will be".
_PLAN_ASIDE = cue_pattern("plan-aside")
#: Rules of a weekday with or without a part of the day ("Sunday", "Sunday night").
_WEEKDAY_PART_RULES = ("rel-weekday", "time-day-part")


def old_weekday_in_an_aside(timexes: list[Timex], doc, text: str,
                            published: dt.date | None) -> list[Timex]:
    """Move the weekday an aside says a plan was set for to its occurrence nearest the story.

    "The tractor pull and the derby, both set for Sunday night, will be held Tuesday" (round
    35, Monday's story) moves the plan: its old Sunday is the one just gone by, not the coming
    one the sentence's future gave. Only a weekday closing a comma aside whose sentence names
    a new day still to come after it moves; "The vote, set for Friday, will decide the budget"
    keeps Friday ahead, and "The fight, scheduled for Saturday night, was postponed Monday"
    (round 23) leaves Saturday to the tense.
    """
    if published is None:
        return timexes
    fixed = list(timexes)
    for i, timex in enumerate(timexes):
        if (timex.rule not in _WEEKDAY_PART_RULES or timex.range is None
                or timex.range.granularity not in ("day", "time")
                or timex.value[:10].count("-") != 2
                or not _PLAN_ASIDE.search(text, max(0, timex.start - 40), timex.start)
                or not text.startswith(",", timex.end)):
            continue
        sentence_end = _sentence_end(doc, timex.start)
        if not any(t.start > timex.end and t.end <= sentence_end and t.range is not None
                   and t.range.granularity == "day" and t.range.start != timex.range.start
                   and t.tense == "future"
                   for t in timexes[i + 1:]):
            continue
        day = nearest_weekday(published, timex.range.start.isoweekday())
        shift = day - timex.range.start
        fixed[i] = dataclasses.replace(
            timex, value=day.isoformat() + timex.value[10:],
            range=dataclasses.replace(timex.range, start=timex.range.start + shift,
                                      end=timex.range.end + shift))
    return fixed


def _sentence_end(doc, char: int) -> int:
    """Character offset where the sentence holding ``char`` ends."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return char
    sent = span[0].sent
    return sent.end_char


#: Verbs that undo a plan told before them: "had been set for Jan. 1 before it was postponed".
_UNDOING_VERBS = {"postpone", "delay", "cancel", "scrap", "shelve", "suspend", "defer", "drop",
                  "abandon", "call", "push", "put"}
#: Plan verbs a date is set with in the past perfect ("had been set for Jan. 1").
_SET_FOR = {"set", "scheduled", "slated", "planned", "due", "fixed"}


def _yearless_span(doc, start: int, end: int, reading: Reading):
    """The tokens of a date that still needs its year and has no direction of its own, else None:
    only such a date can be moved by the plan checks (plan_put_off, plan_undone_by_but)."""
    if not needs_year(reading) or reading.direction is not None:
        return None
    return doc.char_span(start, end, alignment_mode="expand")


def plan_put_off(doc, start: int, end: int, reading: Reading) -> bool:
    """True for the year-less date a plan had been set for until a clause after it undid it.

    "imports jumped in 2018 ... ahead of a tariff increase that had been set for Jan. 1 before
    it was postponed" (round 35, January 2019): a year named earlier in the sentence for other
    happenings does not reach the plan's date, which the tense places (2019-01-01, the last
    Jan. 1, not 2018's). "had been set for Jan. 1" with nothing undoing it borrows as before.
    """
    span = _yearless_span(doc, start, end, reading)
    if span is None:
        return False
    verb = span.root
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX", "ADJ") and verb.lower_ in _SET_FOR:
            break
        verb = verb.head
    else:
        return False
    return (verb.lower_ in _SET_FOR and past_perfect(verb)
            and any(c.dep_ in ("advcl", "conj") and c.i > span.end
                    and c.lemma_.lower() in _UNDOING_VERBS for c in verb.children))


def nearest_weekday(base: dt.date, weekday: int) -> dt.date:
    """The ``weekday`` (1 = Monday) closest to ``base``: at most three days back or ahead."""
    ahead = (weekday - base.isoweekday()) % 7
    return base + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)


def limit_of_a_plan_made_before(doc, text: str, start: int, end: int, reading: Reading) -> bool:
    """True for a year-less end of a plan told in the past perfect: its nearest occurrence.

    "had also scheduled overtime shifts every Saturday until Memorial Day", said in April,
    runs to the coming Memorial Day; the past tense of the planning says nothing of its end.
    """
    return (needs_year(reading) and reading.direction is None
            and bool(_UNTIL.search(text, max(0, start - 10), start))
            and in_plan_made_before(doc, start, end))


#: A length counted back from the date that follows: "a month before the June 30 deadline".
_LENGTH_BEFORE = cue_pattern("length-before-date")


def date_a_length_ahead(text: str, start: int, reading: Reading) -> bool:
    """True for a year-less date a past event came a stretch of time before: its nearest one.

    "passed the budget Tuesday night, sending it to the Senate a month before the June 30
    deadline" (in May) tells of a June 30 still ahead; the past tense of the sending says only
    that the event came first, so the date is the nearest occurrence, not the last one gone by.
    """
    return (needs_year(reading) and reading.direction is None
            and bool(_LENGTH_BEFORE.search(text, max(0, start - 30), start)))


#: A length counted on from the date that follows: "Four months after Feb. 29 added a day".
_LENGTH_AFTER = cue_pattern("length-after-date")


def date_a_length_before(text: str, start: int, reading: Reading) -> bool:
    """True for a year-less date a coming event follows by a stretch of time: its nearest one.

    "Four months after Feb. 29 added a day to the calendar, the world's timekeepers will slip
    an extra second" (June 29, 2012, round 43) counts the coming leap second on from a Feb. 29
    gone by: the future of the main clause says nothing of which way the date lies.
    """
    return (needs_year(reading) and reading.direction is None
            and bool(_LENGTH_AFTER.search(text, max(0, start - 30), start)))


#: A year written in the date itself ("March 4, 2008"), which nothing moves.
_WRITTEN_YEAR = re.compile(r"\d{4}")
#: How far back (characters) the new date of a moved plan may be named.
_NEW_DATE_REACH = 300


def old_date_of_a_moved_plan(timexes: list[Timex], doc) -> list[Timex]:
    """Put the year-less day a plan "had been scheduled for" next to the new day it moved to.

    "The primary will move to Feb. 5 ... The primary had been scheduled for March 4", said in
    August 2007: the plan moved is the 2008 primary, so its old day is March 4, 2008, the
    occurrence nearest the new day, not the last March 4 gone by that the past tense gave.
    Only a day under a plan verb in the past perfect moves, and only after a day still to come
    named shortly before it.
    """
    fixed = list(timexes)
    for i, timex in enumerate(timexes):
        if (timex.range is None or timex.range.granularity != "day" or timex.tense != "past"
                or _WRITTEN_YEAR.search(timex.text)
                or not in_plan_made_before(doc, timex.start, timex.end)):
            continue
        new = next((t for t in reversed(timexes[:i]) if t.end > timex.start - _NEW_DATE_REACH
                    and t.tense == "future" and t.range is not None
                    and t.range.granularity == "day"), None)
        if new is None:
            continue
        day = min((_same_day_in(timex.range.start, year)
                   for year in range(new.range.start.year - 1, new.range.start.year + 2)),
                  key=lambda d: abs((d - new.range.start).days) if d else 10**6)
        if day is None or day == timex.range.start:
            continue
        fixed[i] = dataclasses.replace(timex, value=day.isoformat(),
                                       range=value_range(day.isoformat()))
    return fixed


def _same_day_in(day: dt.date, year: int) -> dt.date | None:
    """``day``'s month and day in ``year`` (None for Feb. 29 outside a leap year)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return None


def plan_undone_by_but(doc, start: int, end: int, reading: Reading) -> bool:
    """True for a year-less date of a plan told in the simple past that a "but" clause undoes.

    "The trial was due to start in June but was postponed" (events round 29, ev169, told in
    November) may have been put off before or after its June: the date is the nearest June
    (2026-06), not the coming one a plan would take; "The trial was due to start in June" with
    nothing undoing it keeps looking ahead, as round 1's "was due to present ... next Monday".
    """
    span = _yearless_span(doc, start, end, reading)
    if span is None:
        return False
    verb = span.root
    while verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    plan = verb.head
    if plan.lower_ not in _PLAN_WORDS:
        return False
    clause = plan.head if plan.dep_ == "acomp" else plan
    told_past = clause.tag_ == "VBD" or any(
        c.dep_ == "auxpass" and c.tag_ == "VBD" for c in clause.children)
    children = list(clause.children)
    return (told_past and any(c.dep_ == "cc" and c.lower_ == "but" for c in children)
            and any(c.dep_ == "conj" and c.i > verb.i for c in children))
