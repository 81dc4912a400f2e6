"""The quarter a bare "the quarter" or "the same quarter a year earlier" echoes in a fiscal
calendar: not one only forecast in an earlier sentence (round 30).

"Orchard reported record profit for its fiscal first quarter ... after it forecast slower
growth for the current quarter. Net income rose 58%, from $1.0 billion in the same quarter a
year earlier. Orchard sold 2.3 million computers in the quarter": both echoes are of the
quarter reported (FY2008-Q1, FY2007-Q1), not of the current quarter (FY2008-Q2) the forecast
named last. The resolver already drops such forecasts for calendar quarters
(:func:`anchoring.reported_mentions`, round 28); this does the same for the neighbour steps
that move echoes into the fiscal calendar. A forecast in the echo's own sentence stays, and if
no other quarter was named, nothing is dropped. Nothing here imports spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.extract.hits import Timex
from generator.extract.temporal.clockday import SENTENCE_END

__all__ = ["last_quarter_echoed"]


def last_quarter_echoed(before: list[Timex], text: str, echo_start: int,
                        match: Callable[[str], re.Match | None]) -> re.Match | None:
    """``match`` of the last quarter in ``before`` an echo at ``echo_start`` may take, or None.

    Args:
        before: the resolved expressions before the echo, in text order.
        text: the document text the offsets point into.
        echo_start: where the echo begins in ``text``.
        match: tells a quarter value (a compiled pattern's ``match``).
    """
    # a comparison's "a year earlier" names the quarter compared, not one reported (round 36)
    found = [(t, m) for t in before if t.rule != "rel-ago" and (m := match(t.value))]
    kept = [(t, m) for t, m in found if not _forecast_told_before(t, text, echo_start)]
    pool = kept or found
    return pool[-1][1] if pool else None


def _forecast_told_before(quarter: Timex, text: str, echo_start: int) -> bool:
    """True for a quarter told ahead in a sentence before the echo's."""
    return (quarter.tense == "future"
            and SENTENCE_END.search(text[quarter.end:echo_start]) is not None)
