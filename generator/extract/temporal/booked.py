"""Dates a booking, a fixture or a data report fixes, whatever the verb's tense (split from
:mod:`tense`, which was near 400 lines).

"called a meeting for Monday" and "bookings for August" look ahead; "the games are against
Belmar on June 17" and "the report is due Friday" are fixtures; "will publish sales figures for
April" and "its February employment report" name the period figures are about, which lies
behind. Never imports spaCy: it only walks token attributes of a ``Doc`` it is given.
"""

from __future__ import annotations

import functools

from generator.extract.temporal.ruleset import load_ruleset, setting_words
from generator.extract.temporal.tense_words import (
    AGENDA_WORDS,
    BOOKED_NOUNS,
    DATA_NOUNS,
    FORECAST_VERBS,
    FORWARD_NOUNS,
    FUTURE_MODALS,
    SEASON_WORDS,
    START_PARTICIPLES,
    TIMETABLE_ADJECTIVES,
    UP_FOR_WORDS,
)

__all__ = ["booked_for", "booked_from", "booked_to", "booked_subject", "bought_forward",
           "changed_booking", "data_for", "due", "names_data"]

#: How far up a chain of modifiers :func:`names_data` looks for a noun of figures.
_MAX_HOPS = 8


def booked_for(token) -> bool:
    """True for a day an event is booked for: "called a meeting for Monday", "a hearing for
    March 3", "bookings for August and September"."""
    return any(noun.lemma_.lower() in BOOKED_NOUNS and not _held_in_the_past(noun)
               for noun in _nouns_for(token))


#: Participles of a booking made for travel or a seat ahead: "passengers booked to fly".
_BOOKED_PARTICIPLES = {"booked", "ticketed", "confirmed"}


def booked_to(token) -> bool:
    """True for the date of a trip people are "booked to" make: "waive fees for passengers
    booked to fly through Friday" (blind round 33, told on a Tuesday) is the coming Friday,
    whatever the tense of the clause above. "were booked on a flight on Friday" keeps it. So is
    the day a thing is held "booked for" ("I've got lorries booked for Friday", round 55, told
    on a Monday: the coming Friday)."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if (prep.lower_ == "for" and verb.tag_ == "VBN" and verb.lower_ in _BOOKED_PARTICIPLES
            and verb.dep_ in ("ccomp", "acl", "oprd", "xcomp")):
        return True  # "have lorries booked for Friday": held ready for a day to come
    participle = verb.head
    return (verb.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and participle.i != verb.i and participle.tag_ == "VBN" and participle.dep_ == "acl"
            and participle.lower_ in _BOOKED_PARTICIPLES)


def _held_in_the_past(noun) -> bool:
    """True for bookings someone held in a past tense: "About 25,000 people had tickets for
    Sunday", told on Monday, is the Sunday just gone (a booking made, "called a meeting for
    Monday", still looks ahead)."""
    verb = noun.head
    return noun.dep_ == "dobj" and verb.tag_ == "VBD" and verb.lemma_.lower() in ("have", "hold")


def bought_forward(token) -> bool:
    """True for the date of a thing bought "for" delivery or travel then: "Crude for June
    delivery rose", "cut fares for travel before Easter" (blind round 32) name a date ahead.
    Without the "for" ("Spending on travel before Easter fell") the date keeps its tense."""
    if token.dep_ in ("compound", "nmod"):
        noun = token.head
    elif token.dep_ == "pobj" and token.head.dep_ == "prep":
        noun = token.head.head
    else:
        return False
    return (noun.lemma_.lower() in FORWARD_NOUNS and noun.dep_ == "pobj"
            and noun.head.lower_ == "for")


@functools.cache
def _changed_plan_words() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs that change a plan and the nouns of a scheduled happening (temporal.yaml)."""
    settings = load_ruleset().lexicon.settings
    return (frozenset(settings.get("changed_plan_verbs", ())),
            frozenset(settings.get("changed_plan_nouns", ())))


def changed_booking(token) -> bool:
    """True for the day of a scheduled happening that a present perfect changes: "The queen
    stage over the Black Ridge on Saturday has been cut to 120km" (events round 36, ev212, told
    on the Wednesday before) is the coming Saturday; the perfect tells that the change is made,
    not that the stage is gone by. The date names the happening ("on"/"for" it, its possessive),
    the happening is the changed verb's subject or object; "was cut" and "had been cut" keep
    their past, "The bridge on Saturday has been repainted" names no happening."""
    if token.dep_ == "pobj" and token.head.lower_ in ("on", "for"):
        noun = token.head.head
    elif token.dep_ in ("poss", "compound"):
        noun = token.head
    else:
        return False
    verbs, nouns = _changed_plan_words()
    verb = noun.head
    if (noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or noun.lemma_.lower() not in nouns
            or verb.lemma_.lower() not in verbs or verb.tag_ != "VBN"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s", "'ve")
               for c in verb.children)


def booked_from(token) -> bool:
    """True for the first day of a booked event: "called a special session beginning Monday"."""
    participle = token.head
    return (participle.lower_ in START_PARTICIPLES and participle.head.i != participle.i
            and participle.head.lemma_.lower() in BOOKED_NOUNS)


def data_for(token) -> bool:
    """True for the period figures are "for": "will publish sales figures for April"; and for
    the close of a length they are for: "figures for the three months to September are due on
    Nov. 11" (round 38, told in October 2019: the September gone by)."""
    prep = token.head
    if (token.dep_ == "pobj" and prep.lower_ in ("to", "through", "ending")
            and prep.head.lemma_.lower() in _LENGTH_NOUNS and prep.head.dep_ == "pobj"
            and prep.head.head.lower_ == "for"):
        return prep.head.head.head.lemma_.lower() in DATA_NOUNS
    return any(noun.lemma_.lower() in DATA_NOUNS for noun in _nouns_for(token))


#: Nouns of a length that closes on a date: "the three months to September".
_LENGTH_NOUNS = {"month", "week", "day", "year", "quarter"}


def _nouns_for(token) -> list:
    """The nouns a "for <date>" phrase belongs to, from its first conjunct on."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    prep, head = token.head, token.head.head
    named = (token.tag_ == "NNP" or token.lower_ in SEASON_WORDS  # "bookings for the summer"
             or _part_of_named_day(token))
    if token.dep_ != "pobj" or not named or prep.lower_ != "for":
        return []
    # the parser hangs "for Monday" on the noun or on the verb that books it
    return [head] if head.pos_ == "NOUN" else [c for c in head.children if c.dep_ == "dobj"]


def _part_of_named_day(token) -> bool:
    """True for a part of a named day: "a meeting for Thursday evening" (events round 30,
    ev174) is booked for the day as "a meeting for Thursday" is."""
    return token.lower_ in _DAY_PARTS and any(
        child.dep_ == "compound" and child.tag_ == "NNP" for child in token.children)


#: Parts of a day a weekday names: "Thursday evening".
_DAY_PARTS = {"morning", "afternoon", "evening", "night"}


def names_data(token) -> bool:
    """True when ``token`` modifies a noun of reported figures, directly or through other
    modifiers ("its February employment report", "January sales"); not when a verb of harm or
    help in the future or conditional acts on those figures ("a strike could hurt second-half
    results", round 38: the half still to come; temporal.yaml ``figures_acted_on_verbs``)."""
    head = token.head
    for _ in range(_MAX_HOPS):
        if head.lemma_.lower() in DATA_NOUNS:
            return not _acted_on_ahead(head)
        if head.dep_ != "compound" or head.head.i == head.i:
            return False
        head = head.head
    return False


def figures_forecast(token) -> bool:
    """True when ``token`` modifies figures a verb of forecast in the present puts right before
    them: "She expects first-quarter earnings of 20 to 24 cents" (round 47): figures still to
    come, whatever the parse hangs them on."""
    head = token.head
    for _ in range(_MAX_HOPS):
        if head.lemma_.lower() in DATA_NOUNS:
            return _forecast_right_before(head)
        if head.dep_ != "compound" or head.head.i == head.i:
            return False
        head = head.head
    return False


def _forecast_right_before(noun) -> bool:
    before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    return (before is not None and before.lemma_.lower() in FORECAST_VERBS
            and before.tag_ in ("VBZ", "VBP"))


def _acted_on_ahead(noun) -> bool:
    """True for figures that are the object of a modal verb of harm or help ("could hurt"),
    or forecast in the present (:func:`figures_forecast`)."""
    verb = noun.head
    if _forecast_right_before(noun):
        return True
    if noun.dep_ not in ("dobj", "obj"):
        return False
    return (verb.lemma_.lower() in setting_words("figures_acted_on_verbs")
            and any(child.dep_ == "aux" and child.lower_ in FUTURE_MODALS
                    for child in verb.children))


def booked_subject(verb) -> bool:
    """True for a present "to be" whose subject is a booked event: "the games are against
    Belmar on June 17", "the vote is on Monday" tell of a fixture, not of a thing gone by; so
    does a thing "on the ballot" or "on the agenda", or "up for election"."""
    if verb.lemma_.lower() != "be":
        return False
    if any(child.dep_ == "nsubj" and _whole_word(child) in BOOKED_NOUNS
           for child in verb.children):
        return True
    # "the seats are on the ballot in November", "the bill is on the agenda for Monday"
    if any(child.lower_ == "on" and any(obj.lower_ in AGENDA_WORDS for obj in child.children)
           for child in verb.children):
        return True
    # "All 98 seats are up for election in November" (round 33, told in March)
    return any(child.lower_ == "up" and any(
        prep.lower_ == "for" and any(obj.lower_ in UP_FOR_WORDS for obj in prep.children)
        for prep in child.children) for child in verb.children)


def due(verb) -> bool:
    """True for a present "to be" whose complement is "due" ("the report is due Friday") or
    an opening time ("the show is open to the public from Friday to Sunday")."""
    return verb.lemma_.lower() == "be" and any(
        child.dep_ == "acomp" and child.lower_ in TIMETABLE_ADJECTIVES
        for child in verb.children)


def _whole_word(noun) -> str:
    """The lemma of ``noun`` with a hyphened first half the parser split off: "Kick-off on
    Wednesday is at 7.45pm" (events round 35, ev205) has "off" as the subject, "Kick" as its
    compound; the whole word is "kick-off"."""
    doc = noun.doc
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and doc[noun.i - 2].head.i == noun.i:
        return f"{doc[noun.i - 2].lower_}-{noun.lemma_.lower()}"
    return noun.lemma_.lower()
