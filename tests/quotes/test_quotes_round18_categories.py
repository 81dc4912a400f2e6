"""Categories that unseen Reuters, AP, BBC, feature, local and AFP copy (blind round 18)
showed to be general, each on a short fictional text of its own: a company introduced by a
company noun ("bicycle maker X") that NER takes for a person is what "the company" refers
back to, a speaker described by a relative clause the parser broke ("An official who has
seen the video told AP that ..."), a report the parser read as a relative clause of the
audience ("told council members he had ..."), a role with the name in apposition speaks
("The army chief, Gen. X, indicated that"), "which he described as "an insult ..."" quotes
the speaker's words, and a surname NER takes for an organisation is the person when the
text gives her "her" and her full name, so "she" after a paragraph about her is her."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, exactly, said_by

pytestmark = pytest.mark.model


CASES = [
    case("the_company_is_the_maker_named_before_whatever_ner_says",
         ("ORSK, Nov 3 (Reuters) - Electric scooter maker Brisa Mobility said on Monday it "
          "would recall about 40,000 batteries.\n\n"
          "The company said a supplier's fault could cause some cells to overheat."),
         said_by("indirect", "a supplier's fault could cause some cells to overheat", ("Brisa "
                                                                                       "Mobility"))),
    case("an_official_described_by_a_broken_relative_clause_speaks",
         ("A law enforcement official who has seen the footage told The Associated Press that "
          "it does not show who fired first."),
         exactly("indirect", [("it does not show who fired first", "law enforcement official")])),
    case("a_report_read_as_a_relative_clause_of_the_audience",
         ("Resident Ada Morrow, 81, told council members she had paid the same water rate for "
          "30 years."),
         exactly("indirect", [("she had paid the same water rate for 30 years", "Ada Morrow")])),
    case("a_role_with_the_name_in_apposition_is_a_speaker",
         ("The Velmarkian navy chief, Adm. Piet Rauda, indicated that the ships would stay in "
          "port for now."),
         exactly("indirect", [("the ships would stay in port for now", "Piet Rauda")])),
    case("a_verdict_quoted_whole_in_a_relative_clause_is_speech",
         ("Union secretary Rhian Powell said cleaners had been offered 2%, which she described "
          'as "an insult to every one of them".'),
         exactly("direct", [("an insult to every one of them", "Rhian Powell")])),
    case("a_which_clause_naming_a_thing_stays_a_name",
         "The board approved what it called the “harbour ledger” on Monday.",
         exactly("direct", [])),
    case("she_after_a_paragraph_about_a_surname_ner_took_for_an_organisation",
         ("Inside, Josephine Marlow hands out bottles of water and wet towels from a folding "
          "table. She has run the busiest cooling center for 19 days.\n\n"
          '"People think heat is just uncomfortable," Marlow says.\n\n'
          "Dr. Ines Harrow, a physician at Orm General Hospital, says many patients arrived "
          'too late. "We cannot save all of them," Harrow says.\n\n'
          "Back at the rec center, Marlow checks her list. Two regulars have not come in "
          "today. She asks a volunteer to call them.\n\n"
          '"Usually it\'s nothing. They went to their son\'s," she says.'),
         said_by("direct", "Usually it's nothing. They went to their son's,", "Josephine Marlow"),
         said_by("direct", "People think heat is just uncomfortable,", "Josephine Marlow"),
         said_by("direct", "We cannot save all of them,", "Ines Harrow")),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round18_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)
