"""Verb forms the tag alone misreads as past or tenseless (event blind set round 20).

:mod:`tense` reads a date's tense from the tags of the verb above it; two forms mislead it:

* a present the tagger wrote as a bare base form: in "Tickets, priced from 399 euros one way,
  go on sale on Friday" the apposition leaves "go" tagged ``VB``, though a base form with a
  subject of its own and no auxiliary can only be a present (a timetable's "go on sale",
  "opens", "begins" looks ahead);
* a noun's passive infinitive: "a review ..., to be completed by the end of September" is a
  condition set for later, where a noun's bare participle ("a review completed in September")
  tells of a thing done. After an ordinal or superlative ("the first woman to be elected in
  May") the infinitive tells of a thing done too, and keeps the past reading; so does an
  active one, whose noun is often a deed ("The decision to close the bridge on Saturday
  angered residents"). Under a modal clause the ranked noun's infinitive looks ahead too
  ("must sign up by March 20 for the first payment to be taken on April 15", round 40).

A third form: the gerund a proposal puts forward ("has proposed raising council tax by 4.9
percent from April", event blind set round 27) is a measure not yet in force, so its date lies
ahead whatever the tense of the proposal; a gerund under another verb ("began raising fares in
April") keeps that verb's tense.

Never imports spaCy: it only walks token attributes of a ``Doc`` it is given.
"""

from __future__ import annotations

__all__ = ["base_form_present", "day_named_ahead", "noun_infinitive", "proposed_gerund"]

#: Words before a noun that make its infinitive a record, not a plan: "the first to be elected".
_RANKING_WORDS = {"first", "last", "only", "second", "third", "next", "latest"}
#: Verbs that, in the present, name a day as what is now expected: "Now they say Thursday".
_NAMING_VERBS = {"say", "expect", "predict", "promise", "reckon", "think", "estimate"}
#: Verbs whose gerund object is a measure put forward: "proposed raising taxes from April".
_PROPOSING_VERBS = {"propose", "suggest", "recommend"}


def base_form_present(verb) -> bool:
    """True for a base form that must be a present: its own subject, no auxiliary, no "to".

    A subjunctive ("demanded that the bill go to a vote") has a "that" before it and is left
    alone, as is an imperative (no subject).

    Args:
        verb: The verb the date hangs on.
    """
    if verb.tag_ != "VB" or verb.dep_ not in ("ROOT", "conj"):
        return False
    children = list(verb.children)
    if any(child.dep_ in ("aux", "auxpass", "mark") for child in children):
        return False
    return any(child.dep_ == "nsubj" and child.tag_ in ("NNS", "NNPS", "NN", "NNP")
               for child in children)


def noun_infinitive(verb, aux_words: set[str]) -> bool:
    """True for a passive infinitive that qualifies a noun: "a review to be completed by
    September", or an active one that qualifies the object of a verb in the future ("will have
    only three days to recover before their games on Monday", round 53).

    Args:
        verb: The verb the date hangs on.
        aux_words: Lower-cased auxiliaries of ``verb``.
    """
    noun = verb.head
    if (aux_words == {"to"} and verb.tag_ == "VB" and verb.dep_ in ("acl", "relcl")
            and noun.i != verb.i and noun.pos_ == "NOUN" and noun.dep_ == "dobj"
            and _under_will(noun)):
        return True  # "will have only three days to recover before their games on Monday"
    passive = {"to", "be"} <= aux_words and verb.tag_ == "VBN"
    if (not passive or verb.dep_ not in ("acl", "relcl") or noun.i == verb.i
            or noun.pos_ not in ("NOUN", "PROPN", "PRON")):
        return False
    ranked = any(child.lower_ in _RANKING_WORDS or child.tag_ == "JJS"
                 for child in noun.children if child.i < noun.i)
    return not ranked or _under_modal(noun)


def _under_will(noun) -> bool:
    """True for the object of a verb in the future: "will have only three days to recover"
    (round 53); an active infinitive qualifying it tells what is still to come."""
    return any(child.dep_ == "aux" and child.lower_ in ("will", "'ll", "shall")
               for child in noun.head.children)


def _under_modal(noun) -> bool:
    """True when the verb above ``noun`` has a modal: "must sign up by March 20 for the first
    payment to be taken on April 15" (round 40) is a payment still to come, where "the first
    woman to be elected in May" tells of a record."""
    verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(child.dep_ == "aux" and child.lower_ in _MODALS
                                    for child in verb.children)


#: Modals that put the clause above a ranked noun ahead.
_MODALS = {"will", "'ll", "shall", "must", "would", "should", "could", "may", "might", "can"}


def proposed_gerund(verb) -> bool:
    """True for the gerund a verb of proposal puts forward: "has proposed raising council tax
    from April", "suggested closing the library in June".

    Args:
        verb: The verb the date hangs on.
    """
    head = verb.head
    return (verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "dobj") and head.i != verb.i
            and head.lemma_.lower() in _PROPOSING_VERBS)


def day_named_ahead(token) -> bool:
    """True for a day a present saying names as its object: "Now they say Thursday, maybe"
    (round 47, a stranded traveller on a Tuesday): the day now expected lies ahead.

    Args:
        token: The root of the date.
    """
    head = token.head
    return (token.dep_ in ("npadvmod", "dobj") and token.ent_type_ == "DATE"
            and head.i == token.i - 1 and head.tag_ in ("VBP", "VBZ")
            and head.lemma_.lower() in _NAMING_VERBS)
