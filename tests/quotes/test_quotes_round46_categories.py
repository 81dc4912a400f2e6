"""Round 46's categories (blind set 345-352), each on a fictional text of its own: a place
of common nouns before a set-off description of an unnamed source is no part of its name;
a trailing "he added" is nobody its own reported clause names; a definite company noun
described only by its trade or listing ("the streaming company", "The London-listed
miner") refers back like "the company", to the company its own sentence names when nothing
came before; "the union" after an association that spoke, whose name NER missed; a title
in apposition to a work's noun is no quote, even under "said" with the stop inside; "told
the inquiry she had ..." is a report to an audience; a lede's office ("the chief inspector
of prisons") is the person the next paragraph opens by naming; "put it to X that" reports
the point put, by the role that opens the sentence set off before a name."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, exactly, first, includes, speakers_are

pytestmark = pytest.mark.model


CASES = [
    case("a_place_before_a_set_off_description_is_no_part_of_the_source",
         ("A porter in the clinic's emergency wing, who asked not to be named because he was "
          "not allowed to speak to reporters, said the lifts had failed twice."),
         exactly("indirect", [("the lifts had failed twice", "porter")])),
    case("a_place_without_a_comma_or_with_a_name_stays",
         ("A porter at the clinic who asked not to be named said the lifts had failed.\n\n"
          "An engineer at Veltro Motors, who asked not to be named, said the car was safe."),
         exactly("indirect", [
             ("the lifts had failed", "porter at the clinic who asked not to be named"),
             ("the car was safe", "engineer at Veltro Motors"),
         ])),
    case("a_trailing_he_added_is_not_the_person_his_clause_names",
         ("Interior spokesman Tomas Keller said the border had been closed overnight. Mayor "
          "Olaf Brandt was unhurt and would speak to residents on Tuesday, he added."),
         includes("indirect", (
             "Mayor Olaf Brandt was unhurt and would speak to residents on Tuesday",
             "Tomas Keller",
         ))),
    case("a_fronted_clause_may_name_the_pronoun",
         "When Tomas Keller reached the border, he said it had been closed overnight.",
         exactly("indirect", [("it had been closed overnight", "Tomas Keller")])),
    case("a_company_described_by_its_trade_or_listing_is_the_company_named",
         ("Orvale Mining on Tuesday cut its forecast for the second time this year.\n\n"
          "The Oslo-listed miner said it now expected output of 300,000 tonnes."),
         exactly("indirect", [("it now expected output of 300,000 tonnes", "Orvale Mining")])),
    case("a_described_company_with_nothing_before_is_its_own_sentences_company",
         ("Brightreel is raising the price of its basic plan by $1 a month, the streaming "
          "company said Tuesday.\n\n"
          "The premium plan will stay at $15.99, the company said."),
         exactly("indirect", [
             ("Brightreel is raising the price of its basic plan by $1 a month", "Brightreel"),
             ("The premium plan will stay at $15.99", "Brightreel"),
         ])),
    case("a_parent_or_national_company_stays_as_written",
         ("Orvale Metals cut its forecast on Tuesday.\n\n"
          "Trains were cancelled across the north, the national railway company said."),
         exactly("indirect", [
             ("Trains were cancelled across the north", "national railway company"),
         ])),
    case("the_union_after_an_association_ner_missed",
         ("The Harbour Pilots’ Association (HPA) said its members were overworked. In a "
          "statement, the union said: ‘Pilots are falling asleep at the wheel.’"),
         exactly("direct", [
             ("Pilots are falling asleep at the wheel.", "Harbour Pilots’ Association"),
         ])),
    case("a_title_in_apposition_to_a_works_noun_is_no_quote",
         ("Dana Kors said the studio would spend $2 billion on new shows, including a new "
          'season of its hit comedy "Bramblewood."'),
         exactly("direct", []), speakers_are("indirect", ["Dana Kors"])),
    case("told_the_inquiry_after_a_relative_clause_is_a_report",
         ("Giving evidence, Hana Brook, who lived on the fourth floor with her son, told the "
          "inquiry she had reported the broken alarm twice."),
         exactly("indirect", [("she had reported the broken alarm twice", "Hana Brook")])),
    case("a_ledes_office_is_the_person_the_next_paragraph_names",
         ("Wards at breaking point\n\n"
          "Hospitals are short of beds, the chief inspector of hospitals has warned.\n\n"
          "In her annual report, Ada Quill said the shortage would last until spring."),
         exactly("indirect", [
             ("Hospitals are short of beds", "Ada Quill"),
             ("the shortage would last until spring", "Ada Quill"),
         ])),
    case("a_ledes_office_is_not_a_person_with_a_title_of_her_own",
         ("Wards at breaking point\n\n"
          "Hospitals are short of beds, the chief inspector of hospitals has warned.\n\n"
          "Health Minister Ada Quill said the shortage would last until spring."),
         first("indirect", ("Hospitals are short of beds", "chief inspector of hospitals"))),
    case("put_it_to_a_witness_reports_the_point_put_by_the_named_counsel",
         ("The hearing resumed on Monday. Counsel for the families, Maria Lopez, put it to the "
          "witness that the alarm had failed.\n\n"
          "The mayor put the plan to a vote that night."),
         exactly("indirect", [("the alarm had failed", "Maria Lopez")])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round46_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)
