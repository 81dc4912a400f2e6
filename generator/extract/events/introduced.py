"""Happenings a preposition introduces, whose noun a date dates rather than the verb it hangs
from: "named a squad *for next month's tour*" (``possessed_happening``), "nine days off *after
the domestic final* on June 7" (``sequenced_happening``), and the noun a date hangs from
directly (``dated_noun``); and a name's possessive date that its relative clause's happening
gives ("*Last year's* Cyclone Aria, which hit the same stretch of coast in March",
``possessor_clause``, round 31).

Split out of :mod:`.anchor` (round 29), which asks these before it reads the verb.
"""

from __future__ import annotations

from generator.extract.events.rules import EventRules

__all__ = ["NOUN_DATE_DEPS", "dated_noun", "phrase_before", "possessed_happening",
           "possessor_clause", "sequenced_happening"]

#: Dependencies of a date token on the noun it dates ("a call *Thursday*", "the summit *next
#: week*").
NOUN_DATE_DEPS = ("npadvmod", "nmod", "compound", "amod", "prep")



def possessed_happening(root, rules: EventRules):
    """The happening a period's possessive dates when a preposition of
    ``rules.possessed_prepositions`` introduces it ("for *next month's* tour"), else None. A
    day's possessive is the caller's to rule out: "Tickets for *Saturday's* match" retells a
    fixture dated elsewhere."""
    noun = root.head
    if root.dep_ != "poss" or noun.i == root.i or noun.lemma_.lower() not in rules.event_nouns:
        return None
    opener = noun.head
    return noun if noun.dep_ == "pobj" and opener.lower_ in rules.possessed_prepositions \
        else None


def sequenced_happening(span, rules: EventRules):
    """The fixture a sequence preposition introduces right before the date ("nine days off
    *after the domestic final* on June 7"), the date hung on it or, by the parser, on the
    verb; else None. Other happenings keep the verb's reading: "formed after the election in
    September" dates the forming too, but one of ``rules.preceding_prepositions`` says the verb
    comes before the happening, whose date it is ("would look at new data *before its next
    meeting* in six weeks, on Dec. 8", round 29)."""
    root = span.root
    preposition = root.head
    if root.dep_ != "pobj" or preposition.dep_ != "prep" or preposition.i == 0:
        return None
    noun = dated_noun(root)
    if noun is None:  # hung on the verb: the noun whose phrase ends just before it
        noun = phrase_before(preposition)
        if noun is None:
            return None
    if noun.dep_ != "pobj" or noun.head.lower_ not in rules.sequence_prepositions:
        return None
    bounded = noun.head.lower_ in rules.preceding_prepositions \
        and noun.lemma_.lower() in rules.event_nouns
    return noun if bounded or noun.lemma_.lower() in rules.fixture_nouns else None


def phrase_before(preposition):
    """The object of a preposition on the same head whose phrase ends just before
    ``preposition``, a comma between allowed ("after *the domestic final* on June 7",
    "before *its next meeting* in six weeks, on Dec. 8"), else None."""
    doc = preposition.doc
    i = preposition.i - 1
    while i > 0 and doc[i].is_punct:
        i -= 1
    token = doc[i]
    for _ in range(8):
        if token.dep_ == "pobj" and token.head.head.i == preposition.head.i \
                and token.head.i != preposition.i:
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def dated_noun(root):
    """The noun a date hangs from directly ("a call *Thursday*") or through a preposition
    ("floods *in October*", "a walkout in 2021"), or whose subject it owns ("*Sunday's*
    defeat left the club bottom", round 19), or None."""
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.head.i != head.i:
        root, head = head, head.head
    if root.dep_ == "poss" and head.dep_ == "nsubj":  # "*Sunday's* defeat left the club"
        return head
    return head if root.dep_ in NOUN_DATE_DEPS and head.pos_ == "NOUN" else None


def possessor_clause(root):
    """The relative clause on a name that a possessive date is on, when the clause carries a
    date of its own ("*Last year's* Cyclone Aria, *which hit* the same stretch of coast *in
    March*, cut the Bruce Highway", round 31): the name is last year's because of what the
    clause tells, so the possessive is a coarser date of that happening, not of the verb the
    name is the subject of; else None."""
    noun = root.head
    if root.dep_ != "poss" or noun.i == root.i or noun.pos_ != "PROPN":
        return None
    return next((c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i
                 and any(t.ent_type_ == "DATE" and t.i > c.i for t in c.subtree)), None)
