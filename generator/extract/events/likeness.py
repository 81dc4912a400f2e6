"""A date that only says when something was the same: "caps the festival's capacity at
25,000, *the same as in 2025*" (round 42) compares with that year, as "the first since
1984" ranks against one, and so does "fear *a repeat of 2019*"; the year makes no event
(``filters.is_reference_point``), and a "when" clause on it tells the happening
(``anchor.compared_happening``: "a repeat of 2019, *when a three-week closure cut their
takings* by a quarter")."""

from __future__ import annotations

from generator.extract.events.rules import EventRules

__all__ = ["any_of_kind", "same_as_then", "set_against"]


def same_as_then(span, rules: EventRules) -> bool:
    """Whether the date (a spaCy span) is the object of "as" (or of a preposition after it)
    that a word of ``rules.likeness_words`` governs ("the *same as in* 2025", "*unchanged
    from* 2024" is ``reference_points.bases``' already)."""
    token = span.root
    for _ in range(3):
        if token.dep_ not in ("pobj", "prep") or token.head.i == token.i:
            return False
        token = token.head
        if token.lower_ == "as" and token.dep_ == "prep":
            return token.head.lemma_.lower() in rules.likeness_words \
                or alike_just_before(token, rules)
        if token.lower_ == "of" and token.dep_ == "prep":
            # "Traders fear *a repeat of 2019*, when a three-week closure cut their takings"
            return token.head.lemma_.lower() in rules.repeat_nouns
    return False


def set_against(span, rules: EventRules) -> bool:
    """Whether the date dates a figure set against another after one of
    ``rules.comparing_prepositions`` ("expects 400,000 visits in the first full year, *against
    310,000 in 2022*", round 49): that year's figure is the point of comparison."""
    root = span.root
    prep = root.head
    figure = prep.head
    return root.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("in", "for") \
        and figure.dep_ == "pobj" and (figure.like_num or any(
            c.dep_ == "nummod" for c in figure.children)) \
        and figure.head.lower_ in rules.comparing_prepositions


def alike_just_before(prep, rules: EventRules) -> bool:
    """Whether the noun right before "as" has a word of ``rules.likeness_words`` on it, the
    parser having hung "as" on the verb ("We asked for *the same rate as* last year", round
    52)."""
    if prep.i == 0:
        return False
    noun = prep.doc[prep.i - 1]
    return noun.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lemma_.lower() in rules.likeness_words for c in noun.children)


def any_of_kind(span, rules: EventRules) -> bool:
    """Whether the date (a spaCy span) modifies a noun that a word of
    ``reference_points.kind_determiners`` picks out of a kind ("the heaviest rain *for any July
    day* since 1998", round 62): a kind of day compared with, no happening on it."""
    root = span.root
    if root.dep_ not in ("compound", "nmod", "amod"):
        return False
    kinds = rules.reference_points.kind_determiners
    return any(c.dep_ == "det" and c.lower_ in kinds for c in root.head.children)
