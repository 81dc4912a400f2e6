"""Whole-text steps after each expression is resolved: what its neighbours tell about it.

A bare clock time takes the day written next to it ("16:15 UTC, June 1", "Aug. 8 at 10 a.m.",
"Saturday's trip, which kicks off at 3 p.m.") or, in a past-tense clause, the "yesterday" the
story is about (those steps live in :mod:`clockday` and run last here); a bare "the quarter"
takes the quarter of the day that closes it; "over" in front of a duration is left out when it
means "during"; the story's fiscal calendar re-counts its fiscal quarters and years
(:mod:`fiscal`); "a year ago" in a comparison echoes the compared quarter or month ("the same
period a year earlier" even a sentence on, a bare "from a year earlier" the quarter the
sentence before reported, "than a year earlier" the month a monthly figure is about); and a
year-less range end comes after its start. Nothing here imports spaCy: the functions read
timexes, the text and (for "over") token tags of a ``Doc`` they are given. The cue words are
data: ``generator/rules/temporal_context.yaml`` (``module: context``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from generator.extract.hits import Timex
from generator.extract.temporal.apposed import (
    day_in_its_season,
    weekday_of_its_date,
    year_of_its_apposed_day,
)
from generator.extract.temporal.calendar import format_value, value_range
from generator.extract.temporal.clockday import (
    SENTENCE_END,
    clock_on_earlier_day,
    clock_on_following_day,
    clock_on_last_day,
    is_day,
)
from generator.extract.temporal.clockrange import joined_as_range, weekday_end_on_or_after_start
from generator.extract.temporal.compared import (
    closes_period_before,
    previous_year_in_fiscal_year,
    same_period_as_quarter,
    same_period_in_fiscal_year,
)
from generator.extract.temporal.cues import cue_pattern, cue_words
from generator.extract.temporal.fiscal import (
    closing_day_in_fiscal_year,
    current_quarter_in_fiscal_year,
    fiscal_part_from_its_end,
    fiscal_part_from_named_year,
    fiscal_year_end_month,
    quarters_in_fiscal_year,
    year_earlier_in_fiscal_year,
)
from generator.extract.temporal.fiscal_echo import (
    year_earlier_than_a_closed_fiscal_year,
    year_earlier_than_the_period_reported,
)
from generator.extract.temporal.fiscal_end import FISCAL_QUARTER_VALUE
from generator.extract.temporal.fiscal_halves import halves_in_fiscal_year
from generator.extract.temporal.fiscal_start import (
    new_fiscal_year_after_its_first_day,
    new_fiscal_year_from_its_start,
)
from generator.extract.temporal.fiscal_years import (
    year_of_a_full_year_reported,
    years_in_fiscal_year,
)
from generator.extract.temporal.lending import COMPARED_BEFORE
from generator.extract.temporal.lengths import period_named_by_length
from generator.extract.temporal.reported import fiscal_year_just_reported

__all__ = ["settle_with_neighbours"]


def settle_with_neighbours(timexes: list[Timex], doc, text: str,
                           published: dt.date | None) -> list[Timex]:
    """Apply every neighbour step, in order, to the resolved timexes of one text.

    Args:
        timexes: the resolved expressions, in text order.
        doc: the parsed spaCy ``Doc`` (only token tags are read).
        text: ``doc.text``.
        published: the publication date, or None.
    """
    found = _quarter_from_its_end(_over_as_during(_over_as_particle(timexes, doc), doc), text)
    found = closing_day_in_fiscal_year(found, text, published)
    found = fiscal_part_from_its_end(found, text)
    found = fiscal_part_from_named_year(found, published, fiscal_year_end_month(found, text))
    found = year_earlier_in_fiscal_year(found, text)
    found = years_in_fiscal_year(current_quarter_in_fiscal_year(found, text, published), text,
                                 published)
    found = year_earlier_than_a_closed_fiscal_year(
        fiscal_year_just_reported(found, text, published), text)  # "the year ended March 31"
    found = new_fiscal_year_after_its_first_day(
        new_fiscal_year_from_its_start(found, text, published), text)
    found = same_period_in_fiscal_year(quarters_in_fiscal_year(found, text, published), text)
    found = halves_in_fiscal_year(found, text, published)  # "first-half", "the half"
    found = year_of_a_full_year_reported(found)  # "bringing the total for the year to 8 cents"
    found = previous_year_in_fiscal_year(found)  # "the previous year's fourth quarter"
    found = same_period_as_quarter(_ago_echoes_compared_period(found, text, published))
    found = year_earlier_than_the_period_reported(found, text)  # "against ... in Q4 and ..."
    found = weekday_of_its_date(day_in_its_season(_range_end_after_its_start(found, text), text),
                                text)  # "on Bastille Day, Friday"
    found = year_of_its_apposed_day(found, text)  # "three years ago, on January 1, 1999"
    found = clock_on_earlier_day(clock_on_following_day(found, text), text, published)
    return clock_on_last_day(found, text, published)


#: "over" read as "more than" at the start of a duration.
_OVER = cue_pattern("over-as-more-than")


#: Verbs whose particle "over" is no "more than": "who took over two years ago".
_OVER_VERBS = frozenset(cue_words("over-particle-verbs", "verb"))


def _over_as_particle(timexes: list[Timex], doc) -> list[Timex]:
    """Leave out an "over" that belongs to the verb before it ("took over two years ago")."""
    fixed = list(timexes)
    for i, timex in enumerate(timexes):
        lead = _OVER.match(timex.text)
        if lead is None or timex.mod != "MORE_THAN":
            continue
        over = doc.char_span(timex.start, timex.start + 4)
        if over is None or not _is_particle(over[0], timex):
            continue
        fixed[i] = dataclasses.replace(timex, start=timex.start + lead.end(),
                                       text=timex.text[lead.end():], mod=None)
    return fixed


def _is_particle(over, timex: Timex) -> bool:
    """True for an "over" that the verb before it takes as its particle.

    The parser marks it ``prt`` on the verb, or tags it ``RP`` but hangs it on the number
    ("took over five years ago"). Only a point in time can follow a particle so loosely: in
    "the work took over 30 years" the duration is what "took" takes, and "over" means "more than",
    whatever the parser says.
    """
    if timex.type == "DURATION":
        return False
    if over.dep_ == "prt":
        verb = over.head
    elif over.tag_ == "RP" and over.i > 0:
        verb = over.doc[over.i - 1]
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _OVER_VERBS


#: Verbs whose object is a length: "over" after them is "more than" ("took over 30 years").
_LASTING_VERBS = frozenset(cue_words("lasting-verbs", "verb"))


def _over_as_during(timexes: list[Timex], doc) -> list[Timex]:
    """Leave "over" out of a duration when it means "during": "cut taxes over five years".

    After a preposition ("for over 30 years", "in over a decade") or a verb of lasting ("took
    over 30 years", "lasted over two hours") it means "more than" and stays in the expression
    with mod MORE_THAN; after another verb or a noun it is the preposition of the stretch
    itself, which TimeML leaves outside.
    """
    fixed = list(timexes)
    for i, timex in enumerate(timexes):
        lead = _OVER.match(timex.text)
        if lead is None or timex.type != "DURATION" or timex.mod != "MORE_THAN":
            continue
        before = doc.char_span(timex.start, timex.start + 1, alignment_mode="expand")
        previous = doc[before.start - 1] if before is not None and before.start > 0 else None
        if previous is not None and (previous.tag_ in ("IN", "TO")
                                     or previous.lemma_.lower() in _LASTING_VERBS):
            continue
        start = timex.start + lead.end()
        fixed[i] = dataclasses.replace(timex, start=start, text=timex.text[lead.end():],
                                       mod=None)
    return fixed


#: What joins "the quarter" to the day that closes it: "the quarter ended Dec. 31", "the
#: quarter, which ends Sept. 30".
_QUARTER_TO_END = cue_pattern("quarter-to-its-end")


def _quarter_from_its_end(timexes: list[Timex], text: str) -> list[Timex]:
    """Give a bare "the quarter" the quarter of the closing day written right after it.

    Earnings copy names the period by its last day ("net income for the quarter ended Dec. 31")
    or month ("the quarter that ended in March"), which beats both the quarter named before and
    the publication date's.
    """
    fixed = list(timexes)
    for i, (left, right) in enumerate(zip(timexes, timexes[1:])):
        if (left.rule == "rel-the-quarter" and _is_day_or_month(right)
                and _QUARTER_TO_END.fullmatch(text[left.end:right.start])):
            value = format_value(right.range.start, "quarter")
            fixed[i] = dataclasses.replace(left, value=value, range=value_range(value))
    return fixed


#: A part of a year a comparison can echo: a month, quarter, half or season, or a fiscal
#: quarter ("FY2004-Q2", whose "a year earlier" is FY2003-Q2).
_YEAR_PART = re.compile(r"(?P<fiscal>FY)?(\d{4})(-(?:Q[1-4]|H[12]|SP|SU|FA|WI|\d\d))$")
#: Words of a comparison between a period and "a year ago": "down from $401 million a year ago".
_COMPARISON = cue_pattern("comparison-words")
#: The opening of "the same period a year earlier", which names the period told last even
#: a sentence on.
_SAME_PERIOD = cue_pattern("same-period-opening")
#: The last word of a count back from the publication date ("a year ago"); any other
#: ("a year earlier") counts from the date named last.
_COUNTED_FROM_PUBLICATION = tuple(word.lower() for word in cue_words("counted-from-publication",
                                                                        "back"))


def _ago_echoes_compared_period(timexes: list[Timex], text: str,
                                published: dt.date | None) -> list[Timex]:
    """Give "a year ago" the compared period: "$312 million in the first quarter, down from
    $401 million a year ago" is the first quarter of the year before (1994-Q1). "a year
    earlier" after "the quarter ended Sept. 30" counts from the day, so it gets the quarter
    the same way.

    Only whole years counted back from the publication date move, only within one sentence,
    and only when a word of comparison stands between the period and "ago".
    """
    if published is None:
        return timexes
    fixed = list(timexes)
    for i, timex in enumerate(timexes):
        if not (timex.rule == "rel-ago" and timex.value.isdigit() and len(timex.value) == 4):
            continue
        period = _compared_period(timex, timexes[:i], text, published)
        if period is None:
            continue
        part = _YEAR_PART.match(period.value)
        years_back = _years_counted_back(timex, part, timexes[:i], published)
        value = f"{part.group('fiscal') or ''}{int(part.group(2)) - years_back:04d}{part.group(3)}"
        fixed[i] = dataclasses.replace(timex, value=value, range=value_range(value))
    return fixed


def _compared_period(timex: Timex, before: list[Timex], text: str,
                     published: dt.date) -> Timex | None:
    """The period "a year ago" compares with, or None when it is a plain year back.

    In its own sentence, the part of a year named last with a word of comparison in between.
    Across sentences, "the same period a year earlier" still names the period told last
    ("in the fiscal fourth quarter ... Revenue climbed from the same period a year earlier"),
    a bare "from a year earlier" the quarter the sentence before reported on, and a bare "than a
    year earlier" in a monthly-figure story the month reported on ("prices rose faster than
    expected in August ... prices were 8.3% higher than a year earlier").
    """
    period = next((p for k, t in reversed(list(enumerate(before)))
                   if (p := _as_period(t, before, text)) and not _not_yet_begun(p, published)
                   and not closes_period_before(before, k, text)), None)
    if period is not None:
        between = text[period.end:timex.start]
        if not SENTENCE_END.search(between) and _COMPARISON.search(between):
            return period
        if _SAME_PERIOD.match(timex.text):
            return period
    if not COMPARED_BEFORE.search(text, max(0, timex.start - 32), timex.start):
        return None
    if _MARKET_LEVEL.search(text, _sentence_start(text, timex.start), timex.start):
        return None  # "The Dow is still up 6% from a year ago": a level a year back, the year
    if _level_told_now(before, text, timex.start):
        return None
    reported = _fiscal_quarter_reported(before, text, timex.start)
    if reported is not None:
        return reported  # "... a record for the January-March period. ... from 19.5 million a
        # year ago": the fiscal quarter the story reports, not the calendar one named in passing
    if period is not None and "-Q" in period.value and len(SENTENCE_END.findall(between)) == 1:
        return period  # "results for its fiscal first quarter ... Profit rose from a year earlier"
    return _reported_month(before, published)


def _level_told_now(before: list[Timex], text: str, at: int) -> bool:
    """Whether the sentence gives its figure as it stands "now" or "currently": "there are now
    1.4 billion devices in use, up from 1.3 billion a year ago" compares a level with the one
    a year back, the year (rounds 17, 23, 26), even in a story that reports a fiscal quarter."""
    start = _sentence_start(text, at)
    return any(t.value == "PRESENT_REF" and start <= t.start < at for t in before)


def _not_yet_begun(period: Timex, published: dt.date) -> bool:
    """True for a period that starts after publication: a forecast ("could run short of cash
    in the first half of next year"), which a results comparison does not echo."""
    return period.range is not None and period.range.start > published


def _as_period(timex: Timex, before: list[Timex], text: str) -> Timex | None:
    """``timex`` when it names a part of a year; the closing day of "the three months ended June
    30" as the quarter it closes (:mod:`lengths`); else None."""
    if _YEAR_PART.match(timex.value):
        return timex
    named = period_named_by_length(text, timex.start, timex.text, timex.value, None,
                                   [t.value for t in before])
    return None if named is None else dataclasses.replace(timex, value=named)


#: Rules whose values are themselves a comparison's period a year back.
_ECHO_RULES = {"rel-year-ago-quarter", "rel-same-period", "rel-ago"}


def _fiscal_quarter_reported(before: list[Timex], text: str, at: int) -> Timex | None:
    """The fiscal quarter named last in this sentence or the three before ``at``, not counting
    comparisons ("the year-earlier quarter"), or None."""
    for timex in reversed(before):
        if len(SENTENCE_END.findall(text, timex.end, at)) > 3:
            return None
        if timex.rule not in _ECHO_RULES and FISCAL_QUARTER_VALUE.match(timex.value):
            return timex
    return None


#: A market level, which a bare "from a year ago" compares as it stood a year back, not as a
#: period's figure: a stock index, a share price or a yield (blind round 18). A price index
#: ("the consumer price index") is a monthly figure and still echoes the month reported on.
_MARKET_LEVEL = cue_pattern("market-level")


def _sentence_start(text: str, at: int) -> int:
    """Offset of the start of the sentence holding ``at`` (after the last stop before it)."""
    stops = list(SENTENCE_END.finditer(text, 0, at))
    return stops[-1].start() + 1 if stops else 0


def _reported_month(before: list[Timex], published: dt.date) -> Timex | None:
    """The mention of the month just ended at publication (the month a monthly figure is
    about: August in a September inflation story), or None when the text does not name it."""
    month = (published.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    return next((t for t in reversed(before) if t.value == month), None)


def _years_counted_back(timex: Timex, part: re.Match, before: list[Timex],
                        published: dt.date) -> int:
    """How many years "a year ago" / "two years earlier" goes back from what it counts from.

    "ago" counts from the publication date; "earlier" from the date named last, which in "the
    quarter ended Sept. 30 ... a year earlier" is the quarter's closing day. A fiscal year's
    label is not a calendar year, so there only that closing day (or the publication date)
    says where the count started.
    """
    if timex.text.lower().endswith(_COUNTED_FROM_PUBLICATION):
        return published.year - int(timex.value)
    if part.group("fiscal"):
        day = next((t for t in reversed(before) if is_day(t)), None)
        counted_from = day.range.start.year if day is not None else published.year
        return counted_from - int(timex.value)
    return int(part.group(2)) - int(timex.value)


#: A year written in the words of a date.
_YEAR_WRITTEN = re.compile(r"\b\d{4}\b")


def _range_end_after_its_start(timexes: list[Timex], text: str) -> list[Timex]:
    """Move a year-less range end that borrowed its start's year to the next year when it
    would come first: "between September 2007 and April" ends in April 2008. A clock range
    is left to :func:`~generator.extract.temporal.clockrange.clock_range_on_its_day`: in "ran
    from 9 a.m. to 5 p.m. yesterday" the end's day is written, not borrowed."""
    fixed = list(timexes)
    for i, (start, end) in enumerate(zip(timexes, timexes[1:])):
        moved = weekday_end_on_or_after_start(start, end, text)
        if moved is not None:
            fixed[i + 1] = moved
            continue
        if (start.range is None or end.range is None or _YEAR_WRITTEN.search(end.text)
                or "time" in (start.range.granularity, end.range.granularity)
                or not joined_as_range(start, end, text)):
            continue
        if end.range.end < start.range.start and end.value[:4] == start.value[:4]:
            value = f"{int(end.value[:4]) + 1:04d}{end.value[4:]}"
            fixed[i + 1] = dataclasses.replace(end, value=value, range=value_range(value))
    return fixed


def _is_day_or_month(timex: Timex) -> bool:
    return timex.range is not None and timex.range.granularity in ("day", "month")
