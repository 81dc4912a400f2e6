"""Properties that hold for any scores and any boilerplate spans (hypothesis)."""

from __future__ import annotations

import pytest
from claim_hits import make_quote
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract.checkworthy import calibrate
from generator.extract.claims import iter_claims, iter_sentences

TEXT = (
    "Mayor Ada Quill said the harbour would reopen in May. "
    "\u201cThe toll is unfair,\u201d said Pim Adler. "
    "Unemployment in Veldmark rose to 9 percent last year. "
    "The new bridge over the Orsk will open next spring. "
    "Photo: Lina Brand/Orsk Daily"
)
QUOTES = [
    make_quote(TEXT, "the harbour would reopen in May", "indirect", "Ada Quill"),
    make_quote(TEXT, "The toll is unfair,", "direct", "Pim Adler"),
]


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


spans = st.tuples(st.integers(0, len(TEXT)), st.integers(1, 80)).map(
    lambda p: (p[0], min(len(TEXT), p[0] + p[1])))


@settings(max_examples=60, deadline=None)
@given(boilerplate=st.lists(spans, max_size=3), seed_scores=st.lists(
    st.floats(0, 1), min_size=8, max_size=8))
def test_no_claim_touches_boilerplate(doc, boilerplate, seed_scores):
    scores = seed_scores[:len(list(doc.sents))]
    claims = iter_claims(doc, QUOTES, [], scores, boilerplate)
    for claim in claims:
        assert all(claim.end <= s or claim.start >= e for s, e in boilerplate)
        assert 0.0 <= claim.checkworthiness <= 1.0
        assert claim.sentence_start <= claim.start < claim.end <= claim.sentence_end
    assert [c.start for c in claims] == sorted(c.start for c in claims)
    for sentence in iter_sentences(doc, scores, boilerplate):
        assert sentence.boilerplate or sentence.checkworthiness in scores


@given(threshold=st.floats(0.01, 0.99), a=st.floats(0, 1), b=st.floats(0, 1))
def test_calibration_is_monotone_and_bounded(threshold, a, b):
    low, high = sorted((a, b))
    assert 0.0 <= calibrate(low, threshold) <= calibrate(high, threshold) <= 1.0
    if abs(a - threshold) > 1e-9:  # right at the threshold, rounding decides
        assert (calibrate(a, threshold) >= 0.5) == (a >= threshold)
