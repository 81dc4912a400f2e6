"""Rounds 57-59's categories (blind set 433-456), each on a fictional text of its own: a
company introduced as "X Corp. shares fell" and then "the Boise, Idaho-based company said",
the city that the parser made the subject being only where the company is based; a role and
the name set off after it before a verb inside marks ("The chairman of X, Y, \"firmly
condemned\""); a role given before a name in apposition ("the government spokesman, Y,") is
that person when "The government spokesman" speaks later; a name described as based somewhere
("X, the Paris-based owner of Y,") is an organisation whatever NER tagged it, so "the group"
is it; "The government of X" (a country's body in lower case) speaks as "X government"."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, exactly, includes

pytestmark = pytest.mark.model


CASES = [
    case("a_role_with_its_name_before_a_quoted_verb",
         ('The head of the Lantic Ports Authority, Marie-Claire Osei, "strongly regretted" the '
          "closure in a statement."),
         exactly("direct", [("strongly regretted", "Marie-Claire Osei")])),
    case("a_role_given_before_an_apposed_name_is_that_person_later",
         ('"The border is calm," declared the interior spokesman, Idris Kamara, on state '
          "radio.\n\n"
          "The chairman of the regional bloc, Amara Sesay, called for restraint.\n\n"
          'The interior spokesman, for his part, promised the guilty would be "punished".'),
         includes("direct", ("punished", "Idris Kamara"))),
    case("a_name_described_as_based_somewhere_is_an_organisation",
         ("Atelier Rosenthal, the Vienna-based owner of Kessel watches, reported weak "
          "sales.\n\n"
          "Revenue fell 2 per cent in the three months to September, the group said on Tuesday."),
         exactly("indirect", [
             ("Revenue fell 2 per cent in the three months to September", "Atelier Rosenthal"),
         ])),
    case("a_country_body_in_lower_case_with_of_speaks_as_that_country_s",
         ("MERVA, May 2 (AFP) - The government of Ostrava Lanes announced on Monday that it "
          "had closed the border."),
         exactly("indirect", [("it had closed the border", "Ostrava Lanes government")])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round57_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_a_city_and_state_before_based_is_no_speaker(quotes_of):
    text = ("Quorra Foods Inc. shares fell the most in a year after the snack maker cut its "
            "forecast.\n\n"
            "Sales this year will be about $2.1 billion, plus or minus $50 million, the San "
            "Jose, California-based company said in a statement Wednesday.")
    indirect = speakers(quotes_of(text), "indirect")
    assert len(indirect) == 1 and indirect[0][1].startswith("Quorra Foods"), indirect
