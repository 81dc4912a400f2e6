"""Merging, round 49: a coming happening told at a coarse date and then, in a later clause of
its sentence or in the sentence after, by an act that fixes its day ("The lower house will take
up the Senate's version next week, and the speaker *has scheduled* the vote *for March 24*";
"City council will debate the dispute next week, and the mayor *has put* it on the agenda *for
December 10*"; "The fourth stage could start next month. Its director later *put* the likeliest
date *at August 16*"; round 46's "The final vote is scheduled for early December. The speaker's
office *has pencilled in December 9* for it"): one happening, the act giving its day. An act's
own date ("*on Saturday* set Wednesday as the new target") is the act's, a happening of its own.

And a coming happening told again in the sentence after by its verb with a pronoun subject at a
day inside its date ("The upper galleries will open next month. Director Callum Reid confirmed
on Monday that *they would open* on July 18", round 49): the pronoun stands for its subject.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.events.merge import Candidate
from generator.extract.events.retold import holds_finer
from generator.extract.events.rules import EventRules
from generator.extract.events.subjects import find_subject

#: Prepositions that give the day an act fixes ("for March 24", "at August 16").
FIXED_DAY_PREPOSITIONS = ("for", "at", "in")


def scheduling_act(verb, timex, rules: EventRules) -> bool:
    """Whether an active verb of ``rules.scheduling_acts`` with a subject and an object of its
    own (or the day after "in"), and no particle but "in", has for date the day it fixes: its
    object ("has set *Monday, January 18*, for the start of selection") or a date after
    ``FIXED_DAY_PREPOSITIONS`` on it or on its object ("put it on the agenda *for December
    10*")."""
    if verb.lemma_.lower() not in rules.scheduling_acts \
            or any(c.dep_ == "auxpass" for c in verb.children) \
            or not any(c.dep_ == "nsubj" for c in verb.children) \
            or any(c.dep_ == "prt" and c.lower_ != "in" for c in verb.children):
        return False  # "The elite women will *set off* at 8:40 a.m.": no act fixing a day
    span = verb.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    date = span.root
    children = list(verb.children)
    if date.head.i == verb.i and (date.dep_ == "dobj" or date.dep_ == "npadvmod" and not any(
            c.dep_ == "dobj" for c in children) and any(
            c.dep_ == "prep" and c.lower_ == "for" for c in children)):
        return True  # "has set *Monday, January 18*, for the start of selection"
    if not any(c.dep_ == "dobj" for c in children) and not (
            date.dep_ == "pobj" and date.head.lower_ == "in" and date.head.head.i == verb.i):
        return False  # what it fixes: "scheduled *the vote*", "pencilled *in* December 9"
    prep = date.head
    if date.dep_ != "pobj" or prep.lower_ not in FIXED_DAY_PREPOSITIONS:
        return False
    owner = prep.head
    return owner.i == verb.i or owner.head.i == verb.i and owner.dep_ in ("dobj", "pobj") \
        or owner.dep_ == "pobj" and owner.head.head.i == verb.i  # "on the agenda for"


def scheduled_next(candidates: Sequence[Candidate]) -> dict[int, Candidate]:
    """Per scheduling act (by ``id``), the one coming happening told before it in its sentence
    or in the sentence before at a coarser date holding the act's day; per retelling by a
    pronoun, the one happening of its verb the sentence before told at a coarser date."""
    follows: dict[int, Candidate] = {}
    body = [c for c in candidates if not c.headline and c.event.when.range is not None]
    for act in body:
        if not act.schedules:
            continue
        earlier = [c for c in body if not c.schedules and c.event.status != "happened"
                   and (c.sentence == act.sentence and c.event.when.start < act.event.when.start
                        or c.sentence == act.previous_sentence >= 0)
                   and (holds_finer(c, act) or within_value(c, act))]
        if len(earlier) == 1:
            follows[id(act)] = earlier[0]
    for later in body:  # round 52: "Upper Tolby should be back on the grid early next week;
        # ... crews hoped to finish *there* on Tuesday afternoon"
        if not later.told_there or later.event.status == "happened":
            continue
        earlier = [c for c in body if c.keys and c.event.status != "happened"
                   and (c.sentence == later.sentence and c.event.when.start < later.event.when.start
                        or c.sentence == later.previous_sentence >= 0)
                   and (holds_finer(c, later) or within_value(c, later))]
        if len(earlier) == 1:
            follows[id(later)] = earlier[0]
    for later in body:
        if not later.told_by_pronoun or later.event.status == "happened":
            continue
        earlier = [c for c in body if c.sentence == later.previous_sentence >= 0
                   and c.lemma == later.lemma and c.event.status != "happened"
                   and (holds_finer(c, later) or within_value(c, later))]
        if len(earlier) == 1:
            follows[id(later)] = earlier[0]
    return follows


def done_there(verb) -> bool:
    """Whether the verb, or the infinitive it governs, happens "there" ("crews hoped to finish
    *there* on Tuesday afternoon", round 52): the place of a happening told just before."""
    return any(c.dep_ == "advmod" and c.lower_ == "there"
               for v in (verb, *(c for c in verb.children if c.dep_ == "xcomp"))
               for c in v.children)


def pronoun_subject(verb) -> bool:
    """Whether the verb's subject is a bare "they" or "it"."""
    subject = find_subject(verb)
    return subject is not None and subject.lower_ in ("they", "it")


def within_value(coarse: Candidate, fine: Candidate) -> bool:
    """Whether ``fine``'s value is a day of ``coarse``'s month ("2027-08-16" in "2027-08"),
    whatever part of the month the range of a "start next month" keeps."""
    return fine.event.when.value.startswith(f"{coarse.event.when.value}-")
