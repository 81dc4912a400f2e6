"""Names a thing goes by: "which villagers have taken to calling “the wall that never
comes”" names the thing (round 86); the verbs are data (``generator/rules/naming_habits.yaml``).
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Token

from generator.extract.quotes.notices import QuoteCountExample
from generator.rulefiles import load_rule_file


class NamingHabitsFile(BaseModel):
    """``generator/rules/naming_habits.yaml``."""

    model_config = ConfigDict(extra="forbid")
    naming: list[str] = Field(min_length=1)
    habits: list[str] = Field(min_length=1)
    examples: list[QuoteCountExample] = Field(default_factory=list)
    not_: list[QuoteCountExample] = Field(default_factory=list, alias="not")


@lru_cache(maxsize=1)
def _lemmas() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs of naming, verbs of a habit), read once."""
    rules = load_rule_file("naming_habits.yaml", NamingHabitsFile)
    return frozenset(w.casefold() for w in rules.naming), frozenset(
        w.casefold() for w in rules.habits)


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
    return any(c.tag_ in ("WDT", "WP") and c.dep_ in ("dobj", "oprd")
               for c in (*verb.children, *habit.children))
