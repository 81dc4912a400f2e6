"""Round 74's categories (blind set 569-576), each on a fictional text of its own: a
byline with no "By" that names the writers and where they write from ("Hannah Voss in San
Francisco and Edward Lim in Hong Kong", the FT's style) ends the headline block, so the
standfirst above it is no lede and its bare "Chipmaker says" is the company the lede names;
a company's name ending in a trade word NER leaves untagged ("Aldermark Microsystems has
warned") is the full name its short form ("Aldermark said") stands for; "the museum" is
the museum named before (speakers.yaml org_nouns)."""

from __future__ import annotations

import pytest

from generator.extract.quotes.lede import _is_byline

pytestmark = pytest.mark.model


def _found(quotes, kind):
    return [(q.content, q.speaker) for q in quotes if q.kind == kind]


@pytest.mark.parametrize(("paragraph", "byline"), [
    ("Mara Quell in Frankfurt and Tomas Reyes in Lima", True),
    ("Ines Barlow and Kofi Mensah in Accra", True),
    ("By Ruth Tandy, Associated Press", True),
    ("Leaders meet in Geneva", False),
    ("Drugmaker says trial results will delay its filing in Europe", False),
])
def test_a_byline_naming_where_the_writers_are(paragraph, byline):
    assert _is_byline(paragraph) is byline


def test_a_standfirst_company_noun_above_a_placed_byline(quotes_of):
    text = ("Aldgate warns of $600mn hit after EU denies sensor export licence\n\n"
            "Chipmaker says ruling will cut most of its sales of imaging sensors in Russia\n\n"
            "Mara Quell in Frankfurt and Tomas Reyes in Seoul\n\n"
            "Aldgate Microsystems has warned that it stands to lose $600mn in annual revenue "
            "after the European Commission refused to grant it a licence to ship its imaging "
            "sensors to Russian customers.\n\n"
            "The Seoul-based company disclosed the ruling in a filing on Monday, saying it had "
            "been told by the commission that its application had been rejected.\n\n"
            "Aldgate said it would revise its outlook in September.")
    reported = _found(quotes_of(text), "indirect")
    assert [s for _, s in reported] == ["Aldgate Microsystems"] * 4


def test_the_museum_is_the_museum_named_before(quotes_of):
    text = ("Ohio Museum Agrees to Return Bronze Figures to Nigeria\n\n"
            "The Harwick Museum of Fine Arts said the pieces had been taken from a palace in "
            "1897.\n\n"
            "By Dana Whitlow\n\n"
            "COLUMBUS — The Harwick Museum of Fine Arts will return nine bronze figures to "
            "Nigeria after a review found they had been looted, the museum announced on "
            "Monday.\n\n"
            "“We should have done this long ago,” the museum’s director, Paula Sayer, said.\n\n"
            "The figures will be handed over in Benin City in June, the museum said.")
    reported = _found(quotes_of(text), "indirect")
    assert [s for _, s in reported] == ["Harwick Museum of Fine Arts"] * 3

