"""``events.claim_index.claim_starts_holding`` gives what the full scan over every claim gave
(session 23: the scan per dated verb was quadratic in a long article)."""

from __future__ import annotations

import random
from types import SimpleNamespace

from generator.extract.events.claim_index import claim_starts_holding


def _scan(claims, at):
    return tuple(c.start for c in claims
                 if c.sentence_start <= at < max(c.sentence_end, c.end))


def test_same_claims_as_the_full_scan_in_list_order():
    rng = random.Random(23)
    for _ in range(300):
        claims = []
        for _ in range(rng.randint(0, 25)):
            sentence_start = rng.randint(0, 200)
            sentence_end = sentence_start + rng.randint(0, 40)
            start = rng.randint(max(0, sentence_start - 5), sentence_end + 5)
            claims.append(SimpleNamespace(start=start, end=start + rng.randint(0, 60),
                                          sentence_start=sentence_start,
                                          sentence_end=sentence_end))
        rng.shuffle(claims)
        for at in range(-3, 320, 7):
            assert claim_starts_holding(claims, at) == _scan(claims, at)


def test_a_claim_running_past_its_sentence_holds_the_date_after_it():
    claims = [SimpleNamespace(start=0, end=90, sentence_start=0, sentence_end=40),
              SimpleNamespace(start=42, end=60, sentence_start=42, sentence_end=60)]
    assert claim_starts_holding(claims, 70) == (0,)
    assert claim_starts_holding(claims, 50) == (0, 42)
