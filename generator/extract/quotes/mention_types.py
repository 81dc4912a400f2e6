"""What a speaker mention says and the speaker it resolves to: the two records that the
mention readers (:mod:`.mentions` and the rule modules around it) build and the resolvers
(:mod:`.resolve` and its mixins) consume.

Split out of :mod:`.mentions` to keep it under 400 lines; holding the types apart also lets
a rule module build a :class:`Mention` without importing the reader.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token


@dataclass(frozen=True, slots=True)
class Mention:
    """What a subject phrase says about its speaker, before article-wide resolution."""

    text: str
    """The words that name the speaker ("Mr. Kirby", "he", "US officials")."""
    kind: str
    """``person``, ``people`` (named persons joined by "and"), ``organization``, ``group``,
    ``pronoun`` or ``document``."""
    name: str
    """The bare name ("Kirby"), organisation ("United States") or group ("US officials");
    the pronoun itself for pronouns."""
    role: str | None = None
    """Role given with the mention ("National Security Council spokesman")."""
    token: Token | None = None
    """Head token of the name (for pronoun and name resolution)."""
    members: tuple[str, ...] = ()
    """For ``people``: the name of each person, in text order."""
    one_of: bool = False
    """"One of the people", "one of them": a single member of the group the rest names."""


@dataclass(frozen=True, slots=True)
class Speaker:
    """A resolved speaker."""

    name: str | None
    mention: str | None = None
    role: str | None = None
    kind: str | None = None
