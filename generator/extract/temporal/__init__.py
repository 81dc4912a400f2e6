"""The temporal tagger: find, normalise and resolve dates, times, durations and sets.

Pipeline (one module per stage)::

    ruleset.py   load generator/rules/temporal*.yaml (word lists, fragments, rules + examples)
    cues.py      load generator/rules/temporal_context.yaml: the cue words the context steps
                 below read around an expression (kinds, dailyclock, yearlend, plans ...)
    scan.py      run every rule's regex over the text -> candidates with a Reading
    checks.py    drop candidates the parse rules out ("May" the modal, "2000 jobs", a © line)
    scan.select  keep the longest match at each position
    tense.py     tense of the clause around each expression (word lists in tense_words.py)
    plan_verbs.py  what tense.py reads as a plan or a timetable: "is set to begin", "expires
                 Friday", "is due Thursday", unless the plan is superseded or gone by
    coming.py    dates ahead the verb's tense misreads ("set Sept. 14 as", a headline's "to
                 close"), and what "went on to" tell followed, out of reach of an earlier year
    resolve.py   Reading + publication date + tense + earlier dates -> TIMEX3 value, mod, range
    rereading.py the same again for a stored mention when its publication date is corrected
    occurrence.py  which Friday, March or fourth quarter a year-less date means
    calendar.py  date arithmetic, ISO weeks, seasons, holidays, value -> calendar range
    readings.py  what a match means before it meets a date (the Reading, build_reading)
    groupreaders.py  what each named regex group means (month, number, unit, rel, ago ...)
    values.py    numbers from words, duration and clock value strings (P6M, PT2M1.8S, T15:30)
    context.py   what neighbours tell: a clock time's day, a bare quarter's end, "over",
                 a fiscal quarter's named year, "a year ago" in a comparison, a range's end
    fiscal.py    the company's fiscal calendar: fiscal quarters for "the current quarter"
                 and the story's bare quarters once it says where the fiscal year ends
    fiscal_years.py  whole years in that calendar: "the current financial year", "the year
                 just ended", "the new fiscal year", a results story's bare "the year"
    compared.py  "the same period a year earlier" as the quarter reported, past a month in it
    forecast_quarter.py  fiscal echoes ("the quarter") passing over a quarter only forecast before
    reported.py  a past-tense "the fiscal year" as the year just reported, not one just begun
    fiscal_start.py  "the new fiscal year on Thursday" / "July 1, the start of the new fiscal
                 year": the day it starts, its FY
    apposed.py   a day in apposition to its season ("last summer, on Aug. 12"): that year
    plans.py     the weekday of a plan told in the past perfect, nearest the story's day,
                 and the nearest end of a plan made in it ("had scheduled ... until Memorial Day")
    pointed.py   "that night" told of a dated happening (a concert): that happening's night
    sameday.py   "opens on the same day" after "will open on Saturday": that Saturday
    storyday.py  the day the story is about, for clocks and parts of the day told without it
    dayclause.py whether a later day dates the clause of a part of the day, or one of its own
    nightafter.py  a past "overnight" after a day told in an earlier sentence: that day's night
    overnight.py a small-hours clock after an evening one ("ended at 12:47 a.m."): the next day
    zones.py     daylight saving time for "ET", "PT" once a clock's day is known
    yearafter.py a year-less day or month given the year right after it ("October of next
                 year", "April 7 in 1996")
    textorder.py resolve the chosen expressions in text order, with what earlier ones lend (a
                 year, a week, an echo's period), then run the context steps; drop a date line

This module runs the stages over one text: it scans, keeps the candidates the parse lets pass,
and reads each one's tense once (a year-less target date in the present perfect, "has been
pushed back to March 18", takes the nearest occurrence; a weekday in a present timetable or a
deadline is ahead), then resolves them per day a live blog's entries are posted on.

Only :func:`iter_timexes` and :func:`timex_tense` take a spaCy ``Doc``; nothing here imports
spaCy, so ``resolve.reresolve`` can run in the site build.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from generator.extract.doctext import doc_text
from generator.extract.hits import Timex, day_at
from generator.extract.temporal.moved import moved_in_reported_speech
from generator.extract.temporal.plans import (
    date_a_length_ahead,
    date_a_length_before,
    limit_of_a_plan_made_before,
    plan_undone_by_but,
)
from generator.extract.temporal.presentday import (
    deadline_ahead,
    weekday_compared_against,
    weekday_in_a_clause_ahead,
    weekday_in_a_present_timetable,
    weekday_of_a_verb_read_as_adjective,
)
from generator.extract.temporal.promised import asked_for
from generator.extract.temporal.resolve import Resolution, reresolve
from generator.extract.temporal.tense import tense_at, timex_tense
from generator.extract.temporal.termstart import start_of_a_term_ahead
from generator.extract.temporal.textorder import resolve_in_text_order
from generator.extract.temporal.yearafter import year_from_next
from generator.extract.temporal.yearlend import open_in_perfect, year_less

__all__ = ["iter_timexes", "timex_tense", "reresolve", "Resolution"]


def iter_timexes(doc, published: dt.date | None,
                 anchors: Sequence[tuple[int, dt.date]] = ()) -> list[Timex]:
    """Temporal expressions of ``doc`` in text order, non-overlapping, resolved.

    Args:
        doc: a parsed spaCy ``Doc`` (the tagger reads POS, dependencies and entities).
        published: the article's publication date; None leaves relative expressions
            unresolved (TimeML ``X`` placeholders such as ``XXXX-WXX``) instead of guessing.
        anchors: a live blog's entries, ``(offset, day)`` in text order: where each starts
            and the day it was posted. An expression after an entry's start resolves against
            that entry's day; before the first, against ``published``.

    Returns:
        One :class:`~generator.extract.hits.Timex` per expression. DATE/TIME timexes that name
        a calendar period carry its :class:`~generator.extract.hits.DateRange`. A line that only
        restates the publication date (a date line) is the document's creation time, which
        TimeML keeps outside the text, so it is not returned.

    The text is scanned, and each expression's tense read, once. Resolution then runs once
    per distinct day over the whole text (what an entry's dates borrow from the dates before
    them, a year or a week, is read as told on that entry's day), and each expression keeps
    the value of its own entry's day.
    """
    from generator.extract.temporal.ruleset import load_ruleset

    ruleset = load_ruleset()
    text = doc_text(doc)
    chosen = _chosen(doc, text, ruleset)
    told = [_told(doc, text, cand) for cand in chosen]
    if not anchors:
        return resolve_in_text_order(doc, text, chosen, told, published, ruleset)
    days = dict.fromkeys([published, *(day for _, day in anchors)])
    return sorted((t for day in days
                   for t in resolve_in_text_order(doc, text, chosen, told, day, ruleset)
                   if day_at(published, anchors, t.start) == day), key=lambda t: t.start)


def _chosen(doc, text: str, ruleset) -> list:
    """The candidates the rules find and the parse lets pass, the longest at each position,
    a year-less part of a year given the year written right after it."""
    from generator.extract.temporal.checks import passes
    from generator.extract.temporal.scan import scan, select

    return year_from_next(select(c for c in scan(text, ruleset) if passes(doc, text, c)),
                           text)


def _told(doc, text: str, cand) -> tuple[str | None, int]:
    """The tense a candidate is read in and the start of its sentence (no publication date
    needed: the same for every day it is resolved against)."""
    tense = tense_at(doc, cand.start, cand.end)
    if (weekday_in_a_present_timetable(doc, cand.start, cand.end, cand.reading, tense)
            or weekday_in_a_clause_ahead(doc, cand.start, cand.end, cand.reading)
            or (tense is None and weekday_of_a_verb_read_as_adjective(
                doc, cand.start, cand.end, cand.reading))):
        tense = "future"  # "On Tuesday evening the best view is between ...": still to come
    if tense != "future" and deadline_ahead(doc, text, cand.start, cand.end):
        tense = "future"  # "have until Monday to", "must deliver ... by Dec. 31"
    if tense != "future" and start_of_a_term_ahead(doc, text, cand.start, cand.end,
                                                   cand.reading):
        tense = "future"  # "a three-year deal ... raises match fees from September"
    if weekday_compared_against(text, cand.start, cand.end, cand.reading):
        tense = "past"  # "will crest higher than Wednesday's forecast": the one gone by
    if tense == "past" and (open_in_perfect(doc, text, cand) or (
            year_less(cand.reading) and moved_in_reported_speech(doc, cand.start, cand.end))
            or limit_of_a_plan_made_before(doc, text, cand.start, cand.end, cand.reading)
            or date_a_length_ahead(text, cand.start, cand.reading)
            or asked_for(doc, cand.start, cand.end)):
        tense = None  # "has been pushed back to March 18": the nearest March 18
    if tense == "future" and (plan_undone_by_but(doc, cand.start, cand.end, cand.reading)
                              or date_a_length_before(text, cand.start, cand.reading)):
        tense = None  # "was due to start in June but was postponed": the nearest June
    return tense, _sentence_start(doc, cand.start)


def _sentence_start(doc, char: int) -> int:
    """Start offset of the sentence holding character ``char``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.sent.start_char if span is not None else -1
