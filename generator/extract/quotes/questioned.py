"""The person questioned about a text that holds their own words.

"Assistant US Attorney Peter Lindqvist pressed Kessler on a March 2025 message in which he
told a colleague to "keep ..."": "he" is Kessler, whose message it is, not the prosecutor,
the sentence's subject and the nearest person otherwise. The verbs and prepositions are
data (``generator/rules/questioned_persons.yaml``, round 80).
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Token

from generator.rulefiles import load_rule_file


class SpeakerExample(BaseModel):
    """One example: a text and the speaker of its (last) quote (shared by the rule files whose
    examples name a speaker: questioned persons, titled works)."""

    model_config = ConfigDict(extra="forbid")
    text: str
    speaker: str


class QuestionedFile(BaseModel):
    """``generator/rules/questioned_persons.yaml``."""

    model_config = ConfigDict(extra="forbid")
    verbs: list[str] = Field(min_length=1)
    prepositions: list[str] = Field(min_length=1)
    examples: list[SpeakerExample] = Field(default_factory=list)


@lru_cache(maxsize=1)
def questioned_rules() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs, prepositions), read once."""
    rules = load_rule_file("questioned_persons.yaml", QuestionedFile)
    return (frozenset(v.casefold() for v in rules.verbs),
            frozenset(p.casefold() for p in rules.prepositions))


def person_questioned_about(pronoun: Token) -> Token | None:
    """The proper-noun object of a questioning verb, for a he/she subject of a relative
    clause on the noun of that verb's "on"/"about"/"over" phrase; None otherwise."""
    clause = pronoun.head
    noun = clause.head
    prep = noun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "relcl" or noun.dep_ != "pobj" \
            or prep.dep_ != "prep":
        return None
    verbs, prepositions = questioned_rules()
    asker = prep.head
    if prep.lower_ not in prepositions or asker.lemma_.casefold() not in verbs:
        return None
    return next((c for c in asker.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
