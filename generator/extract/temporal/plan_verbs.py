"""Plans and timetables a verb tells of, for :mod:`generator.extract.temporal.tense`.

An infinitive of a plan ("is set to begin", "plans to sell", "is to be held") and what a plan
is "to have done" lie ahead, unless the plan is told as superseded ("was first scheduled to
launch in March") or gone by; a timetable verb in the simple present or its passive ("the
offer expires Friday", "a ruling is expected on Friday", "the data are due Thursday") tells
of a schedule. Split out of :mod:`tense` (which walks the clause and reads the verb's
tense) to keep it under 400 lines. Never imports spaCy: it only walks token attributes.
"""

from __future__ import annotations

from generator.extract.temporal.ahead import base_form_present
from generator.extract.temporal.booked import booked_subject, due
from generator.extract.temporal.coming import carried_on
from generator.extract.temporal.perfect import past_perfect
from generator.extract.temporal.sidelong import agreed_at_meeting, performed_by_past_act
from generator.extract.temporal.tense_words import (
    FUTURE_GOVERNORS,
    IMPLICATIVE_GOVERNORS,
    LEMMA_SLIPS,
    PLANNED_PASSIVES,
    SCHEDULE_VERBS,
    SUPERSEDED_WORDS,
)

__all__ = ["had_done_as_planned", "planned", "scheduled"]


def had_done_as_planned(participle) -> bool:
    """True for what a plan is to "have done": "aimed to have all the new adapters sent out by
    the end of June" (event round 31, told in April) -- the sending lies ahead of the aim, where
    "a paper released last month" is a participle gone by."""
    noun = participle.head
    causative = noun.head
    if noun.dep_ != "dobj" or causative.lemma_.lower() not in ("have", "get"):
        return False
    words = {c.lower_ for c in causative.children if c.dep_ in ("aux", "auxpass")}
    return planned(causative, words)


def planned(verb, aux_words: set[str]) -> bool:
    """True for infinitives of plans: "is set to begin", "plans to sell", "is to be held"."""
    if "to" not in aux_words or verb.tag_ not in ("VB", "VBN"):
        return False
    head = verb.head
    lemma = LEMMA_SLIPS.get(head.lower_, head.lemma_.lower())
    # "had been due to lift off on Monday": a plan told in the past perfect has gone by
    gone_by = head.dep_ == "acomp" and past_perfect(head.head)
    # "forced it to shut two lines in October": a simple past of force tells a deed done
    gone_by = gone_by or (lemma in IMPLICATIVE_GOVERNORS and head.tag_ == "VBD")
    gone_by = gone_by or carried_on(head)  # "went on to earn a nomination in January"
    # "voted to authorize a strike in June", "agreed to buy Dunmore in January"
    gone_by = gone_by or performed_by_past_act(head, verb) or agreed_at_meeting(head, verb)
    return (head.i != verb.i and lemma in FUTURE_GOVERNORS and not _superseded(head)
            and not gone_by)


def _superseded(governor) -> bool:
    """True for a plan told in the past as the first of several: "the mission, which was first
    scheduled to launch in March" (now delayed to October) had its date before the new one, so
    the date follows the past tense of "was", as "was originally scheduled for March" does;
    so does "Britain was originally due to leave on March 29", whose adverb is the copula's."""
    if governor.dep_ == "acomp" and governor.head.tag_ == "VBD":
        governor = governor.head
    return governor.tag_ in ("VBD", "VBN") and any(
        child.dep_ == "advmod" and child.lower_ in SUPERSEDED_WORDS for child in governor.children)


def scheduled(verb, auxes, present: bool = False) -> bool:
    """True for a timetable verb in the simple present: "the offer expires Friday", or its
    passive: "the final poll is released Saturday", "a ruling is expected on Friday"; for
    what "is due": "the data are due Thursday"; and for a fixture told with "to be": "the
    final is on July 12"."""
    lemma = verb.lemma_.lower()
    if not auxes:
        present = present or verb.tag_ in ("VBZ", "VBP") or base_form_present(verb)
        return present and (lemma in SCHEDULE_VERBS or due(verb) or booked_subject(verb))
    return (verb.tag_ == "VBN" and lemma in SCHEDULE_VERBS | PLANNED_PASSIVES
            and all(aux.dep_ == "auxpass" and aux.lower_ in ("is", "are") for aux in auxes))
