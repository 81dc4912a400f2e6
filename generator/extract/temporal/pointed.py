"""A "that night" pointing back to a dated happening takes that happening's day (event blind
set round 17, ev97).

The rule ``time-that-part`` counts "that night" from the last day the text gave, and in a past
clause it skips days after publication. Told of a happening, the night is that happening's:

    Corrin's concert in Glasgow, planned for June 20, has been postponed to Aug. 29 ...
    Tickets remain valid, and fans can claim a refund until March 31.
    "I'm so sorry to everyone who had planned their summer around that night," Corrin wrote.

"that night" is the concert's night, June 20 (the planned date, the first one written after
the noun), not the publication night the past clause fell back to. A limit ("until March 31")
names no night, so it is passed over. The step only acts when the last day named before sits
in a sentence naming an evening happening (``evening_event_nouns`` in ``temporal.yaml``);
"The rally began on Monday. That night, crowds filled the square." keeps Monday's night, and
a day named after the concert's ("The band reached Oslo on Friday, and that night ...") keeps
its own.

A clock the text's settling moved onto the day its scene is told on takes what was counted from
it along: "returned to Denver on Saturday ... landed safely at 5:48 p.m. Passengers were taken
to Phoenix later that evening" (round 31, told on Monday) is Saturday's evening, as the clock is
Saturday's, and "set for Saturday at 4:12 a.m. ... to dock with the station two days later"
(events round 29, ev167, told on Wednesday) the Monday after it
(``counted_from_a_moved_clock``); a clock the settling left alone moves nothing. "the next
spring" after "signed on 20 August 1977" is the spring after that date, 1978 (round 61).
Nothing here imports spaCy: it reads timexes, the text and sentence starts of a
``Doc`` it is given. The words before a limit and "that" are data: ``generator/rules/
temporal_context.yaml`` (``module: pointed``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import season_start, value_range
from generator.extract.temporal.cues import cue_pattern
from generator.extract.temporal.ruleset import load_ruleset

__all__ = ["counted_from_a_moved_clock", "night_of_named_event", "part_of_year_pointed_back",
           "season_after_a_date_told_before"]

#: The rule of a part of the day told by pointing back ("that night", "by that evening").
_POINTING_RULE = "time-that-part"
#: A calendar day, with or without a clock or part of the day.
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
#: Words before a date that make it a limit, not a day something happens on.
_LIMIT_BEFORE = cue_pattern("limit-before-day")
#: A blank line: the antecedent must sit in the same paragraph or the one before.
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@functools.lru_cache(maxsize=1)
def _event_nouns() -> re.Pattern[str]:
    """Regex of an evening happening's noun, singular or plural."""
    nouns = load_ruleset().lexicon.settings.get("evening_event_nouns", ())
    return re.compile(r"\b(?:" + "|".join(map(re.escape, nouns)) + r")s?\b", re.IGNORECASE)


def night_of_named_event(timexes: list[Timex], doc, text: str) -> list[Timex]:
    """Give each "that <part of day>" the day of the happening it points back to.

    Args:
        timexes: The text's timexes in text order, resolved.
        doc: The parsed text (for sentence bounds).
        text: The document text (``doc_text(doc)``).

    Returns:
        The timexes, "that night" moved onto the happening's day where one is found.
    """
    out = list(timexes)
    for i, timex in enumerate(timexes):
        if timex.rule != _POINTING_RULE or "T" not in timex.value:
            continue
        day = _happening_day(timexes[:i], doc, text, timex.start)
        if day is None or timex.value.startswith(day):
            continue
        value = f"{day}T{timex.value.split('T', 1)[1]}"
        out[i] = dataclasses.replace(timex, value=value, range=value_range(value) or timex.range)
    return out


def _happening_day(before: list[Timex], doc, text: str, char: int) -> str | None:
    """The day (YYYY-MM-DD) of the happening named with the last day before ``char``, or None.

    The last day named before (limits aside) must sit in a sentence naming an evening
    happening before it, in this paragraph or the one before; the happening's day is the first
    day written after its noun in that sentence.
    """
    days = [t for t in before if _DAY.match(t.value)
            and not _LIMIT_BEFORE.search(text, max(0, t.start - 10), t.start)]
    if not days:
        return None
    last = days[-1]
    if len(_PARAGRAPH_BREAK.findall(text, last.end, char)) > 1:
        return None
    span = doc.char_span(last.start, last.end, alignment_mode="expand")
    if span is None:
        return None
    sentence = span.sent
    noun = _event_nouns().search(text, sentence.start_char, last.start)
    if noun is None:
        return None
    first = next(t for t in days if sentence.start_char <= t.start and t.start >= noun.end())
    return first.value[:10]


def counted_from_a_moved_clock(unsettled: list[Timex], settled: list[Timex],
                               from_last: set[int]) -> list[Timex]:
    """Move each day counted from the last day told onto the day its clock was settled on.

    Args:
        unsettled: The timexes as first resolved, before clocks were settled on their days.
        settled: The same timexes (same starts) after settling, in text order.
        from_last: Starts of the expressions counted from the last day the text gave ("that
            evening", "two days later", "the day after").

    Returns:
        ``settled``, such an expression moved by as many days as the clock it was counted from,
        where the last day-bearing timex before it is a clock whose day the settling changed.
    """
    first = {t.start: t.value for t in unsettled}
    out = list(settled)
    for i, timex in enumerate(settled):
        if timex.start not in from_last or not _DAY.match(timex.value):
            continue
        last = next((t for t in reversed(out[:i]) if _DAY.match(t.value)), None)
        if last is None or last.type != "TIME":
            continue
        old = first.get(last.start, last.value)
        if old[:10] == last.value[:10] or first.get(timex.start) != timex.value:
            continue
        moved = (dt.date.fromisoformat(last.value[:10]) - dt.date.fromisoformat(old[:10])).days
        day = dt.date.fromisoformat(timex.value[:10]) + dt.timedelta(days=moved)
        value = day.isoformat() + timex.value[10:]
        out[i] = dataclasses.replace(timex, value=value, range=value_range(value) or timex.range)
    return out


#: "that " right before a month or a season.
_THAT = cue_pattern("that-before-part-of-year")
#: A month or a season value: "2026-02", "2026-FA".
_MONTH_OR_SEASON = re.compile(r"\d{4}-(?:\d\d|SP|SU|FA|WI)$")
#: A value naming a calendar year first: "2025-04", "2024", "2025-04-12".
_YEAR_FIRST = re.compile(r"(\d{4})(?:-\d\d(?:-\d\d)?)?$")


def part_of_year_pointed_back(timexes: list[Timex], text: str) -> list[Timex]:
    """Put "that February", "that autumn" in the year of the date named last before it.

    "Repairs scheduled for April 2025 were called off that February" (events ev261): 2025-02,
    not the February before the story; "first proposed in 2024 but was shelved that autumn"
    (ev268): 2024-FA. Only a date of a calendar year (a year, a month or a day) lends it.
    """
    fixed = list(timexes)
    for i, timex in enumerate(timexes):
        if (timex.type != "DATE" or not _MONTH_OR_SEASON.match(timex.value)
                or not (timex.text.lower().startswith("that ")
                        or _THAT.search(text, max(0, timex.start - 6), timex.start))):
            continue
        lender = next((m for t in reversed(fixed[:i]) if t.type == "DATE"
                       and (m := _YEAR_FIRST.match(t.value))), None)
        if lender is not None and lender.group(1) != timex.value[:4]:
            value = lender.group(1) + timex.value[4:]
            fixed[i] = dataclasses.replace(timex, value=value, range=value_range(value))
    return fixed



#: "the next spring", "the following autumn": the season after the date told before it.
_NEXT_SEASON = cue_pattern("the-next-season")
#: A season value, and a date of a calendar year with its range.
_SEASON = re.compile(r"\d{4}-(SP|SU|FA|WI)$")


def season_after_a_date_told_before(timexes: list[Timex], text: str) -> list[Timex]:
    """Put "the next spring" in the first such season after the date named last before it.

    "The charter was signed on 20 August 1977, and the first exchange visit followed the next
    spring" (round 61, told in 2027) is 1978-SP, not the spring after the story: with "the",
    "next" counts from the date just told, as "the next day" does; "next spring" alone counts
    from the story's date. The article goes inside the tag.
    """
    fixed = list(timexes)
    for i, timex in enumerate(timexes):
        season = _SEASON.match(timex.value)
        if timex.type != "DATE" or season is None:
            continue
        words = _NEXT_SEASON.search(text, max(0, timex.start - 4), timex.end)
        if words is None or words.end() != timex.end:
            continue
        lender = next((t for t in reversed(fixed[:i]) if t.type == "DATE" and t.range is not None
                       and _YEAR_FIRST.match(t.value)), None)
        if lender is None:
            continue
        year = lender.range.end.year - 1
        while season_start(year, season.group(1)) <= lender.range.end:
            year += 1
        value = f"{year}-{season.group(1)}"
        start = words.start()
        fixed[i] = dataclasses.replace(timex, start=start, text=text[start:timex.end],
                                       value=value, range=value_range(value))
    return fixed
