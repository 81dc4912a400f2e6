"""Happenings counted after another ("*a second*, two-day strike"): never a retelling."""

from __future__ import annotations

from generator.extract.events.rules import EventRules


def later_count(token, rules: EventRules) -> str | None:
    """The word of ``rules.later_counts`` that counts the happening ``token`` names (an event
    noun, or the subject of its verb: "and *a second*, two-day strike on October 20",
    "*The third* phase will open in May", "Stores *in the second wave*"), else None. A
    happening counted after another is not the one told before at a finer date, unless that
    one is counted alike ("A *second* group of 14 will close in May" ... "Stores in the
    *second* wave ... will close their doors on May 30": ``merge.retold_finer``); "the *first*
    walkout" may be."""
    if token is None:
        return None
    for child in token.children:
        if child.dep_ in ("amod", "det", "advmod") and child.i < token.i \
                and child.lower_ in rules.later_counts:
            return child.lower_
    if token.lower_ in rules.later_counts:
        return token.lower_
    # "Stores *in the second wave*": the group the things belong to counts them
    return next((count for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "in"
                 for group in prep.children if group.dep_ == "pobj"
                 for count in [later_count(group, rules)] if count is not None), None)


def several(token) -> bool:
    """Whether the event noun ``token`` counts more than one happening by a number ("plans
    *four launches* this year", round 56): none of them is one launch told at a finer date
    (``merge.retold_finer``)."""
    return token is not None and token.tag_ == "NNS" and any(
        c.dep_ == "nummod" and c.like_num and c.lower_ not in ("one", "1")
        for c in token.children)
