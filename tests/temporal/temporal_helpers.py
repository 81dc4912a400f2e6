"""Helpers shared by the temporal tagger tests: what the tagger found, as plain values.

Imported as a plain module (``from temporal_helpers import values``), like
``tests/quotes/devscore.py``: pytest's prepend import mode puts this folder on the path.
The ``tag`` fixture comes from this folder's ``conftest.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

#: The ``tag`` fixture: ``tag(text, published)`` -> the timexes found.
Tagger = Callable[[str, dt.date], Sequence]


def values(tag: Tagger, text: str, published: dt.date) -> list[tuple[str, str]]:
    """(text, TIMEX3 value) of each timex found in ``text``, in text order.

    Args:
        tag: The ``tag`` fixture.
        text: The sentence(s) to tag.
        published: The publication date the timexes are resolved against.
    """
    return [(t.text, t.value) for t in tag(text, published)]


def values_by_text(tag: Tagger, text: str, published: dt.date) -> dict[str, str]:
    """TIMEX3 value of each timex found in ``text``, keyed by its text (the last wins)."""
    return {t.text: t.value for t in tag(text, published)}
