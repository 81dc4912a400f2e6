"""Context checks about year-like numbers and half-years: "the half" after a half-year the
story named, a year before 1600 or after 2099 only where something signals it, and a split
year ("2015/16") only of consecutive years and no sports season.

Split from :mod:`generator.extract.temporal.amount_checks` (whether a number or an amount is
a date at all); registered by name in :mod:`generator.extract.temporal.checks`, with the same
signature: the spaCy ``Doc``, its text and the candidate in; True to keep the candidate.
"""

from __future__ import annotations

import re

from generator.extract.temporal.cues import cue_pattern
from generator.extract.temporal.scan import Candidate, group_tokens

#: A half-year an earnings story names before its bare "the half": "first-half profit",
#: "the six months to Dec. 31", "half-year results".
_HALF_YEAR_NAMED = cue_pattern("half-year-named")


def after_a_half_year(doc, text: str, cand: Candidate) -> bool:
    """Keep "in the half" only after a half-year the story named (round 35): then it is that
    half, as "the quarter" is the quarter reported; elsewhere it is a game's or a thing's."""
    return bool(_HALF_YEAR_NAMED.search(text, 0, cand.start))


#: The signals a year far from today needs before it: "introduced in 1582".
_FAR_YEAR_SIGNAL = cue_pattern("far-year-signal")


_NEAR_YEAR = re.compile(r"(?:1[6-9]|20)[0-9]{2}")


def far_year_signalled(doc, text: str, cand: Candidate) -> bool:
    """Keep a year before 1600 or after 2099 only after "in", "since" or "until", or where it
    stands in a list beside a year of the usual span, in the same role: "[[2000]] had one, but
    [[1900]] did not, and [[2100]] will not" (round 37). Elsewhere such a number counts things."""
    if _FAR_YEAR_SIGNAL.search(text[max(0, cand.start - 7):cand.start]):
        return True
    toks = group_tokens(doc, cand, "year")
    if not toks:
        return False
    tok = toks[0]
    # "so 1900 had none and 2100 will not have one either" (round 47): the parser hangs the
    # far year on "none", but a verb follows it as its subject's
    if _SUBJECT_VERB_NEXT.match(text, cand.end) is not None and any(
            _NEAR_YEAR.fullmatch(other.text) and _SUBJECT_VERB_NEXT.match(text, other.idx + 4)
            for other in tok.sent):
        return True
    return any(other.i != tok.i and other.dep_ == tok.dep_ and other.head.pos_ in ("VERB", "AUX")
               and _NEAR_YEAR.fullmatch(other.text) for other in tok.sent)


#: A verb right after a number that makes it the clause's subject: "2100 will not".
_SUBJECT_VERB_NEXT = cue_pattern("year-subject-verb")


#: A sports season right after a split year: "the 2015/16 season".
_SEASON_AFTER = cue_pattern("split-year-season")


#: Consecutive years written with a slash: "2015/16", "1999/00".
_SPLIT_YEAR = re.compile(r"((?:19|20)[0-9]{2})/([0-9]{2})")


def consecutive_split_year(doc, text: str, cand: Candidate) -> bool:
    """Keep a bare "2015/16" only where its two years follow each other and no sports season
    follows it (round 39: "the council's 2015/16 budget", "capital spending in 1995/96" are the
    fiscal year ending in the second; "the 2015/16 season" is a season, no timex)."""
    found = _SPLIT_YEAR.fullmatch(text[cand.start:cand.end])
    if found is None or (int(found[1]) + 1) % 100 != int(found[2]):
        return False
    return _SEASON_AFTER.match(text[cand.end:cand.end + 12]) is None
