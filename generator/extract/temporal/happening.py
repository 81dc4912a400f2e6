"""A clock told of a happening the story dated a few sentences before: that happening's day.

"... after a storm with 70 mph winds tore the roof off the barn late Saturday. No one was hurt.
The storm hit shortly after 10:30 p.m." (blind round 35, Monday's story): "The storm" is the
storm told with "late Saturday", so its clock is Saturday's, though a sentence with no day
comes between and :mod:`storyday` put it on the story's Sunday. A part of the day told in the
past in the sentence right after, with no day of its own ("volunteers worked through the
night"), goes with it. Only a clock whose own sentence and the one before name no day moves,
and only when its subject repeats, with "the", a noun an earlier sentence brought in with
"a"/"an" beside a day ("a storm"). Nothing here imports spaCy: it reads the parse of a ``Doc``.
"""

from __future__ import annotations

import dataclasses

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.clockday import clock_layout, clock_on, is_bare_clock

__all__ = ["clock_of_a_happening_told_before", "definite_subject"]

#: How many sentences back the happening may have been dated.
_SENTENCES_BACK = 3
#: Rules of a part of the day told without its day ("through the night").
_PART_RULES = ("time-the-part",)


def clock_of_a_happening_told_before(timexes: list[Timex], doc) -> list[Timex]:
    """Move a past clock whose subject is a happening dated shortly before onto its day."""
    if not any(is_bare_clock(t) and t.tense == "past" for t in timexes):
        return timexes
    sents, where, days = clock_layout(timexes, doc)
    fixed = list(timexes)
    for i, clock in enumerate(timexes):
        if (not is_bare_clock(clock) or clock.tense != "past"
                or any(where[i] - 1 <= where[j] <= where[i] for j in days)):
            continue
        subject = definite_subject(sents[where[i]])
        if subject is None:
            continue
        noun = subject.lemma_.lower()
        day = _day_of_happening(noun, sents, where, where[i], timexes, days)
        if day is None or day.value[:10] == fixed[i].value[:10]:
            continue
        fixed[i] = clock_on(clock, day)
        _part_after(fixed, timexes, where, i, day.value[:10], days)
    return fixed


def definite_subject(sent):
    """The sentence's subject when it is a noun with "the" ("The storm hit"), else None."""
    subject = next((t for t in sent.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ != "NOUN":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return None
    return subject


def _day_of_happening(noun: str, sents, where: list[int], here: int, timexes: list[Timex],
                      days: list[int]) -> Timex | None:
    """The day named in the latest earlier sentence that brought ``noun`` in with "a"/"an"."""
    for back in range(here - 1, max(-1, here - 1 - _SENTENCES_BACK), -1):
        brought_in = any(t.lemma_.lower() == noun and t.pos_ == "NOUN"
                         and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
                         for t in sents[back])
        if not brought_in:
            continue
        dated = [timexes[j] for j in days if where[j] == back]
        return dated[-1] if dated else None
    return None


def _part_after(fixed: list[Timex], timexes: list[Timex], where: list[int], i: int, day: str,
                days: list[int]) -> None:
    """Move in place a past part of the day in the sentence after clock ``i`` onto ``day``."""
    for k in range(i + 1, len(timexes)):
        part = timexes[k]
        if where[k] > where[i] + 1 or k in days and part.rule not in _PART_RULES:
            return
        if (part.rule in _PART_RULES and part.tense == "past" and "T" in part.value
                and where[k] == where[i] + 1
                and not any(where[j] == where[k] and j != k for j in days)):
            value = day + part.value[10:]
            fixed[k] = dataclasses.replace(part, value=value, range=value_range(value))
            return
