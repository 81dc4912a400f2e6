"""A headline's signalled or planned act looks ahead (event blind set round 17, ev96).

Headlines tell past news in the present ("Bank holds rates"), so a year-less month in one
reads as past. A month naming the act a verb of signalling or planning announces is the
exception: in "Central bank holds rates, signals December cut" (told in September) the cut
is the coming December's, as the body's "at its December meeting" says. "Retailer posts weak
December sales" stays the past December: reporting is not planning.

The small model parses headlines poorly ("signals" as a subject, "cut" as a past verb), so
this reads the words of the line, not the parse. The verbs live in ``temporal.yaml``
(``headline_plan_verbs``). Nothing here imports spaCy.
"""

from __future__ import annotations

import functools
import re

from generator.extract.temporal.cues import cue_pattern, cue_words
from generator.extract.temporal.ruleset import load_ruleset

__all__ = ["headline_ahead", "headline_cause", "headline_plan", "headline_start"]

#: Marks that end a sentence of the body; a headline ends without one.
_SENTENCE_ENDS = (".", "!", "?", '"', "\u201d")
#: Words that may stand between the verb and the month: "signals possible March hike"; a
#: preposition puts the month in a phrase of its own ("signals pause after December cut").
_OWN_PHRASE = "|".join(map(re.escape, cue_words("headline-month-own-phrase", "preposition")))
_BETWEEN = rf"(?:(?!(?:{_OWN_PHRASE})\s)[a-z-]+\s+){{0,2}}"
#: The month modifies the act's noun right after it ("December cut", "June rate hike").
_NOUN_AFTER = re.compile(r"[ \t]+[a-z]")


@functools.lru_cache(maxsize=1)
def _plan_verb_before() -> re.Pattern[str]:
    """Regex of a plan verb, up to two words, then the end of the string (the month's start)."""
    verbs = load_ruleset().lexicon.settings.get("headline_plan_verbs", ())
    words = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(verbs, key=len,
                                                                         reverse=True))
    return re.compile(rf"\b(?:{words})\s+{_BETWEEN}$", re.IGNORECASE)


#: Up to three words of the infinitive's phrase, then the date's preposition.
_AHEAD_PREPOSITION = "|".join(map(re.escape, cue_words("headline-ahead-preposition",
                                                       "preposition")))
_TO_DATE = rf"\s+[a-z]+(?:\s+[a-z-]+){{0,3}}\s+(?:{_AHEAD_PREPOSITION})\s+$"


@functools.lru_cache(maxsize=1)
def _ahead_before() -> re.Pattern[str]:
    """Regex of a headline's "set to <verb> ... on" right before a date."""
    phrases = load_ruleset().lexicon.settings.get("headline_ahead_phrases", ())
    words = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"\b(?:{words}){_TO_DATE}", re.IGNORECASE)


def headline_ahead(text: str, start: int, end: int) -> bool:
    """True for a date a headline's "set to" / "due to" infinitive is told for: "Heat warning
    issued as temperatures set to peak on Wednesday" (events round 30, ev175) drops the "are"
    of "are set to", and the peak is the coming Wednesday. "Storm hit coast on Wednesday"
    keeps its past; so does a date in the body."""
    line_start = headline_start(text, start, end)
    return line_start is not None and _ahead_before().search(text, line_start, start) is not None


def headline_start(text: str, start: int, end: int) -> int | None:
    """Start of the headline holding ``start:end`` (the first non-empty line, with no full
    stop at its end), or None when the date is not in it."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[:line_start].strip():
        return None
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)].rstrip()
    return None if not line or line.endswith(_SENTENCE_ENDS) else line_start


def headline_plan(text: str, start: int, end: int) -> bool:
    """True for a month a headline's verb of signalling or planning looks ahead to.

    Args:
        text: The document text.
        start: First character of the date.
        end: Character after the date.

    Returns:
        True when the date sits in the headline (the first non-empty line, with no full stop
        at its end), right after a plan verb (``headline_plan_verbs``) and before the noun
        of the act it names.
    """
    line_start = headline_start(text, start, end)
    if line_start is None:
        return False
    return (_plan_verb_before().search(text, line_start, start) is not None
            and _NOUN_AFTER.match(text, end) is not None)


#: "after" and one or two words describing the period, right before the date; "until after"
#: and "till after" bound a wait, not a cause.
_AFTER_DESCRIBED = cue_pattern("headline-after-cause")


def headline_cause(text: str, start: int, end: int) -> bool:
    """True for a date a headline's "after" gives as the cause of its news: "Water firm to lift
    hosepipe ban after wet August" (told in September, events round 35, ev201) is the August
    just past though "to lift" looks ahead, as the body's "after heavy rain last month" says.

    A word must describe the period ("wet", "record", "strong"): a period described has been
    seen. Words that only place it (``headline_after_placing_words``: "after early August",
    "after the summer") and a bare "after Christmas" keep the clause's tense, as does "until
    after"; so does a date in the body.
    """
    line_start = headline_start(text, start, end)
    if line_start is None:
        return False
    found = _AFTER_DESCRIBED.search(text, line_start, start)
    if found is None:
        return False
    placing = set(load_ruleset().lexicon.settings.get("headline_after_placing_words", ()))
    return not any(word.lower() in placing for word in found.group(1).split())
