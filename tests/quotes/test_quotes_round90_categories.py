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
from quotes_helpers import NO_QUOTES, case, check, exactly, first, lacks_content

pytestmark = pytest.mark.model


def _found(quotes, kind):
    return [(q.content, q.speaker) for q in quotes if q.kind == kind]


_WARD = ("Orsk ward to close at night\n\nHealth bosses have confirmed the ward will close "
         "overnight from May.\n\nThe MP for Orsk, Tom Rusk, said he had written to the health "
         "secretary.\n\n{subheading}\n\nA nurse who works on the ward, who asked not to be "
         "named, told the BBC staff had been “kept in the dark” until last week.\n\n“We are "
         "short every night. On a bad night there are two of us for 20 patients,” she said.")


CASES = [
    case("health_bosses_confirm",
         ("Orsk clinic to close at night\n\nHealth bosses have confirmed the clinic at Orsk "
          "General Hospital in Velmar will close overnight from May."),
         exactly("indirect", [
             ("the clinic at Orsk General Hospital in Velmar will close overnight from May",
              "Health bosses"),
         ])),
    case("the_statement_read_for_a_person",
         ("Hiker found\n\nNighttime temperatures fell to 30 degrees, according to the Velmar "
          "Weather Service.\n\nTom Rusk, who was being treated at a hospital in Orsk, did not "
          "speak to reporters. In a statement read by his mother, he said he was sorry for the "
          "trouble he had caused.\n\n\"I lost the trail and then it got dark,\" the statement "
          "said. \"Thank you to everyone who looked for me.\""),
         exactly("direct", [
             ("I lost the trail and then it got dark,", "Tom Rusk"),
             ("Thank you to everyone who looked for me.", "Tom Rusk"),
         ])),
    case("a_contact_relative_whose_predicate_the_parser_hung_elsewhere",
         ("Orsk trial\n\nTwelve people went on trial in Orsk on Tuesday accused of plotting to "
          "seize power, in a case the opposition says has been used to silence critics of the "
          "government."),
         exactly("indirect", [
             ("has been used to silence critics of the government", "opposition"),
         ])),
    case("a_contact_relative_whose_predicate_the_parser_hung_elsewhere/2",
         ("Orsk budget\n\nThe council approved a bypass on Monday, a plan farmers say will cut "
          "their land in two."),
         exactly("indirect", [("will cut their land in two", "farmers")])),
    case("a_headline_verb_read_as_a_noun",
         ("Otters return to Orsk river after 300 years\n\nEcologists hail ‘a new dawn for our "
          "streams’ but anglers’ club warns animals could ‘empty’ fishing pools on the lower "
          "river\n\nAnn Reed\n\nFour otter families have been released into the river Orsk."),
         first("direct", ("a new dawn for our streams", "Ecologists"))),
    case("a_single_source_placed_in_a_named_place",
         ("Orsk trial\n\nA diplomat in Paris, who asked not to be named, told AFP the trial was "
          "being \"closely watched\" by neighbouring governments."),
         exactly("indirect", [
             ("the trial was being \"closely watched\" by neighbouring governments", "diplomat"),
         ])),
    case("a_court_claim_is_a_document",
         ("Orsk fund sues bank\n\nThe Orsk pension fund alleges in the claim that bankers "
          "misled investors.\n\nThe claim, filed on Friday, says the fund lost about €20mn when "
          "the bonds fell."),
         exactly("indirect", [("bankers misled investors", "Orsk pension fund")])),
    case("a_passive_description_with_no_agent",
         ("Otters return\n\nOtters are often described as ‘river guardians’ because their "
          "hunting keeps fish stocks healthy."),
         NO_QUOTES),
    case("a_subheading_repeating_a_body_quote",
         _WARD.format(subheading="'We are short every night'"),
         first("direct", ("We are short every night", "nurse"))),
    case("a_subheading_no_quote_below_repeats",
         _WARD.format(subheading="'Nobody told us'"),
         lacks_content("direct", "Nobody told us")),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_round90_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


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
