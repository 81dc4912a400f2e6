"""A clock told of a happening the story dated a few sentences before: that happening's day.

"... after a storm with 70 mph winds tore the roof off the barn late Saturday. No one was hurt.
The storm hit shortly after 10:30 p.m." (blind round 35, Monday's story): "The storm" is the
storm told with "late Saturday", so its clock is Saturday's, though a sentence with no day
comes between and :mod:`storyday` put it on the story's Sunday. A part of the day told in the
past in the sentence right after, with no day of its own ("volunteers worked through the
night"), goes with it. Only a clock whose own sentence and the one before name no day moves,
and only when its subject repeats, with "the", a noun an earlier sentence brought in with
"a"/"an" beside a day ("a storm"). A clock of a happening told before with a weekday's
possessive ("Monday's state funeral ... The funeral begins at 11am", round 61) is that day's,
whatever its tense and the days named between. Nothing here imports spaCy: it reads the parse
of a ``Doc``.
"""

from __future__ import annotations

import dataclasses

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.clockday import clock_layout, clock_on, is_bare_clock
from generator.extract.temporal.datedweekday import WEEKDAY_RULES

__all__ = ["clock_of_a_happening_dated_by_its_day", "clock_of_a_happening_told_before",
           "definite_subject"]

#: How many sentences back the happening may have been dated.
_SENTENCES_BACK = 3
#: Rules of a part of the day told without its day ("through the night").
_PART_RULES = ("time-the-part",)
#: What makes a weekday a possessive: "Monday's state funeral".
_POSSESSIVE = ("'s", "\u2019s")


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


def clock_of_a_happening_dated_by_its_day(timexes: list[Timex], doc) -> list[Timex]:
    """Move a bare clock whose subject is a happening told before with its weekday's
    possessive onto that day, and the bare clocks after it on its old day, until a day is named.

    "... lie in state until Monday's state funeral ... books of condolence that will stay out
    until Tuesday. The funeral at Westminster Abbey begins at 11am, and the nation will fall
    silent ... shortly before noon. A committal service follows ... at 4pm" (round 61, told on
    the Wednesday before): "The funeral" is Monday's, so its clocks are Monday's, not the
    Tuesday the sentence before named. Only a clock whose own sentence names no day moves, and
    only when its subject, with "the", is the noun a weekday's possessive was joined to.
    """
    if not any(is_bare_clock(t) for t in timexes):
        return timexes
    owned = _days_by_possessed_noun(timexes, doc)
    if not owned:
        return timexes
    sents, where, day_list = clock_layout(timexes, doc)
    days, dated = set(day_list), {where[j] for j in day_list}
    fixed, i = list(timexes), 0
    while i < len(timexes):
        clock = timexes[i]
        subject = (definite_subject(sents[where[i]]) if is_bare_clock(clock)
                   and where[i] not in dated else None)
        day = owned.get(subject.lemma_.lower()) if subject is not None else None
        if day is None or day.start > clock.start or day.value[:10] == clock.value[:10]:
            i += 1
            continue
        old = clock.value[:10]
        while i < len(timexes) and i not in days:
            if is_bare_clock(timexes[i]) and timexes[i].value[:10] == old:
                fixed[i] = clock_on(timexes[i], day)
            i += 1
    return fixed


def _days_by_possessed_noun(timexes: list[Timex], doc) -> dict[str, Timex]:
    """The first weekday told as a possessive ("Monday's state funeral"), by the lemma of the
    noun it is joined to."""
    owned: dict[str, Timex] = {}
    text = doc.text
    for t in timexes:
        if (t.type != "DATE" or t.rule not in WEEKDAY_RULES or len(t.value) != len("2022-09-19")
                or text[t.end:t.end + 2] not in _POSSESSIVE):
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and span[-1].dep_ == "poss" and span[-1].head.pos_ == "NOUN":
            owned.setdefault(span[-1].head.lemma_.lower(), t)
    return owned
