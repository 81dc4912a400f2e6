"""Events: every dated statement of an article as "who does what, when, and did it happen".

For each resolved DATE/TIME timex the verb it hangs from in the dependency parse is the event;
its short description is subject + verb (present tense) + object + kept prepositional phrases
("Ada Quill meets Pim Adler in Lowmere"), never the whole sentence. The status comes from
cue words and tense (``generator/rules/events.yaml``). The same event told twice (same TIMEX3
value and the same verb or overlapping participants) is merged into one.

Modules: ``rules`` (the YAML file), ``phrases`` (description and participants), ``status``
(happened / planned / expected) and ``merge`` (one event per happening).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from generator.extract.claims import stripped_bounds
from generator.extract.events.merge import Candidate, merge_candidates, name_keys
from generator.extract.events.phrases import describe, find_participants, third_person
from generator.extract.events.rules import EventRules, load_event_rules
from generator.extract.events.status import event_status
from generator.extract.hits import Claim, Event, Timex

__all__ = ["iter_events", "load_event_rules", "third_person"]

log = logging.getLogger("factcheck.extract.events")


def iter_events(
    doc, timexes: Sequence[Timex], claims: Sequence[Claim], published: dt.date | None
) -> list[Event]:
    """The article's dated events, in order of first mention.

    Args:
        doc: the parsed article.
        timexes: its dates; only DATE/TIME timexes that resolved to a range make events.
        claims: its claims; an event lists the claims whose sentence tells of it.
        published: publication date, used for the status of events without cue words.
    """
    rules = load_event_rules()
    candidates: list[Candidate] = []
    seen_verbs: set[int] = set()
    for timex in sorted(timexes, key=lambda t: t.start):
        if timex.type not in ("DATE", "TIME") or timex.range is None:
            continue
        verb = governing_token(doc, timex)
        if verb is None or verb.i in seen_verbs:
            continue  # a second date on the same verb ("on Friday at noon") is the same event
        seen_verbs.add(verb.i)
        try:
            candidates.append(make_candidate(verb, timex, claims, published, rules))
        except Exception as err:  # noqa: BLE001 - one odd parse must not abort the article
            log.warning("events: skipped the event of %r at offset %d: %s: %s",
                        timex.text, timex.start, type(err).__name__, err)
    return [c.event for c in merge_candidates(candidates)]


def governing_token(doc, timex: Timex):
    """The verb (or, failing that, the root) the date expression hangs from, or None."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def make_candidate(verb, timex: Timex, claims: Sequence[Claim], published, rules) -> Candidate:
    """Describe the event of ``verb`` dated by ``timex``."""
    sent = verb.sent
    # "announcing the summit next week": the dated thing is the summit, not the announcement
    happening = event_noun(verb, rules)
    participants = find_participants(happening or verb, rules)
    event = Event(
        what=describe(verb, rules, claims),
        when=timex,
        status=event_status(verb, timex, published, rules),
        participants=participants,
        claim_starts=tuple(c.start for c in claims
                           if c.sentence_start <= timex.start < max(c.sentence_end, c.end)),
        mentions=(stripped_bounds(verb.doc.text, sent.start_char, sent.end_char),),
    )
    lemma = (happening or verb).lemma_.lower()
    return Candidate(lemma, event, name_keys(participants))


def event_noun(verb, rules: EventRules):
    """The object of an announcing verb when it names a happening ("summit", "talks")."""
    if verb.lemma_.lower() not in rules.announcing_verbs:
        return None
    objects = (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))
    return next((c for c in objects if c.lemma_.lower() in rules.event_nouns), None)
