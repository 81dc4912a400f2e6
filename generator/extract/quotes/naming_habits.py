"""Names a thing goes by: "which villagers have taken to calling “the wall that never
comes”" names the thing (round 86), and so does "a radio the crews referred to as “the old
kettle”" (round 92); the verbs are data (``generator/rules/naming_habits.yaml``).
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Span, Token

from generator.extract.quotes.notices import QuoteCountExample
from generator.extract.quotes.terms import is_title
from generator.rulefiles import load_rule_file


class NamingHabitsFile(BaseModel):
    """``generator/rules/naming_habits.yaml``."""

    model_config = ConfigDict(extra="forbid")
    naming: list[str] = Field(min_length=1)
    habits: list[str] = Field(min_length=1)
    referring: list[str] = Field(min_length=1)
    proclaiming: list[str] = Field(min_length=1)
    examples: list[QuoteCountExample] = Field(default_factory=list)
    not_: list[QuoteCountExample] = Field(default_factory=list, alias="not")


@lru_cache(maxsize=1)
def _lemmas() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs of naming, verbs of a habit), read once."""
    rules = load_rule_file("naming_habits.yaml", NamingHabitsFile)
    return frozenset(w.casefold() for w in rules.naming), frozenset(
        w.casefold() for w in rules.habits)


@lru_cache(maxsize=1)
def _referring() -> frozenset[str]:
    """Verbs that name a thing "as" Y (``referring``), read once."""
    return frozenset(w.casefold() for w in
                     load_rule_file("naming_habits.yaml", NamingHabitsFile).referring)


@lru_cache(maxsize=1)
def _proclaiming() -> frozenset[str]:
    """Verbs that give a thing its proper name (``proclaiming``), read once."""
    return frozenset(w.casefold() for w in
                     load_rule_file("naming_habits.yaml", NamingHabitsFile).proclaiming)


def proper_name_given(quote: Span, content: str) -> bool:
    """Whether the quote is a name in Title Case ("Orsk Library Day") that a verb of
    proclaiming or naming takes as its object ("declaring June 4 “...”", "to name the
    bridge “...”"): the name the thing is given, no one's words (round 98)."""
    words = [t for t in quote if not t.is_punct]
    if not words or not is_title(content):
        return False
    head = next((t for t in words if t.head.i < quote.start or t.head.i >= quote.end), words[0])
    # the name may hang on the thing named ("declaring June 4 “Orsk Library Day”": an
    # apposition of the date, the date the verb's object)
    for _ in range(3):
        if head.dep_ not in _NAMED_THING:
            return False
        head = head.head
        if head.pos_ == "VERB":
            return head.i < quote.start and head.lemma_.casefold() in _proclaiming()
    return False


#: How a name in marks or the thing it names hangs on the verb that gives the name.
_NAMED_THING = frozenset({"dobj", "oprd", "attr", "ccomp", "xcomp", "appos", "npadvmod",
                          "nmod"})


#: How the parser hangs the verb of naming on the habit: "taken to | calling" (a
#: preposition's complement), "began | calling", "come | to call".
_HABIT_DEPS = frozenset({"xcomp", "advcl", "pcomp"})


def named_by_habit(verb: Token) -> bool:
    """Whether ``verb`` (the verb of calling that governs a quote) names a thing by a habit
    of its users: a verb of naming hung on a verb of taking up a habit, with a relative
    pronoun as the object of either ("which villagers have taken to calling ...")."""
    naming, habits = _lemmas()
    if verb.lemma_.casefold() not in naming or verb.dep_ not in _HABIT_DEPS:
        return False
    habit = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "to" else verb.head
    if habit.lemma_.casefold() not in habits or habit.pos_ not in ("VERB", "AUX"):
        return False
    # "a stretch that listings have taken to calling ...": "that" the tagger may read as a
    # conjunction (round 102)
    return any((c.tag_ in ("WDT", "WP") or c.lower_ == "that") and c.dep_ in ("dobj", "oprd")
               or c.lower_ == "that" and c.dep_ == "mark" and habit.dep_ == "relcl"
               for c in (*verb.children, *habit.children))


def referred_to_as(quote: Span) -> bool:
    """Whether the quote is the name after "as" of a verb of referring whose own
    preposition has no object ("a radio the two crews referred to in their logbooks as
    “the old kettle”"): the thing named is the noun the clause hangs on, a "what" or the
    passive's subject, so the words name it; with an object of its own ("referred to the
    plan as “a disgrace”") the verb judges, and the quote stays speech."""
    words = [t for t in quote if not t.is_punct]
    if not words:
        return False
    head = next((t for t in words if t.head.i < quote.start or t.head.i >= quote.end), words[0])
    opening = quote.doc[max(0, quote.start - 1)]
    as_ = head.head if head.dep_ == "pobj" else opening.head if opening.is_punct else None
    if as_ is None or as_.lower_ != "as" or as_.i >= quote.start:
        return False
    verb = as_.head
    if verb.lemma_.casefold() not in _referring():
        return False
    stranded = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"]
    # "what the crews refer to as": the parser may hang the fronted "what" on "to"
    return bool(stranded) and not any(c.dep_ == "pobj" and c.i > stranded[0].i
                                      for c in stranded[0].children)


def declared_result(cue: Token, clause_head: Token) -> bool:
    """"The commission declared President X the winner": a verb of proclaiming whose
    "clause" the parser found is a name or noun with no subject or verb of its own (the one
    declared and what they are declared) states an act, a result, and reports no one's
    words (round 101); "declared that the vote was fair" has a clause."""
    return cue.lemma_.casefold() in _proclaiming() and clause_head.pos_ in ("PROPN", "NOUN") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "cop", "aux") for c in clause_head.children)
