"""Categories that unseen AP, Reuters, Times of India, Irish Times, LA Times, FT and Daily
Nation copy (blind round 29) showed to be general, each on a short fictional text of its
own: an office, its portfolio and the name in one capitalised run ("Minister for
Transport Aine Brosnan said"), which the parser reads as the title with the rest hung on
"for"; the name is the speaker, office and portfolio its role; "the agency said" after a
body described before its name ("the country's flood agency, VFWA"); "the executive said"
right after "A senior X executive said", which is that unnamed source, not the chief
executive named before; "a second minister", whose ordinal only counts sources; "says the
52-year-old mother of four", an aged role noun that stands for the person named before."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, exactly, last

pytestmark = pytest.mark.model


CASES = [
    case("the_agency_is_the_body_its_description_names",
         ("Forty homes were flooded, according to Veloria's flood warning agency, VFWA. The "
          "river peaked at 6 metres overnight, the agency said."),
         last("indirect", ("The river peaked at 6 metres overnight", "VFWA"))),
    case("the_role_noun_is_the_unnamed_source_just_heard",
         ("Corvia chief executive Lena Maurer has said the bank wants to grow.\n\n"
          'A senior Peltra executive said staff had been told nothing. "We learn about our '
          'jobs from the radio," the executive said.'),
         exactly("direct", [
             ("We learn about our jobs from the radio,", "senior Peltra executive"),
         ])),
    case("the_role_noun_is_its_named_holder_when_no_source_spoke_last",
         ('Corvia chief executive Lena Maurer said the bank wants to grow. "We are patient," '
          "the executive said."),
         exactly("direct", [("We are patient,", "Lena Maurer")])),
    case("an_ordinal_that_counts_unnamed_sources_is_dropped",
         ("One minister said the cuts would stay. A second minister, who asked not to be "
          "named, said most members agreed."),
         last("indirect", ("most members agreed", "minister"))),
    case("an_office_whose_holder_follows_a_comma_is_no_portfolio_run",
         ("The Chairman of Odumila Local Government Area, Hon. Tunde Ashiru, said the market "
          "would reopen."),
         exactly("indirect", [("the market would reopen", "Tunde Ashiru")])),
    case("an_aged_role_epithet_is_the_person_named_before",
         ("Brenna Otuko has carried water from the river since dawn.\n\n"
          '"The well has been dry for a month," says the 52-year-old mother of four.'),
         exactly("direct", [("The well has been dry for a month,", "Brenna Otuko")])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round29_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


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
