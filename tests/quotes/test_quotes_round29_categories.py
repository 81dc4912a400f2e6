"""Categories that unseen AP, Reuters, Times of India, Irish Times, LA Times, FT and Daily
Nation copy (blind round 29) showed to be general, each on a short fictional text of its
own: an office, its portfolio and the name in one capitalised run ("Minister for
Transport Aine Brosnan said"), which the parser reads as the title with the rest hung on
"for"; the name is the speaker, office and portfolio its role."""

from __future__ import annotations

import pytest
from devscore import speakers

pytestmark = pytest.mark.model


def test_the_name_after_an_office_and_its_portfolio_speaks(quotes_of):
    text = ("Rail fares to rise in January\n\n"
            "Minister for Transport Aine Brosnan said the rise was regrettable but that "
            "the network needed the money.")
    quotes = quotes_of(text)
    assert speakers(quotes, "indirect") == [
        ("the rise was regrettable but that the network needed the money", "Aine Brosnan")]
    assert quotes[0].speaker_role == "Minister for Transport"


def test_an_office_and_its_portfolio_without_a_name_stay_a_role(quotes_of):
    text = "The Minister for Transport said the rise was regrettable."
    assert [s for _, s in speakers(quotes_of(text), "indirect")] != ["Transport"]
