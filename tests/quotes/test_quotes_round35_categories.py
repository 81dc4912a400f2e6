"""Round 35's categories, pinned on made-up sentences (the rule examples in
attribution.yaml run the whole extractor; these pin the pieces and their limits)."""

import pytest

from generator.extract.quotes.names import Name
from generator.extract.quotes.organization_names import initials_of_named


def _names(*texts: str) -> list[Name]:
    return [Name(k, tuple(t.casefold().split()), t) for k, t in enumerate(texts)]


def test_acronym_without_the_names_last_and_word():
    found = initials_of_named(_names("Centers for Flood Control and Prevention"))
    assert found["CFC"] == "Centers for Flood Control and Prevention"
    assert found["CFCP"] == "Centers for Flood Control and Prevention"


def test_short_name_keeps_its_and_word():
    # "Food and Drug Administration": one capital before "and", no shorter acronym
    assert set(initials_of_named(_names("Food and Drug Administration"))) == {"FDA"}


def test_shortened_acronym_two_names_share_stands_for_neither():
    found = initials_of_named(_names("Office of Rail Safety and Roads",
                                     "Office of Rail Standards"))
    assert "ORS" not in found


@pytest.mark.model
def test_team_after_the_is_no_person_for_he(quotes_of):
    text = ("Harriers coach Ray Dunmore said he never doubted the call. The kick sailed wide, "
            "and the Harriers scored twice.\n\n\"That one is on me,\" he said.")
    direct = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Ray Dunmore"]


@pytest.mark.model
def test_another_needs_an_unnamed_source_before_it(quotes_of):
    text = "Mayor Ada Quill said the plan was dead. Another, who asked not to be named, " \
           "said the mayor would resign."
    speakers = {q.content: q.speaker for q in quotes_of(text)}
    assert speakers.get("the mayor would resign") != "Ada Quill"
