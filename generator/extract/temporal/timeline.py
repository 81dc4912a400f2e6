"""A clock timeline told of a happening dated, among other days, in the sentence before.

"The death toll from the earthquake and tsunamis that swept the Indian Ocean on Sunday passed
22,000 on Monday ... The magnitude 9.0 quake struck ... at 7:58 am local time (0058 GMT)"
(round 49, Monday's story): "The quake" echoes "the earthquake" of the phrase that holds
"Sunday", so its clocks are Sunday's, not the story's Monday that :mod:`sceneclock` took as the
last day named. The past bare clocks of the sentences that follow, each naming no day and
telling only clocks still on the story's day ("In Thailand, the sea rose ... around 10:00 am
(0300 GMT)"), go on with the timeline; a clock with a day of its own ends it ("at 3:14 pm
Hawaii time on Christmas Day"). The echo is the clock sentence's subject, a noun with "the"
whose word ends the earlier noun's ("quake" in "earthquake"), and the day is the only one in
the argument of a verb (subject, object, phrase) holding that noun. Nothing here imports
spaCy: it reads the parse of a ``Doc``.
"""

from __future__ import annotations

from generator.extract.hits import Timex
from generator.extract.temporal.clockday import clock_layout, clock_on, is_bare_clock
from generator.extract.temporal.happening import definite_subject

__all__ = ["clocks_of_a_happening_among_days"]

#: The shortest noun an echo may end ("quake" in "earthquake"; not "ax" in "tax").
_MIN_ECHO = 4


def clocks_of_a_happening_among_days(timexes: list[Timex], doc) -> list[Timex]:
    """Move a past timeline of clocks onto the day of the happening its first subject echoes."""
    if not any(is_bare_clock(t) and t.tense == "past" for t in timexes):
        return timexes
    sents, where, days = clock_layout(timexes, doc)
    fixed = list(timexes)
    i = 0
    while i < len(timexes):
        clock, here = timexes[i], where[i]
        if (not is_bare_clock(clock) or clock.tense != "past" or here == 0
                or any(where[j] == here for j in days)):
            i += 1
            continue
        before = [j for j in days if where[j] == here - 1 and timexes[j].tense == "past"]
        day = _day_of_echoed_happening(sents[here], sents[here - 1],
                                       [timexes[j] for j in before]) if len(before) > 1 else None
        if day is None or day.value[:10] == clock.value[:10]:
            i += 1
            continue
        story_day = clock.value[:10]
        i = _follow(fixed, timexes, where, days, i, day, story_day)
    return fixed


def _follow(fixed: list[Timex], timexes: list[Timex], where: list[int], days: list[int],
            i: int, day: Timex, story_day: str) -> int:
    """Move the clocks from ``i`` on, sentence by sentence, while the timeline lasts; returns
    the index of the first timex left alone.

    A sentence goes on with it when it lies at most two on, names no day from the happening's
    on (a day before it, "tourists who had come for the Christmas holidays", is background) and
    tells only clocks still on the story's day, if any, none of them ahead (a bracketed "(0245
    GMT)" may read as present)."""
    sentence = where[i]
    k = i
    while k < len(timexes):
        if where[k] != sentence:
            if where[k] > sentence + 2:
                return k
            sentence = where[k]
            own = [j for j in range(len(timexes)) if where[j] == sentence]
            if any(j in days and timexes[j].value[:10] >= day.value[:10] for j in own) or any(
                    "T" in timexes[j].value and timexes[j].type == "TIME"
                    and not (is_bare_clock(timexes[j]) and timexes[j].tense != "future"
                             and timexes[j].value[:10] == story_day) for j in own):
                return k
        t = timexes[k]
        if is_bare_clock(t) and t.value[:10] == story_day:
            fixed[k] = clock_on(t, day)
        k += 1
    return k


def _day_of_echoed_happening(sent, earlier, days: list[Timex]) -> Timex | None:
    """The one day in the verb's argument of ``earlier`` whose noun the subject of ``sent``
    echoes, else None."""
    subject = definite_subject(sent)
    if subject is None or len(subject.lower_) < _MIN_ECHO:
        return None
    word = subject.lemma_.lower()
    for token in earlier:
        if token.pos_ != "NOUN" or not token.lemma_.lower().endswith(word):
            continue
        argument = token
        while argument.head.i != argument.i and argument.head.pos_ not in ("VERB", "AUX"):
            argument = argument.head
        if argument.head.i == argument.i:
            continue
        first = argument.left_edge.idx
        last = argument.right_edge.idx + len(argument.right_edge)
        inside = [d for d in days if first <= d.start and d.end <= last]
        if len(inside) == 1:
            return inside[0]
    return None
