"""A bare weekday after the same weekday written with its date: that date (round 46).

"Thursday 24 March is also Purim, and the congregation will read the Book of Esther on
Wednesday evening ... and again on Thursday morning" (told on Thursday, March 17): the story
has just named which Thursday it means, so the bare "Thursday morning" is March 24, not the
publication day the tense alone would pick. Only a weekday with no direction of its own ("last
Thursday", "next Thursday" keep theirs), in the same paragraph as the dated one and after it,
moves. A holiday set off after a day falling on its date is that day: "children who went
trick-or-treating on Monday, Halloween" (round 45, Nov. 4, 2011) is Monday's Halloween, 2011,
not the year written earlier in the sentence ("In 2006, ... clocks went back on Oct. 29"),
and a weekday right after "<holiday> on" that the holiday falls on is its day ("deliveries for
Valentine's Day on Monday", round 55). Nothing here imports spaCy: it reads timexes and the text.
"""

from __future__ import annotations

import dataclasses

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import day_of, value_range
from generator.extract.temporal.cues import cue_pattern

__all__ = ["OWN_DIRECTION", "WEEKDAY_RULES", "holiday_apposed_to_its_day", "weekday_after_its_date"]

#: A weekday written with its date: "Thursday 24 March", "Monday, June 4".
_DATED = cue_pattern("weekday-with-its-date")
#: Rules of a bare weekday, alone or with its part of the day ("on Thursday", "Thursday
#: morning"); also read by storyday and comingscene.
WEEKDAY_RULES = ("rel-weekday", "time-day-part")
#: Words that give a weekday its own direction: "last Tuesday" is not "Tuesday".
OWN_DIRECTION = cue_pattern("weekday-own-direction")


def weekday_after_its_date(timexes: list[Timex], text: str) -> list[Timex]:
    """Give a bare weekday the date of the same weekday written with it earlier in its
    paragraph."""
    fixed = list(timexes)
    dated: list[Timex] = []
    for i, timex in enumerate(timexes):
        if timex.type == "DATE" and len(timex.value) == 10 and _DATED.match(timex.text):
            dated.append(timex)
            continue
        if (timex.rule not in WEEKDAY_RULES or len(timex.value) < 10 or timex.value[4] != "-"
                or OWN_DIRECTION.search(timex.text)):
            continue
        day = day_of(timex.value)
        if day is None:
            continue
        same = [d for d in dated if day_of(d.value) is not None
                and day_of(d.value).isoweekday() == day.isoweekday()
                and "\n" not in text[d.end:timex.start]]
        if not same or same[-1].value == timex.value[:10]:
            continue
        value = same[-1].value + timex.value[10:]
        fixed[i] = dataclasses.replace(timex, value=value, range=value_range(value))
    return fixed


#: Rules of a named holiday.
_HOLIDAY_RULES = ("date-holiday", "date-movable-holiday")


def holiday_apposed_to_its_day(timexes: list[Timex], text: str) -> list[Timex]:
    """Give a holiday right after ", " the date of the day before it when it falls on it."""
    fixed = list(timexes)
    for i in range(1, len(timexes)):
        day, holiday = fixed[i - 1], timexes[i]
        if (holiday.rule in _HOLIDAY_RULES and day.type == "DATE" and len(day.value) == 10
                and len(holiday.value) == 10 and text[day.end:holiday.start] == ", "
                and day.value[4:] == holiday.value[4:] and day.value != holiday.value):
            fixed[i] = dataclasses.replace(holiday, value=day.value, range=day.range)
        # and a bare weekday right after "<holiday> on" that the holiday falls on is its day:
        # "deliveries for Valentine's Day on Monday" (round 55, told on a Wednesday)
        holiday, weekday = fixed[i - 1], timexes[i]
        if (holiday.rule in _HOLIDAY_RULES and weekday.rule in WEEKDAY_RULES
                and weekday.type == "DATE" and text[holiday.end:weekday.start] == " on "
                and not OWN_DIRECTION.search(weekday.text)
                and (feast := day_of(holiday.value)) is not None
                and (named := day_of(weekday.value)) is not None
                and feast.isoweekday() == named.isoweekday() and feast != named):
            fixed[i] = dataclasses.replace(weekday, value=holiday.value[:10],
                                           range=value_range(holiday.value[:10]))
    return fixed
