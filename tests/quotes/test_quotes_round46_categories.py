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

pytestmark = pytest.mark.model


def _found(quotes, kind):
    return [(q.content, q.speaker) for q in quotes if q.kind == kind]


def test_a_place_before_a_set_off_description_is_no_part_of_the_source(quotes_of):
    text = ("A porter in the clinic's emergency wing, who asked not to be named because he "
            "was not allowed to speak to reporters, said the lifts had failed twice.")
    assert _found(quotes_of(text), "indirect") == [("the lifts had failed twice", "porter")]


def test_a_place_without_a_comma_or_with_a_name_stays(quotes_of):
    text = ("A porter at the clinic who asked not to be named said the lifts had failed.\n\n"
            "An engineer at Veltro Motors, who asked not to be named, said the car was safe.")
    assert _found(quotes_of(text), "indirect") == [
        ("the lifts had failed", "porter at the clinic who asked not to be named"),
        ("the car was safe", "engineer at Veltro Motors")]


def test_a_trailing_he_added_is_not_the_person_his_clause_names(quotes_of):
    text = ("Interior spokesman Tomas Keller said the border had been closed overnight. "
            "Mayor Olaf Brandt was unhurt and would speak to residents on Tuesday, he added.")
    assert ("Mayor Olaf Brandt was unhurt and would speak to residents on Tuesday",
            "Tomas Keller") in _found(quotes_of(text), "indirect")


def test_a_fronted_clause_may_name_the_pronoun(quotes_of):
    text = "When Tomas Keller reached the border, he said it had been closed overnight."
    assert _found(quotes_of(text), "indirect") == [
        ("it had been closed overnight", "Tomas Keller")]


def test_a_company_described_by_its_trade_or_listing_is_the_company_named(quotes_of):
    text = ("Orvale Mining on Tuesday cut its forecast for the second time this year.\n\n"
            "The Oslo-listed miner said it now expected output of 300,000 tonnes.")
    assert _found(quotes_of(text), "indirect") == [
        ("it now expected output of 300,000 tonnes", "Orvale Mining")]


def test_a_described_company_with_nothing_before_is_its_own_sentences_company(quotes_of):
    text = ("Brightreel is raising the price of its basic plan by $1 a month, the streaming "
            "company said Tuesday.\n\n"
            "The premium plan will stay at $15.99, the company said.")
    assert _found(quotes_of(text), "indirect") == [
        ("Brightreel is raising the price of its basic plan by $1 a month", "Brightreel"),
        ("The premium plan will stay at $15.99", "Brightreel")]


def test_a_parent_or_national_company_stays_as_written(quotes_of):
    text = ("Orvale Metals cut its forecast on Tuesday.\n\n"
            "Trains were cancelled across the north, the national railway company said.")
    assert _found(quotes_of(text), "indirect") == [
        ("Trains were cancelled across the north", "national railway company")]


def test_the_union_after_an_association_ner_missed(quotes_of):
    text = ("The Harbour Pilots’ Association (HPA) said its members were overworked. In a "
            "statement, the union said: ‘Pilots are falling asleep at the wheel.’")
    assert _found(quotes_of(text), "direct") == [
        ("Pilots are falling asleep at the wheel.", "Harbour Pilots’ Association")]


def test_a_title_in_apposition_to_a_works_noun_is_no_quote(quotes_of):
    text = ("Dana Kors said the studio would spend $2 billion on new shows, including a new "
            "season of its hit comedy \"Bramblewood.\"")
    quotes = quotes_of(text)
    assert _found(quotes, "direct") == []
    assert [s for _, s in _found(quotes, "indirect")] == ["Dana Kors"]


def test_told_the_inquiry_after_a_relative_clause_is_a_report(quotes_of):
    text = ("Giving evidence, Hana Brook, who lived on the fourth floor with her son, told the "
            "inquiry she had reported the broken alarm twice.")
    assert _found(quotes_of(text), "indirect") == [
        ("she had reported the broken alarm twice", "Hana Brook")]


def test_a_ledes_office_is_the_person_the_next_paragraph_names(quotes_of):
    text = ("Wards at breaking point\n\n"
            "Hospitals are short of beds, the chief inspector of hospitals has warned.\n\n"
            "In her annual report, Ada Quill said the shortage would last until spring.")
    assert _found(quotes_of(text), "indirect") == [
        ("Hospitals are short of beds", "Ada Quill"),
        ("the shortage would last until spring", "Ada Quill")]


def test_a_ledes_office_is_not_a_person_with_a_title_of_her_own(quotes_of):
    text = ("Wards at breaking point\n\n"
            "Hospitals are short of beds, the chief inspector of hospitals has warned.\n\n"
            "Health Minister Ada Quill said the shortage would last until spring.")
    assert _found(quotes_of(text), "indirect")[0] == (
        "Hospitals are short of beds", "chief inspector of hospitals")


def test_put_it_to_a_witness_reports_the_point_put_by_the_named_counsel(quotes_of):
    text = ("The hearing resumed on Monday. Counsel for the families, Maria Lopez, put it "
            "to the witness that the alarm had failed.\n\n"
            "The mayor put the plan to a vote that night.")
    assert _found(quotes_of(text), "indirect") == [("the alarm had failed", "Maria Lopez")]
