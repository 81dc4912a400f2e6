"""An event that speaks as its organisers: "..., the tournament said" (round 69).

"Top-seeded Anya Petrova reached the semifinals of the Lowcountry Open ... Delacroix pulled
out shortly after 5 p.m., the tournament said": a bare definite event noun
(``generator/rules/event_speakers.yaml`` ``nouns``) is the last event named before it, a
capitalised name ending with one of the file's ``name_endings`` (NER tags such names as
anything: a law, a work of art, an organisation or nothing).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Token

from generator.extract.quotes.named_before import last_name_before
from generator.rulefiles import load_rule_file


class EventExample(BaseModel):
    """One example: the text before the cue, the noun, the event name it takes (or None)."""

    model_config = ConfigDict(extra="forbid")
    text: str
    noun: str
    name: str | None


class EventSpeakerFile(BaseModel):
    """``generator/rules/event_speakers.yaml``."""

    model_config = ConfigDict(extra="forbid")
    nouns: list[str] = Field(min_length=1)
    name_endings: list[str] = Field(min_length=1)
    examples: list[EventExample] = Field(default_factory=list)


@lru_cache(maxsize=1)
def event_rules() -> tuple[frozenset[str], re.Pattern[str]]:
    """(nouns, pattern of event names), read once and precompiled."""
    rules = load_rule_file("event_speakers.yaml", EventSpeakerFile)
    endings = "|".join(re.escape(e) for e in sorted(rules.name_endings, key=len, reverse=True))
    pattern = re.compile(rf"\b((?:{_WORD} ){{1,4}}(?:{endings}))\b")
    return frozenset(n.casefold() for n in rules.nouns), pattern


#: A capitalised word of an event's name.
_WORD = r"[A-Z][\w'’.&-]*"


@lru_cache(maxsize=32)
def _described_event(noun: str) -> re.Pattern[str]:
    """"Harrowgate Fields, the three-day festival in the Yorkshire Dales": a name set off
    before "the"/"a" and at most three words and the event noun, which ends the phrase
    (no "the festival director"); compiled once per noun."""
    return re.compile(rf"\b((?:{_WORD} ){{0,3}}{_WORD}), (?:the|a|an) (?:[\w'’-]+ ){{0,3}}?"
                      rf"{re.escape(noun)}(?=[,.;:]| (?:in|at|on|near|which|that|where)\b)")


def event_named(noun: str, text_before: str) -> str | None:
    """The last event name in ``text_before`` that the event noun ``noun`` may stand for,
    named by its ending ("Lowcountry Open") or described by the noun in apposition
    ("Harrowgate Fields, the three-day festival", round 84); None for another noun or when
    no event is named."""
    nouns, pattern = event_rules()
    if noun.casefold() not in nouns:
        return None
    ended = [(m.start(), m.group(1)) for m in pattern.finditer(text_before)]
    described = [(m.start(), m.group(1)) for m in _described_event(noun.casefold()).finditer(
        text_before)]
    if not described:
        return last_name_before(pattern, text_before)
    start, name = max(ended + described)
    return name[len("The "):] if name.startswith("The ") else name


def event_speaking(head: Token | None, text: str) -> str | None:
    """:func:`event_named` for a bare "the tournament" subject (``head``), read in the text
    before it; None for any other mention ("the tournament director", "a festival")."""
    if head is None or head.lower_ not in event_rules()[0] \
            or [c.lower_ for c in head.children if c.dep_ != "punct"] != ["the"]:
        return None
    return event_named(head.lower_, text[: head.idx])
