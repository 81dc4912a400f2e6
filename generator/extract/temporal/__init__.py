"""The temporal tagger: find, normalise and resolve dates, times, durations and sets.

Pipeline (one module per stage)::

    ruleset.py   load generator/rules/temporal*.yaml (word lists, fragments, rules + examples)
    scan.py      run every rule's regex over the text -> candidates with a Reading
    checks.py    drop candidates the parse rules out ("May" the modal, "2000 jobs", a © line)
    scan.select  keep the longest match at each position
    tense.py     tense of the clause around each expression
    resolve.py   Reading + publication date + tense + earlier dates -> TIMEX3 value, mod, range
    calendar.py  date arithmetic, ISO weeks, seasons, holidays, value -> calendar range
    readings.py  what each named regex group means (month, number, unit, rel, ago ...)

This module adds the steps that need the whole text: a year-less part of a year borrows the year
written earlier in its clause or the relative year right after it ("October of next year"), a
bare clock time takes the date written right next to it ("16:15 UTC, June 1", "Aug. 8 at
10 a.m.") or, in a past-tense clause, "yesterday" named just before it, and a dateline
restating the publication date is dropped.

Only :func:`iter_timexes` and :func:`timex_tense` take a spaCy ``Doc``; nothing here imports
spaCy, so ``resolve.reresolve`` can run in the site build.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import format_value, value_range
from generator.extract.temporal.readings import Reading, needs_year
from generator.extract.temporal.resolve import Resolution, is_fiscal_year, reresolve, resolve
from generator.extract.temporal.tense import tense_at, timex_tense

log = logging.getLogger("mkdocs.plugins.factcheck.temporal")

__all__ = ["iter_timexes", "timex_tense", "reresolve", "Resolution"]


def iter_timexes(doc, published: dt.date | None) -> list[Timex]:
    """Temporal expressions of ``doc`` in text order, non-overlapping, resolved.

    Args:
        doc: a parsed spaCy ``Doc`` (the tagger reads POS, dependencies and entities).
        published: the article's publication date; None leaves relative expressions
            unresolved (TimeML ``X`` placeholders such as ``XXXX-WXX``) instead of guessing.

    Returns:
        One :class:`~generator.extract.hits.Timex` per expression. DATE/TIME timexes that name
        a calendar period carry its :class:`~generator.extract.hits.DateRange`. A line that only
        restates the publication date (a dateline) is the document's creation time, which
        TimeML keeps outside the text, so it is not returned.
    """
    from generator.extract.temporal.checks import passes
    from generator.extract.temporal.ruleset import load_ruleset
    from generator.extract.temporal.scan import scan, select

    ruleset = load_ruleset()
    grace = ruleset.lexicon.settings.get("year_choice_grace_days")
    text = doc.text  # spaCy rebuilds this string on every access
    chosen = _year_from_next(select(c for c in scan(text, ruleset) if passes(doc, text, c)),
                             text)
    mentions: list[str] = []
    found: list[Timex] = []
    # (sentence start, tense, year, span of the relative clause the year sits in or None)
    year_in_clause: tuple[int, str | None, int, tuple[int, int] | None] | None = None
    for cand in chosen:
        tense = tense_at(doc, cand.start, cand.end)
        sentence = _sentence_start(doc, cand.start)
        reading = cand.reading
        if (year_in_clause is not None and year_in_clause[:2] == (sentence, tense)
                and _inside(year_in_clause[3], cand.start)):
            reading = borrow_year(reading, year_in_clause[2])
        if cand.reading.year is not None:
            year_in_clause = (sentence, tense, cand.reading.year,
                              _relative_clause(doc, cand.start, cand.end))
        try:
            result = resolve(reading, published, tense, mentions, grace)
        except (ValueError, KeyError) as err:  # one odd date never aborts an article
            log.warning("temporal rule %s: cannot resolve %r: %s", cand.rule.rule.id,
                        text[cand.start:cand.end], err)
            continue
        if (_is_relative_year(cand.reading) and result.value.isdigit()
                and not _COMPARED.search(text, max(0, cand.start - 12), cand.start)):
            # "the deadline last year was 31 August": the month takes last year's year
            year_in_clause = (sentence, tense, int(result.value),
                              _relative_clause(doc, cand.start, cand.end))
        if ((result.range is not None or is_fiscal_year(result.value))
                and not _SINCE.search(text, max(0, cand.start - 8), cand.start)):
            mentions.append(result.value)
        if _is_dateline(text, cand.start, cand.end, result, published):
            continue
        found.append(Timex(cand.start, cand.end, text[cand.start:cand.end],
                           cand.reading.type, result.value, result.mod, result.range,
                           cand.rule.rule.id, tense))
    found = _quarter_from_its_end(_over_as_during(found, doc), text)
    found = _clock_on_earlier_day(_clock_on_following_day(found, text), text, published)
    return _clock_on_last_day(found, published)


#: "since" right before a date: "its lowest level since 1933" measures from that date but does
#: not make it the topic, so it anchors no "the year" or "two days later" after it.
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def _sentence_start(doc, char: int) -> int:
    """Start offset of the sentence holding character ``char``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.sent.start_char if span is not None else -1


def _relative_clause(doc, start: int, end: int) -> tuple[int, int] | None:
    """Character span of the relative clause holding ``start:end``, or None.

    "The A330, which entered service in 2005, had last been inspected in April": 2005 belongs
    to the relative clause, so it lends its year to no date outside that clause. A participle
    set off by a comma works the same way ("The jet, delivered in March 2012, passed its last
    inspection in December").
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for token in span.root.ancestors:
        sub = list(token.subtree)
        aside = token.dep_ == "acl" and sub[0].i > 0 and doc[sub[0].i - 1].text == ","
        if token.dep_ == "relcl" or aside:
            return sub[0].idx, sub[-1].idx + len(sub[-1])
    return None


def _inside(clause: tuple[int, int] | None, char: int) -> bool:
    """True when there is no clause boundary to respect or ``char`` lies within it."""
    return clause is None or clause[0] <= char < clause[1]


#: A preposition of comparison before "last year" ("up 3% on last year"): the year is a
#: yardstick, not the time the clause tells of, so it lends its year to nothing.
_COMPARED = re.compile(r"\b(?:on|from|than|over|with|versus|vs\.?|against)\s+$",
                       re.IGNORECASE)


def _is_relative_year(reading: Reading) -> bool:
    """True for a whole year named from the publication date ("last year", "next year")."""
    return (reading.unit == "year" and reading.shift is not None and reading.anchor == "dct"
            and reading.grain in (None, "year", "echo"))


def borrow_year(reading: Reading, year: int) -> Reading:
    """Give a year-less month, quarter, half or holiday the year written earlier in its sentence.

    "It lost money in the fourth quarter of 2022, after a profit in the first half": the half is
    2022's. The caller only lends a year within one sentence and one tense, so "opened in 2019
    and will close in March" keeps March for the publication date to resolve.
    """
    return dataclasses.replace(reading, year=year) if needs_year(reading) else reading


#: What may join a year-less month to the relative year after it: "October (of) next year".
_PART_TO_YEAR = re.compile(r"\s*,?\s*(?:of\s+)?")


def _year_from_next(chosen: list, text: str) -> list:
    """Give "October" in "October of next year" the year that follows it.

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
    return fixed


#: What may stand between a clock time and the date it belongs to: "9 a.m. local time, on",
#: "11:59 p.m. Pacific time on".
_CLOCK_TO_DAY = re.compile(r"\s*(?:(?:local|[A-Z][a-z]+)\s+time)?\s*,?\s*(?:on\s+)?")
#: What may stand between a date and the clock time after it: "Aug. 8 at 10 a.m.".
_DAY_TO_CLOCK = re.compile(r"\s*,?\s*at\s+")
_BARE_CLOCK_RULES = ("time-clock", "time-noon")


def _clock_on_following_day(timexes: list[Timex], text: str) -> list[Timex]:
    """Give a bare clock time the day written right next to it.

    A bare clock time is first put on the publication day. When a day-sized date follows it
    with only a comma or "on" between them ("16:15 UTC, June 1st"), or precedes it with only
    "at" between them ("due on Aug. 8 at 10 a.m."), that date is the clock's day.
    """
    fixed = list(timexes)
    for i, (left, right) in enumerate(zip(timexes, timexes[1:])):
        between = text[left.end:right.start]
        if _is_bare_clock(left) and _is_day(right) and _CLOCK_TO_DAY.fullmatch(between):
            fixed[i] = _clock_on(left, right)
        elif _is_day(left) and _is_bare_clock(right) and _DAY_TO_CLOCK.fullmatch(between):
            fixed[i + 1] = _clock_on(right, left)
    return fixed


#: How far back in its sentence a bare clock time looks for its day, in characters.
_CLOCK_REACH = 80
#: A sentence end between a day and a clock time (an abbreviation's dot is followed by a
#: lower-case word or a digit, a full stop by a capital).
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s+[A-Z\"“]")


def _clock_on_earlier_day(timexes: list[Timex], text: str,
                          published: dt.date | None) -> list[Timex]:
    """Give a bare clock time still on the publication day the day named just before it.

    "Meikle takes charge for Saturday's trip to Brackley, which kicks off at 3 p.m.": within
    one sentence, a clock time after a day belongs to that day unless something else gave it
    one (the date right after it, see :func:`_clock_on_following_day`). A clock time with its
    day counts as that day: "yesterday at 14:33 local time (07:33 UTC)".
    """
    if published is None:
        return timexes
    today = published.isoformat() + "T"
    fixed = list(timexes)
    for i, (day, clock) in enumerate(zip(timexes, timexes[1:]), start=1):
        between = text[day.end:clock.start]
        if (_is_bare_clock(clock) and clock.value.startswith(today) and _names_day(day)
                and len(between) <= _CLOCK_REACH and not _SENTENCE_END.search(between)):
            fixed[i] = _clock_on(clock, day)
    return fixed


#: Rules whose day a morning paper's later clock times may fall on ("yesterday", "Monday",
#: "Tuesday evening").
_LAST_DAY_RULES = ("rel-today", "rel-weekday", "time-day-part")


def _clock_on_last_day(timexes: list[Timex], published: dt.date | None) -> list[Timex]:
    """Put a bare clock time in a past-tense clause on the day before publication if named.

    "Customers could not pay yesterday. The problem began at 6:10 a.m.": a morning paper
    telling yesterday's events gives their clock times without repeating the day. Only the day
    before publication ("yesterday", "Monday" in Tuesday's paper) moves a clock: an older day
    is a flashback, and a clock after it may well be today's. Only a clock still on the
    publication day moves, and a week, month or year named in between ends the day's reach.
    """
    if published is None:
        return timexes
    today = published.isoformat()
    yesterday = (published - dt.timedelta(days=1)).isoformat()
    fixed, last_day = [], None
    for timex in timexes:
        if (last_day is not None and timex.tense == "past" and _is_bare_clock(timex)
                and timex.value.startswith(today + "T")):
            timex = _clock_on(timex, last_day)
        elif _names_day(timex):
            # a holiday or a date in passing ("the last day before Christmas") sets no scene
            last_day = timex if (timex.value[:10] == yesterday
                                 and timex.rule in _LAST_DAY_RULES) else None
        elif timex.range is not None:
            last_day = None  # "later this week" in between: the day is no longer the topic
        fixed.append(timex)
    return fixed


#: "over" read as "more than" at the start of a duration.
_OVER = re.compile(r"over\s+", re.IGNORECASE)


def _over_as_during(timexes: list[Timex], doc) -> list[Timex]:
    """Leave "over" out of a duration when it means "during": "cut taxes over five years".

    After a preposition ("for over 30 years", "in over a decade") it means "more than" and
    stays in the expression with mod MORE_THAN; after a verb or a noun it is the preposition
    of the stretch itself, which TimeML leaves outside.
    """
    fixed = list(timexes)
    for i, timex in enumerate(timexes):
        lead = _OVER.match(timex.text)
        if lead is None or timex.type != "DURATION" or timex.mod != "MORE_THAN":
            continue
        before = doc.char_span(timex.start, timex.start + 1, alignment_mode="expand")
        previous = doc[before.start - 1] if before is not None and before.start > 0 else None
        if previous is not None and previous.tag_ in ("IN", "TO"):
            continue
        start = timex.start + lead.end()
        fixed[i] = dataclasses.replace(timex, start=start, text=timex.text[lead.end():],
                                       mod=None)
    return fixed


#: What joins "the quarter" to the day that closes it: "the quarter ended Dec. 31", "the
#: quarter, which ends Sept. 30".
_QUARTER_TO_END = re.compile(r"\s*,?\s*(?:(?:which|that)\s+)?(?:ended|ending|ends|end)\s+")


def _quarter_from_its_end(timexes: list[Timex], text: str) -> list[Timex]:
    """Give a bare "the quarter" the quarter of the closing day written right after it.

    Earnings copy names the period by its last day ("net income for the quarter ended Dec. 31"),
    which beats both the quarter named before and the publication date's.
    """
    fixed = list(timexes)
    for i, (left, right) in enumerate(zip(timexes, timexes[1:])):
        if (left.rule == "rel-the-quarter" and _is_day(right)
                and _QUARTER_TO_END.fullmatch(text[left.end:right.start])):
            value = format_value(right.range.start, "quarter")
            fixed[i] = dataclasses.replace(left, value=value, range=value_range(value))
    return fixed


def _is_bare_clock(timex: Timex) -> bool:
    return timex.rule in _BARE_CLOCK_RULES and "T" in timex.value


def _is_day(timex: Timex) -> bool:
    return timex.range is not None and timex.range.granularity == "day"


def _names_day(timex: Timex) -> bool:
    """True for a day, or a time on a known day ("yesterday at 14:33")."""
    return (timex.range is not None and timex.range.granularity in ("day", "time")
            and _FULL_DATE.match(timex.value) is not None)


_FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def _clock_on(clock: Timex, day: Timex) -> Timex:
    """``clock`` moved onto the day ``day`` names."""
    value = day.value[:10] + clock.value[clock.value.index("T"):]
    return dataclasses.replace(clock, value=value, range=value_range(value))


def _is_dateline(text: str, start: int, end: int, result: Resolution,
                 published: dt.date | None) -> bool:
    """True when the expression fills its line and equals the publication date."""
    if published is None or result.value != published.isoformat():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return line.strip() == text[start:end].strip()
