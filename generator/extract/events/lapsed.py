"""Plans told in the simple past whose date has gone by ("The £64 million building *was due to
open in the spring of 2025*", "a full closure for repairs *was pencilled in for last summer*",
"two small satellites that *were due in orbit by September*"): a plan the article tells as
one that did not stand, no event (the set's authors: "a plan replaced"). A past perfect
plan, or one a "but" clause or the next sentence replaces, is ``superseded.superseded_due``'s;
a coming date stays a plan, and so does a plan on the subject of a verb, or before a verb
joined to it, that tells what came of it (round 49's rules)."""

from __future__ import annotations

from generator.extract.events.rules import EventRules, true_lemma
from generator.extract.events.unasserted import planning_clause

__all__ = ["lapsed_plan"]


def lapsed_plan(verb, rules: EventRules, lapsed: bool) -> bool:
    """Whether the dated verb is a plan in the simple past (``rules.lapsed_plan_words``: "was
    *due* to open", "were *due* in orbit", "was *pencilled* in for") and its date has gone by
    (``lapsed``)."""
    if not lapsed:
        return False
    words = rules.lapsed_plan_words
    clause = planning_clause(verb, rules)
    if clause is not None:
        word = verb.head  # "due" of "was due to open"
    elif verb.lemma_ == "be":
        word = next((c for c in verb.children if c.dep_ == "acomp"), None)
        clause = verb
    else:
        word = clause = verb  # "was pencilled in for last summer"
    if word is None or word.lower_ not in words and true_lemma(word) not in words:
        return False
    if clause.dep_ in ("relcl", "acl") and clause.head.dep_ in ("nsubj", "nsubjpass"):
        return False  # the main verb tells what came of it: "The festival, which was due to
        # open last Friday, was cancelled" (dated by its plan, round 49's rule), "A payment
        # that was due on Monday was made on Tuesday" (round 49: a deadline, an event)
    if any(c.dep_ == "conj" and c.i > clause.i for c in clause.children):
        return False  # "was due to open on May 6 *and carried* its first passengers that
        # morning": the verb after it tells what came of it (events.yaml's example)
    if clause.lemma_ == "be":
        return clause.tag_ == "VBD"
    return any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in clause.children) \
        and not any(c.dep_ == "aux" for c in clause.children)
