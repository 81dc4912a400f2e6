""""the word of “...”": someone's word (their testimony), not the noun "word" naming a term.

"word" is a naming word ("the word “sustainable”" quotes a term, attribution.yaml
``scare_quote``), but "the case rested on the word of “a man who would sell his own
mother”" quotes what the speaker called the witness (round 105): "of" after it makes the
word someone's, and the marks hold speech.
"""

from __future__ import annotations

#: "word of", "words of": the noun of someone's testimony or sayings.
_OWNED = (["word", "of"], ["words", "of"])


def without_owned_word(words: list[str]) -> list[str]:
    """The last words before a mark, or none when they are "word of" (no naming word)."""
    return [] if words[-2:] in _OWNED else words
