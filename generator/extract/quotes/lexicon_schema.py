"""The pydantic schemas of the quote extractor's rule files (``generator/rules/*.yaml``).

Split from :mod:`generator.extract.quotes.lexicon`, which loads the files with these and turns
them into the :class:`~generator.extract.quotes.lexicon.Lexicon`; each field here is one list
of a rule file, and ``extra="forbid"`` makes a typo in a rule file fail loudly with its field.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Example(_Strict):
    text: str
    expect: dict[str, Any]


class VerbGroup(_Strict):
    id: str
    description: str
    lemmas: list[str]
    subject: Literal["any", "speaker", "person", "document"] = "any"
    enabled: bool = True
    particle: str | None = None


class QuestionVerbs(_Strict):
    description: str
    lemmas: list[str]


class ReportingVerbsFile(_Strict):
    id: str
    groups: list[VerbGroup]
    questions: QuestionVerbs | None = None
    deciding: QuestionVerbs | None = None
    verb_complements: QuestionVerbs | None = None
    outside_auxiliaries: QuestionVerbs | None = None
    examples: list[Example] = Field(default_factory=list)
    not_: list[str] = Field(default_factory=list, alias="not")


class AttributionPattern(_Strict):
    id: str
    description: str
    action: str
    phrases: dict[str, list[str]] = Field(default_factory=dict)
    audiences: list[str] = Field(default_factory=list)
    words: list[str] = Field(default_factory=list)
    verbs: list[str] = Field(default_factory=list)
    nouns: list[str] = Field(default_factory=list)
    issued: list[str] = Field(default_factory=list)
    examples: list[Example] = Field(default_factory=list)
    not_: list[str] = Field(default_factory=list, alias="not")


class AttributionFile(_Strict):
    id: str
    patterns: list[AttributionPattern]


class GivenNamesFile(_Strict):
    id: str
    he: list[str]
    she: list[str]
    examples: list[Example] = Field(default_factory=list)
    not_: list[str] = Field(default_factory=list, alias="not")


class SpeakersFile(_Strict):
    id: str
    honorifics: list[str]
    honorific_styles: list[str] = Field(default_factory=list)
    titles: list[str]
    title_modifiers: list[str]
    other_offices: list[str] = Field(default_factory=list)
    person_pronouns: list[str]
    gendered_titles: dict[str, list[str]]
    group_pronouns: list[str]
    org_pronouns: list[str]
    group_nouns: list[str]
    org_nouns: list[str]
    company_nouns: list[str]
    other_companies: list[str] = Field(default_factory=list)
    title_abbreviations: dict[str, str] = Field(default_factory=dict)
    kinship: list[str] = Field(default_factory=list)
    households: list[str] = Field(default_factory=list)
    befallen_nouns: list[str] = Field(default_factory=list)
    source_ordinals: list[str] = Field(default_factory=list)
    elliptic_sources: list[str] = Field(default_factory=list)
    generic_sources: list[str] = Field(default_factory=list)
    group_of_people: list[str] = Field(default_factory=list)
    role_heads: list[str] = Field(default_factory=list)
    epithets: list[str] = Field(default_factory=list)
    news_outlets: list[str] = Field(default_factory=list)
    country_bodies: list[str] = Field(default_factory=list)
    org_bodies: list[str] = Field(default_factory=list)
    described_bodies: list[str] = Field(default_factory=list)
    team_nouns: list[str] = Field(default_factory=list)
    club_name_endings: list[str] = Field(default_factory=list)
    club_plural_verbs: list[str] = Field(default_factory=list)
    team_leader_verbs: list[str] = Field(default_factory=list)
    board_plurals: list[str] = Field(default_factory=list)
    offices_of_titles: dict[str, str] = Field(default_factory=dict)
    organization_roles: dict[str, list[str]] = Field(default_factory=dict)
    company_people: list[str] = Field(default_factory=list)
    age_epithets: dict[str, tuple[int, int]] = Field(default_factory=dict)
    team_leaders: list[str] = Field(default_factory=list)
    group_exemplars: list[str] = Field(default_factory=list)
    stake_nouns: list[str] = Field(default_factory=list)
    post_nominals: list[str] = Field(default_factory=list)
    fronted_roles: list[str] = Field(default_factory=list)
    public_bodies: list[str] = Field(default_factory=list)
    org_kinds: dict[str, list[str]] = Field(default_factory=dict)
    company_name_endings: list[str] = Field(default_factory=list)
    place_features: list[str] = Field(default_factory=list)
    legal_forms: list[str] = Field(default_factory=list)
    acronym_kinds: list[str] = Field(default_factory=list)
    examples: list[dict[str, str]] = Field(default_factory=list)
