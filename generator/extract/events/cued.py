"""The status the cue words on or before a verb give it (``status.event_status``, rule 2 of
events.yaml), with the verb's own word weighed (round 57)."""

from __future__ import annotations

from generator.extract.events.rules import EventRules, true_lemma


def cued_status(verb, cues: set[str], rules: EventRules) -> str | None:
    """``planned`` or ``expected`` by the cues on or before the verb, else None. The verb's
    own word is a cue only of its own kind of act: "*going* first" is no "is going to", and a
    verb that is itself a plan's word ("decide") under an expectation that governs it is
    expected ("is expected to decide by the end of the month", "could decide", round 57)."""
    own = {true_lemma(verb), verb.lower_}
    planned = cues & set(rules.status["planned"].lemmas)
    expected = cues & set(rules.status["expected"].lemmas) - ({"going"} & own)
    if planned and not (planned <= own and governing_expectation(verb, rules)):
        return "planned"
    return "expected" if expected else None


def governing_expectation(verb, rules: EventRules) -> bool:
    """Whether an expectation governs the verb itself: a modal of ``status["expected"]`` on
    it, or the verb is the infinitive of such a verb ("is *expected to decide*")."""
    lemmas = set(rules.status["expected"].lemmas)
    return any(c.dep_ == "aux" and c.lower_ in lemmas for c in verb.children) \
        or verb.dep_ == "xcomp" and verb.head.i != verb.i and true_lemma(verb.head) in lemmas
