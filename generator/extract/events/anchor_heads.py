"""Which verb a date tells the time of when its head only gives an aspect, an outcome, a
name or a plan's content: "buy back shares *starting* on Nov. 4" (the aspect's verb), "will
compete *to become* mayor ... on May 7" (the outcome's), "made what it *called* its final
offer last week" (the naming's owner), "took samples from *cooling* towers" (a gerund that
names a thing), "would publish a plan to cut tax next week" (the plan's publisher).

Split from :mod:`generator.extract.events.anchor`, whose :func:`~.anchor.find_anchor` climbs
from the date's head through these.
"""

from __future__ import annotations

from generator.extract.events.continuations import VERB_POS, determined_gerund
from generator.extract.events.rules import EventRules


def aspect_head(verb, rules: EventRules):
    """The verb a participle that only gives a start or a running total hangs from ("buy back
    shares *starting* on Nov. 4" -> "buy"; read as a preposition in "move to a week *starting*
    Aug. 18"; "added ..., *bringing its total* to 287 million at the end of December")."""
    aspect = (verb.lemma_.lower() in rules.aspect_participles or tallies(verb, rules)) \
        and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "prep") \
        and verb.head.pos_ == "VERB"
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return verb.head if aspect and not own_subject else verb


def tallies(verb, rules: EventRules) -> bool:
    """Whether the participle only brings a total to where the verb it hangs from left it
    ("added 4.1 million paying members in the last quarter, *bringing its total* to 287
    million at the end of December", round 29): the adding, told at a finer date
    (``rules.tally_nouns``)."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in rules.tally_nouns
               for c in verb.children)


def past_gerund_compound(verb, rules: EventRules):
    """``verb``, or, when it is a gerund that names a thing with the noun next to it, the verb
    above it: "took samples from *cooling* towers on Aug. 15" (``rules.gerund_compounds``),
    "test the thrusters in a full engine *firing* in early September" (see ``noun_gerund``)."""
    while verb.tag_ == "VBG" and verb.head.i != verb.i and (
            noun_gerund(verb) or determined_gerund(verb) or any(
            f"{verb.lower_} {c.lemma_.lower()}" in rules.gerund_compounds
            for c in verb.children if c.dep_ == "dobj")):
        verb = clause_verb(verb.head)
    return verb


def noun_gerund(verb) -> bool:
    """Whether a gerund the parser hung on the noun just before it is that noun's head ("a
    full engine *firing* in early September"): nothing hangs from it but dates."""
    return verb.dep_ == "acl" and verb.head.i == verb.i - 1 and all(
        c.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
        for c in verb.children)


def outcome_head(verb, rules: EventRules):
    """The verb a purpose infinitive that only says an outcome is the purpose of ("will
    compete *to become* mayor ... in an election on May 7" -> "compete"), else ``verb``."""
    purpose = verb.dep_ == "advcl" and verb.lemma_.lower() in rules.outcome_verbs \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return verb.head if purpose and verb.head.pos_ in VERB_POS else verb


def naming_owner(verb, rules: EventRules):
    """The verb whose object a free relative only names ("Brenner *made* what it *called* its
    final offer last week" -> "made"; ``rules.naming_verbs``), else ``verb``: the naming is
    no happening, the date is the making's."""
    if naming_participle(verb, rules):
        return clause_verb(verb.head)  # "an impurity *known as NDMA* ... in February"
    return verb.head if naming_relative(verb, rules) else verb


def naming_participle(verb, rules: EventRules) -> bool:
    """Whether ``verb`` is a bare participle on a noun that only gives the noun's name, with
    "as" or the name after it ("found to contain an impurity *known as* NDMA during routine
    testing in February", round 52; "a storm *dubbed* the Beast"; ``rules.naming_verbs`` and
    "know"): no happening, the date is the clause's. A participle with no name after it is
    an act ("a strike *called* for Monday")."""
    lemma = verb.lemma_.lower()
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN") \
        and (lemma in rules.naming_verbs or lemma == "know") \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ == "as" or c.dep_ in ("oprd", "attr", "dobj")
                for c in verb.children)


def naming_relative(verb, rules: EventRules) -> bool:
    """Whether ``verb`` is a naming verb in a free relative under another verb ("made *what
    it called* its final offer")."""
    return verb.lemma_.lower() in rules.naming_verbs and verb.head.pos_ in VERB_POS \
        and verb.head.i != verb.i and any(c.tag_ == "WP" and c.lower_ == "what"
                                          for c in verb.children)


def plan_publisher(verb, rules: EventRules):
    """The verb that will bring out a plan whose content a date hangs from ("he would
    *publish* a plan to cut council tax next week": the publishing is what is dated, the
    cut comes later), else ``verb``. Only a future verb: one in the past ("unveiled a plan
    to cut taxes next year") cannot happen on a later date, so the date is the plan's."""
    noun = verb.head
    if verb.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                     for c in verb.children) or noun.dep_ != "dobj":
        return verb
    owner = noun.head
    future = any(c.dep_ == "aux" and c.lower_ in rules.status["future"].lemmas
                 for c in owner.children)
    return owner if future and noun.lemma_.lower() in rules.plan_nouns else verb


def clause_verb(token):
    """The nearest verb at or above ``token`` (the sentence root when there is none)."""
    while token.pos_ not in VERB_POS and token.head.i != token.i:
        token = token.head
    return token
