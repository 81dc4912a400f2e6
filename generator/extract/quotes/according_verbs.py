"""A reporting verb that governs a quote under an "according to" of the same sentence.

"Sen. X coached a lobbyist ..., at one point telling her which senators to “go around” and
which to “leave to me,” according to text messages obtained by POLITICO": both the
participle and the "according to" phrase hang on the quote's governing path, and the phrase
may stand nearer the closing mark; the verb below it says who spoke the words, the phrase
only where the writer read them (round 106).
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.cues import according_source


def verbs_below_according(ruling: list[Token], heads: set[int]) -> list[Token]:
    """``ruling`` without the "according to" cues hung on an ancestor of one of its verbs
    that governs the quote (in ``heads``); unchanged otherwise."""
    verbs = [c for c in ruling if c.i in heads and according_source(c) is None]
    if not verbs:
        return ruling
    below = [c for c in ruling if according_source(c) is not None
             and any(c.head in v.ancestors for v in verbs)]
    return [c for c in ruling if c not in below] if below else ruling
