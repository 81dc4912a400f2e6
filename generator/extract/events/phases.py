"""Round 54: a happening done in counted stages and its first stage, told in two sentences
("The new routes will be introduced *in three phases* from next month" ... "*The first
phase*, covering routes in the north of the city, starts on Sunday, October 27"): the first
stage is the beginning of the whole, one happening at two granularities
(``merge.retold_finer``). A later stage ("The second phase ... follows on January 5") is
another happening."""

from __future__ import annotations

from generator.extract.events.rules import EventRules

__all__ = ["first_stage", "in_stages"]


def in_stages(verb, rules: EventRules) -> bool:
    """Whether the verb is done "in" a counted number of ``rules.stage_nouns``."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in rules.stage_nouns
        and any(n.dep_ == "nummod" for n in g.children)
        for g in c.children) for c in verb.children)


def first_stage(verb, rules: EventRules) -> bool:
    """Whether the verb's subject is "the first" of ``rules.stage_nouns``."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in rules.stage_nouns
               and any(d.lower_ == "first" for d in c.lefts) for c in verb.children)
