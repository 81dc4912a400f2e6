"""The day a story is about, for the times it tells without their day.

A report opens on its day ("Stocks recovered today", "Orbis postponed the launch on
Wednesday") and goes on by the clock or the part of the day alone, often sentences later. This
step runs after :mod:`~generator.extract.temporal.context` and moves such times onto that day,
or onto the coming day named just before a clock still to come; a part of the day counted from
a clock that moved ("the previous night") moves with it. A "today" quoted in a story about the
day before its date was said on that day. Nothing here imports spaCy: it
reads timexes, the sentence starts and (for a night told in the past perfect) the parse of
a ``Doc`` it is given.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt

from generator.extract.doctext import doc_text
from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.clockday import (
    LAST_DAY_RULES,
    clock_on,
    clock_on_earlier_day,
    is_bare_clock,
    names_day,
    owns_following_day,
    restated_in_brackets,
)
from generator.extract.temporal.comingscene import clock_on_coming_scene, sets_no_scene
from generator.extract.temporal.cues import cue_pattern
from generator.extract.temporal.datedweekday import (
    OWN_DIRECTION,
    WEEKDAY_RULES,
    holiday_apposed_to_its_day,
    weekday_after_its_date,
)
from generator.extract.temporal.dayclause import dates_other_clause, passes_over_earlier_days
from generator.extract.temporal.perfect import in_past_perfect
from generator.extract.temporal.sceneclock import SCENE_REACH_DAYS, clock_on_nearby_day, same_day

__all__ = ["settle_on_story_day"]


#: Rules of a part of the day told without its day ("in the morning", "by late evening").
_DAY_PART_RULES = ("time-the-part", "time-bare-part")
#: Rules of a whole day told without its name ("the Kuro index ended the day down 1.7%").
_STORY_DAY_RULES = ("rel-the-day-closed",)
#: A week mention that looks back ("Earlier this week, the index had risen") does not bring
#: the text to the present.
_EARLIER = cue_pattern("week-looking-back")


def settle_on_story_day(timexes: list[Timex], doc, published: dt.date | None) -> list[Timex]:
    """Put a dayless time far from any named day on the day the story is about.

    A report opens on its day ("Stocks recovered today", "the company announced on
    Wednesday") and later tells that day's events by the clock or the part of the day alone
    ("The results were released at 4:05 p.m. EDT", "falling 4% in the morning"), often many
    sentences on. When neither its sentence nor the one before names a day, such a time
    belongs to the story's day, not to the publication day (a bare clock) nor to a day named
    in passing long before (a part of the day counts from the last day mentioned). A part of
    the day with a day later in its own sentence takes that day ("counted through the night
    and released results at 7 p.m. Thursday"). A clock told in the past moves only onto
    yesterday, and once the text turns to the present ("later this week", "this morning")
    its clocks are today's. A clock still to come takes the coming day named before it in its
    sentence or the one before ("Rovers host Calder on Saturday. Kick-off is at 3 p.m.").

    Args:
        timexes: the resolved expressions, in text order, after
            :func:`~generator.extract.temporal.context.settle_with_neighbours`.
        doc: the parsed spaCy ``Doc`` (only its sentence starts are read).
        published: the publication date, or None (then nothing moves).
    """
    if published is None:
        return timexes
    sentence_starts = [sent.start_char for sent in doc.sents]
    where = [bisect.bisect_right(sentence_starts, t.start) for t in timexes]
    # a restatement in another zone in brackets sets no scene: after "an advance party arrived
    # at 12:01 a.m. Hong Kong time (1601 GMT Monday)" the story is on Tuesday (round 57)
    days = [i for i, t in enumerate(timexes) if names_day(t) and t.rule not in _DAY_PART_RULES
            and not (is_bare_clock(t) and t.rule != "time-clock-day")
            and not restated_in_brackets(doc_text(doc), t)]
    fixed, scene = list(timexes), None
    for i, timex in enumerate(timexes):
        if _quoted_today_of_yesterday(timexes, i, scene, doc_text(doc), published):
            spoken = scene.value[:10] + timex.value[10:]  # "tonight" keeps its TNI
            fixed[i] = dataclasses.replace(timex, value=spoken, range=value_range(spoken))
            continue
        scene = _next_scene(scene, timex, published)
        near = [j for j in days if j != i and where[i] - 1 <= where[j] <= where[i]]
        if timex.rule in _DAY_PART_RULES and "T" in timex.value:
            own = [j for j in near if where[j] == where[i]
                   and not dates_other_clause(doc, timex, timexes[j])]
            earlier = [timexes[j] for j in near if where[j] == where[i] and j < i]
            if own and own[0] > i:  # the day comes later in its own sentence
                fixed[i] = clock_on(timex, timexes[own[0]])
            elif scene is not None and (not near or passes_over_earlier_days(doc, timex,
                                                                             earlier)):
                fixed[i] = clock_on(timex, scene)
            fixed[i] = _night_before(fixed[i], doc)
            dated = [j for j in range(i) if where[j] == where[i] and names_day(fixed[j])]
            if dated:
                fixed[i] = _daytime_after_night(fixed[i], fixed[dated[-1]])
        elif timex.rule in _STORY_DAY_RULES and scene is not None:
            fixed[i] = dataclasses.replace(timex, value=scene.value[:10],
                                           range=value_range(scene.value[:10]))
        elif (is_bare_clock(timex) and timex.value.startswith(published.isoformat() + "T")
              and not owns_following_day(timexes, i, doc_text(doc))):
            nearby = [timexes[j] for j in near if not _after_since(doc_text(doc), timexes[j])
                      and not (timex.tense != "past"
                               and sets_no_scene(timexes, j, doc_text(doc), published))
                      and not _background_before(doc, timexes[j], where[j] < where[i])]
            if timex.tense != "past":
                nearby = sorted(nearby + _clocks_moved_ahead(timexes, fixed, where, i),
                                key=lambda t: t.start)
            fixed[i] = clock_on_nearby_day(timex, scene, doc_text(doc), nearby)
            if same_day(fixed[i], timex):
                fixed[i] = clock_on_coming_scene(timexes, i, [timexes[j] for j in near], doc,
                                                 published)
    fixed = _anchored_parts_follow_their_day(timexes, fixed)
    # a clock moved here lends its day to the one right after it: "11:28 a.m. (18:28 UTC)"
    fixed = weekday_after_its_date(_weekday_repeats_its_date(fixed), doc_text(doc))
    fixed = holiday_apposed_to_its_day(fixed, doc_text(doc))
    return clock_on_earlier_day(fixed, doc_text(doc), published)


def _clocks_moved_ahead(timexes: list[Timex], fixed: list[Timex], where: list[int],
                        i: int) -> list[Timex]:
    """Bare clocks before clock ``i``, in its sentence or the one before, already put on a
    coming day: "The race starts on Sunday. It starts at 8 a.m. ... The bridges will reopen
    by 2 p.m." is Sunday's timetable, the 8 a.m. carrying Sunday on (event blind round 18)."""
    return [fixed[j] for j in range(i)
            if where[i] - 1 <= where[j] <= where[i] and is_bare_clock(timexes[j])
            and fixed[j].value[:10] > timexes[j].value[:10]]


#: Rules of a part of the day counted from the date before it ("the previous night").
_ANCHORED_PART_RULES = ("rel-anchored-part",)


def _anchored_parts_follow_their_day(before: list[Timex], after: list[Timex]) -> list[Timex]:
    """Move "the previous night" with the day it was counted from when that day moved here.

    "The game, which tipped off at 8:30 p.m., ... Denver, which had won the previous night":
    the night was counted from the clock while the clock still sat on the publication day;
    once the clock is put on the game's day (Christmas), the night before moves with it.
    """
    fixed = list(after)
    for i, timex in enumerate(before):
        if timex.rule not in _ANCHORED_PART_RULES or "T" not in timex.value:
            continue
        day = next((j for j in range(i - 1, -1, -1) if names_day(before[j])), None)
        if day is None or same_day(before[day], after[day]):
            continue
        moved = (dt.date.fromisoformat(after[day].value[:10])
                 - dt.date.fromisoformat(before[day].value[:10]))
        value = (dt.date.fromisoformat(timex.value[:10]) + moved).isoformat() + timex.value[10:]
        fixed[i] = dataclasses.replace(timex, value=value, range=value_range(value))
    return fixed




def _background_before(doc, day: Timex, earlier_sentence: bool) -> bool:
    """True for a day of the sentence before told in the past perfect: "3.9 million passengers
    had travelled on Sunday, a record" (round 55) is background to the story's Monday, so the
    bare clocks of the next sentence ("closed the square from 6:00 am") are not Sunday's."""
    return earlier_sentence and in_past_perfect(doc, day.start, day.end)


def _night_before(part: Timex, doc) -> Timex:
    """A night told in the past perfect: the one before the day it was put on.

    "The rocket lifted off on Wednesday. Engineers had worked through the night": the work
    was done before the launch, so the night is Tuesday's (TimeML dates a night by the
    evening it starts on).
    """
    if not part.value.endswith("TNI") or not in_past_perfect(doc, part.start, part.end):
        return part
    day = (dt.date.fromisoformat(part.value[:10]) - dt.timedelta(days=1)).isoformat()
    value = day + "TNI"
    return dataclasses.replace(part, value=value, range=value_range(value))


#: Parts of the day that come after the night before them: "Storms on Tuesday night grounded
#: planes, and delays averaged 45 minutes by late afternoon" is Wednesday afternoon.
_DAYTIME = ("TMO", "TMI", "TAF", "TDT")


def _daytime_after_night(part: Timex, before: Timex) -> Timex:
    """A daytime part told in the past right after a night of the same date: the next day's.

    A part of the day counts from the last day mentioned; when that is a night (TimeML dates a
    night by the evening it starts on), a morning or afternoon that follows in the same
    sentence, in the past, is the morning after.
    """
    if (part.tense != "past" or not before.value.endswith("TNI")
            or before.value[:10] != part.value[:10]
            or not part.value.endswith(_DAYTIME)):
        return part
    day = (dt.date.fromisoformat(part.value[:10]) + dt.timedelta(days=1)).isoformat()
    value = day + part.value[10:]
    return dataclasses.replace(part, value=value, range=value_range(value))


def _weekday_repeats_its_date(timexes: list[Timex]) -> list[Timex]:
    """Give a weekday named again the date it had the first time.

    "Harwick play Redmoor on Tuesday. ... 'We go again on Tuesday night,' Doyle said": a
    story means one Tuesday, and its first mention, in the reporter's own clause, is the
    surer reading; the quote's present tense would pick last Tuesday. A weekday whose own
    clause is in the past or the future ("met on Saturday night", "Saturday's trip will ..."),
    or with its own direction ("last Tuesday"), keeps its date.
    """
    first: dict[int, Timex] = {}
    fixed = list(timexes)
    for i, timex in enumerate(timexes):
        if (timex.rule not in WEEKDAY_RULES or not names_day(timex)
                or OWN_DIRECTION.search(timex.text)):
            continue
        if timex.tense in ("past", "future"):  # its own clause says which way it lies
            first.setdefault(dt.date.fromisoformat(timex.value[:10]).isoweekday(), timex)
            continue
        weekday = dt.date.fromisoformat(timex.value[:10]).isoweekday()
        earlier = first.setdefault(weekday, timex)
        if earlier is not timex and earlier.value[:10] != timex.value[:10]:
            fixed[i] = clock_on(timex, earlier) if "T" in timex.value else dataclasses.replace(
                timex, value=earlier.value[:10], range=earlier.range)
            # the clocks written right before it on its day go with it: "at 2:00 pm (1200
            # GMT) on Saturday" (round 40)
            for k in range(i - 1, max(-1, i - 3), -1):
                if not (is_bare_clock(fixed[k]) and fixed[k].value[:10] == timex.value[:10]):
                    break
                fixed[k] = clock_on(fixed[k], earlier)
    return fixed


#: A "since" phrase running up to a date with no break: "since Jan. 6", "since losing to
#: Mount Alder on Jan. 6".
_SINCE_PHRASE = cue_pattern("since-phrase-before-date")


def _after_since(text: str, timex: Timex) -> bool:
    """True for a date in a "since" phrase, which measures from it without making it a scene:
    "had won 24 straight games since losing to Mount Alder on Jan. 6. The game ... started at
    9:12 p.m." is the story's game, not a January one."""
    return _SINCE_PHRASE.search(text, max(0, timex.start - 48), timex.start) is not None


#: Day words a quote says of the day it was spoken: "today", "this day", "tonight".
_SPOKEN_DAY_RULES = ("rel-today", "rel-this-day", "rel-tonight")


def _quoted_today_of_yesterday(timexes: list[Timex], i: int, scene: Timex | None, text: str,
                               published: dt.date) -> bool:
    """True for a "today" spoken in a quote of a story about the day before its date.

    A morning paper dated Monday reports Sunday's round ("shot a 68 Sunday"), and the winner's
    "Today I felt like I was 25 again," said after the round, was spoken on Sunday. Only a
    "today" inside quotation marks moves, only while the story's day is the day before
    publication, and not when its paragraph names the publication day ("said today"). "This
    day" and "tonight" move alike: a trainer's "We'll enjoy it tonight" after Saturday's race,
    in Sunday's paper, is Saturday night.
    """
    timex = timexes[i]
    # "tomorrow" and "yesterday" share the rule of "today" but count from the day they are
    # read on: a GP's quoted "Every patient I see tomorrow" is not the day of the scene (round 53)
    if (timex.rule not in _SPOKEN_DAY_RULES or scene is None
            or scene.value[:10] != (published - dt.timedelta(days=1)).isoformat()
            or timex.value[:10] != published.isoformat()):
        return False
    start = text.rfind("\n", 0, timex.start) + 1
    end = text.find("\n", timex.end)
    end = len(text) if end < 0 else end
    today = published.isoformat()
    # the quote's other day words ("this day ... tonight") are spoken too, not the narrator's
    return _quoted(text[start:timex.start]) and not any(
        start <= t.start < end and j != i and t.value.startswith(today)
        and not _quoted(text[start:t.start]) for j, t in enumerate(timexes))


def _quoted(before: str) -> bool:
    """True when the paragraph text ``before`` a word leaves a quotation open."""
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _iso_week(day: dt.date) -> str:
    """``2008-W41`` for a day of that ISO week."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _next_scene(scene: Timex | None, timex: Timex, published: dt.date) -> Timex | None:
    """The story's day after ``timex``: the first "today", "yesterday" or weekday naming a
    day of the week up to publication, until a later mention of today or of this week
    brings the text to the present (the scene is then the publication day itself)."""
    today = published.isoformat()
    if timex.rule in LAST_DAY_RULES and names_day(timex):
        back = (published - dt.date.fromisoformat(timex.value[:10])).days
        if scene is None and 0 <= back <= SCENE_REACH_DAYS:
            return timex
        if timex.value[:10] == today:
            return timex
    elif (timex.value.startswith(_iso_week(published))  # "later this week", "this weekend"
          and not _EARLIER.match(timex.text)):
        return dataclasses.replace(timex, value=today)
    return scene
