"""Categories that unseen News24, Daily Nation, NPR, Politico, Anadolu and local TV copy
(blind round 33) showed to be general, each on a short fictional text of its own: an
acronym written as a word in brackets ("the Orvale Transport Workers' Union (Otwu)", as
South African and British copy writes "Samwu" or "Nato") names the organisation when its
letters are the name's initials, and a capitalised word in brackets that spells no
initials (a place) names nothing; Kenyan titles used alone: "the CS" is the Cabinet
Secretary named before with "Dr" between title and name (speakers.yaml ``titles`` and
``title_abbreviations``), "the union boss" the leader just named (``epithets``)."""

from __future__ import annotations

import pytest
from devscore import speakers

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, expected", [
    ("Water ran out on Friday. The Orvale Municipal Workers' Union (Omwu) said in a statement "
     "that its members were \"working double shifts\" and should not be blamed.",
     "Orvale Municipal Workers' Union"),
    ("Drivers stopped work at noon. The Orvale Transport Workers' Union (OTWU) said its "
     "members would strike on Monday.",
     "Orvale Transport Workers' Union"),
])
def test_a_word_shaped_acronym_names_the_union(quotes_of, text, expected):
    found = speakers(quotes_of(text), "indirect")
    assert found and found[0][1] == expected


def test_a_bracketed_word_that_spells_no_initials_is_no_acronym():
    from generator.extract.quotes.bodies import _names_acronym
    from generator.nlp import load_pipeline

    words = list(load_pipeline()("Orvale Transport Workers' Union"))
    assert _names_acronym("Otwu", words)
    assert not _names_acronym("Kelby", words)


def test_the_cs_is_the_cabinet_secretary_named_with_an_honorific(quotes_of):
    text = ("Health Cabinet Secretary Dr Achieng Olwande said clinics would reopen on "
            "Monday.\n\n\"We have paid the nurses,\" the CS told reporters in Kisii.")
    assert speakers(quotes_of(text), "direct") == [("We have paid the nurses,",
                                                    "Achieng Olwande")]


def test_the_union_boss_is_the_leader_just_named(quotes_of):
    text = ("\"We will not go back on empty promises,\" said Mr Joseph Kiprono, the "
            "secretary-general of the Orvale Nurses Union.\n\nThe union boss insisted that "
            "no nurse would be punished for striking.")
    assert speakers(quotes_of(text), "indirect") == [
        ("no nurse would be punished for striking", "Joseph Kiprono")]
