"""A timetable verb the small model reads as a noun or an adjective.

"The tournament runs (NNS) from June 12", "Pre-orders open (JJ) on Friday", "The Rams host
(NN) Memphis on Sunday": the simple present of a timetable verb tells what is scheduled, so
its date lies ahead, but the parse hides the verb. :mod:`tense` asks
:func:`misread_timetable_verb` of each word above a date. Never imports spaCy: it only walks
token attributes of a ``Doc`` it is given.
"""

from __future__ import annotations

from generator.extract.temporal.tense_words import SCHEDULE_VERBS

__all__ = ["misread_timetable_verb"]


def misread_timetable_verb(token) -> bool:
    """True for a timetable verb in the simple present that the small model read as a noun or
    an adjective: "The tournament runs (NNS) from June 12", "Pre-orders open (JJ) on Friday,
    the company said" (event blind round 7).

    Such a verb tells of a schedule, as :func:`plan_verbs.scheduled` reads it when the parse is
    right.
    It shows itself by a subject of its own, or by heading a sentence left without a verb
    ("runs" only in a form a verb can take, or a word with a direct object: "The Rams host
    Memphis on Sunday"); "the store is open on Friday" has its verb. A
    bare "meets" joined to a verb is one too: "raised rates in 2017 and next meets in March".
    """
    if token.pos_ not in ("NOUN", "ADJ") or token.lemma_.lower() not in SCHEDULE_VERBS:
        return False
    if token.dep_ == "conj" and token.head.pos_ == "VERB":
        if any(child.dep_ == "nsubj" for child in token.children):
            return True  # "said tickets were sold and that online sales open on Monday"
        if token.lower_.endswith("s"):
            return not any(child.dep_ in ("det", "poss", "nummod") for child in token.children)
        if _after_participle_aside(token):
            return True
    if token.dep_ == "amod" and _after_participle_aside(token):
        return True  # "The regatta, delayed by a month, open on Saturday": "open" read as amod
    if token.dep_ not in ("ROOT", "ccomp"):
        return False
    if any(child.dep_ == "nsubj" for child in token.children):
        return True
    verbless = not any(word.pos_ in ("VERB", "AUX") for word in token.sent)
    # "the run", "the end" are nouns after all; "runs", "opens" are verbs, and so is a "host"
    # with an object: "The Rams host Memphis on Sunday" (a noun takes no object)
    return verbless and token.dep_ == "ROOT" and (
        token.pos_ == "ADJ" or token.lower_.endswith("s") or _takes_object(token))


def _after_participle_aside(token) -> bool:
    """True for "The Games, postponed by a year ..., open on Friday": the parser made the aside's
    participle the root and joined the real verb to it after the aside's closing comma (round 47).
    """
    head = token.head
    if token.i == 0 or token.doc[token.i - 1].text != ",":
        return False
    if token.dep_ == "amod":  # or read the verb as the subject's adjective, past the aside
        return head.dep_ == "ROOT" and head.i < token.i and any(
            child.dep_ == "acl" and child.tag_ == "VBN" and child.i < token.i
            for child in head.children)
    return (head.tag_ == "VBN"
            and any(child.dep_ in ("nsubj", "nsubjpass") for child in head.children)
            and not any(child.dep_ in ("aux", "auxpass", "cc") for child in head.children))


def _takes_object(token) -> bool:
    """True for a word read as a noun that has an object: a direct object, or a name in
    apposition after it once a plural name stands before it as its subject ("The Comets
    (compound) host Dunmore (appos) on Sunday")."""
    if any(child.dep_ == "dobj" for child in token.children):
        return True
    subject = any(child.dep_ == "compound" and child.tag_ in ("NNPS", "NNS")
                  and child.i < token.i for child in token.children)
    return subject and any(child.dep_ == "appos" and child.pos_ == "PROPN"
                           and child.i > token.i for child in token.children)
