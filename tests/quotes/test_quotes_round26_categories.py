"""Categories that unseen AP, Reuters, Yonhap, Independent, LA Times, AFP, Economic Times and
Canadian local copy (blind round 26) showed to be general, each on a short fictional text of
its own: "the agency said" after "according to the X Management Division" (a public service
named by its branch word); "the companies said in a joint statement" in a deal story, the
two companies the story names most, by their full names joined by "and"; "the 27-year-old
told reporters" read by the parser as one noun phrase, whose epithet is the speaker; a
capitalised role with the name after it and no comma ("Director of education Ada Quill
said"), which the parser made the subject with the name in apposition; a translated wire story's
dateline "SEOUL, Nov. 24 (Yonhap) -- Prime Minister X urged", whose agency the parser made
the subject, with the minister its apposition; a company named alone in the headline
("... to buy Brightwell") and in full in the body ("Brightwell Therapeutics") is the full
name when the body's "Brightwell said" speaks, the added words being a company's trade
word (an association named after a company stays apart); "He told trustees that busing
young children ... would hurt families", whose "that" clause (with a gerund subject) the
parser hung on the audience, and "Ward 4 trustee X" misparsed with the name as the role
noun's object, still the subject "He" goes back to."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, exactly, includes, said_by

pytestmark = pytest.mark.model

DEAL = ("Talvane Foods said on Tuesday it would buy Orrin Dairy Group for $900 million.\n\n"
        "Talvane will pay in cash and shares, the companies said in a joint statement.\n\n"
        "Orrin's milk brands are sold in 14 states. Talvane shares rose 3%.\n\n"
        "\"This is a good fit,\" said Mara Lenz, an analyst at Quarry Securities.\n\n"
        "The deal is expected to close in March, the companies said.")


CASES = [
    case("the_agency_is_the_public_service_named_before",
         ("Flood water closed 12 roads overnight, according to the Marrow County Highways "
          "Division. Two bridges were shut as a precaution, the agency said."),
         includes("indirect", (
             "Two bridges were shut as a precaution",
             "Marrow County Highways Division",
         ))),
    case("a_lone_company_is_no_joint_speaker",
         ("Talvane Foods cut 200 jobs on Monday.\n\n"
          "More cuts may follow next year, the company said."),
         said_by("indirect", "More cuts may follow next year", "Talvane Foods")),
    case("an_age_epithet_read_as_the_audience_adjective",
         ("Nico Varga, ranked 31st, reached the final on Friday.\n\n"
          '"I have worked a lot on my serve and now it is paying off," the 27-year-old told '
          "reporters."),
         exactly("direct", [
             ("I have worked a lot on my serve and now it is paying off,", "Nico Varga"),
         ])),
    case("a_capitalised_role_before_the_name_without_a_comma",
         ("The board voted to close the school.\n\n"
          "Director of education Ada Quill said staff would help families over the summer."),
         exactly("indirect", [("staff would help families over the summer", "Ada Quill")])),
    case("the_dateline_agency_is_no_subject",
         ("SEOUL, Nov. 24 (Yonhap) -- Prime Minister Han Do-yun on Tuesday urged the "
          'opposition to return to the talks, saying the country "cannot wait another year."'),
         exactly("direct", [("cannot wait another year.", "Han Do-yun")])),
    case("a_short_company_name_of_the_headline_is_the_full_name",
         ("Kestrel to buy drugmaker Lumora\n\n"
          "Kestrel Holdings said on Monday it would buy Lumora Therapeutics for $2 billion.\n\n"
          "Lumora's lead drug is in late-stage trials. Results are expected next year, Lumora "
          "said."),
         said_by("indirect", "Results are expected next year", "Lumora Therapeutics")),
    case("a_that_clause_hung_on_the_audience_with_a_gerund_subject",
         ("Ward 2 trustee Omar Vessel, whose ward includes Pine Flats, voted against the plan. "
          "He told trustees that busing young children an extra 30 minutes each way would hurt "
          "families in the north of the ward."),
         exactly("indirect", [
             (
                 ("busing young children an extra 30 minutes each way would hurt families in "
                  "the north of the ward"),
                 "Omar Vessel",
             ),
         ])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round26_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_the_companies_of_a_joint_statement_are_the_two_parties(quotes_of):
    found = dict(speakers(quotes_of(DEAL), "indirect"))
    both = "Talvane Foods and Orrin Dairy Group"
    assert found["Talvane will pay in cash and shares"] == both
    assert found["The deal is expected to close in March"] == both
