"""Round 58: moves that replace a date told before them, for :mod:`.superseded`: a past "was
due" the next sentence moves ("The ship *was due* to sail on April 3. The centre first *put*
the departure *back* to April 8", ``moved_next``), and a first move a later one replaced
("*first put* the departure back to April 8, *then postponed* it again", ``first_move``).
Apart from :mod:`.superseded`, which is near its size limit."""

from __future__ import annotations

from generator.extract.events.rules import EventRules


def moving(verb, rules: EventRules) -> bool:
    """Whether the verb is one of ``rules.moving_verbs``, alone or with its particle or adverb
    ("*put* the departure *back*")."""
    lemma = verb.lemma_.lower()
    return lemma in rules.moving_verbs or any(
        f"{lemma} {c.lower_}" in rules.moving_verbs
        for c in verb.children if c.dep_ in ("prt", "advmod"))


def moved_next(clause, rules: EventRules) -> bool:
    """Whether the sentence after a past "was due" opens with a move as its main verb ("The
    ship *was due* to sail on April 3. The centre first *put* the departure *back* to April
    8", round 58): the plan, its day gone by, was replaced."""
    end = clause.sent.end
    doc = clause.doc
    while end < len(doc) and (doc[end].is_space or doc[end].is_punct):
        end += 1
    return end < len(doc) and moving(doc[end].sent.root, rules)


def first_move(verb, rules: EventRules) -> bool:
    """Whether the dated verb is a move an adverb of ``rules.first_plan_adverbs`` says came
    first, with another move after it "then" (``rules.sequence_adverbs``: "The centre *first
    put* the departure *back to April 8*, *then postponed* it again on Thursday", round 58):
    the first move's date was replaced by the second, as a first plan's is."""
    return moving(verb, rules) and any(
        c.dep_ == "advmod" and c.lower_ in rules.first_plan_adverbs for c in verb.children) \
        and any(c.dep_ in ("conj", "dep") and c.i > verb.i and moving(c, rules) and any(
            a.dep_ == "advmod" and a.lower_ in rules.sequence_adverbs for a in c.children)
            for c in verb.children)

