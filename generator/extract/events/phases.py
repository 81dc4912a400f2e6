"""Round 54: a happening done in counted stages and its first stage, told in two sentences
("The new routes will be introduced *in three phases* from next month" ... "*The first
phase*, covering routes in the north of the city, starts on Sunday, October 27"): the first
stage is the beginning of the whole, one happening at two granularities
(``merge.retold_finer``). A later stage ("The second phase ... follows on January 5") is
another happening, arranged as the whole is (round 53: ``later_stage``)."""

from __future__ import annotations

from generator.extract.events.rules import EventRules

__all__ = ["counted_stage", "elided_noun", "elided_stage", "first_stage", "in_stages",
           "later_stage"]

#: Words that number a stage after the first ("*The second* will follow from March 17").
LATER = frozenset({"second", "third", "fourth", "fifth", "sixth", "final", "last"})


def in_stages(verb, rules: EventRules) -> bool:
    """Whether the verb is done "in" a counted number of ``rules.stage_nouns``."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in rules.stage_nouns
        and any(n.dep_ == "nummod" for n in g.children)
        for g in c.children) for c in verb.children)


def first_stage(verb, rules: EventRules) -> bool:
    """Whether the verb's subject is "the first" of ``rules.stage_nouns``, or (round 61) the
    first ones counted ("*The first 12 stores* will close on Saturday, September 21"), or the
    verb is done "first" ("The outpatient floor *opens first*, on Monday, March 8"): after a
    happening done in counted stages, its first stage."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (
        c.lemma_.lower() in rules.stage_nouns and any(d.lower_ == "first" for d in c.lefts)
        or any(d.dep_ == "amod" and d.lower_ == "first" for d in c.children)
        and any(d.dep_ == "nummod" for d in c.children)) for c in verb.children) \
        or any(c.dep_ == "advmod" and c.lower_ == "first" for c in verb.children)


def later_stage(verb, rules: EventRules) -> bool:
    """Whether the verb's subject is a later one of ``rules.stage_nouns`` ("*A second wave* of
    about 250 will follow in June 2027", round 51) or its bare ordinal ("*The second* will
    follow from March 17 to March 21", round 53) after a happening the text says is done in a
    counted number of them ("with all 640 jobs lost *in three waves*", "will strike for ten
    days *in two blocks*"): a stage of what was arranged in stages is arranged with it; "a
    second wave of infections will follow" with no stages told stays a forecast."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lemma_.lower() in rules.stage_nouns \
            and any(c.dep_ == "amod" and c.lower_ in LATER for c in subject.children):
        noun = subject.lemma_.lower()
    else:
        noun = elided_stage(subject, rules)
    return noun is not None and any(
        t.lemma_.lower() == noun and t.dep_ == "pobj" and t.head.lower_ == "in"
        and any(n.dep_ == "nummod" for n in t.children)
        for t in subject.doc[:verb.i])


def elided_stage(subject, rules: EventRules) -> str | None:
    """The stage noun a bare ordinal subject leaves out ("The first *block* of walkouts will
    run from Monday, February 24 ... *The second* will follow"), told with "first" in its
    sentence or the one before, else None."""
    if subject.lower_ not in LATER or any(c.dep_ != "det" for c in subject.children):
        return None
    sent = subject.sent
    start = subject.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return next((t.lemma_.lower() for t in subject.doc[start:subject.i]
                 if t.lemma_.lower() in rules.stage_nouns
                 and any(c.lower_ == "first" for c in t.lefts)), None)


def elided_noun(subject) -> str | None:
    """The noun a bare ordinal subject leaves out, told in its sentence or the two before:
    with "first" ("The first *block* of walkouts will run ... The second will follow",
    round 53) or counted ("agreed to hold three televised leaders' *debates*. The first, on
    RTN, is on Tuesday, March 9, and the second follows a week later", round 55), the
    nearest; else None."""
    counted = counted_stage(subject)
    if not counted and subject.lower_ not in LATER | {"first"} \
            or not counted and any(c.dep_ in ("compound", "amod", "nummod") or c.lower_ == "of"
                                   for c in subject.children):
        return None  # "The second, *hosted by WAFT-TV*, is set for May 15" keeps its aside;
        # "The first *of* about 6,000 residents" names its own
    doc, start = subject.doc, subject.sent.start
    for _ in range(2):
        start = doc[start - 1].sent.start if start > 0 else start
    for token in reversed(doc[start:subject.i]):
        if token.pos_ != "NOUN" or token.ent_type_:
            continue
        if any(c.lower_ == "first" for c in token.lefts) or token.tag_ == "NNS" and any(
                t.tag_ == "CD" and t.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT")
                for t in doc[token.left_edge.i:token.i]):
            return token.lower_ if counted and token.tag_ == "NNS" else token.lemma_.lower()
    return None


def counted_stage(subject) -> bool:
    """Whether the subject is a bare number ranked by "first" or a word of ``LATER``, its noun
    left out ("The first 12 stores will close on Saturday ... and *the last 12* will shut by the
    end of October", round 61: the last 12 stores)."""
    return subject.tag_ == "CD" and not any(c.lower_ == "of" for c in subject.children) \
        and any(c.dep_ == "amod" and c.lower_ in LATER | {"first"} for c in subject.children)
