"""Resolve the tagger's chosen expressions in text order, then let their neighbours settle them.

An expression is resolved against the publication date with what the expressions before it
lend: a year-less part of a year borrows the year written earlier in its clause ("2019 ...
March", "last year ... 31 August"), a weekday the week named before it ("next week, with banks
reporting on Tuesday"), and an echo ("the quarter") the periods mentioned before it; a date
after "since" anchors nothing later, a deadline year ("by the end of 2026") lends nothing and
the year a plan covers lends nothing to its deadline ("its plan for 2027 by Sept. 30"). The
context steps (:mod:`context`, :mod:`storyday`, :mod:`zoned_day` ...) then read what the
neighbours tell, in a fixed order, and a date line restating the publication date is dropped
(it is the document's creation time, which TimeML keeps outside the text).

Nothing here imports spaCy: the steps read the ``Doc`` they are given.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re

from generator.extract.hits import Timex
from generator.extract.temporal.anchoring import Mention, is_fiscal_year, reported_mentions
from generator.extract.temporal.bracketday import (
    clock_restating_a_zoned_one,
    clocks_before_a_bracketed_day,
)
from generator.extract.temporal.clockrange import (
    clock_range_on_its_day,
    range_end_after_its_start,
    range_start_in_its_end_year,
)
from generator.extract.temporal.coming import in_sequel
from generator.extract.temporal.context import settle_with_neighbours
from generator.extract.temporal.dailyclock import clocks_of_a_daily_habit
from generator.extract.temporal.eventday import clock_of_named_event, clock_on_event_day
from generator.extract.temporal.eventweekend import weekend_of_an_event
from generator.extract.temporal.fromweekday import weekday_a_change_starts_from
from generator.extract.temporal.happening import (
    clock_of_a_happening_dated_by_its_day,
    clock_of_a_happening_told_before,
)
from generator.extract.temporal.holidayweekend import weekend_of_named_holiday
from generator.extract.temporal.lapse import weekday_years_ago, years_lapsed
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
    week_ends_a_span,
    yardstick_period,
    year_echo_measured_against,
)
from generator.extract.temporal.lengths import period_named_by_length
from generator.extract.temporal.moved import put_back_after_its_old_date
from generator.extract.temporal.nightafter import (
    night_a_morning_ends,
    night_after_a_day_told_before,
)
from generator.extract.temporal.ordinalday import ordinal_day_told_before, weekend_of_an_ordinal_day
from generator.extract.temporal.overnight import (
    clock_past_midnight,
    evening_before_a_dated_morning,
    morning_after_its_midnight,
    night_before_its_day,
)
from generator.extract.temporal.pinned import nearest_pin, weekday_pins
from generator.extract.temporal.plans import (
    old_date_of_a_moved_plan,
    old_weekday_in_an_aside,
    plan_put_off,
    weekday_of_a_plan_gone_by,
)
from generator.extract.temporal.pointed import (
    counted_from_a_moved_clock,
    night_of_named_event,
    part_of_year_pointed_back,
    season_after_a_date_told_before,
)
from generator.extract.temporal.resolve import Resolution, resolve
from generator.extract.temporal.sameday import same_day_as_its_verb
from generator.extract.temporal.saying import dates_a_saying, dates_a_statement
from generator.extract.temporal.sinceperfect import weekday_since_in_past_perfect
from generator.extract.temporal.storyday import settle_on_story_day
from generator.extract.temporal.thatweekday import weekday_pointed_back
from generator.extract.temporal.timeline import clocks_of_a_happening_among_days
from generator.extract.temporal.weekdayorder import weekday_after_its_start
from generator.extract.temporal.weekon import weekday_a_week_on
from generator.extract.temporal.yearlend import (
    SCOPE,
    SINCE,
    budget_scope,
    deadline_for_scope,
    lends_no_year,
    names_a_thing,
    since_in_perfect,
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

__all__ = ["resolve_in_text_order"]


def resolve_in_text_order(doc, text: str, chosen: list, told: list[tuple[str | None, int]],
              published: dt.date | None, ruleset) -> list[Timex]:
    """Resolve the chosen candidates in text order against ``published``, then let their
    neighbours settle them (:func:`generator.extract.temporal.iter_timexes`).

    Args:
        doc: the parsed ``Doc``.
        text: its text, which the offsets point into.
        chosen: the candidates kept, in text order; told: each one's tense and sentence start.
        published: the day they are resolved against (None leaves relative ones open).
        ruleset: the loaded rules (settings, the zone table).
    """
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
        if lends(cand.reading, "week", result) and not week_ends_a_span(text, cand.start):
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
    found = weekday_years_ago(found, text, published)  # "a year ago on Sunday": that Sunday
    found = old_date_of_a_moved_plan(weekday_of_a_plan_gone_by(found, doc, published), doc)
    found = old_weekday_in_an_aside(found, doc, text, published)  # ", set for Sunday, will be"
    found = put_back_after_its_old_date(found, doc, published)  # "put back to the spring"
    found = night_after_a_day_told_before(found, doc, published)  # "on Tuesday. ... overnight"
    found = night_a_morning_ends(found, text)  # "until 6 a.m. Wednesday ... through the night"
    found = clock_restated_in_another_zone(found, text)  # "14:20 UTC ... 1:20 a.m. AEDT"
    found = clock_before_its_restatement(found, text)  # "midnight EST (0500 GMT Thursday)"
    settled = clock_past_midnight(evening_before_a_restated_day(settle_on_story_day(
        settle_with_neighbours(found, doc, text, published), doc, published), text), text)
    # "ended at midnight on Monday ... was sworn in at 1.30am", told on the Tuesday (round 61)
    settled = morning_after_its_midnight(settled, text, published)
    # again: a day named before the clock moved it off its restatement's ("counted until late
    # Wednesday and will resume at 7pm MST (2am GMT Friday)", round 57)
    settled = clock_before_its_restatement(settled, text)
    settled = night_before_its_day(settled, text)  # "on Saturday after ... through the night"
    settled = evening_before_a_dated_morning(settled, text)  # "at 10pm ... by 6am today"
    settled = clock_of_a_happening_told_before(settled, doc)  # "a storm ... The storm hit at"
    settled = clock_of_a_happening_dated_by_its_day(settled, doc)  # "Monday's funeral ... The"
    settled = clocks_of_a_happening_among_days(settled, doc)  # "the earthquake ... on Sunday"
    settled = range_start_in_its_end_year(clock_range_on_its_day(settled, text), text)
    settled = range_end_after_its_start(settled, text)  # "from July 1 through Sept. 22"
    from_last = {c.start for c in chosen if c.reading.anchor == "last" and c.reading.unit == "day"}
    # "at 5:48 p.m. ... later that evening", "Saturday at 4:12 a.m. ... two days later"
    settled = counted_from_a_moved_clock(found, settled, from_last)
    settled = night_of_named_event(settled, doc, text)  # "around that night": the concert's
    settled = part_of_year_pointed_back(settled, text)  # "April 2025 ... that February"
    settled = season_after_a_date_told_before(settled, text)  # "in 1977 ... the next spring"
    settled = weekday_pointed_back(settled, text)  # "on 4 November ... that Saturday"
    settled = ordinal_day_told_before(settled, text)  # "on 22 May ... on the 22nd"
    settled = weekend_of_an_ordinal_day(settled, text, published)  # "the weekend of the 14th"
    settled = weekday_a_week_on(settled, text)  # "meets a week on Friday"
    settled = weekday_after_its_start(settled, text, published)  # "Wednesday ... through Thursday"
    settled = weekday_a_change_starts_from(settled, text, published)  # Monday's "From Monday,"
    settled = last_weekday_of_the_week_before(settled, published)  # told on a Saturday
    settled = weekday_since_in_past_perfect(settled, doc, text)  # "had been ... since Monday"
    settled = same_day_as_its_verb(settled, doc)  # "opens on the same day": the opening's
    settled = weekend_of_named_holiday(settled)  # "the holiday weekend": the Fourth's
    settled = weekend_of_an_event(settled, text, published)  # "the second weekend": the fair's
    settled = clock_of_named_event(settled, doc, text, published)  # "Post time for the Derby"
    settled = clock_on_event_day(settled, text)  # "at 5 p.m. on election day": the election's
    settled = leap_second_in_utc(settled, text, published)  # "will read 23:59:60": UTC, June 30
    settled = clocks_of_a_daily_habit(settled, doc)  # "between 7pm and 6am each night"
    settled = clock_in_a_named_city(settled, text, ruleset.tables["timezone"])  # "In Baghdad,"
    settled = clocks_before_a_bracketed_day(settled, text)  # "7 a.m. CDT (1200 GMT) today"
    settled = clock_restating_a_zoned_one(settled, text)  # "midnight CET on Thursday, 11pm in"
    # only now is every clock on its day: "8:30 a.m. ET" takes that day's offset
    return [dataclasses.replace(t, value=settle_daylight(t.value)) for t in settled]


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
