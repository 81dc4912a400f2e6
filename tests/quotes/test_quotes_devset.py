"""Quality floor on the hand-annotated dev articles (fictional wire stories).

The project's targets on unseen news are direct-quote F1 >= 0.92, speaker accuracy >= 0.90
and reported-speech F1 >= 0.70; these dev articles were written after the rules, in the
styles of the main wire services, so a drop below the targets here is a regression.
"""

from __future__ import annotations

import pytest
from devscore import DEVSET, load_article, tally_articles

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def tallies(quotes_of):
    articles = ((path.stem, *load_article(path)) for path in sorted(DEVSET.glob("*.yaml")))
    return tally_articles(articles, quotes_of)


def test_direct_quotes_f1_and_speakers(tallies):
    direct, _ = tallies
    assert direct.f1 >= 0.92, direct.errors
    assert direct.speaker_accuracy >= 0.90, direct.errors


def test_reported_speech_f1_and_speakers(tallies):
    _, indirect = tallies
    assert indirect.f1 >= 0.70, indirect.errors
    assert indirect.speaker_accuracy >= 0.90, indirect.errors
