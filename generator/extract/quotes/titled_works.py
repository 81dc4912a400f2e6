"""Titles of works NER takes for persons: "Her memoir, Small Mercies, published this
week, ..." (round 98). A name set beside a noun for a work is the work's title; the nouns
are data (``generator/rules/titled_works.yaml``).
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field
from spacy.tokens import Doc, Span, Token

from generator.extract.quotes.questioned import SpeakerExample
from generator.rulefiles import load_rule_file


class TitledWorksFile(BaseModel):
    """``generator/rules/titled_works.yaml``."""

    model_config = ConfigDict(extra="forbid")
    nouns: list[str] = Field(min_length=1)
    examples: list[SpeakerExample] = Field(default_factory=list)


@lru_cache(maxsize=1)
def work_nouns() -> frozenset[str]:
    """The nouns for works, read once."""
    return frozenset(n.casefold() for n in load_rule_file("titled_works.yaml",
                                                          TitledWorksFile).nouns)


def _is_work(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lower_ in work_nouns()


def token_names_a_work(token: Token) -> bool:
    """Whether ``token`` is inside a PERSON entity of its sentence that
    :func:`names_a_work`. The entity is looked up in a per-doc index: ``Span.ents`` reads
    ``Doc.ents``, which builds every entity of the doc at each reading (quadratic in a long
    article: 60% of the extraction of a 400,000-character one, session 22)."""
    if token.ent_type_ != "PERSON":
        return False
    entity = _entities_by_token(token.doc).get(token.i)
    sent = token.sent
    return entity is not None and sent.start <= entity.start and entity.end <= sent.end \
        and names_a_work(entity)


#: Where :func:`_entities_by_token` keeps its index in ``Doc.user_data``.
_ENTITIES_KEY = "quotes_entities_by_token"


def _entities_by_token(doc: Doc) -> dict[int, Span]:
    """The entity each token is in, by token index (built once per doc; extraction does not
    change the entities)."""
    found = doc.user_data.get(_ENTITIES_KEY)
    if found is None:
        found = doc.user_data[_ENTITIES_KEY] = {
            i: entity for entity in doc.ents for i in range(entity.start, entity.end)}
    return found


def names_a_work(entity: Span) -> bool:
    """Whether the entity is set beside a noun for a work: apposed to it ("her memoir,
    X,"), the noun apposed to it ("X, her memoir,"), or the noun right before it as its
    modifier ("the novel X"). A person's name after "book" with a verb between ("the book
    Ana wrote") is none of these."""
    root = entity.root
    if root.dep_ == "appos" and _is_work(root.head) and root.head.i < entity.start:
        return True
    if any(c.dep_ == "appos" and _is_work(c) for c in root.children):
        return True
    before = entity.doc[entity.start - 1] if entity.start > 0 else None
    # the tagger may read "The novel X" as an adjective before the name
    return before is not None and before.lower_ in work_nouns() \
        and before.pos_ in ("NOUN", "ADJ") and before.head.i in range(entity.start, entity.end)
