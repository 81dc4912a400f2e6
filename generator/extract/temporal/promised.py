"""Dates a verb of promise or deadline puts ahead, whatever its tense (split from :mod:`tense`).

"has promised new software by spring", "gave the company until Friday": the promise or the
limit may be told in the past, the date it names still lies ahead of it -- unless a past
perfect says it went by ("had promised it by March"). Never imports spaCy.
"""

from __future__ import annotations

from generator.extract.temporal.governor import date_preposition
from generator.extract.temporal.perfect import past_perfect
from generator.extract.temporal.ruleset import setting_words
from generator.extract.temporal.tense_words import (
    DEADLINE_VERBS,
    DEADLINE_WORDS,
    FORECAST_VERBS,
    LEMMA_SLIPS,
    SUPERSEDED_WORDS,
)

__all__ = ["asked_for", "deadline_named", "deadline_set", "promised_by"]

#: Verbs of asking "for" a thing: the thing asked for comes after the asking.
_ASKING_VERBS = {"ask", "call", "press", "push", "lobby", "campaign", "clamour", "appeal"}


def deadline_set(token) -> bool:
    """True for the limit or new date a verb sets: "gave the company until Friday".

    Told in the past perfect ("had given them until March"), the date may well have passed;
    so has a new date told in the past as the first of several ("EU leaders first moved the
    date to April 12, then ... to Oct. 31", told in October: the April 12 gone by).
    """
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in DEADLINE_WORDS or prep.head.i == prep.i:
        return False
    verb = _verb_of_particle(prep.head)
    if verb.dep_ in ("advcl", "xcomp") and verb.lemma_.lower() not in DEADLINE_VERBS:
        verb = verb.head  # the parser may hang "until" on the infinitive: "gave X until May to pay"
    return (verb.pos_ == "VERB" and verb.lemma_.lower() in DEADLINE_VERBS
            and not past_perfect(verb) and not _first_of_several(verb))


def _first_of_several(verb) -> bool:
    """True for a simple past told as the first of several: "first moved the date to"."""
    return verb.tag_ == "VBD" and any(
        child.dep_ == "advmod" and child.lower_ in SUPERSEDED_WORDS for child in verb.children)


def _verb_of_particle(token):
    """The verb a particle or adverb belongs to, else ``token`` itself: the parser hangs "to"
    on "back" in "has been pushed back to the fourth quarter" (blind round 27), and the new
    date is the verb's."""
    if token.dep_ in ("advmod", "prt") and token.head.pos_ == "VERB":
        return token.head
    return token


def promised_by(token) -> bool:
    """True for the deadline of a promise or forecast: "has promised new software by spring".

    The promise may be told in the past; what it promises by that date lies ahead of it
    (unless a past perfect says the deadline went by: "had promised it by March").
    """
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "by" or prep.head.i == prep.i:
        return False
    verb = prep.head
    lemma = LEMMA_SLIPS.get(verb.lower_, verb.lemma_.lower())
    return lemma in FORECAST_VERBS | {"vow"} and not past_perfect(verb)


def deadline_named(token) -> bool:
    """True for the date naming a deadline a verb sets: "opened a review on Friday, setting a
    March 1 deadline for its first-phase decision" (told on Jan. 18) is the coming March 1;
    "missed a March 1 deadline" keeps its tense (temporal.yaml ``deadline_setting_verbs``,
    ``deadline_nouns``)."""
    noun = token.head
    if token.dep_ not in ("nmod", "compound", "npadvmod") or noun.i == token.i:
        return False
    verb = noun.head
    return (noun.lemma_.lower() in setting_words("deadline_nouns") and noun.dep_ in ("dobj", "obj")
            and verb.lemma_.lower() in setting_words("deadline_setting_verbs")
            and not past_perfect(verb))


def asked_for(doc, start: int, end: int) -> bool:
    """True for the date of a thing asked for: "families had asked for a longer break in the
    autumn" (July 2014, round 44) is the coming autumn or the one gone by, whichever is
    nearer; the asking's tense does not date the break."""
    prep = date_preposition(doc, start, end)
    if prep is None or prep.lower_ != "in" or prep.head.i == prep.i:
        return False
    thing = prep.head
    asking = thing.head.head
    return (thing.pos_ == "NOUN" and thing.dep_ == "pobj" and thing.head.lower_ == "for"
            and asking.lemma_.lower() in _ASKING_VERBS)
