"""A date moved to or from in reported speech: "said it had pushed back the return to October 18
from September".

Reported speech shifts the tense back: the company's own words were "we have pushed back the
return to October 18 from September", a present perfect, and both dates are targets (the new
one and the one given up), so they are the nearest occurrences, not the latest ones the past
tense would pick. A past perfect outside reported speech keeps its past reading ("had delayed
the vote to March" may tell of a March gone by). Nothing here imports spaCy: it only walks token
attributes of a ``Doc`` it is given.

A year-less date a plan is put back to lies after the date the plan had before, told just
before it: "Resurfacing work that had been due to start this month has been put back to the
spring" (November 2026, events round 38: 2027-SP, not the nearest spring gone by); "Britain was
first meant to leave on March 29. That deadline was pushed back to April 12" (round 38, told in
October 2019: 2019-04-12, not the coming April). The phrases are temporal.yaml's
``put_back_phrases``. The old date of a plan brought forward lies after its new one ("forward to
April 22 from May 6", round 40). The other cue words are data: ``generator/rules/
temporal_context.yaml`` (``module: moved``).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.cues import cue_pattern, cue_words
from generator.extract.temporal.governor import date_preposition
from generator.extract.temporal.perfect import past_perfect
from generator.extract.temporal.tense_words import DEADLINE_VERBS, SAYING_VERBS

__all__ = ["moved_in_reported_speech", "put_back_after_its_old_date"]

#: Prepositions of the new date and of the one given up.
_MOVE_WORDS = frozenset(cue_words("move-prepositions", "preposition"))


def moved_in_reported_speech(doc, start: int, end: int) -> bool:
    """True for a date after to/from a verb of rescheduling in a past perfect reported clause.

    Args:
        doc: the parsed spaCy ``Doc``.
        start: first character of the date in ``doc.text``.
        end: character after the date.
    """
    prep = date_preposition(doc, start, end)
    if prep is None or prep.lower_ not in _MOVE_WORDS or prep.head.i == prep.i:
        return False
    verb = prep.head
    return (verb.lemma_.lower() in DEADLINE_VERBS and verb.tag_ == "VBN"
            and past_perfect(verb) and _reported(verb))


def _reported(verb) -> bool:
    """True for a clause reported by a verb of saying ("said it had pushed back")."""
    head = verb.head
    return (verb.dep_ == "ccomp" and head.i != verb.i
            and head.lemma_.lower() in SAYING_VERBS)


#: A value with a year and a part of it: "2026-SP", "2020-04-12", "2019-09".
_YEAR_PART = re.compile(r"(\d{4})(-[0-9A-Z-]+)?$")
#: Words of a date that names its own year or counts from today ("next spring", "May 2027").
_OWN_YEAR = cue_pattern("own-year-words")


#: A present perfect right before the phrase: "has been pushed back to", "have postponed it to".
_PERFECT = cue_pattern("put-back-perfect")


@functools.cache
def _put_back_before() -> re.Pattern:
    """The end of the text before a date a plan is put back to ("has been put back to ")."""
    from generator.extract.temporal.ruleset import load_ruleset

    phrases = load_ruleset().lexicon.settings.get("put_back_phrases", ())
    words = "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+") for p in phrases),
                            key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\s+(?:again\s+)?(?:to|until|till)\s+$", re.IGNORECASE)


def put_back_after_its_old_date(timexes: list[Timex], doc,
                                published: dt.date | None) -> list[Timex]:
    """Put a year-less date a plan is put back to after the plan's old date, the latest date
    told before it in its sentence or the one before; a date it already follows stays. In the
    present perfect ("has been pushed back to the spring") the new date is still to come, so
    it also lies after the publication date, whatever year the old date was read in ("which
    had been due in November", events round 27's ev155)."""
    text = doc.text
    starts = [sent.start_char for sent in doc.sents]
    fixed = list(timexes)
    for i, new in enumerate(timexes):
        year = _YEAR_PART.match(new.value)
        if (year is None or new.type != "DATE" or new.range is None
                or _OWN_YEAR.search(new.text)
                or not _put_back_before().search(text, max(0, new.start - 40), new.start)):
            continue
        here = bisect.bisect_right(starts, new.start) - 1
        old = next((t for t in reversed(timexes[:i]) if t.type == "DATE"
                    and t.range is not None
                    and bisect.bisect_right(starts, t.start) - 1 >= here - 1), None)
        if old is None or old.range.start == new.range.start:
            # a plan is never put back to its own day: the old one was misread ("due to open on
            # Friday, has been postponed to December 4" read as the coming Friday, December 4,
            # events ev302), and the new date keeps its own reading
            continue
        after = old.range.start
        if published is not None and _PERFECT.search(text, max(0, new.start - 60), new.start):
            after = max(after, published)
        moved = _first_after(new, year.group(2) or "", after)
        if moved is not None and moved != new.value:
            fixed[i] = dataclasses.replace(new, value=moved, range=value_range(moved, new.mod))
    return _old_date_of_a_plan_brought_forward(fixed, text)


#: "brought forward to April 22 from May 6": the text between the new date and the old one,
#: and the end of the text before the new date.
_FROM = cue_pattern("brought-forward-from")
_FORWARD_TO = cue_pattern("brought-forward-to")


def _old_date_of_a_plan_brought_forward(timexes: list[Timex], text: str) -> list[Timex]:
    """Put the year-less old date of a plan brought forward after its new date: "brought its
    next policy review forward to April 22 from May 6" (round 40, told in March 2020) is
    2020-05-06, not the May 6 gone by."""
    fixed = list(timexes)
    for k in range(1, len(timexes)):
        new, old = fixed[k - 1], timexes[k]
        year = _YEAR_PART.match(old.value)
        if (year is None or old.type != "DATE" or new.range is None or old.range is None
                or _OWN_YEAR.search(old.text) or not _FROM.fullmatch(text[new.end:old.start])
                or not _FORWARD_TO.search(text, max(0, new.start - 20), new.start)):
            continue
        moved = _first_after(old, year.group(2) or "", new.range.start)
        if moved is not None and moved != old.value:
            fixed[k] = dataclasses.replace(old, value=moved, range=value_range(moved, old.mod))
    return fixed


def _first_after(new: Timex, part: str, old_start: dt.date) -> str | None:
    """The value of ``new``'s part of a year in the first year it starts after ``old_start``."""
    for year in (old_start.year, old_start.year + 1):
        span = value_range(f"{year}{part}", new.mod)
        if span is not None and span.start > old_start:
            return f"{year}{part}"
    return None
