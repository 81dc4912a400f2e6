"""A hyphenated category in marks before the noun it classifies: a term, not speech.

"could accept a rule covering only “low-emission” vans": a compound adjective built on a
noun ("low-emission", "flood-zone", "zero-hours") classifies the noun after the closing
mark, the name of a legal or technical category the writer marks as such, even with no
determiner before it (round 93; with one, :func:`.terms.is_term` already reads it so). A
compound built on a participle or an adjective ("long-awaited", "drought-resistant") weighs the
thing, and may be the speaker's word; it is left to the other rules.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

#: One lower-case word of hyphen-joined parts, a trailing comma or stop allowed.
_COMPOUND = re.compile(r"^[a-z]+(?:-[a-z]+)+[.,]?$")


def hyphenated_category(quote: Span) -> bool:
    """Whether ``quote`` is a lone hyphenated compound ending in a noun that modifies the
    lower-case noun right after the closing mark."""
    doc = quote.doc
    if not _COMPOUND.match(quote.text.strip()) or quote.end + 1 >= len(doc):
        return False
    words = [t for t in quote if not t.is_punct]
    after = next((t for t in doc[quote.end : quote.end + 2] if not t.is_punct), None)
    if not words or after is None or after.pos_ != "NOUN" or not after.text.islower():
        return False
    return words[-1].pos_ == "NOUN" and any(t.head.i == after.i for t in words)
