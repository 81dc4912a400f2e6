"""Round 90's categories (blind set 697-704), each on a fictional text of its own: British
copy's "Health bosses have confirmed ..." (a speaker noun), a caption's speech kept though
the caption line is boilerplate ("Image caption, X says ..."), "the statement said" after
"In a statement read by his mother, he said ..." (the pronoun's person issued it), a
contact relative with a noun subject whose predicate the parser hung on the main clause
("in a case the opposition says has been used to ..."), a headline verb the tagger read as
a noun with its plural subject as compound ("Ecologists hail ‘...’"), a single unnamed
source placed "in" a named place ("A diplomat in Paris, who asked not to be named," ->
"diplomat"), a court claim as a document ("The claim, filed on Friday, says ..."), a
passive "described as ‘...’" with no agent (a term), a subheading in single marks that
repeats the start of a body quote below it (that quote's speaker's; a subheading whose
words no quote below holds is the writer's label)."""

from __future__ import annotations

import datetime as dt

import pytest

pytestmark = pytest.mark.model


def _found(quotes, kind):
    return [(q.content, q.speaker) for q in quotes if q.kind == kind]


def test_health_bosses_confirm(quotes_of):
    quotes = quotes_of(
        "Orsk clinic to close at night\n\nHealth bosses have confirmed the clinic at Orsk "
        "General Hospital in Velmar will close overnight from May.")
    assert _found(quotes, "indirect") == [
        ("the clinic at Orsk General Hospital in Velmar will close overnight from May",
         "Health bosses")]


def test_a_caption_keeps_its_speech(nlp):
    from generator.extract import extract_doc

    text = ("Orsk school to close\n\nThe school at Orsk will close in July, the council said."
            "\n\nImage caption, Ada Quill says the walk to the next school would be “too far” "
            "for the youngest pupils\n\nImage caption, The school has stood since 1874\n\n"
            "Ms Quill started a petition last week.")
    quotes = extract_doc(nlp(text), dt.date(2025, 3, 1)).quotes
    assert ("the walk to the next school would be “too far” for the youngest pupils",
            "Ada Quill") in _found(quotes, "indirect")
    assert _found(quotes, "direct") == [("too far", "Ada Quill")]


def test_the_statement_read_for_a_person(quotes_of):
    quotes = quotes_of(
        "Hiker found\n\nNighttime temperatures fell to 30 degrees, according to the Velmar "
        "Weather Service.\n\nTom Rusk, who was being treated at a hospital in Orsk, did not "
        "speak to reporters. In a statement read by his mother, he said he was sorry for the "
        "trouble he had caused.\n\n\"I lost the trail and then it got dark,\" the statement "
        "said. \"Thank you to everyone who looked for me.\"")
    assert _found(quotes, "direct") == [
        ("I lost the trail and then it got dark,", "Tom Rusk"),
        ("Thank you to everyone who looked for me.", "Tom Rusk")]


@pytest.mark.parametrize(("text", "report"), [
    ("Orsk trial\n\nTwelve people went on trial in Orsk on Tuesday accused of plotting to "
     "seize power, in a case the opposition says has been used to silence critics of the "
     "government.", ("has been used to silence critics of the government", "opposition")),
    ("Orsk budget\n\nThe council approved a bypass on Monday, a plan farmers say will cut "
     "their land in two.", ("will cut their land in two", "farmers")),
])
def test_a_contact_relative_whose_predicate_the_parser_hung_elsewhere(quotes_of, text, report):
    assert _found(quotes_of(text), "indirect") == [report]


def test_a_headline_verb_read_as_a_noun(quotes_of):
    quotes = quotes_of(
        "Otters return to Orsk river after 300 years\n\nEcologists hail ‘a new dawn for our "
        "streams’ but anglers’ club warns animals could ‘empty’ fishing pools on the lower "
        "river\n\nAnn Reed\n\nFour otter families have been released into the river Orsk.")
    assert _found(quotes, "direct")[0] == ("a new dawn for our streams", "Ecologists")


def test_a_single_source_placed_in_a_named_place(quotes_of):
    quotes = quotes_of(
        "Orsk trial\n\nA diplomat in Paris, who asked not to be named, told AFP the trial was "
        "being \"closely watched\" by neighbouring governments.")
    assert _found(quotes, "indirect") == [
        ("the trial was being \"closely watched\" by neighbouring governments", "diplomat")]


def test_a_court_claim_is_a_document(quotes_of):
    quotes = quotes_of(
        "Orsk fund sues bank\n\nThe Orsk pension fund alleges in the claim that bankers misled "
        "investors.\n\nThe claim, filed on Friday, says the fund lost about €20mn when the bonds "
        "fell.")
    assert _found(quotes, "indirect") == [("bankers misled investors", "Orsk pension fund")]


def test_a_passive_description_with_no_agent(quotes_of):
    quotes = quotes_of(
        "Otters return\n\nOtters are often described as ‘river guardians’ because their "
        "hunting keeps fish stocks healthy.")
    assert quotes == []


_WARD = ("Orsk ward to close at night\n\nHealth bosses have confirmed the ward will close "
         "overnight from May.\n\nThe MP for Orsk, Tom Rusk, said he had written to the health "
         "secretary.\n\n{subheading}\n\nA nurse who works on the ward, who asked not to be "
         "named, told the BBC staff had been “kept in the dark” until last week.\n\n“We are "
         "short every night. On a bad night there are two of us for 20 patients,” she said.")


def test_a_subheading_repeating_a_body_quote(quotes_of):
    quotes = quotes_of(_WARD.format(subheading="'We are short every night'"))
    assert _found(quotes, "direct")[0] == ("We are short every night", "nurse")


def test_a_subheading_no_quote_below_repeats(quotes_of):
    quotes = quotes_of(_WARD.format(subheading="'Nobody told us'"))
    assert "Nobody told us" not in [content for content, _ in _found(quotes, "direct")]
