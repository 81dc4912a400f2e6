"""Does a seed read as English? The pipeline (spaCy's English models, English rules) reads
nothing else: an article in Spanish or German still gives claims, but its speakers, dates and
events are guesses ('beschlossen' as a speaker). The test is cheap and deliberately crude: the
share of words that are among the commonest English function words, which is 25-45 percent in
English news prose and a few percent in other languages."""

from __future__ import annotations

import re

#: The commonest English function words (a word list, not a model: nothing to download).
_COMMON = frozenset(
    "the of and to a in is was that for on with as at by from he she it his her its they their "
    "has have had be been are were not but will would said this an which who or".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
#: Fewer words than this say too little (a headline-only seed).
MIN_WORDS = 20
#: Below this share of common English words the text is taken for another language.
MIN_SHARE = 0.10


def english_share(text: str) -> tuple[int, int]:
    """``(common English words, words)`` of ``text``."""
    words = [w.lower() for w in _WORD.findall(text)]
    return sum(w in _COMMON for w in words), len(words)


def not_english_warning(source: str, text: str, language: str | None = None) -> str | None:
    """``source: language: ...`` when ``text`` does not read as English, else None; without
    a ``language`` the seed states, it says how to give one (the site marks the text with it)."""
    common, total = english_share(text)
    if total < MIN_WORDS or common >= MIN_SHARE * total:
        return None
    return (f"{source}: language: the text does not read as English ({common} of {total} words "
            "are common English words); factcheck reads English only, so this article's "
            "claims, speakers and dates are unreliable: check each by hand, or leave it out"
            + ("" if language else "; set its language (language: de, es, ... in the front "
               "matter, sidecar or claim file's article:) so the site marks its text with it"))
