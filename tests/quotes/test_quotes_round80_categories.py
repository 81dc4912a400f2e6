"""Round 80's categories (blind set 617-624), each on a fictional text of its own: a document
word closing a body's capitalised name is the body ("according to the Orvik Hydrographic
Survey"); a passive verb ending a relative clause on an audience noun is no report ("answer
the questions he was asked"); a reporter's second act that the parser hung inside the quoted
clause ('said that crews "make ..." and urged residents not to ...') leaves the clause direct
only; a partial quote in a that-clause the parser hung on the name of a speaker whose cue it
made a participle ("X, who ..., posted on X that the plan was ‘...’"); a participle after a
closing cue ("..., the institute said, warning that ...") is the cue's speaker's; "it" after
"X read a statement on behalf of the Y family" is the family; "the housing association" is
the one body named before whose name ends in its modifier ("Calder Brook Housing", but "the
hospital trust" is no hospital); a coroner is an office ("..., a coroner has ruled", "the
area coroner for X, Jane Roe"), and a lede's "a coroner" is the person a lower-case title
names further down ("area coroner Jane Roe said"); a headline closed by a judging body's
"rules" that the tagger read as a noun ("..., coroner rules") is that body's report; a
sentence the tokenizer glued on at a one-letter grade ("keep an A. School governors say")
keeps its own subject; and "he" in "pressed X on a message in which he told ..." is X, the
person questioned (generator/rules/questioned_persons.yaml)."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, exactly, first

pytestmark = pytest.mark.model


CASES = [
    case("a_document_word_closing_a_body_name_is_the_body",
         ("Tide gauges rose by 40 centimetres on Sunday, according to the Orvik Hydrographic "
          "Survey."),
         exactly("indirect", [
             ("Tide gauges rose by 40 centimetres on Sunday", "Orvik Hydrographic Survey"),
         ])),
    case("a_survey_stays_a_document",
         "Most tenants want longer leases, according to a survey by the Orm Tenants Forum.",
         exactly("indirect", [])),
    case("a_passive_relative_on_an_audience_noun_is_no_report",
         "Judge Mara Voss told the defendant to answer the questions he was asked.",
         exactly("indirect", [])),
    case("a_pronoun_clause_on_an_audience_noun_is_still_a_report",
         "Ada Morrow told council members she had paid the same rate for years.",
         exactly("indirect", [("she had paid the same rate for years", "Ada Morrow")])),
    case("a_second_act_hung_inside_the_marks_leaves_the_quote_direct_only",
         ('The Tarrow branch of the Firefighters Union said in a statement that crews "make '
          'hard calls in conditions most people will never see" and urged residents not to '
          "blame them before the inquiry was finished."),
         exactly("indirect", []),
         exactly("direct", [
             (
                 "make hard calls in conditions most people will never see",
                 "Tarrow branch of the Firefighters Union",
             ),
         ])),
    case("a_partial_quote_under_a_participle_cue_of_a_name",
         ("Closures approved\n\n"
          "The children's poet Ilse Marren, who grew up in Tarrow, posted on X that the "
          "closure was ‘petty and cruel’."),
         exactly("direct", [("petty and cruel", "Ilse Marren")]),
         exactly("indirect", [("the closure was ‘petty and cruel’", "Ilse Marren")])),
    case("a_participle_after_a_closing_cue_is_the_cue_speakers",
         ("More than 60 tremors have been recorded since Monday, the largest of magnitude 4.2, "
          "the Orvik Seismic Institute said, warning that rockfalls were likely as the snow "
          "melted."),
         exactly("indirect", [
             (
                 ("More than 60 tremors have been recorded since Monday, the largest of "
                  "magnitude 4.2"),
                 "Orvik Seismic Institute",
             ),
             ("rockfalls were likely as the snow melted", "Orvik Seismic Institute"),
         ])),
    case("it_after_a_statement_read_on_someones_behalf_is_theirs",
         ("Tarrow Homes said it had repaired the roof.\n\n"
          "Outside the court, the family's lawyer, Ben Ode, read a statement on behalf of the "
          'Marren family. "Lena loved that garden," it said.'),
         exactly("direct", [("Lena loved that garden,", "Marren family")])),
    case("a_kind_noun_whose_modifier_ends_a_body_name",
         ("Tenants complained to Calder Brook Housing about leaks for a year.\n\n"
          "The housing association said it had since replaced 300 roofs."),
         exactly("indirect", [("it had since replaced 300 roofs", "Calder Brook Housing")])),
    case("a_kind_noun_whose_modifier_is_a_body_noun_stays_as_written",
         ("Patients at Tarrow General Hospital waited nine hours for a bed.\n\n"
          "The hospital trust said it had hired 30 nurses."),
         exactly("indirect", [("it had hired 30 nurses", "hospital trust")])),
    case("a_headline_closed_by_a_judging_body_rules_is_its_report",
         ("Cyclist died after pothole crash on Orm Road, coroner rules\n\n"
          "A cyclist died after hitting a pothole that had been reported twice, a coroner has "
          "ruled.\n\n"
          "The area coroner for North Orvik, Jane Roe, said the council had not acted."),
         first("indirect", ("Cyclist died after pothole crash on Orm Road", "Jane Roe"))),
    case("a_headline_closed_by_other_rules_is_no_report",
         ("Ban on phones in class, school rules\n\n"
          "Pupils at Orm High must hand in their phones from Monday."),
         exactly("indirect", [])),
    case("a_sentence_glued_on_at_a_one_letter_grade_keeps_its_subject",
         ("Schools chase top marks\n\n"
          "Inspectors want to make it harder for schools to keep an A. School governors say "
          "the new rules could sink them."),
         exactly("indirect", [("the new rules could sink them", "School governors")])),
    case("an_initial_inside_a_name_is_no_stop",
         "President John F. Kennedy said the goal was the moon.",
         exactly("indirect", [("the goal was the moon", "John F. Kennedy")])),
    case("the_questioner_still_asks",
         ('The prosecutor, Ada Vell, pressed Tom Orr on an email. "Did you write it?" she '
          "asked."),
         exactly("direct", [("Did you write it?", "Ada Vell")])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round80_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_a_coroner_rules_and_is_named_next(quotes_of):
    text = ("Coroner says care home's checks were 'far too slow'\n\n"
            "A retired teacher died after a fall at her care home, a coroner has ruled.\n\n"
            "The area coroner for North Orvik, Jane Roe, said staff had not checked on her "
            "for six hours.")
    quotes = quotes_of(text)
    assert [s for _, s in speakers(quotes, "indirect")] == ["Jane Roe"] * 3
    assert speakers(quotes, "direct") == [("far too slow", "Jane Roe")]


def test_a_lede_role_named_later_with_a_lower_case_title(quotes_of):
    text = ("Ferry death 'could have been prevented', coroner says\n\n"
            "A deckhand who fell from a ferry would have survived if a rail had been fixed, a "
            "coroner has concluded.\n\n"
            "Tom Reed, 34, died in the harbour at Orm in May.\n\n"
            "At an inquest in Orm, area coroner Jane Roe said the rail had been broken for a "
            "month.")
    quotes = quotes_of(text)
    assert {s for _, s in speakers(quotes, "indirect")} == {"Jane Roe"}


def test_the_person_questioned_about_their_own_message(quotes_of):
    from generator.extract.quotes.questioned import QuestionedFile
    from generator.rulefiles import load_rule_file

    examples = load_rule_file("questioned_persons.yaml", QuestionedFile).examples
    assert examples
    for example in examples:
        assert [q.speaker for q in quotes_of(example.text)] == [example.speaker], example.text
