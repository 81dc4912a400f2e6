"""Round 59: a plan called off in the words of its own happening. "A confidence vote that had
been set for next Tuesday *will no longer take place*" says, today, that the vote is off: as
"was cancelled" does, it makes the plan's date a calling-off (happened, dated by the plan,
round 49's rule), not a coming happening nor a plan since replaced."""

from __future__ import annotations

from generator.extract.events.rules import EventRules, phrasal_lemma


def withdrawn_happening(verb, rules: EventRules) -> bool:
    """Whether the verb is a future of holding (``rules.phrasal_happenings``' "take place",
    or "go ahead") negated by "not" or "no longer"."""
    future = set(rules.status["future"].lemmas)
    if not any(c.dep_ == "aux" and c.lower_ in future for c in verb.children):
        return False
    negated = any(c.dep_ == "neg" for c in verb.children) or any(
        c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
        for c in verb.children)
    lemma = verb.lemma_.lower()
    going_ahead = lemma == "go" and any(c.lower_ == "ahead" for c in verb.children)
    return negated and (going_ahead or phrasal_lemma(verb, lemma, rules)
                        == rules.default_noun_verb)
