"""Merging, round 43: a coming happening told at a month or a week and, in the very next
sentence, by a definite noun whose verb only places it in time, at a day inside it
("Dockworkers ... will walk out for 72 hours next week ... *The stoppage starts* at 6am on
Monday"; "will reopen its mine next month ... said *the first shift* would go underground on
May 17"; "The marathon will return next October. ... said that *the 2027 race would be held*
on October 3"): one happening, the later sentence giving its day. Only when each sentence
has that one date in the span: two dates inside it make a timetable."""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.events.merge import Candidate
from generator.extract.events.rules import EventRules
from generator.extract.events.subjects import find_subject

#: Granularities of a coarse date whose days a retelling may give.
COARSE = ("month", "week")


def timetable_subject(verb, rules: EventRules) -> bool:
    """Whether the verb's subject is a definite noun and the verb only places it in time
    (``rules.timetable_verbs``: "*The stoppage starts*", "*the race would be held*"), or
    the noun is a "first" one ("*the first shift* would go underground") and the verb does not
    move it ("*The first derby* has been moved to Sunday": the move is told)."""
    subject = find_subject(verb)
    if subject is None or not any(c.dep_ == "det" and c.lower_ == "the"
                                  for c in subject.children):
        return False
    lemma = verb.lemma_.lower()
    return lemma in rules.timetable_verbs or lemma not in rules.moving_verbs \
        and any(c.dep_ == "amod" and c.lower_ == "first" for c in subject.children)


def finer_next(candidates: Sequence[Candidate]) -> dict[int, Candidate]:
    """Per later candidate (by ``id``), the earlier one it retells at a finer date."""
    follows: dict[int, Candidate] = {}
    body = [c for c in candidates if not c.headline and c.event.when.range is not None]
    for later in body:
        if not later.tells_time or later.event.status == "happened" \
                or later.previous_sentence < 0:
            continue
        earlier = [c for c in body if c.sentence == later.previous_sentence
                   and c.event.status != "happened" and holds_finer(c, later)]
        if len(earlier) != 1 or earlier[0].event.when.range.granularity not in COARSE:
            continue
        coarse = earlier[0]
        inside = [c for c in body if c.sentence == later.sentence and holds_finer(coarse, c)]
        if inside == [later]:
            follows[id(later)] = coarse
    return follows


def holds_finer(coarse: Candidate, fine: Candidate) -> bool:
    """Whether ``fine``'s date lies inside ``coarse``'s, at a finer granularity."""
    outer, inner = coarse.event.when.range, fine.event.when.range
    return outer is not None and inner is not None \
        and outer.granularity != inner.granularity \
        and outer.start <= inner.start and inner.end <= outer.end
