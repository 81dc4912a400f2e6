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

from generator.extract.temporal.ruleset import load_ruleset

__all__ = ["headline_plan"]

#: Marks that end a sentence of the body; a headline ends without one.
_SENTENCE_ENDS = (".", "!", "?", '"', "\u201d")
#: Words that may stand between the verb and the month: "signals possible March hike"; a
#: preposition puts the month in a phrase of its own ("signals pause after December cut").
_BETWEEN = r"(?:(?!(?:after|since|following|from|of|in|on|before|despite|amid)\s)[a-z-]+\s+){0,2}"
#: The month modifies the act's noun right after it ("December cut", "June rate hike").
_NOUN_AFTER = re.compile(r"[ \t]+[a-z]")


@functools.lru_cache(maxsize=1)
def _plan_verb_before() -> re.Pattern[str]:
    """Regex of a plan verb, up to two words, then the end of the string (the month's start)."""
    verbs = load_ruleset().lexicon.settings.get("headline_plan_verbs", ())
    words = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(verbs, key=len,
                                                                         reverse=True))
    return re.compile(rf"\b(?:{words})\s+{_BETWEEN}$", re.IGNORECASE)


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
    line_start = text.rfind("\n", 0, start) + 1
    if text[:line_start].strip():
        return False  # not the first line
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)].rstrip()
    if not line or line.endswith(_SENTENCE_ENDS):
        return False
    return (_plan_verb_before().search(text, line_start, start) is not None
            and _NOUN_AFTER.match(text, end) is not None)
