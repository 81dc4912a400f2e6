"""Round 20 of the blind event set, claims: an undated forecast the model finds nearly
check-worthy is a claim, and a possibility in the passive is a forecast (fictional names)."""

from __future__ import annotations

from generator.extract.claims.statements import PREDICTION_THRESHOLD, selected


def test_an_undated_forecast_is_a_claim_from_the_prediction_threshold():
    assert selected(PREDICTION_THRESHOLD, {"prediction"})
    assert not selected(PREDICTION_THRESHOLD - 0.01, {"prediction"})
    # a dated forecast needs no score, a sentence with no cue still needs 0.5
    assert selected(0.0, {"prediction"}, dated=True)
    assert not selected(PREDICTION_THRESHOLD, set())
