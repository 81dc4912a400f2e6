"""Coming dates the tense of the verb alone misreads (event blind set round 13).

:mod:`tense` reads a clause's tense from its verb; three constructions say otherwise:

* a date a verb of arranging takes as its object or "for": "a judge on Monday set Sept. 14 as
  the start of the trial", "Trial set for September", "set his sentencing for May 7" -- the
  past "set" arranges a date ahead;
* a headline's infinitive: "Roads to close from Saturday night", "Mayor to resign on Friday"
  -- news headlines write the future as "to" + verb;
* "went on to": "which went on to earn a nomination in January" tells what followed, not a
  plan, though "go" governs plans elsewhere ("is going to open in May").

And one plan word the other way (round 19): "Kickoff, scheduled for 4:15 p.m., was delayed 47
minutes" -- a plan on the subject of a verb in the past was carried out, its time is gone by.

Never imports spaCy: it only walks token attributes of a ``Doc`` it is given.
"""

from __future__ import annotations

import functools

from generator.extract.temporal.perfect import governing_verb, past_perfect
from generator.extract.temporal.ruleset import load_ruleset
from generator.extract.temporal.tense_words import ARRANGING_VERBS, DEADLINE_VERBS, SUPERSEDED_WORDS

__all__ = ["carried_on", "date_arranged", "headline_infinitive", "in_sequel", "schedule_gone_by"]

#: Marks that end a sentence of the body; a headline ends without one.
_SENTENCE_ENDS = {".", "!", "?", '"', "\u201d"}
#: Verbs that call a plan off: the time it was scheduled for may still lie ahead.
_CALLED_OFF_VERBS = {"cancel", "scrap", "suspend", "call", "drop", "abandon", "scratch"}
#: Prepositions that move a plan to a new time ("was delayed until Friday").
_MOVED_TO = {"to", "until", "till", "into"}
#: Dependencies under which the parser hangs a date a verb takes as its object.
_OBJECT_DEPS = ("dobj", "obj", "npadvmod")


def date_arranged(token) -> bool:
    """True for the date a verb of arranging sets: "set Sept. 14 as the start", "set for May".

    The date must be the verb's only object: in "set a record Monday" the verb has an object
    of its own and the date tells when it was done. A plan told in the past perfect or as the
    first of several ("was originally set for March") has its date behind it.

    Args:
        token: The root token of the date.
    """
    verb = _arranging_verb(token)
    if verb is None or past_perfect(verb):
        return False
    others = [child for child in verb.children
              if child.i != token.i and child.dep_ in ("dobj", "obj", "prt")
              and not (token.dep_ == "pobj" and _happening_set(child))]
    superseded = any(child.dep_ == "advmod" and child.lower_ in SUPERSEDED_WORDS
                     for child in verb.children)
    return not others and not superseded


def _happening_set(obj) -> bool:
    """True for the object of "set ... for DATE" that is the happening arranged: "set his
    sentencing for May 7" (events round 37, ev215), "fixed a date for the retrial" (temporal.yaml
    changed_plan_nouns and arranged_nouns); "set a record for May" keeps its past."""
    return obj.dep_ in ("dobj", "obj") and obj.lemma_.lower() in _arranged_nouns()


@functools.cache
def _arranged_nouns() -> frozenset[str]:
    settings = load_ruleset().lexicon.settings
    return frozenset(settings.get("changed_plan_nouns", ())) | frozenset(
        settings.get("arranged_nouns", ()))


def _arranging_verb(token):
    """The verb of arranging whose object (or "for" phrase) ``token`` is, else None."""
    head = token.head
    if token.dep_ in _OBJECT_DEPS and head.i != token.i:
        verb = head
    elif token.dep_ == "pobj" and head.lower_ == "for" and head.head.i != head.i:
        verb = head.head
        if _happening_set(verb) and verb.head.i != verb.i:  # "set a date for May 7"
            verb = verb.head
    elif (token.dep_ == "pobj" and head.lower_ == "of" and _happening_set(head.head)
          and head.head.head.i != head.head.i):
        verb = head.head.head  # "has set a target date of November 12" (events round 42)
    elif (token.dep_ == "pobj" and head.lower_ == "in" and head.i == head.head.i + 1
          and token.left_edge.i == head.i + 1
          and head.head.lower_.startswith(("pencil", "penned", "inked", "slotted"))):
        return head.head  # "has pencilled in December 9 for it" (events notes, session 16)
    else:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ARRANGING_VERBS:
        return None
    return verb


def headline_infinitive(verb) -> bool:
    """True for "to" + verb standing for a headline's future: "Roads to close from Saturday".

    The infinitive heads a headline (a sentence with no full stop) or hangs on the noun that
    heads it. A sentence of the body is not read so, even when the small model makes its noun
    the root: in "The decision to close the road on Saturday angered residents." it may tag
    "angered" an adjective.

    Args:
        verb: A verb the date hangs on.
    """
    if verb.tag_ != "VB" or not any(child.dep_ == "aux" and child.lower_ == "to"
                                    for child in verb.children):
        return False
    if verb.sent[-1].text in _SENTENCE_ENDS:
        return False
    if verb.dep_ == "ROOT":
        return True
    head = verb.head
    return (verb.dep_ in ("relcl", "acl") and head.dep_ == "ROOT"
            and head.pos_ in ("NOUN", "PROPN"))


def carried_on(governor) -> bool:
    """True for "went on to" / "goes on to": what followed, not what is planned."""
    return governor.lemma_.lower() == "go" and any(
        child.dep_ == "prt" and child.lower_ == "on" for child in governor.children)


def in_sequel(doc, start: int, end: int) -> bool:
    """True for a date in what "went on to" tell followed: no year named before it reaches in
    ("Last year's prize went to a drama which went on to earn a nomination in January": the
    nomination came after last year's prize, in the latest January).

    Args:
        doc: The parsed text.
        start: First character of the date.
        end: Character after the date.
    """
    verb = governing_verb(doc, start, end)
    return verb is not None and verb.head.i != verb.i and carried_on(verb.head)


def schedule_gone_by(token) -> bool:
    """True for a plan participle on the subject of a verb in the past: "Kickoff, scheduled for
    4:15 p.m., was delayed 47 minutes" -- the game was played, the kickoff time is gone by.

    A plan the verb calls off ("The vote, scheduled for Friday, was cancelled") or moves to a
    new time ("was delayed until May") may still have its first time ahead.

    Args:
        token: The plan word ("scheduled", "planned") above the date.
    """
    noun = token.head
    if token.dep_ != "acl" or noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i == noun.i:
        return False
    verb = noun.head
    auxes = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if verb.pos_ != "VERB" or "VBD" not in {verb.tag_} | {aux.tag_ for aux in auxes}:
        return False
    lemma = verb.lemma_.lower()
    moved = any(child.dep_ == "prep" and child.lower_ in _MOVED_TO for child in verb.children)
    return lemma not in _CALLED_OFF_VERBS and not (lemma in DEADLINE_VERBS and moved)
