"""Context checks about games: a quarter or a half of a game played ("scored twice in the
second half", "stopped for 40 minutes in the third quarter") is no date.

Split from :mod:`generator.extract.temporal.amount_checks`; registered by name in
:mod:`generator.extract.temporal.checks`, with the same signature: the spaCy ``Doc``, its
text and the candidate in; True to keep the candidate.
"""

from __future__ import annotations

from generator.extract.temporal.cues import cue_pattern, cue_words
from generator.extract.temporal.scan import Candidate, tokens_in


def not_game_period(doc, text: str, cand: Candidate) -> bool:
    """Reject a year-less quarter or half of a game ("scored twice in the second half")."""
    from generator.extract.temporal.ruleset import load_ruleset

    toks = tokens_in(doc, cand.start, cand.end)
    if not toks:
        return True
    game_words = set(load_ruleset().lexicon.settings.get("game_words", ()))
    sent = toks[0].sent
    return not (any(tok.lemma_.lower() in game_words for tok in sent) or _names_score(sent)
                or _game_told_of(sent, game_words))


#: Nouns of a game played, as the subject of the clause a quarter is told in.
_GAME_NOUNS = frozenset(cue_words("game-nouns", "noun"))


def _game_told_of(sent, game_words: set) -> bool:
    """Whether a sentence tells of a game ("The game ... was stopped for 40 minutes in the
    third quarter", blind round 32) in a story that gives a score or game words elsewhere: a
    game's period is no date. "The game sold two million copies in the fourth quarter" in a
    story without a score keeps its quarter."""
    if not any(tok.dep_ in ("nsubj", "nsubjpass") and tok.lemma_.lower() in _GAME_NOUNS
               for tok in sent):
        return False
    return any(tok.lemma_.lower() in game_words for tok in sent.doc) or any(
        _names_score(other) for other in sent.doc.sents)


def _names_score(sent) -> bool:
    """Whether a sentence gives a final score or a numbered game of a series.

    "rallying from 13 points down in the third quarter to beat Boston 83-79 in Game 7" (round
    26): no calendar quarter is won by a score. A vote's tally ("voted 7-2") looks the same, so
    a sentence about a vote has none.
    """
    if any(tok.lemma_.lower() == "vote" for tok in sent):
        return False
    return _GAME_SCORE.search(sent.text_with_ws) is not None


#: A score ("83-79") or a numbered game ("Game 7"). Four-digit spans ("1995-96") are seasons or
#: fiscal years, and a range of percentages or amounts ("12-15%", "$3-4") no score.
_GAME_SCORE = cue_pattern("game-score")
