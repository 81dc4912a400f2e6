"""Whether an event happened, is planned or is expected (order of tests in events.yaml)."""

from __future__ import annotations

import datetime as dt

from generator.extract.events.subjects import CLIMB_DEPS, find_subject, is_agent
from generator.extract.events.rules import EventRules
from generator.extract.hits import Timex

PAST_TAGS = ("VBD",)
#: Present-tense tags: with a future date, the timetable reading ("they face Orsk on May 24").
PRESENT_TAGS = ("VBZ", "VBP")


def event_status(verb, timex: Timex, published: dt.date | None, rules: EventRules) -> str:
    """``happened``, ``planned`` or ``expected`` (the order of tests is in events.yaml)."""
    if published is not None and timex.range.end < published:
        return "happened"
    cues = cue_lemmas(verb, rules.window)
    for status in ("planned", "expected"):
        if cues & set(rules.status[status].lemmas):
            return status
    if "future" in rules.status and cues & set(rules.status["future"].lemmas):
        return "planned" if is_agent(find_subject(verb), rules) else "expected"
    if verb.tag_ in PAST_TAGS or any(c.tag_ in PAST_TAGS for c in verb.children if c.dep_ == "aux"):
        return "happened"
    if published is not None and timex.range.start > published:
        return "planned" if is_present(verb) else "expected"
    return "happened"


def is_present(verb) -> bool:
    """Whether the verb is in the present tense: itself ("faces") or through its auxiliary
    ("is holding"), with no modal."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in auxiliaries):
        return False
    return verb.tag_ in PRESENT_TAGS or any(c.tag_ in PRESENT_TAGS for c in auxiliaries)


def cue_lemmas(verb, window: int) -> set[str]:
    """Lemmas on or just before the verb: itself, its auxiliaries, its heads, its left words."""
    tokens = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    head = verb
    while head.dep_ in CLIMB_DEPS and head.head.i != head.i and len(tokens) < 12:
        head = head.head
        tokens.append(head)
    start = max(verb.sent.start, verb.i - window)
    for token in reversed(verb.doc[start:verb.i]):
        if token.is_punct:
            break  # do not read across a clause boundary
        tokens.append(token)
    return {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}
