"""Round 47's categories (blind set 353-360), each on a fictional text of its own: a role
noun before a name that the parser read as a clause with the name its object ("At the
station, commuter X, who ..., said") leaves the name the cue's subject; a name hung on a
participle of the opening phrase ("At a hall set up in the gym, X, 67, sat ...") is the
person a "She said" of the next sentence refers back to; a share of a group in apposition
("Opponents, many of them Riverside homeowners,") is the speaker written more closely;
an organisation's name holding a possessive ("The United Nations Children's Fund") is
kept whole, no person owned by "Children"; a body's forecast of a noun phrase ("The
meteorological department forecast more heavy rain ...") is its report, a company's
guidance is not; a Title Case name in marks before the noun it modifies ("its
next-generation “Krios” accelerator") is a product's name, no quote."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, exactly, includes, last

pytestmark = pytest.mark.model


CASES = [
    case("a_role_noun_read_as_a_clause_leaves_the_name_the_subject",
         ("Councillor Ana Pike said the plan was fair.\n\n"
          "At Elmford station on Monday evening, commuter Tomas Renner, who travels to the "
          "city three days a week, said his monthly pass would now cost more than £400.\n\n"
          "'It's more than my rent,' he said."),
         includes("indirect", ("his monthly pass would now cost more than £400", "Tomas Renner")),
         exactly("direct", [("It's more than my rent,", "Tomas Renner")])),
    case("a_name_hung_on_the_opening_phrase_is_the_next_sentences_she",
         ('Police Chief Dana Orr said roads were closed. "Stay home," she said.\n\n'
          "At a shelter set up in the Elm Grove Middle School gym, Ruth Halley, 71, sat on a "
          "bench with her cat. She said she had left with her pills and little else."),
         includes("indirect", ("she had left with her pills and little else", "Ruth Halley"))),
    case("a_share_of_a_group_in_apposition_is_the_speaker",
         ("Critics, many of them Eastfield shopkeepers, said the council had ignored them.\n\n"
          "Neighbors said the road was too busy."),
         exactly("indirect", [
             ("the council had ignored them", "Eastfield shopkeepers"),
             ("the road was too busy", "Neighbors"),
         ])),
    case("an_organisation_name_with_a_possessive_is_kept_whole",
         ("The Northern Farmers' Relief Fund (NFRF) said in a statement that 4,000 families "
          "had asked for help.\n\n"
          "The United Nations Children's Fund (UNICEF) said it was sending water tablets."),
         last("indirect", ("it was sending water tablets", "United Nations Children's Fund"))),
    case("a_body_forecasting_a_noun_phrase_reports_it",
         ("Rivers burst their banks\n\n"
          "The weather bureau forecast more heavy rain in the hills over the weekend. Only two "
          "economists had forecast a cut. Velmar Systems forecast quarterly revenue below "
          "estimates."),
         exactly("indirect", [
             ("more heavy rain in the hills over the weekend", "weather bureau"),
         ])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round47_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_a_name_in_marks_before_its_noun_is_no_quote(quotes_of):
    text = ('Ostberg said the firm would keep spending on its new "Talon" processor. '
            'She called the results "a real turning point" for the firm.')
    assert [q.content for q in quotes_of(text) if q.kind == "direct"] == [
        "a real turning point"]
