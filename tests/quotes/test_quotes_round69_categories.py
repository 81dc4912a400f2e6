"""Round 69's categories (blind set 529-536), each on a fictional text of its own: a party
epithet after a possessive ("The panel's ranking Republican, Sen. X,") describes the person
named in apposition; "he said" after "A ... guide who knows the route well ... said" is that
unnamed guide (a noun with a "who" relative is a person); a bare "a spokeswoman said" after
a report whose subject is a body speaks for that body; "X agreed to buy Y ..., the companies
said" is X and Y, and so is the next "the companies said"; "the tournament said" is the
event named before ("the Lowcountry Open"; generator/rules/event_speakers.yaml); a report
inside a relative clause with a cue of its own (", which he argued would ...") is the inner
cue's, and the outer report stops before it; "told X the injury flared up ... and that ..."
(no "that": the clause's subject read as a second object) is a report; a noun phrase in
marks after "was a" inside a reported clause is the speaker's words.

Round 70's (537-544) and rounds 67-68's leftovers, below: an organisation word ending a
name before a post held by the person named after it ("Harwell Bank chief executive Nina
Osei") names the employer; "the investor" right after "One large shareholder" is that
source (not "another witness" after "A shopkeeper"); "the school" is the school the lede
names as subject; "The Dayton-based contractor" is the company, not the school district;
"The FTSE 250 group" is the company named before; "alleges in a federal lawsuit that ..."
(a that-clause read as a relative of the document) is a report, and "Her family" after "a
70-year-old woman ..., Ruth Ambler," is hers; a document's term ("Audit describes ‘...’")
and a name "known locally as" are no quotes; a partial quote inside a nested report is the
reporter's; "The agency said" after "The geology agency warned" is that agency; a title
split at its hyphen ("The vice-chancellor of X, Prof Y,") keeps the name set off after it;
bodies counted in the lede ("Two of the largest hospital systems") are those named in the
next paragraph."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, exactly, includes

from generator.extract.quotes.event_speakers import EventSpeakerFile, event_named
from generator.rulefiles import load_rule_file

pytestmark = pytest.mark.model


CASES = [
    case("a_party_epithet_after_a_possessive_describes_the_name_apposed",
         ("The panel's ranking Republican, Sen. Harriet Colvane (R-Idaho), voted no, arguing "
          "the plan would raise costs for ranchers."),
         includes("indirect", ("the plan would raise costs for ranchers", "Harriet Colvane"))),
    case("he_after_an_unnamed_person_described_by_who",
         ("Town mayor Peter Lanois wrote on X that the valley was grieving.\n\n"
          "A ski instructor who knows the slope well, speaking on condition of anonymity, said "
          "the run was often icy in March.\n\n"
          '"People rush up after fresh snow and they forget the wind," he said.'),
         includes("direct", (
             "People rush up after fresh snow and they forget the wind,",
             "ski instructor",
         ))),
    case("a_bare_spokeswoman_speaks_for_the_body_her_report_is_about",
         ("The Marlow county council said in a statement that the road would reopen.\n\n"
          "The Velden prosecutor's office has opened an inquiry into the crash, a spokeswoman "
          "said."),
         includes("indirect", (
             "The Velden prosecutor's office has opened an inquiry into the crash",
             "Velden prosecutor's office spokeswoman",
         ))),
    case("the_companies_are_the_buyer_and_the_bought",
         ("Corvane Media agreed to buy Tessel Streaming in an all-stock deal, the companies "
          "said Monday.\n\n"
          "The deal needs approval from regulators. Tessel Chief Executive Ian Moro will join "
          "the board, the companies said."),
         includes("indirect", (
             "Corvane Media agreed to buy Tessel Streaming in an all-stock deal",
             "Corvane Media and Tessel Streaming",
         )),
         includes("indirect", (
             "Tessel Chief Executive Ian Moro will join the board",
             "Corvane Media and Tessel Streaming",
         ))),
    case("the_tournament_is_the_event_named_before",
         ("Top-seeded Lena Vrany reached the final of the Saltmarsh Open on Friday after her "
          "opponent withdrew.\n\n"
          "Her opponent pulled out an hour before the match, the tournament said."),
         includes("indirect", (
             "Her opponent pulled out an hour before the match",
             "Saltmarsh Open",
         ))),
    case("a_report_in_a_relative_clause_with_its_own_cue",
         ("A council spokesman, Dan Okafor, said the council would appeal the ruling, which he "
          "argued would leave tenants without heat this winter."),
         includes("indirect", ("the council would appeal the ruling", "Dan Okafor")),
         includes("indirect", ("would leave tenants without heat this winter", "Dan Okafor"))),
    case("the_same_verb_in_a_relative_clause_repeats_the_report",
         ("Justice Mara Lind said the trial court had misread the statute, which she said had "
          "been written to protect tenants."),
         exactly("indirect", [
             (
                 ("the trial court had misread the statute, which she said had been written "
                  "to protect tenants"),
                 "Mara Lind",
             ),
         ])),
    case("told_an_outlet_a_clause_read_as_a_second_object",
         ("Her trainer, Paolo Renzi, told The Associated Press the knee swelled up during "
          "practice Tuesday and that a scan showed no damage."),
         includes("indirect", (
             "the knee swelled up during practice Tuesday and that a scan showed no damage",
             "Paolo Renzi",
         ))),
    case("what_a_thing_was_inside_a_report_is_the_speakers",
         ("Governor Ada Pell said in a statement the budget deal was a “sensible compromise,” "
          "though she warned lawmakers would have to find savings."),
         includes("direct", ("sensible compromise,", "Ada Pell"))),
    # round 70 (blind set 537-544) and the leftovers of rounds 67-68
    case("an_employer_named_before_a_post",
         ("Harwell Bank chief executive Nina Osei will retire in June after six years in the "
          "job, the UK lender said on Tuesday.\n\n"
          "Osei, 61, will stay until a successor is found, Harwell said."),
         includes("indirect", (
             ("Harwell Bank chief executive Nina Osei will retire in June after six years in "
              "the job"),
             "Harwell Bank",
         )),
         includes("indirect", ("Osei, 61, will stay until a successor is found", "Harwell Bank"))),
    case("the_investor_after_one_shareholder",
         ("One large shareholder, who asked not to be named, said the board had waited too "
          "long.\n\n"
          "“They promised a plan and gave us a slogan,” the investor said."),
         includes("direct", ("They promised a plan and gave us a slogan,", "large shareholder"))),
    case("the_investor_is_no_other_unnamed_source",
         ("A shopkeeper told reporters the street had been quiet all night.\n\n"
          "According to another witness, soldiers left the square at dawn."),
         includes("indirect", ("soldiers left the square at dawn", "witness"))),
    case("the_school_is_the_school_named_as_subject",
         ("Northern Plains State fires coach Al Brandt\n\n"
          "HARLOW, Okla. (AP) — Northern Plains State fired football coach Al Brandt on "
          "Sunday, a day after a 31-10 loss to Pine Hill Tech.\n\n"
          "Defensive coordinator Sam Ortiz will lead the team for its last two games, the "
          "school announced."),
         includes("indirect", (
             "Defensive coordinator Sam Ortiz will lead the team for its last two games",
             "Northern Plains State",
         ))),
    case("a_contractor_is_the_company_not_the_school_district",
         ("The Linden Falls School District will pay Arrow Coach Lines $12 million over five "
          "years, according to documents released Tuesday.\n\n"
          "The Dayton-based contractor, which runs buses for nine districts, said it had hired "
          "25 drivers since March."),
         includes("indirect", ("it had hired 25 drivers since March", "Arrow Coach Lines"))),
    case("a_company_described_by_its_listing_or_its_city",
         ("Shares in Kestrel Living fell 12 per cent on Friday after the homeware retailer "
          "issued its second profit warning this year.\n\n"
          "The FTSE 250 group said it now expected profit of about £30mn."),
         includes("indirect", ("it now expected profit of about £30mn", "Kestrel Living"))),
    case("a_that_clause_read_as_a_relative_of_a_document",
         ("A 70-year-old woman with asthma, Ruth Ambler, died in the cell in May. Her family "
          "alleges in a federal lawsuit that guards ignored her calls for help for two hours."),
         includes("indirect", (
             "guards ignored her calls for help for two hours",
             "Ambler family",
         ))),
    case("a_documents_term_is_no_quote",
         ("Audit describes ‘culture of secrecy’ at county council\n\n"
          "An independent audit has found that councillors ignored warnings for years."),
         exactly("direct", [])),
    case("a_name_known_locally_as_is_no_quote",
         ("The agency warned villagers to stay away from rivers because of mudflows, known "
          'locally as "banjir lumpur", if heavy rain falls.'),
         exactly("direct", [])),
    case("a_partial_quote_in_a_nested_report_is_the_reporters",
         ("Lena Hart, whose son died at the clinic in 2022, said the hospital had told her the "
          "death was “just bad luck”."),
         includes("direct", ("just bad luck", "Lena Hart"))),
    case("the_agency_described_as_subject_since_the_last_one_spoke",
         ("About 4,000 people left their homes, according to the regional disaster agency.\n\n"
          "The geology agency warned residents to keep away from the crater.\n\n"
          "The island has erupted twice since 2010.\n\n"
          "The agency said more ash falls were likely this week."),
         includes("indirect", ("more ash falls were likely this week", "geology agency"))),
    case("a_title_split_at_its_hyphen_keeps_the_name_set_off_after_it",
         ("The vice-chancellor of the University of Eastmere, Prof Dara Quinn, wrote in an "
          "email to staff last week that the university faced “painful choices” and could not "
          "fund the pay rise."),
         includes("indirect", (
             "the university faced “painful choices” and could not fund the pay rise",
             "Dara Quinn",
         )),
         includes("direct", ("painful choices", "Dara Quinn"))),
    case("bodies_counted_in_the_lede_and_named_in_the_next_paragraph",
         ("Two Rural Hospital Systems Agree to Merge\n\n"
          "By Ana Lutz\n\n"
          "March 3, 2026\n\n"
          "Two of the largest hospital systems in northern Vermont announced on Monday that "
          "they planned to merge, a deal that would put six hospitals under one roof.\n\n"
          "The combined system would keep the Green Ridge Health name and have annual revenue "
          "of about $2.1 billion, the two organizations, Green Ridge Health and Lamoille "
          "Valley Medical Center, said in a joint statement."),
         includes("indirect", (
             "they planned to merge",
             "Green Ridge Health and Lamoille Valley Medical Center",
         ))),
    case("a_that_clause_hung_on_the_participle_of_a_time_phrase",
         ("Lena Strand won the race by four seconds.\n\n"
          "She told her team over the radio after crossing the line that it was ‘one for "
          "everybody back at the workshop’."),
         includes("indirect", ("it was ‘one for everybody back at the workshop’", "Lena Strand"))),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round69_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_event_speaker_examples_of_the_rule_file():
    rules = load_rule_file("event_speakers.yaml", EventSpeakerFile)
    assert rules.examples
    for example in rules.examples:
        assert event_named(example.noun, example.text) == example.name, example.text
