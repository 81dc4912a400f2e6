"""Dates that tell of no event: a dateline's, a condition's, a point of comparison's.

- "ORSKVIK, Norvale, Sept 18 (Reuters) - Dock workers ...": the dateline's date is when the
  story was filed, not when something happened (:func:`generator.extract.datelines.in_dateline`);
- "Vask can call an election if no budget passes *by the end of the year*": a condition; "If
  no candidate wins, a runoff will be held *on May 21*": a happening under a condition;
- "not expected *before the summer*": a bound, not a date (a plan since replaced is
  :mod:`.superseded`'s);
- "the strongest storm to hit the region *since 1999*", "the first title since 1984": a
  point of comparison in a clause that ranks or counts; "from 162 million euros *a year
  earlier*": the base of a comparison; "raised its forecast *for the year*": what a noun
  covers (:mod:`.periods`); "sets *next year's* calendar": which thing is meant
  (``names_object``); the ranking and comparison tests live in :mod:`.rankings`;
- "“*Today* we have replaced nine years of quarrels,” the minister said at the signing": the
  day the words were spoken, told elsewhere in the story;
- "on July 25, *the last evening of the festival*": a date restated (``restates_date``).
"""

from __future__ import annotations

import re

from generator.extract.events.changes import moved_from
from generator.extract.events.conditions import inverted_condition
from generator.extract.events.likeness import any_of_kind, same_as_then, set_against
from generator.extract.events.periods import covers_period, timexes_by_end
from generator.extract.events.rankings import (
    SUPERLATIVE_TAGS,
    dates_batch,
    denied_contrast,
    is_comparison_base,
    is_ordinal,
    locates_compared,
    previous_occasion,
    scopes_ranking,
    zero_since,
)
from generator.extract.events.rules import EventRules
from generator.extract.events.tenses import is_past
from generator.extract.hits import Timex

#: Dependencies of a date that only qualifies the noun it modifies ("*third-quarter* results").
NOUN_MODIFIER_DEPS = ("compound", "amod", "nmod", "nummod")
#: Dependencies through which a clause hangs from the one it is a condition of.
CLAUSE_DEPS = ("conj", "xcomp", "ccomp", "advcl")

#: Dependencies of a finite clause of its own (since_clause).
FINITE_CLAUSE_DEPS = ("ROOT", "ccomp", "conj")

#: What lies between a date and a second one that restates it ("on July 25*, the *last
#: evening of the festival"); a list of dates has no "the" ("on April 14, April 23").
RESTATING_GAP = re.compile(r",\s+(?:the\s+)?")


def restates_date(text: str, timex: Timex, timexes) -> bool:
    """Whether ``timex`` is an apposition that restates the date right before it ("at an
    awards night on July 25, *the last evening of the festival*"): the same day told again,
    no event of its own (round 13)."""
    # the gap opens with the one comma in it: only a date ending at the last comma before
    # ``timex`` can be restated
    comma = text.rfind(",", 0, timex.start)
    for before in timexes_by_end(timexes).get(comma, ()) if comma >= 0 else ():
        gap = text[before.end:timex.start]
        if before.end <= timex.start and RESTATING_GAP.fullmatch(gap) \
                and ("the" in gap or timex.text.lower().startswith("the ")):
            return True
    return False


def is_conditional(verb, rules: EventRules) -> bool:
    """Whether the verb's clause is a condition ("if no budget passes ..."): it, or a clause
    it belongs to, is opened by one of ``rules.conditional_markers``."""
    markers = set(rules.conditional_markers)
    opener = next((t for t in verb.sent if not t.is_space), None)
    comma = next((t.i for t in verb.sent if t.text == ","), None)
    if opener is not None and opener.lower_ in markers and opener.dep_ != "mark" \
            and comma is not None and opener.i < verb.i < comma and verb.dep_ != "ROOT":
        return True  # round 45: "If fewer than nine in ten households *respond* by May 2, ..."
        # (the parser made "If" a preposition)
    token = verb
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ in markers for c in token.children) \
                or inverted_condition(token, rules):
            return True
        # round 47: "If the wing had stayed *closed* until June, ...": a participle or
        # adjective the condition's verb takes is inside the condition
        if token.dep_ not in (*CLAUSE_DEPS, "acomp") or token.head.i == token.i:
            return False
        token = token.head
    return False


def is_lower_bound(span, verb, rules: EventRules) -> bool:
    """Whether the date only bounds a negated forecast ("a verdict is *not* expected
    *before* the summer", "a verdict was *unlikely* before May"): no date for the verdict."""
    root = span.root
    # round 61: or the "not" is on the preposition itself ("would accept a majority verdict if
    # they could not all agree, *but not before* next Thursday")
    # round 62: or the "not" is on the verb of expecting the dated verb depends on ("it *did
    # not expect to call* on its reserve service *before* Christmas")
    return root.dep_ == "pobj" and root.head.lower_ in rules.reference_points.bounds \
        and (negated(verb, rules) or any(c.dep_ == "neg" for c in root.head.children)
             or (verb.dep_ == "xcomp" and negated(verb.head, rules)))


def negated(verb, rules: EventRules) -> bool:
    """Whether the verb is negated by "not" or by a predicate that negates by itself ("was
    *unlikely*", ``reference_points.negations``)."""
    return any(c.dep_ == "neg" or (c.dep_ == "acomp" and c.lemma_.lower()
                                   in rules.reference_points.negations)
               for c in verb.children)


def is_reference_point(span, rules: EventRules) -> bool:
    """Whether the date (a spaCy span) follows "since" in a sentence that ranks or counts
    before it ("the strongest storm ... since 1999", "the first time since 1984"), or dates
    the base of a comparison ("to 85 million euros from 162 million euros *a year
    earlier*")."""
    if is_comparison_base(span, rules) or moved_from(span, rules) or covers_period(span, rules) \
            or scopes_ranking(span, rules) or locates_compared(span, rules) \
            or names_object(span, rules) or names_aim(span, rules) or dates_batch(span, rules) \
            or previous_occasion(span, rules) or since_records_began(span, rules) \
            or zero_since(span) or denied_contrast(span) or same_as_then(span, rules) \
            or set_against(span, rules) or any_of_kind(span, rules):
        return True
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None or before.lower_ not in rules.reference_points.prepositions:
        since = since_marker(span, rules)  # only a superlative ranks across a noun phrase
        return since is not None and any(
            t.tag_ in SUPERLATIVE_TAGS for t in since_clause(since) if t.i < since.i)
    markers = set(rules.reference_points.markers)
    return any(t.tag_ in SUPERLATIVE_TAGS or t.lower_ in markers or is_ordinal(t)
               for t in since_clause(before) if t.i < before.i)


def since_marker(span, rules: EventRules):
    """The "since" before a noun the date is on ("the biggest programme *since* the COVID-19
    rollout in 2021", round 23, a noun the parser may make a clause with "since" as its
    marker), else None; the caller asks for a superlative before it. A clause with a verb
    after "since" is a happening ("since the town got its own council in 1958", round 20),
    and so is a noun after an ordinal ("her second since floods in October")."""
    token = span.root
    prepositions = rules.reference_points.prepositions
    for _ in range(3):
        if token.dep_ not in ("pobj", "prep") or token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.dep_ == "pobj" and token.head.lower_ in prepositions:
            return token.head
        since = next((c for c in token.children if c.dep_ == "mark" and c.i < span.start
                      and c.lower_ in prepositions), None)
        if since is not None:
            return since
    return None


def since_records_began(span, rules: EventRules) -> bool:
    """Whether the date is on a "since" clause whose subject only keeps count
    (``reference_points.record_keepers``: "the highest *since records began* in 1921", round
    26): the start of the records is a point of comparison, no happening ("since it was
    first run in 1987" stays one)."""
    verb = span.root.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return any(c.dep_ == "mark" and c.lower_ in rules.reference_points.prepositions
               for c in verb.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass")
                and c.lemma_.lower() in rules.reference_points.record_keepers
                for c in verb.children)


def since_clause(since):
    """The tokens of the clause "since" belongs to: the subtree of the nearest finite clause
    above it, a reported or coordinated one or the root ("the strongest storm *to hit* Orsk
    since 1999" reaches "was"). A superlative in another clause ranks nothing here ("said
    *most* of the branches were ..., and that visits had fallen ... since 2019", round 14)."""
    token = since.head
    while not (token.pos_ in ("VERB", "AUX") and token.dep_ in FINITE_CLAUSE_DEPS) \
            and token.head.i != token.i:
        token = token.head
    return token.subtree


def names_object(span, rules: EventRules) -> bool:
    """Whether the date, a period in the possessive on the object of a verb not in the past,
    only says which thing is meant ("sets *next year's* calendar",
    ``rules.reference_points.named_periods``): the setting is not dated by it. A day keeps its
    date ("faces *Sunday's* final"), so do an event noun and a past verb ("won *last year's*
    title", the same year)."""
    root = span.root
    noun = root.head
    if root.dep_ != "poss" or root.lemma_.lower() not in rules.reference_points.named_periods \
            or noun.dep_ not in ("dobj", "pobj") or noun.pos_ != "NOUN":
        return False
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    return noun.lemma_.lower() not in rules.event_nouns and verb.pos_ in ("VERB", "AUX") \
        and not is_past(verb)


#: Days a possessive names ("for *Saturday's* attempt").
DAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday", "today", "tomorrow", "yesterday"})


def names_aim(span, rules: EventRules) -> bool:
    """Whether the date, a possessive on a noun that is no happening of its own after one of
    ``rules.possessed_prepositions``, only says which happening a present verb is for
    ("Forecasters give a 70 percent chance of good weather *for Saturday's attempt*", round
    29): the attempt is told and dated elsewhere, and the giving is not on Saturday. Only a
    day: a period's possessive dates the happening it names ("qualify for *next summer's*
    finals", round 27)."""
    root = span.root
    noun = root.head
    if root.dep_ != "poss" or root.lower_ not in DAY_NAMES or noun.dep_ != "pobj" \
            or noun.pos_ != "NOUN" \
            or noun.head.lower_ not in rules.possessed_prepositions \
            or noun.lemma_.lower() in rules.event_nouns:
        return False
    verb = noun.head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBP", "VBZ")


def spoken_today(timex: Timex, claims, rules: EventRules) -> bool:
    """Whether the date is a "today" (``rules.quoted_deictics``) inside a direct quote: the
    day the words were spoken, which is not the publication day when the article tells of a
    ceremony the day before ("“*Today* we have replaced nine years of quarrels,” Nils Varga
    said at the signing"), and which the article dates elsewhere if it matters."""
    return timex.text.lower() in rules.quoted_deictics and any(
        c.kind == "quote" and c.start <= timex.start < c.end for c in claims)


def date_rank(doc, timex: Timex, anchor, rules: EventRules) -> int:
    """How well a date tells when its predicate happens, lower is better: 0 for a date on the
    predicate ("*on April 3*", "*from Monday*", "set *for* March 14"); 1 for one that bounds a
    span or says what a noun covers ("*until* 9 p.m.", "figures *for the first quarter*")
    or only places another date ("March 14 *next year*", "The last day *this year* is June
    13"), which another date on the same
    predicate beats; 2 for a date that only qualifies a noun ("*third-quarter* results"),
    which even a date hung on that noun beats ("report third-quarter results *on Oct. 29*")."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return 1
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in rules.bounding_prepositions \
            and not arranged_for(head, rules):
        return 1
    if root.dep_ == "npadvmod" and head.ent_type_ in ("DATE", "TIME"):
        return 1  # "March 14 *next year*": it only places the date before it
    if root.dep_ == "npadvmod" and has_dated_complement(head):
        return 1  # "The last day *this year* is June 13": the complement is the date
    if root.dep_ in ("nsubj", "nsubjpass"):  # "the previous warmest October, in 2006, ..."
        return 1
    if root.dep_ == "pobj":
        root, head = head, head.head
    noun = anchor.noun
    qualifies_noun = head.pos_ in ("NOUN", "PROPN") and head.ent_type_ not in ("DATE", "TIME") \
        and (noun is None or head.i != noun.i)  # "until 9 p.m. from Monday": a date on a date
    if not qualifies_noun or root.dep_ == "npadvmod":
        return 0
    return 2 if root.dep_ in NOUN_MODIFIER_DEPS else 1


def clock_of_day(time: Timex, day: Timex) -> bool:
    """Whether ``time`` is a clock time on the day ``day`` gives, both on one predicate ("will
    lift off ... on November 24 at 10:42 p.m.", "On race day, Sunday, April 18, the elite
    women start at 8.30am", round 37): the finer date says when it happens."""
    return time.type == "TIME" and day.type == "DATE" and ":" in time.value \
        and time.value.startswith(f"{day.value}T")


def has_dated_complement(verb) -> bool:
    """Whether ``verb`` is a "be" whose complement is a date ("The last day of classes this
    year *is June 13*"): that date says when, a bare date beside it only places it."""
    return verb.lemma_ == "be" and any(c.dep_ == "attr" and c.ent_type_ in ("DATE", "TIME")
                                       for c in verb.children)


def arranged_for(preposition, rules: EventRules) -> bool:
    """Whether "for" gives the date something is arranged for ("is *set for* March 14",
    "scheduled for Monday"): then it says when, not what a figure covers."""
    head = preposition.head
    return preposition.lower_ == "for" and head.lemma_.lower() in rules.status["planned"].lemmas
