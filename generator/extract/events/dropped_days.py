"""The day of a plan that a calling-off (or a move) drops on a date of its own ("A community
fun day *due on Saturday* was called off on Monday", "A visit by the minister, *due on Friday*,
was called off on Tuesday evening", "A trip to a farm, *planned for the week of May 20*, has been
put back to the autumn"): the plan's day makes no event; the happening is told by its
calling-off (or its move), dated by that verb's own date (round 44's rule, as
``superseded.aside_plan_date`` for a plan set off between commas, which reads a calling-off
verb by its lemma alone, so missing the phrasal "call off", and takes no participle "planned").
A calling-off with no date of its own is dated by the plan (round 49)."""

from __future__ import annotations

from generator.extract.events.nouns import is_date
from generator.extract.events.rules import EventRules, true_lemma

__all__ = ["dropped_plan_day"]


def dropped_plan_day(span, verb, rules: EventRules) -> bool:
    """Whether the date is the object of a planning word (``status["planned"]``: "due",
    "planned", "set") that modifies the subject of a verb that calls it off or moves it
    (its particle too: "called *off*", "put *back*") with a date of its own after it ("A trip
    to Orsk, *planned for the week of May 20*, has been put back to the autumn")."""
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or prep.i == root.i:
        return False
    planning = prep.head
    noun = planning.head
    main = noun.head  # the dated verb is it, or the participle itself ("planned for")
    if planning.dep_ not in ("amod", "acl") or noun.i == planning.i \
            or noun.dep_ not in ("nsubj", "nsubjpass") or verb.i not in (main.i, planning.i):
        return False
    planned = rules.status["planned"].lemmas
    if planning.lower_ not in planned and true_lemma(planning) not in planned:
        return False
    phrases = [*main.children, *(g for c in main.children if c.dep_ in ("advmod", "prt")
                                 for g in c.children)]  # "put back *to the autumn*"
    return _drops(main, rules) and any(c.i > main.i and _own_date(c) for c in phrases)


def _own_date(child) -> bool:
    """Whether the verb's phrase is a date of its own: a bare date ("called off *last week*")
    or a preposition's object ("called off *on Monday*"), not a date deeper in a phrase
    ("called off after a dispute ..., which the two sides settled *last year*", round 26)."""
    if child.dep_ == "npadvmod":
        return is_date(child)
    return child.dep_ == "prep" and any(g.dep_ == "pobj" and is_date(g) for g in child.children)


def _drops(verb, rules: EventRules) -> bool:
    """Whether the verb calls the plan off (``status["called_off"]``) or moves it
    (``rules.moving_verbs``), by its lemma or its lemma and particle ("call off", "put back"),
    with no modal before it."""
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children):
        return False
    words = {*rules.status["called_off"].lemmas, *rules.moving_verbs}
    lemma = verb.lemma_.lower()
    return lemma in words or any(c.dep_ in ("prt", "advmod") and f"{lemma} {c.lower_}" in words
                                 for c in verb.children)
