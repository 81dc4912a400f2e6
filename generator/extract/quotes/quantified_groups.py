"""An unnamed group given by a quantifier and where its members are (round 81).

"Some in the museum world warn that ...", "Many in the industry say ...": the pronoun
"some" (or "many", "most", "others", "few") with an "in" phrase is a group of unnamed
sources, written as the text gives it, in lower case ("some in the museum world").
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.mention_types import Mention

#: Quantifiers that head such a group as a pronoun.
_QUANTIFIERS = frozenset({"some", "many", "most", "others", "few", "several"})


def quantified_group(subject: Token | None) -> Mention | None:
    """The group mention of "Some in the museum world"; None for any other subject."""
    if subject is None or subject.lower_ not in _QUANTIFIERS or subject.pos_ not in (
            "PRON", "DET", "ADJ", "NOUN"):
        return None
    place = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "in"
                  and any(g.dep_ == "pobj" for g in c.children)), None)
    if place is None or any(c.dep_ != "prep" for c in subject.children):
        return None
    words = subject.doc[subject.i : place.right_edge.i + 1]
    return Mention(words.text, "group", words.text.lower(), token=subject)
