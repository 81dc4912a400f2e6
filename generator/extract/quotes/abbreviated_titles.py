"""A headline's or standfirst's title written as its initials (round 101).

"IMD issues red alert; CM says State "fully prepared" ..." at the top, then "Chief Minister
K.R. Sathyadevan said ...": headlinese shortens a capitalised title to its initials ("CM",
"PM", "FM"), which NER reads as a body or a name. The speaker is the one person the article
gives the title those initials spell ("Chief Minister", "Prime Minister"); none when no
one, or two or more, hold such a title.
"""

from __future__ import annotations

import re

#: Initials standing alone as a headline's speaker: two or three capitals.
_INITIALS = re.compile(r"[A-Z]{2,3}")
#: Words a title's initials skip ("Minister of State" is "MoS", not "MOS"; left alone).
_SKIPPED = frozenset({"of", "for", "the", "and"})


def _initials(role: str) -> str:
    """"Chief Minister" -> "CM"; "" when a word of the role is not capitalised (a lower-case
    role, "club captain", is a description, not a title headlines shorten)."""
    words = [w for w in role.split() if w not in _SKIPPED]
    if not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def title_holder_by_initials(name: str, roles: dict[str, str]) -> str | None:
    """The one person of ``roles`` (name -> role the article gives) whose title has
    ``name`` as its initials; None when ``name`` is no initials or not exactly one holds
    such a title."""
    if not _INITIALS.fullmatch(name):
        return None
    holders = {person for person, role in roles.items()
               if role and " " in role.strip() and _initials(role) == name}
    return holders.pop() if len(holders) == 1 else None
