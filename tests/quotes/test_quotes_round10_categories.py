"""Speaker categories that unseen copy (blind round 10) showed to be general, each on a short
fictional text of its own: namesakes who are no relation, a family whose late member is
talked about and never speaks, and a "Mr."/"Ms." surname among relatives."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, exactly, first, includes, last

pytestmark = pytest.mark.model


NAMESAKES = (
    "\"Keep the library open,\" said Lina Moravec, a parent from Dunholt.\n\n"
    "Councillor Pavel Moravec — no relation — voted against the closure. He said the town "
    "had not costed the repairs.\n\n"
    "\"We were given the figures on Friday,\" Moravec said.")

FAMILY = (
    "The woman, Irena Falk, a nurse from Osterby, died in 2022. Her husband, Tomas Falk, "
    "and their daughter, Greta, brought the case.\n\n"
    "\"Nothing gives Irena back,\" Mr. Falk said.\n\n"
    "Greta Falk, 24, said her mother never complained. \"She was always kind,\" "
    "Ms. Falk said.")


CASES = [
    case("a_surname_alone_is_the_namesake_who_spoke_last",
         NAMESAKES,
         includes(None, ("the town had not costed the repairs", "Pavel Moravec")),
         includes(None, ("We were given the figures on Friday,", "Pavel Moravec")),
         first(None, ("Keep the library open,", "Lina Moravec"))),
    case("a_late_relative_talked_about_is_not_the_speaker",
         FAMILY,
         includes("direct", ("Nothing gives Irena back,", "Tomas Falk")),
         includes("direct", ("She was always kind,", "Greta Falk"))),
    case("a_bare_role_after_an_abbreviated_title_is_its_holder",
         ("Regional Gov. Anselm Brody arrived by boat on Monday.\n\n"
          '"We will rebuild the quay," the governor said.'),
         exactly("direct", [("We will rebuild the quay,", "Anselm Brody")])),
    case("a_titled_speaker_after_the_thing_talked_about",
         ("The council approved the budget, a plan Mayor Tobias Wren said would cut costs by a "
          "tenth."),
         exactly(None, [("would cut costs by a tenth", "Tobias Wren")])),
    case("a_clause_whose_verb_is_quoted_stays_direct_only",
         'The islanders said they had "lost everything".',
         exactly("indirect", [])),
    case("she_after_a_quote_is_its_speaker_whose_pronoun_is_unknown",
         ("Sarah Whitley, 31, said she was told to wait. 'It felt like nobody was coming,' she "
          "said.\n\n"
          "Her partner, Daniel Whitley, said he went looking for staff twice. 'We found one "
          "midwife.'\n\n"
          "The trust's chief nurse, Dr Helen Adebayo, said: 'I want to apologise unreservedly. "
          "What happened is not the standard of care we expect.'\n\n"
          "She said sickness among staff had left the ward short."),
         last("indirect", ("sickness among staff had left the ward short", "Helen Adebayo"))),
    case("an_organisation_shortened_to_its_first_word_keeps_its_full_name",
         ("The jury found that the clinic, Stonebridge Urgent Care, had been negligent.\n\n"
          "Stonebridge, which runs four clinics, said in a statement that it had changed its "
          "rules."),
         last("indirect", ("it had changed its rules", "Stonebridge Urgent Care"))),
    case("a_son_named_without_a_comma_after_paragraphs_of_he",
         ("For 40 years, Anton Weller has fired the same kiln.\n\n"
          "Weller, 70, learned the trade from his uncle. He bought the kiln at an auction.\n\n"
          "His son Marcus, 38, worked beside him for a decade. He says the shop has not made "
          "money since 2020."),
         exactly("indirect", [("the shop has not made money since 2020", "Marcus Weller")])),
    case("a_quote_after_the_elder_namesake_shrugs_is_his",
         ("For 48 years, Anton Weller has fired the same kiln.\n\n"
          '"The kiln never lies to you," Anton Weller says.\n\n'
          "His son Marcus, 38, worked beside him for a decade.\n\n"
          '"Dad thinks it is about the pots. It is about the gas bill," Marcus Weller says.\n\n'
          'Asked about that, the elder Weller shrugs. "He is right. He is usually right."'),
         last("direct", ("He is right. He is usually right.", "Anton Weller"))),
    case("a_partial_quote_after_ask_for_is_the_reporters",
         ("Greta Lindqvist, who runs a shop in Dunholt, says buyers ask for the jugs “by the "
          "colour of the glaze.”"),
         exactly("direct", [("by the colour of the glaze.", "Greta Lindqvist")])),
    case("a_described_speaker_named_by_the_next_quote_is_that_person",
         ("The wife of one of the sailors, reached by telephone, said she had not heard from "
          'her husband since Monday. "Nobody tells us anything," said Sarah Whitley, 41, in '
          "the port of Dunholt."),
         includes(None, ("she had not heard from her husband since Monday", "Sarah Whitley"))),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round10_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("The sailors would be \"treated fairly\" and could go home soon, the minister judged.",
     "The sailors would be \"treated fairly\" and could go home soon", "minister"),
    ("Ilse Varo said Dunholt was \"watching the talks closely\" and was in touch with both "
     "sides.", "Dunholt was \"watching the talks closely\" and was in touch with both sides",
     "Ilse Varo"),
    ("Some tenants said after the vote they were planning a rent strike.",
     "they were planning a rent strike", "tenants"),
    ("Brody's office later issued a statement saying an audit would be ordered.",
     "an audit would be ordered", "Brody's office"),
])
def test_reported_clauses_the_parser_hides(quotes_of, text, content, speaker):
    found = speakers(quotes_of(text), "indirect")
    assert len(found) == 1
    assert found[0][0] == content
    assert found[0][1].endswith(speaker)
