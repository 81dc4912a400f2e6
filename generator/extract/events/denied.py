"""Foresight denied: a negated verb of forecasting or vouching ("We *are not forecasting*
blackouts this winter", "I *cannot promise* anyone Christmas at home", round 57) tells what a
speaker will not foretell, so the date in its clause dates no happening (``dating.no_event``)."""

from __future__ import annotations

from generator.extract.events.rules import EventRules, true_lemma


def denied_foresight(verb, rules: EventRules) -> bool:
    """Whether the verb is a negated verb of ``rules.foresight_verbs``."""
    return true_lemma(verb) in rules.foresight_verbs \
        and any(c.dep_ == "neg" for c in verb.children)
