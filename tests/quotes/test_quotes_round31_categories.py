"""Categories that unseen AP, Reuters, BBC, Times of Israel, Chicago Tribune, Straits Times,
ESPN and Le Monde copy (blind round 31) showed to be general, each on a short fictional text
of its own: a Malay name ("Muhammad Faizal Ismail", "Nur Aisyah Rahim") that later copy
gives by the personal name inside it ("Mr Faizal", "Dr Aisyah"), which NER tags as a person
of its own; the one full name holding the word, neither first nor last, is the speaker; a
name the parser made a conjunct inside the opening prepositional phrase ("Among the
marchers in Paris, X, 59, a nurse, estimated that ..."), its appositions running on to the
cue, which left the cue with no subject and the reported clause lost; such a name NER tagged
an organisation is a person when a listed given name opens it, so the "she said" after her
is hers, not the woman quoted before; "told the lawyers she expected ..." (lawyers, attorneys
and jurors are audiences, so the clause the parser hung on them is the report); a headline
description that opens with a place ("Former Harlow cop testifies ...") and a lede's "a
former police officer charged with ..." ("officer" is a title only before a name), both the
person the next paragraph names with an age; "the company" for a company NER tagged a person
that a partitive apposition describes ("X, one of Kestra's largest rice exporters,"), here
hung on the dateline's place as its apposition."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, exactly, last, speakers_are

pytestmark = pytest.mark.model


CASES = [
    case("a_given_name_ner_tagged_as_an_organisation_takes_the_next_she",
         ('Transport Minister Odile Marchand defended the plan. "The money has to come from '
          'somewhere," Ms. Marchand said.\n\n'
          "Among the strikers in Valmont, Nadia Brissac, 47, a welder at the shipyard, "
          'estimated that she would lose a month of pay. "I cannot afford another week," she '
          "said."),
         last(None, ("I cannot afford another week,", "Nadia Brissac"))),
    case("the_lawyers_are_an_audience",
         "Judge Mira Hollis told the lawyers she expected the jury to get the case Friday.",
         exactly(None, [("she expected the jury to get the case Friday", "Mira Hollis")])),
    case("a_headline_and_lede_description_named_in_the_next_paragraph",
         ("Former Harlow cop testifies he 'never fired' at fleeing driver\n\n"
          "A former Harlow police officer charged with shooting at a car during a 2024 traffic "
          "stop told jurors Tuesday that he never fired his weapon.\n\n"
          "Marek Dobrowski, 39, is charged with reckless conduct."),
         speakers_are(None, ["Marek Dobrowski", "Marek Dobrowski"])),
    case("the_company_described_by_a_partitive_under_a_dateline",
         ("KESTRA, Nov 3 (Reuters) - Lam Son Foods, one of Kestra's largest rice exporters, is "
          "looking for a buyer.\n\n"
          "In a statement on Tuesday, the company said its sales fell 9% in the quarter."),
         exactly(None, [("its sales fell 9% in the quarter", "Lam Son Foods")])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round31_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


@pytest.mark.parametrize("text, expected", [
    ("Mr Ahmad Rizal Hashim, 41, a bus driver, has waited six years for a flat. \"I have "
     "stopped counting the ballots,\" said Mr Rizal.",
     ("I have stopped counting the ballots,", "Ahmad Rizal Hashim")),
    ("Dr Siti Hajar Osman, an economist at Pelangi University, studied the scheme. "
     "\"The numbers are still small,\" said Dr Hajar.",
     ("The numbers are still small,", "Siti Hajar Osman")),
])
def test_a_malay_name_later_given_by_its_inner_personal_name(quotes_of, text, expected):
    assert speakers(quotes_of(text)) == [expected]


def test_an_inner_word_two_full_names_share_resolves_to_neither(quotes_of):
    text = ("Mr Ahmad Rizal Hashim and Mr Yusof Rizal Kamal run the depot. \"We open at six,\" "
            "said Mr Rizal.")
    assert speakers(quotes_of(text)) != [("We open at six,", "Ahmad Rizal Hashim")]
    assert speakers(quotes_of(text)) != [("We open at six,", "Yusof Rizal Kamal")]


@pytest.mark.parametrize("text, expected", [
    ("Among the strikers in Valmont, Nadia Brissac, 47, a welder at the shipyard, estimated "
     "that she would lose a month of pay.",
     [("she would lose a month of pay", "Nadia Brissac")]),
    ("At the depot in Orvel, Karen Maddox, 52, a driver, said that the new rota was unfair.",
     [("the new rota was unfair", "Karen Maddox")]),
])
def test_a_name_hung_on_the_opening_phrase_with_its_appositions(quotes_of, text, expected):
    assert speakers(quotes_of(text)) == expected
