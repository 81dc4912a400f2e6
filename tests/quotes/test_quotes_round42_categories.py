"""Categories of errors of blind round 42 (fictional sentences, not the round's text).

Each test pins one general rule: "what X called “a ...”" names a thing even with its article
inside the marks, while a relative "who" that is the verb's subject ("an analyst ..., who
called the amount “manageable”") judges, and its antecedent is the person whose apposition the
parser hung it on; "add" with an amount it sums ("the deal would add about 9% to earnings") is
no cue for a partial quote in the same clause; a market-data provider after "according to"
("according to FactSet") is no speaker; a verb of deciding joined to a reported clause that
has its own subject ("said her board had weighed ... but concluded that ...") is that
subject's decision, so the clause is one report (reporting_verbs.yaml ``deciding``); an
unnamed plural source placed by "in"/"on" and a proper noun is named without its
post-modifier ("Islanders on Velsay" -> "Velsay islanders"); an organisation noun with an "of"
phrase naming a thing and its name set off after it ("The supplier of the sensor, X,") is the
name; a speaker never carries an unbalanced bracket; "the regulator" is the body the story
named whose name is of a regulating kind (speakers.yaml ``org_kinds``, the word before "for");
a dateline city the parser made the subject ("ORVIK, Tessland (AP) — Gov. X on Tuesday called
..., saying ...") gives way to the subject after the dash.
"""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, exactly, includes, speakers_are

CASES = [
    case("what_she_called_names_a_thing_even_with_its_article_inside",
         ('The plan closes what she called "a handful of loopholes that only help the biggest '
          'firms."'),
         exactly("direct", [])),
    case("a_naming_after_what_in_a_report_is_no_quote",
         ('Both delegations came to seize what they called "a narrow window" to end the war, '
          "mediators in Ostrava said."),
         exactly("direct", [])),
    case("which_with_its_own_article_stays_a_verdict",
         ('Councillor Ines Varga attacked the cut, which she described as "an insult to every '
          'family in Orm."'),
         speakers_are("direct", ["Ines Varga"])),
    case("who_called_is_the_persons_verdict",
         ("The repairs will cost the club 3 million euros, said Ola Brenner, an analyst at "
          'Tessin Bank, who called the amount "manageable" for a club of its size.'),
         includes("direct", ("manageable", "Ola Brenner"))),
    case("adding_an_amount_is_no_cue",
         ("Orlo Bank Chief Financial Officer Ida Renn told analysts the deal would add about "
          '5% to earnings in 2027 and that its capital would stay "comfortably above" the '
          "minimum."),
         includes("direct", ("comfortably above", "Ida Renn"))),
    case("market_data_provider_is_no_speaker",
         ("Shares of Orlo Bank rose 12% on Monday, while Tessin Bank shares fell 3.1%, "
          "according to FactSet."),
         exactly("indirect", [])),
    case("decision_inside_a_reported_clause_is_one_report",
         ("Tessin Chief Executive Ida Renn said in an interview that her board had weighed a "
          "sale but concluded that the bank could stand alone."),
         exactly("indirect", [
             (
                 "her board had weighed a sale but concluded that the bank could stand alone",
                 "Ida Renn",
             ),
         ])),
    case("unnamed_group_placed_by_on_is_named_without_its_post_modifier",
         "Islanders on Velsay say they feel cut off after the ferry broke down.",
         exactly("indirect", [
             ("they feel cut off after the ferry broke down", "Velsay islanders"),
         ])),
    case("affiliation_stays_with_an_unnamed_group",
         "Officials at the Orsk agency said the ferry broke down.",
         speakers_are("indirect", ["Officials at the Orsk agency"])),
    case("company_noun_of_a_thing_is_the_name_set_off_after_it",
         ("The Velm Transport Authority said the trams would stop.\n\n"
          "The supplier of the brakes, Kessel Components, said in a statement that it was "
          "testing the parts.\n"),
         includes("indirect", ("it was testing the parts", "Kessel Components"))),
    case("speaker_never_has_an_unbalanced_bracket",
         ("The recall covers 9,000 vans, the Federal Office for Road Safety (FORS) said in a "
          "statement."),
         speakers_are("indirect", ["Federal Office for Road Safety"])),
    case("the_regulator_is_the_body_named_before",
         ("The recall covers 9,000 vans, the Federal Office for Road Safety (FORS) said in a "
          "statement.\n\n"
          "The regulator said it had received 12 complaints.\n"),
         includes("indirect", (
             "it had received 12 complaints",
             "Federal Office for Road Safety",
         ))),
    case("dateline_city_read_as_subject_gives_way_to_the_name_after_the_dash",
         ("ORVIK, Tessland (AP) — Tessland Gov. Ada Quill on Tuesday called for free bus fares "
          'for most riders, saying the surplus should go "back to the people who paid it."'),
         exactly("indirect", [
             ('the surplus should go "back to the people who paid it."', "Ada Quill"),
         ]),
         exactly("direct", [("back to the people who paid it.", "Ada Quill")])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round42_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_a_second_verb_of_saying_is_still_a_second_report(quotes_of):
    quotes = quotes_of("Minister Ada Quill said the opposition supported the bill but "
                       "warned that councils lacked the money.")
    assert len(speakers(quotes, "indirect")) == 2
