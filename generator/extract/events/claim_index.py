"""Which claims' sentences hold a date, found by bisection (session 23).

Each event lists the claims whose sentence (or the claim itself, when it runs past it) holds
its date. Testing every claim for every dated verb was quadratic in a long article (a live
blog, a transcript: thousands of claims and dates). The claims are indexed once per list by
the start of their sentence; a claim can only hold an offset that lies less than the longest
claim's reach after that start, so only the claims starting in that window are tested, and
the ones found are given in the list's own order, as the full scan gave them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from generator.extract.hits import Claim

#: The claims list ``claim_starts_holding`` was last asked about, its length and its index.
_last_claims: list = [None, -1, None]


def claim_starts_holding(claims: Sequence[Claim], at: int) -> tuple[int, ...]:
    """The ``start`` of each claim with ``sentence_start <= at < max(sentence_end, end)``,
    in the order of ``claims``."""
    if _last_claims[0] is not claims or _last_claims[1] != len(claims):
        order = sorted(range(len(claims)), key=lambda k: claims[k].sentence_start)
        reach = max((max(c.sentence_end, c.end) - c.sentence_start for c in claims), default=0)
        _last_claims[:] = [claims, len(claims),
                           (order, [claims[k].sentence_start for k in order], reach)]
    order, starts, reach = _last_claims[2]
    window = order[bisect_right(starts, at - reach) : bisect_right(starts, at)]
    return tuple(claims[k].start for k in sorted(window)
                 if claims[k].sentence_start <= at < max(claims[k].sentence_end, claims[k].end))
