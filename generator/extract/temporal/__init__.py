"""The temporal tagger: find, normalise and resolve dates, times, durations and sets.

Pipeline (one module per stage)::

    ruleset.py   load generator/rules/temporal*.yaml (word lists, fragments, rules + examples)
    cues.py      load generator/rules/temporal_context.yaml: the cue words the context steps
                 below read around an expression (kinds, dailyclock, yearlend, plans ...)
    scan.py      run every rule's regex over the text -> candidates with a Reading
    checks.py    drop candidates the parse rules out ("May" the modal, "2000 jobs", a © line)
    scan.select  keep the longest match at each position
    tense.py     tense of the clause around each expression (word lists in tense_words.py)
    coming.py    dates ahead the verb's tense misreads ("set Sept. 14 as", a headline's "to
                 close"), and what "went on to" tell followed, out of reach of an earlier year
    resolve.py   Reading + publication date + tense + earlier dates -> TIMEX3 value, mod, range
    rereading.py the same again for a stored mention when its publication date is corrected
    occurrence.py  which Friday, March or fourth quarter a year-less date means
    calendar.py  date arithmetic, ISO weeks, seasons, holidays, value -> calendar range
    readings.py  what each named regex group means (month, number, unit, rel, ago ...)
    values.py    numbers from words, duration and clock value strings (P6M, PT2M1.8S, T15:30)
    context.py   what neighbours tell: a clock time's day, a bare quarter's end, "over",
                 a fiscal quarter's named year, "a year ago" in a comparison, a range's end
    fiscal.py    the company's fiscal calendar: fiscal quarters for "the current quarter"
                 and the story's bare quarters once it says where the fiscal year ends
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

This module runs the stages over one text and adds the steps that follow the text's order: a
year-less part of a year borrows the year written earlier in its clause ("2019 ... March",
"last year ... 31 August") or the relative year right after it ("October of next year"), a
date after "since" anchors nothing later, a deadline year ("by the end of 2026") lends nothing
and the year a plan covers lends nothing to its deadline ("its plan for 2027 by Sept. 30"),
a year-less target date in the present perfect ("has been pushed back to March 18") takes the
nearest occurrence, and a date line restating the publication date is dropped.

Only :func:`iter_timexes` and :func:`timex_tense` take a spaCy ``Doc``; nothing here imports
spaCy, so ``resolve.reresolve`` can run in the site build.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
from collections.abc import Sequence

from generator.extract.doctext import doc_text
from generator.extract.hits import Timex, day_at
from generator.extract.temporal.anchoring import Mention, is_fiscal_year, reported_mentions
from generator.extract.temporal.bracketday import clocks_before_a_bracketed_day
from generator.extract.temporal.clockrange import (
    clock_range_on_its_day,
    range_start_in_its_end_year,
)
from generator.extract.temporal.coming import in_sequel
from generator.extract.temporal.context import settle_with_neighbours
from generator.extract.temporal.dailyclock import clocks_of_a_daily_habit
from generator.extract.temporal.eventday import clock_of_named_event, clock_on_event_day
from generator.extract.temporal.eventweekend import weekend_of_an_event
from generator.extract.temporal.happening import clock_of_a_happening_told_before
from generator.extract.temporal.holidayweekend import weekend_of_named_holiday
from generator.extract.temporal.lapse import years_lapsed
from generator.extract.temporal.lastweekday import last_weekday_of_the_week_before
from generator.extract.temporal.leapsecond import leap_second_in_utc
from generator.extract.temporal.lending import (
    COMPARED,
    Lender,
    borrow_year,
    day_in_week,
    echoes_a_period,
    joined_clause_after,
    lends,
    month_told_apart,
    past_year_ahead,
    relative_clause,
    yardstick_period,
    year_echo_measured_against,
)
from generator.extract.temporal.lengths import period_named_by_length
from generator.extract.temporal.moved import moved_in_reported_speech, put_back_after_its_old_date
from generator.extract.temporal.nightafter import night_after_a_day_told_before
from generator.extract.temporal.ordinalday import ordinal_day_told_before
from generator.extract.temporal.overnight import clock_past_midnight, night_before_its_day
from generator.extract.temporal.pinned import nearest_pin, weekday_pins
from generator.extract.temporal.plans import (
    date_a_length_ahead,
    date_a_length_before,
    limit_of_a_plan_made_before,
    old_date_of_a_moved_plan,
    old_weekday_in_an_aside,
    plan_put_off,
    plan_undone_by_but,
    weekday_of_a_plan_gone_by,
)
from generator.extract.temporal.pointed import (
    counted_from_a_moved_clock,
    night_of_named_event,
    part_of_year_pointed_back,
)
from generator.extract.temporal.presentday import (
    deadline_ahead,
    weekday_compared_against,
    weekday_in_a_clause_ahead,
    weekday_in_a_present_timetable,
    weekday_of_a_verb_read_as_adjective,
)
from generator.extract.temporal.promised import asked_for
from generator.extract.temporal.readings import needs_year
from generator.extract.temporal.resolve import Resolution, reresolve, resolve
from generator.extract.temporal.sameday import same_day_as_its_verb
from generator.extract.temporal.saying import dates_a_saying, dates_a_statement
from generator.extract.temporal.sinceperfect import weekday_since_in_past_perfect
from generator.extract.temporal.storyday import settle_on_story_day
from generator.extract.temporal.tense import tense_at, timex_tense
from generator.extract.temporal.termstart import start_of_a_term_ahead
from generator.extract.temporal.thatweekday import weekday_pointed_back
from generator.extract.temporal.timeline import clocks_of_a_happening_among_days
from generator.extract.temporal.weekon import weekday_a_week_on
from generator.extract.temporal.yearlend import (
    SCOPE,
    SINCE,
    budget_scope,
    deadline_for_scope,
    lends_no_year,
    names_a_thing,
    open_in_perfect,
    since_in_perfect,
    year_less,
)
from generator.extract.temporal.zoned_day import (
    clock_before_its_restatement,
    clock_in_a_named_city,
    clock_restated_in_another_zone,
    evening_before_a_restated_day,
)
from generator.extract.temporal.zones import settle_daylight

log = logging.getLogger("mkdocs.plugins.factcheck.temporal")
#: What ``datetime`` says of a year before 1 or after 9999 ("about 9,000 years ago"): a reach
#: beyond the calendar values we write, met in ordinary text, so it is skipped without a warning
#: (a warning is kept for the failures that point at a gap in a rule or word list).
_BEYOND_THE_CALENDAR = re.compile(r"^year -?\d+ is out of range")

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
        return _resolved(doc, text, chosen, told, published, ruleset)
    days = dict.fromkeys([published, *(day for _, day in anchors)])
    return sorted((t for day in days
                   for t in _resolved(doc, text, chosen, told, day, ruleset)
                   if day_at(published, anchors, t.start) == day), key=lambda t: t.start)


def _chosen(doc, text: str, ruleset) -> list:
    """The candidates the rules find and the parse lets pass, the longest at each position,
    a year-less part of a year given the year written right after it."""
    from generator.extract.temporal.checks import passes
    from generator.extract.temporal.scan import scan, select

    return _year_from_next(select(c for c in scan(text, ruleset) if passes(doc, text, c)),
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


def _resolved(doc, text: str, chosen: list, told: list[tuple[str | None, int]],
              published: dt.date | None, ruleset) -> list[Timex]:
    """Resolve the chosen candidates in text order against ``published``, then let their
    neighbours settle them (``iter_timexes``)."""
    grace = ruleset.lexicon.settings.get("year_choice_grace_days")
    mentions: list[str] = []
    found: list[Timex] = []
    year_lender: Lender | None = None  # "in 2019 ... in March", "last year ... 31 August"
    week_lender: Lender | None = None  # "next week, with banks reporting on Tuesday"
    dates_months = False  # the story wrote a past month with its year ("began in June 2019")
    pins = weekday_pins(chosen, told, published, grace)  # "Tuesday 4 January": its year
    for i, (cand, (tense, sentence)) in enumerate(zip(chosen, told)):
        reading, base = cand.reading, published
        if (year_lender is not None and year_lender.reaches(sentence, tense, cand.start)
                and not deadline_for_scope(text, year_lender.scope, cand, tense,
                                           year_lender.budget)
                and not since_in_perfect(doc, text, cand)
                and not past_year_ahead(year_lender, tense, published)
                and not in_sequel(doc, cand.start, cand.end)
                and not month_told_apart(doc, cand, tense, year_lender, dates_months)
                and not plan_put_off(doc, cand.start, cand.end, cand.reading)):
            reading = borrow_year(reading, years_lapsed(chosen, i, text, year_lender.value,
                                                        published))
        if (week_lender is not None and week_lender.reaches(sentence, tense, cand.start)
                and not joined_clause_after(doc, cand, week_lender.start)
                and not dates_a_statement(doc, cand.start, cand.end)):
            reading, base = day_in_week(reading, week_lender.value, published, tense)
        if cand.reading.year is not None and not lends_no_year(text, cand.start, cand.end):
            year_lender = Lender(sentence, tense, relative_clause(doc, cand.start, cand.end),
                                  cand.reading.year,
                                  bool(SCOPE.search(text, max(0, cand.start - 5), cand.start)),
                                  budget=budget_scope(text, cand.start),
                                  start=cand.start, month_number=cand.reading.month)
            dates_months = dates_months or (year_lender.month and tense == "past")
        pin = nearest_pin(pins, reading, sentence, cand.start, cand.end)
        try:  # a year-less date beside a weekday-dated day: the occurrence nearest that day
            result = resolve(reading, pin or base, None if pin else tense,
                             reported_mentions(mentions, reading, sentence, tense, published),
                             grace)
        except (ValueError, KeyError) as err:  # one odd date never aborts an article
            report = log.debug if _BEYOND_THE_CALENDAR.match(str(err)) else log.warning
            report("temporal rule %s: cannot resolve %r: %s", cand.rule.rule.id,
                   text[cand.start:cand.end], err)
            continue
        if (lends(cand.reading, "year", result) and not names_a_thing(text, cand.end, tense)
                and not COMPARED.search(text, max(0, cand.start - 12), cand.start)):
            year_lender = Lender(sentence, tense, relative_clause(doc, cand.start, cand.end),
                                  # only a budget's relative year ("the budget for next
                                  # year") is read as a plan's scope, as a written one is
                                  int(result.value), scope=budget_scope(text, cand.start),
                                  budget=budget_scope(text, cand.start), start=cand.start,
                                  counted=cand.rule.rule.id == "rel-ago")
        if lends(cand.reading, "week", result):
            week_lender = Lender(sentence, tense, relative_clause(doc, cand.start, cand.end),
                                  result.range.start, start=cand.start)
        if ((result.range is not None or is_fiscal_year(result.value))
                and not SINCE.search(text, max(0, cand.start - 8), cand.start)
                and not echoes_a_period(cand.reading, result, text[cand.start:cand.end])
                and not yardstick_period(cand.reading, text, cand.start)
                and not year_echo_measured_against(cand.reading, text, cand.start)):
            mentions.append(Mention(result.value, tense, sentence,
                                    dates_a_saying(doc, cand.start, cand.end)))
        named = period_named_by_length(text, cand.start, text[cand.start:cand.end],
                                       result.value, published, mentions)
        if named is not None:  # "the three months ended June 30": the quarter, to echo
            mentions.append(named)
        if _is_date_line(text, cand.start, cand.end, result, published):
            continue
        found.append(Timex(cand.start, cand.end, text[cand.start:cand.end],
                           cand.reading.type, result.value, result.mod, result.range,
                           cand.rule.rule.id, tense))
    found = old_date_of_a_moved_plan(weekday_of_a_plan_gone_by(found, doc, published), doc)
    found = old_weekday_in_an_aside(found, doc, text, published)  # ", set for Sunday, will be"
    found = put_back_after_its_old_date(found, doc, published)  # "put back to the spring"
    found = night_after_a_day_told_before(found, doc, published)  # "on Tuesday. ... overnight"
    found = clock_restated_in_another_zone(found, text)  # "14:20 UTC ... 1:20 a.m. AEDT"
    found = clock_before_its_restatement(found, text)  # "midnight EST (0500 GMT Thursday)"
    settled = clock_past_midnight(evening_before_a_restated_day(settle_on_story_day(
        settle_with_neighbours(found, doc, text, published), doc, published), text), text)
    settled = night_before_its_day(settled, text)  # "on Saturday after ... through the night"
    settled = clock_of_a_happening_told_before(settled, doc)  # "a storm ... The storm hit at"
    settled = clocks_of_a_happening_among_days(settled, doc)  # "the earthquake ... on Sunday"
    settled = range_start_in_its_end_year(clock_range_on_its_day(settled, text), text)
    from_last = {c.start for c in chosen if c.reading.anchor == "last" and c.reading.unit == "day"}
    # "at 5:48 p.m. ... later that evening", "Saturday at 4:12 a.m. ... two days later"
    settled = counted_from_a_moved_clock(found, settled, from_last)
    settled = night_of_named_event(settled, doc, text)  # "around that night": the concert's
    settled = part_of_year_pointed_back(settled, text)  # "April 2025 ... that February"
    settled = weekday_pointed_back(settled, text)  # "on 4 November ... that Saturday"
    settled = ordinal_day_told_before(settled, text)  # "on 22 May ... on the 22nd"
    settled = weekday_a_week_on(settled, text)  # "meets a week on Friday"
    settled = last_weekday_of_the_week_before(settled, published)  # told on a Saturday
    settled = weekday_since_in_past_perfect(settled, doc, text)  # "had been ... since Monday"
    settled = same_day_as_its_verb(settled, doc)  # "opens on the same day": the opening's
    settled = weekend_of_named_holiday(settled)  # "the holiday weekend": the Fourth's
    settled = weekend_of_an_event(settled, text, published)  # "the second weekend": the fair's
    settled = clock_of_named_event(settled, doc, text, published)  # "Post time for the Derby"
    settled = clock_on_event_day(settled, text)  # "at 5 p.m. on election day": the election's
    settled = leap_second_in_utc(settled, published)  # "will read 23:59:60": UTC, June 30
    settled = clocks_of_a_daily_habit(settled, doc)  # "between 7pm and 6am each night"
    settled = clock_in_a_named_city(settled, text, ruleset.tables["timezone"])  # "In Baghdad,"
    settled = clocks_before_a_bracketed_day(settled, text)  # "7 a.m. CDT (1200 GMT) today"
    # only now is every clock on its day: "8:30 a.m. ET" takes that day's offset
    return [dataclasses.replace(t, value=settle_daylight(t.value)) for t in settled]


def _sentence_start(doc, char: int) -> int:
    """Start offset of the sentence holding character ``char``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.sent.start_char if span is not None else -1


#: What may join a year-less month to the relative year after it: "October (of) next year".
_PART_TO_YEAR = re.compile(r"\s*,?\s*(?:of\s+)?")
#: What joins a year-less day or month to a written year after it: "April 7 in 1996", or a
#: range's first day to the year written after its last: "July 23-25, 2027" (events ev259).
_IN_YEAR = re.compile(r"\s+in\s+|[-–][0-3]?[0-9],\s*")


def _year_from_next(chosen: list, text: str) -> list:
    """Give "October" in "October of next year" the year that follows it, and "April 7" in
    "April 7 in 1996" the year written after it.

    TempEval-3 and MEANTIME tag "October" and "next year" as two expressions; the month still
    belongs to the year named right after it, not to the one the tense would pick.
    """
    fixed = list(chosen)
    for i, (part, year) in enumerate(zip(chosen, chosen[1:])):
        relative_year = (year.reading.unit == "year" and year.reading.shift is not None
                         and year.reading.anchor == "dct" and year.reading.mod is None)
        if (relative_year and needs_year(part.reading)
                and _PART_TO_YEAR.fullmatch(text[part.end:year.start])):
            reading = dataclasses.replace(part.reading, year_shift=int(year.reading.shift))
            fixed[i] = dataclasses.replace(part, reading=reading)
        elif (year.rule.rule.id == "date-year" and year.reading.year is not None
              and needs_year(part.reading) and _IN_YEAR.fullmatch(text[part.end:year.start])):
            # "against April 7 in 1996", "in mid-February in 2026" (round 42): that year's
            fixed[i] = dataclasses.replace(part, reading=dataclasses.replace(
                part.reading, year=year.reading.year))
    return fixed


#: How many lines from the top a date alone on its line counts as the story's date line.
_DATE_LINE_LINES = 3


def _is_date_line(text: str, start: int, end: int, result: Resolution,
                  published: dt.date | None) -> bool:
    """True when the expression fills its line and dates the story: a date line ("March 12,
    2025" alone on a line), not a dateline opening a paragraph ("MARROW FALLS, March 12 —",
    :mod:`generator.extract.datelines`), whose date stays a timex (events drop it as a
    filing date).

    That is a line equal to the publication date anywhere, or a full date alone on one of the
    first lines even when the publication date we were given differs (a Wikinews story filed a
    day after its date line): either way it is the document's creation time.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if line.strip() != text[start:end].strip():
        return False
    if published is not None and result.value == published.isoformat():
        return True
    near_top = text.count("\n", 0, line_start) < _DATE_LINE_LINES
    story_follows = line_end >= 0 and bool(text[line_end:].strip())
    return (near_top and story_follows
            and re.fullmatch(r"\d{4}-\d\d-\d\d", result.value) is not None)
