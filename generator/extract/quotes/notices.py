"""Written notices after a colon: "pointed to a sign taped inside the window: "Drivers
wanted. Ask inside."" quotes a sign, no one's speech (round 82). The nouns are data
(``generator/rules/written_notices.yaml``).
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Span, Token

from generator.rulefiles import load_rule_file


class QuoteCountExample(BaseModel):
    """One example of a quotes rule file: a text and how many quotes it holds (shared by the
    rule files that only decide whether marks hold speech: written notices, naming habits)."""

    model_config = ConfigDict(extra="forbid")
    text: str
    quotes: int


class NoticesFile(BaseModel):
    """``generator/rules/written_notices.yaml``."""

    model_config = ConfigDict(extra="forbid")
    nouns: list[str] = Field(min_length=1)
    examples: list[QuoteCountExample] = Field(default_factory=list)
    not_: list[QuoteCountExample] = Field(default_factory=list, alias="not")


@lru_cache(maxsize=1)
def notice_nouns() -> frozenset[str]:
    """The nouns of written notices, read once."""
    return frozenset(n.casefold() for n in load_rule_file("written_notices.yaml",
                                                          NoticesFile).nouns)


def notice_before_colon(quote: Span) -> bool:
    """Whether a colon right before the quote closes the phrase of a notice noun ("a
    hand-lettered sign taped inside the office window:"): every word between the noun and
    the colon is part of the noun's phrase."""
    doc = quote.doc
    colon = next((t for t in reversed(doc[max(0, quote.start - 3) : quote.start])
                  if t.text == ":"), None)
    if colon is None:
        return False
    nouns = notice_nouns()
    for noun in doc[colon.sent.start : colon.i]:
        if noun.pos_ == "NOUN" and noun.lemma_.casefold() in nouns:
            phrase = {t.i for t in noun.subtree} | _phrase_hung_on_verb(noun)
            if all(i in phrase for i in range(noun.i + 1, colon.i)):
                return True
    return False


def _phrase_hung_on_verb(noun: Token) -> set[int]:
    """"has its own name | for the months that followed:": the parser may hang the noun's
    "for" phrase on its verb; right after the object, it is still the noun's (round 84)."""
    if noun.dep_ != "dobj":
        return set()
    return {t.i for prep in noun.head.children if prep.dep_ == "prep" and prep.lower_ == "for"
            and prep.i == noun.right_edge.i + 1 for t in prep.subtree}
