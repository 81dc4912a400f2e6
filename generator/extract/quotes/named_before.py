"""The last name of a kind written before a noun that stands for it (shared by
``event_speakers``: "the tournament" → "Lowcountry Open", and ``rulings``: "the ruling" →
"Court of Arbitration for Sport")."""

from __future__ import annotations

import re


def last_name_before(pattern: re.Pattern[str], text_before: str) -> str | None:
    """Group 1 of the last match of ``pattern`` in ``text_before``, without a leading "The"
    ("The Lowcountry Open" → "Lowcountry Open"); None when nothing matches."""
    found = None
    for match in pattern.finditer(text_before):
        found = match.group(1)
    if found is not None and found.startswith("The "):
        found = found[len("The "):]
    return found
