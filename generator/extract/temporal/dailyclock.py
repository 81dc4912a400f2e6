"""A clock told of a daily habit has no day: "closed between 7pm and 6am each night".

A bare clock takes the day its neighbours or the story give (:mod:`context`, :mod:`storyday`),
but a clock in a sentence that dates itself only by a daily set ("each night", "every evening",
"every day") tells the hour of a habit, not of one day: TimeML writes it with its day unknown,
``XXXX-XX-XXT19:00`` (round 42: "The road will be closed to city-bound traffic between 7pm
and 6am each night"; round 44: "finals are held between 19:00 and 21:00 local time each
evening, between 09:00 and 11:00 in Britain, ... at noon", "keeps them open until 9 p.m. every
night"). A sentence that names a day of its own keeps its clocks on it. Nothing here imports
spaCy: it reads timexes and the sentence starts of a ``Doc`` it is given.
"""

from __future__ import annotations

import dataclasses
import re

from generator.extract.hits import Timex

__all__ = ["clocks_of_a_daily_habit"]

#: A set of one part of every day ("each night"), or every day itself.
_DAILY = re.compile(r"XXXX-XX-XXT(?:MO|AF|EV|NI)$|P1D$")
#: The words of a daily set that are a habit's, not a rate's ("a day" after an amount is not).
_DAILY_WORDS = re.compile(r"(?:every|each)\s+(?:day|morning|afternoon|evening|night)$|daily$",
                          re.IGNORECASE)
#: A bare clock on a known day: "2000-09-16T19:00", with or without its zone.
_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
_CLOCK_RULES = ("time-clock", "time-noon")


def clocks_of_a_daily_habit(timexes: list[Timex], doc) -> list[Timex]:
    """Write the bare clocks of a sentence dated only by a daily set with no day."""
    starts = sorted(sent.start_char for sent in doc.sents)
    fixed = list(timexes)
    by_sentence: dict[int, list[int]] = {}
    for i, timex in enumerate(timexes):
        by_sentence.setdefault(_sentence_of(starts, timex.start), []).append(i)
    for members in by_sentence.values():
        told = [timexes[i] for i in members]
        if not any(t.type == "SET" and _DAILY.match(t.value) and _DAILY_WORDS.search(t.text)
                   for t in told):
            continue
        if any(t.type == "DATE" and t.range is not None for t in told):
            continue  # "on Monday, and each night after": the day's
        for i in members:
            clock = timexes[i]
            if clock.rule in _CLOCK_RULES and _CLOCK.match(clock.value):
                fixed[i] = dataclasses.replace(clock, value="XXXX-XX-XX" + clock.value[10:],
                                               range=None)
    return fixed


def _sentence_of(starts: list[int], char: int) -> int:
    """Start of the sentence holding ``char``."""
    found = 0
    for start in starts:
        if start > char:
            break
        found = start
    return found
