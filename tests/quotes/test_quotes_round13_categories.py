"""Categories that unseen US wire and regional copy (blind round 13) showed to be general,
each on a short fictional text of its own: a lede that describes its speaker after a
byline and names her in the next paragraph, and a label the writer puts in marks after
"calls X a"."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import NO_QUOTES, case, check, exactly

pytestmark = pytest.mark.model


LEDE = (
    "Witness in Orm dock fire says she saw defendant carry fuel can\n\n"
    "By Ada Quill, Orm Courier\n\n"
    "A former neighbor of Ivo Brandt testified Monday that she saw him carry a fuel can to "
    "the dock an hour before the fire.\n\n"
    "Mira Soldan, 52, told jurors she had lived next to Brandt for six years.")

COUPLE = (
    "Police raided the home of Darnell and Keisha Booker in March and handcuffed Mr. Booker "
    "on the floor.\n\n"
    "\"My daughter still has nightmares,\" Ms. Booker said.\n\n"
    "Mr. Booker, 41, said the city had never apologized. \"They fixed the door,\" he said.")


CASES = [
    case("a_label_after_calls_x_a_is_no_quote",
         ('The county calls valleys like this one a "pharmacy desert." Soldan has another word '
          "for it."),
         NO_QUOTES),
    case("a_quantity_word_after_a_thing_names_no_group",
         "Prices rose again in May. Some said the rise would last.",
         NO_QUOTES),
    case("a_lawsuit_is_no_speaker",
         ("The suit, filed in Orm on Tuesday, says officers broke down the wrong door.\n\n"
          "Mira Soldan said the officers never apologized."),
         exactly(None, [("the officers never apologized", "Mira Soldan")])),
    case("namesakes_sharing_a_surname_are_told_apart_by_the_title",
         COUPLE,
         exactly(None, [
             ("My daughter still has nightmares,", "Keisha Booker"),
             ("the city had never apologized", "Darnell Booker"),
             ("They fixed the door,", "Darnell Booker"),
         ])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round13_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_a_lede_description_after_a_byline_is_the_person_named_next(quotes_of):
    found = speakers(quotes_of(LEDE), "indirect")
    assert all(speaker == "Mira Soldan" for _, speaker in found), found
    assert len(found) == 3


@pytest.mark.parametrize("source", ["An official", "A local resident"])
def test_an_unnamed_source_in_the_lede_stays_unnamed(quotes_of, source):
    text = (f"By Ada Quill\n\n{source} said the dock would reopen on Friday.\n\n"
            "Mira Soldan, 52, told reporters she would not wait.")
    assert speakers(quotes_of(text))[0][1] in ("official", "local resident")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Many tenants were not persuaded. Several said the rent rise would force them out.",
     "tenants"),
    ("Dock workers met on Monday. Some said the strike would go ahead.", "Dock workers"),
])
def test_a_bare_quantity_word_stands_for_the_group_named_before(quotes_of, text, speaker):
    assert [s for _, s in speakers(quotes_of(text))] == [speaker]


def test_a_given_name_decides_nothing_when_the_list_lacks_it(quotes_of):
    text = COUPLE.replace("Darnell", "Kestrel").replace("Keisha", "Wren")
    found = speakers(quotes_of(text))
    assert {speaker for _, speaker in found} <= {"Kestrel Booker", "Wren Booker"}
