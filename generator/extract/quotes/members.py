"""One member of a group the article named ("One of them said", "One said:"), rounds 8-67.

"people familiar with the matter" -> "person familiar with the matter": the first plural
noun of the group's name that the word lists know made singular; else a last word in -s
that is the name's head ("Two former trustees ... One said:" -> "former trustee", round 67;
"council members" -> "council member", round 64).
"""

from __future__ import annotations

from generator.extract.quotes.lexicon import Lexicon

#: Plural person nouns whose singular is not the plural minus "s".
_IRREGULAR_SINGULARS = {"people": "person", "men": "man", "women": "woman",
                        "spokespeople": "spokesperson", "authorities": "authority"}
#: Ends of a last word in -s that "-s" off would not make singular.
_NOT_PLURAL = ("ss", "sses", "ies", "xes", "ches", "shes", "us")
#: Words that open a post-modifier: the head noun is not the last word.
_POSTMODIFIERS = frozenset({"with", "of", "for", "on", "in", "at", "from", "about", "to", "by",
                            "near", "under", "over", "after", "across", "around"})


def member_of(group: str, lex: Lexicon) -> str:
    """The name of one member of ``group`` (the group's name if no word reads plural)."""
    words = group.split()
    for k, word in enumerate(words):
        low = word.casefold()
        single = _IRREGULAR_SINGULARS.get(low) or (
            low[:-1] if low.endswith("s") and low[:-1] in lex.group_nouns else None)
        if single is None and k == len(words) - 1 and low.endswith("s") and not (
                low.endswith(_NOT_PLURAL) or _POSTMODIFIERS & set(words) or _joined(words)):
            single = word[:-1]
        if single is not None:
            return " ".join([*words[:k], single, *words[k + 1 :]])
    return group


def _joined(words: list[str]) -> bool:
    """"Patients and visitors": plurals joined by "and"/"or" (each one a head); "current
    and former engineers" joins adjectives, the last word stays the head."""
    return any(w in ("and", "or") and words[i - 1].casefold().endswith("s")
               for i, w in enumerate(words) if i > 0)
