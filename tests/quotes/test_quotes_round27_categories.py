"""Categories that unseen Bloomberg, ABC, NYT, Al Jazeera, Kyodo, Guardian, News24 and WSJ
copy (blind round 27) showed to be general, each on a short fictional text of its own: a
place in apposition after "told reporters in the capital," taken for an inverted subject
while the named subject stands before the cue; "the Tarnby manager" for the person whose
side "his Tarnby Athletic players" is, the owner given by a pronoun rather than "X's"."""

from __future__ import annotations

import pytest
from devscore import speakers

pytestmark = pytest.mark.model


def test_a_place_in_apposition_after_the_audience_is_no_speaker(quotes_of):
    text = ("Governor Ilse Varga said prices were still rising.\n\n"
            "\"We are not there yet,\" Varga told reporters in the capital, Brennmoor, "
            "after the meeting.")
    assert ("We are not there yet,", "Ilse Varga") in speakers(quotes_of(text), "direct")


def test_the_team_manager_is_the_person_whose_players_his_team_are(quotes_of):
    text = ("Owen Tulley has urged his Tarnby Athletic players to keep their nerve after "
            "three straight defeats.\n\n"
            "Speaking on Friday, the Tarnby manager admitted the squad had been 'nervous' "
            "at home, but insisted he still had the backing of the board.")
    found = speakers(quotes_of(text), "indirect")
    assert ("he still had the backing of the board", "Owen Tulley") in found


def test_a_team_owned_by_a_pronoun_without_a_named_subject_is_no_one(quotes_of):
    text = ("The club has told his Tarnby Athletic players to report early.\n\n"
            "The Tarnby manager said the squad was ready.")
    found = speakers(quotes_of(text), "indirect")
    assert ("the squad was ready", "Owen Tulley") not in found
    assert len(found) == 1
