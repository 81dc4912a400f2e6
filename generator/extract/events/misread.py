"""Descriptions of clauses whose verb the tagger misread (see ``repairs``): the words of the
clause up to the verb, or the subject of the verb it is conjoined to before it.

- "before the window *shuts*", "*Nominations close*" (``repairs.misread_clause``): "The window
  shuts", "Nominations close";
- "The show ... brings together 74 paintings ... and *runs* until January 24"
  (``repairs.misread_conjunct``): "The show runs";
- "Tickets for the event *sold* out in March." (``repairs.verbless_participle``): "Tickets for
  the event sold out".
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.events.nouns import phrase
from generator.extract.events.repairs import verbless_before
from generator.extract.events.subject_verbs import subject_participle, subject_participle_event
from generator.extract.events.subjects import find_subject, subject_phrase
from generator.extract.events.wording import finish
from generator.extract.hits import Claim

__all__ = ["misread_clause_event"]


def misread_clause_event(verb, claims: Sequence[Claim] = ()) -> str:
    """"The window shuts": the words of a clause whose verb was read as a noun, from its
    determiner to the verb; an adjective's from its noun's ("Nominations close"); a conjoined
    noun's the subject of the verb its noun phrase hangs from ("The show runs"); a participle
    that is a sentence's only verb from the sentence's start, its particle kept ("Tickets for
    the event sold out")."""
    doc = verb.doc
    if subject_participle(verb):  # round 54: "A consultation on the plans closed on July 31"
        return subject_participle_event(verb)
    if verb.dep_ == "conj" and verb.tag_ in ("NNS", "RB"):  # round 40: "and *close* at 10pm"
        owner = next((t for t in verb.ancestors if t.pos_ in ("VERB", "AUX")), None)
        subject = find_subject(owner) if owner is not None else None
        if subject is not None:  # the head noun, not a title in apposition ("Light of ...")
            words = phrase(subject) if subject.pos_ == "NOUN" else subject_phrase(subject, claims)
            return finish(f"{words} {verb.text}")
    if verb.dep_ == "acl" and verb.sent.root.pos_ in ("NOUN", "PROPN"):
        particle = next((c for c in verb.children if c.dep_ == "prt"), verb)
        return finish(" ".join(t.text for t in doc[verb.sent.root.left_edge.i:particle.i + 1]))
    if verb.dep_ == "pobj" and verbless_before(verb):  # round 61: "A consultation on ... closes"
        return finish(f"{phrase(verb.sent.root)} {verb.text}")
    first = verb.head if verb.dep_ in ("amod", "advmod") and verb.head.i < verb.i \
        and verb.head.pos_ == "NOUN" else verb  # "applications for postal votes close"
    if first.dep_ == "pobj" and first.head.dep_ == "prep" and first.head.head.tag_ == "NNS":
        first = first.head.head  # round 56: "Entries for the October session close"
    return finish(" ".join(t.text for t in doc[first.left_edge.i:verb.i + 1]))
