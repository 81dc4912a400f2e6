"""Who can plan what it does (split from ``subjects``): a plain future of an agent is planned,
of anything else expected (``status``)."""

from __future__ import annotations

from generator.extract.events.names import resolve_pronoun, surname_of_person
from generator.extract.events.nouns import ACTOR_LABELS
from generator.extract.events.subjects import (
    AGENT_PRONOUNS,
    RELATIVE_PRONOUNS,
    find_subject,
    title_holder,
)


def is_agent(subject, rules) -> bool:
    """Whether ``subject`` can plan what it does: a person, organisation or place by name
    (or a proper noun the tagger left untyped), a personal pronoun (or "it" standing for a
    name), a relative pronoun whose noun can, or a noun of ``rules.agent_nouns`` ("the
    club", "workers"); never a thing of the sky (``rules.sky_nouns``)."""
    if subject is None or any(t.lemma_.lower() in rules.sky_nouns for t in (subject, *(
            c for c in subject.lefts if c.dep_ in ("compound", "nmod")))):
        return False  # "Comet Ardent-Loma will pass", "Moonlight will wash out" (round 52)
    if subject.pos_ == "PRON":
        if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
            return is_agent(subject.head.head, rules)
        if subject.lower_ == "it":
            return resolve_pronoun(subject) is not None or said_of_itself(subject, rules)
        return subject.lower_ in AGENT_PRONOUNS
    if subject.ent_type_ in ACTOR_LABELS or title_holder(subject) is not None:
        return True
    if subject.pos_ == "PROPN" and not subject.ent_type_:
        return True  # a name the tagger did not recognise ("Voss will present ...")
    if surname_of_person(subject) is not None:
        return True  # round 54: "*Greaves* will give evidence", a plural noun to the tagger
    whole = partitive_whole(subject, rules) or counted_before(subject)
    if whole is not None:
        return is_agent(whole, rules)  # "the rest of the 3G network will close"
    return subject.lemma_.lower() in rules.agent_nouns or any(
        c.dep_ == "conj" and is_agent(c, rules) for c in subject.children)


def said_of_itself(pronoun, rules) -> bool:
    """Whether "it" is the subject of what a body that can plan says of itself ("The largest
    union, Fedra, said *it* would challenge the law", round 47: the union's stated plan)."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or clause.head.i == clause.i \
            or clause.head.lemma_.lower() not in rules.saying_verbs:
        return False
    sayer = find_subject(clause.head)
    return sayer is not None and sayer.pos_ != "PRON" and sayer.tag_ != "NNS" \
        and is_agent(sayer, rules)


def partitive_whole(noun, rules):
    """The whole a partitive noun takes a part of ("*the rest of* the 3G network" -> network,
    ``rules.partitive_nouns``), or a bare number does ("*about 600 of* the airline's 4,100
    staff", round 58), else None."""
    if noun.lemma_.lower() not in rules.partitive_nouns and noun.tag_ != "CD":
        return None
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)


def counted_before(number):
    """The plural noun a number standing alone with "the" counts, the nearest one counted
    before it in its sentence or the two before ("the first wave of 23 *stores* ... *The other
    17* will close in the second week of January", round 52: stores), else None."""
    if number.tag_ != "CD" or not any(c.dep_ == "det" and c.lower_ == "the"
                                      for c in number.children):
        return None
    doc = number.doc
    start = number.sent.start
    for _ in range(2):
        if start > 0:
            start = doc[start - 1].sent.start
    return next((t for t in reversed(doc[start:number.i]) if t.tag_ == "NNS" and any(
        c.dep_ == "nummod" for c in t.children)), None)
