"""Quality floor of the event and claim extractors on the blind event set.

``blindset/`` holds twenty fictional articles in four rounds (round 1: wire, politics,
business, sports, courts, disaster, science, diplomacy; round 2: health, election night,
markets, British transport; round 3: culture, crime, climate, local planning; round 4:
obituary, sports preview, conflict, product recall), each round annotated by hand before the
extractor ever ran on it; ``eventscore.py`` scores them (see its docstring for the matching
rules).

First sight of each round (event P / R / F1, status, what, claim recall, claim kind):
round 1 0.851 / 0.913 / 0.881, 0.857, 0.873, 0.815, 0.924; round 2 (after round 1's fixes)
0.763 / 0.806 / 0.784, 0.862, 1.000, 0.846, 0.879; round 3 (after rounds 1-2's fixes)
0.871 / 0.900 / 0.885, 0.963, 0.963, 0.944, 0.912; round 4 (after rounds 1-3's fixes)
0.921 / 0.921 / 0.921, 0.943, 0.914, 0.824, 0.929. All twenty after the fixes: 0.915 /
0.931 / 0.923, status 0.994, what 0.950, no split event, claim recall 0.900, claim kind
0.959 (per round in ``blindset/README.md``). The floors sit a few events under that, so a
real regression fails while a wobble from the date or quote extractors (most remaining
misses are dates resolved to the wrong value) does not.
"""

from __future__ import annotations

import pytest
from eventscore import load_articles, report, score_all

pytestmark = pytest.mark.model

FLOORS = {
    "event_precision": 0.88,
    "event_recall": 0.89,
    "event_f1": 0.885,
    "status_accuracy": 0.95,
    "what_match": 0.91,
    "claim_recall": 0.86,
    "claim_kind_accuracy": 0.93,
}
#: At most this share of gold events may come out split in two.
MAX_DUPLICATE_RATE = 0.05


@pytest.fixture(scope="module")
def scored(nlp):
    return score_all(load_articles(), nlp)


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_blind_set_figure_stays_above_its_floor(scored, figure):
    total, by_genre = scored
    assert total.figures()[figure] >= FLOORS[figure], report(total, by_genre, errors=True)


def test_the_same_event_is_rarely_split(scored):
    total, by_genre = scored
    assert total.figures()["duplicate_rate"] <= MAX_DUPLICATE_RATE, report(total, by_genre, True)


def test_every_genre_finds_most_of_its_events(scored):
    _, by_genre = scored
    recalls = {genre: tally.figures()["event_recall"] for genre, tally in by_genre.items()}
    assert min(recalls.values()) >= 0.7, recalls
