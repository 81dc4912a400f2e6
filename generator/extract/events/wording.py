"""The wording of an event's description: the present tense of a verb and the article before
a noun, once the words are chosen (``phrases``)."""

from __future__ import annotations

import re

#: Irregular third-person singular forms; the rest follow spelling rules in ``third_person``.
IRREGULAR_3SG = {"be": "is", "have": "has", "do": "does", "go": "goes"}
#: "a offensive" -> "an offensive" (not before "u"/"eu": "a union", "a European").
A_BEFORE_VOWEL = re.compile(r"\b([Aa]) (?=[aioAIO]|[eE](?![uU]))")
#: "an profit" -> "a profit" (a dropped adjective left "an" before a consonant; not "an hour").
AN_BEFORE_CONSONANT = re.compile(r"\b([Aa])n (?=[b-df-gj-np-tv-z])")


def third_person(lemma: str) -> str:
    """Third-person singular present: meet -> meets, launch -> launches, try -> tries."""
    if lemma in IRREGULAR_3SG:
        return IRREGULAR_3SG[lemma]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def finish(text: str) -> str:
    """Fix "a"/"an" before the next word and start with a capital letter."""
    text = " ".join(text.split())
    text = AN_BEFORE_CONSONANT.sub(r"\1 ", A_BEFORE_VOWEL.sub(r"\1n ", text))
    return text[:1].upper() + text[1:]
