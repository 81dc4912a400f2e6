"""Session 23's whole-set leftovers (direct speakers still wrong after round 105's fixes),
each category on a fictional text of its own: wire copy naming an ordinary person by given
name and age alone ("Amparo, 71, said ...", her quotes after it) and then "Her son, Tomás,
said": the son borrows no surname from a minister named paragraphs before; and an oil
company's short name NER took for a person ("Velkar declined to comment. "...," a company
spokesperson said": the spokesperson is Velkar Oil's, the full name the lede gives)."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, includes, said_by

pytestmark = pytest.mark.model

EVACUEES = (
    "Volcano erupts on Velka island\n\nBy Ria Banner\n\n"
    "More than 2,000 people were evacuated on Saturday after the volcano erupted.\n\n"
    "Interior Minister Rosa Ferrant said the government had declared a state of emergency.\n\n"
    "At a sports hall in the town of Orsk, Amparo, 71, said she had left her house with only "
    "her medicines.\n\n"
    "\"We heard a noise like thunder,\" she told reporters. \"Then the sky turned red.\"\n\n"
    "Her son, Tomás, said the family's farm was almost certainly lost. \"Everything is under "
    "the ash,\" he said.\n")

BAKERY = (
    "Flood reaches Orsk high street\n\nBy Ria Banner\n\n"
    "Interior Minister Rosa Ferrant visited Orsk on Monday.\n\n"
    "Marta Ruiz opened her bakery on the high street in 1998.\n\n"
    "Her husband, Pablo, said the water had reached the ovens. \"We lost everything,\" he "
    "said.\n")

OILCO = (
    "Velkar Oil to delay Orsk gas project, sources say\n\n"
    "LONDON, Nov 26 (Reuters) - Velkar Oil is set to delay a final investment decision on its "
    "$9 billion Orsk gas field by at least a year because of rising equipment costs, three "
    "sources familiar with the plans told Reuters.\n\n"
    "Velkar declined to comment on the timing. \"We continue to see Orsk as a core part of our "
    "portfolio and are working with our partners,\" a company spokesperson said in an emailed "
    "statement.\n\n"
    "Velkar Chief Executive Martin Hale told analysts in October that the company would \"not "
    "chase volume at any price\".\n")

CASES = [
    case("a_relative_of_a_person_named_by_given_name_alone_borrows_no_surname",
         EVACUEES,
         includes("indirect", ("the family's farm was almost certainly lost", "Tomás")),
         said_by("direct", "Everything is under the ash,", "Tomás")),
    case("a_relative_of_a_person_named_in_full_takes_her_surname",
         BAKERY,
         includes("indirect", ("the water had reached the ovens", "Pablo Ruiz")),
         said_by("direct", "We lost everything,", "Pablo Ruiz")),
    case("a_company_spokesperson_after_an_oil_companys_short_name_tagged_a_person",
         OILCO,
         said_by("direct", "We continue to see Orsk as a core part of our portfolio and are "
                 "working with our partners,", "Velkar Oil spokesperson"),
         said_by("direct", "not chase volume at any price", "Martin Hale")),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_leftovers23_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)
