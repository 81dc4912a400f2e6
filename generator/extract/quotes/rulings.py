"""A court's ruling that speaks as the court: "The 41-page ruling said ..." (round 71).

"The Court of Arbitration for Sport said in a statement ... The 41-page ruling said the
concentration ... was "inconsistent with" meat contamination": a definite ruling noun
(``generator/rules/court_rulings.yaml`` ``nouns``) with no author of its own is the last
court named before it, a run of capitalised words holding one of the file's
``court_words``. A ruling no court is named for stays a document (no speaker).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Token

from generator.extract.quotes.named_before import last_name_before
from generator.rulefiles import load_rule_file


class RulingExample(BaseModel):
    """One example: the text before the ruling, its noun, the court it takes (or None)."""

    model_config = ConfigDict(extra="forbid")
    text: str
    noun: str
    court: str | None


class CourtRulingFile(BaseModel):
    """``generator/rules/court_rulings.yaml``."""

    model_config = ConfigDict(extra="forbid")
    nouns: list[str] = Field(min_length=1)
    court_words: list[str] = Field(min_length=1)
    finding_verbs: list[str] = Field(default_factory=list)
    finding_bodies: list[str] = Field(default_factory=list)
    examples: list[RulingExample] = Field(default_factory=list)


@lru_cache(maxsize=1)
def ruling_rules() -> tuple[frozenset[str], re.Pattern[str]]:
    """(nouns, pattern of court names), read once and precompiled."""
    rules = load_rule_file("court_rulings.yaml", CourtRulingFile)
    words = "|".join(re.escape(w) for w in rules.court_words)
    name = r"[A-Z][\w'’&-]*"
    pattern = re.compile(rf"\b((?:{name} ){{0,4}}(?:{words})"
                         rf"(?: (?:of|for)(?: the)?(?: {name}){{1,3}})*)")
    return frozenset(n.casefold() for n in rules.nouns), pattern


@lru_cache(maxsize=1)
def finding_rules() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs, bodies) of a finding that is speech, read once."""
    rules = load_rule_file("court_rulings.yaml", CourtRulingFile)
    return (frozenset(v.casefold() for v in rules.finding_verbs),
            frozenset(b.casefold() for b in rules.finding_bodies))


def reports_finding(verb: Token) -> bool:
    """"An independent tribunal rejected that explanation, finding that she ...", "...,
    the regulator Ofwat found": a verb of finding (``finding_verbs``) reports what a body
    that judges concluded (``finding_bodies``: its subject's noun or the noun before its
    name), as "ruled" does (round 75); "employees found that they could not log in" and
    "a study found" are no speech, nor a finding with an object ("the jury found him
    guilty", "Inquiry finds ‘culture of denial’"). A participle takes the subject of the
    verb it hangs on."""
    verbs, bodies = finding_rules()
    if verb.lemma_.casefold() not in verbs or any(
            c.dep_ in ("dobj", "oprd") or (c.dep_ == "ccomp" and c.pos_ not in ("VERB", "AUX"))
            for c in verb.children):
        return False  # "found him guilty": a verdict, no clause
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(
        w.lemma_.casefold() in bodies for w in (subject, *subject.children)
        if w is subject or w.dep_ in ("compound", "appos"))


def court_named(noun: str, text_before: str) -> str | None:
    """The last court name in ``text_before`` that the ruling noun ``noun`` speaks for;
    None for another noun or when no court is named."""
    nouns, pattern = ruling_rules()
    if noun.casefold() not in nouns:
        return None
    return last_name_before(pattern, text_before)


def ruling_court(head: Token | None, text: str) -> str | None:
    """:func:`court_named` for a definite ruling subject (``head``) with no author of its
    own ("the court's ruling", "a ruling by X" name theirs), read in the ``text`` before
    it; None for any other mention."""
    if head is None or head.lemma_.casefold() not in ruling_rules()[0] \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            or any(c.dep_ in ("poss", "prep") for c in head.children):
        return None
    return court_named(head.lemma_, text[: head.idx])
