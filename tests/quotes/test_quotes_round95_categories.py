"""Round 95's categories (blind set 737-744), each on a fictional text of its own: "the
company said" after "the organisers, Orsk Events, said" (a single name set off after a
plural noun is a body, though NER took it for no organisation); a "she said" paragraph
after a paragraph whose report is followed by a writer's sentence (the woman named there
keeps the pronoun); a given name alone for a three-word name ("Pemba" of "Pemba Nuru
Sherpa"); "his family said" in a story about a man who never speaks (his family, not the
last man quoted); "One of them said" after "Two investors said" (one investor); and "the
letter said" after "staff signed a letter to the board" (the signers' letter, not its
addressee's); a headline's marked term the lede writes unmarked (no quote), while a
headline partial repeated in a report stays one; and a lede's "her trek organiser said"
(the company the next paragraph's speaker is "of")."""

from __future__ import annotations

import pytest
from quotes_helpers import (
    case,
    check,
    contents_are,
    has_content,
    includes,
    speaker_of_start,
    speaker_of_start_has,
)

pytestmark = pytest.mark.model


CASES = [
    case("the_company_after_a_name_set_off_after_organisers",
         ("Velby fair called off after gales\n\nBy Ana Reed\n\n"
          "The Velby fair was called off on Friday after the Orsk Wind flattened its tents.\n\n"
          "In a post on its website, the organisers, Harrow Lane Live, said the field was "
          "\"too wet to walk on\".\n\n"
          "Tickets will be refunded within a week, the company said."),
         speaker_of_start("Tickets will be refunded", "Harrow Lane Live")),
    case("she_after_a_writers_sentence_closing_the_paragraph_before",
         ("Velby fair called off after flood\n\nBy Ana Reed\n\n"
          "The Velby fair was called off on Friday after the river burst its banks.\n\n"
          "Mira Tallent, 31, said they had waited for hours.\n\n"
          "\"We were sitting in the car,\" she said.\n\n"
          "Velby's mayor, Odile Brannock, said the town had been ready for \"its best week\". "
          "The fair brings an estimated £2m to the area each year.\n\n"
          "\"The organisers were right to stop it,\" she said."),
         speaker_of_start("The organisers were right", "Odile Brannock")),
    case("a_given_name_alone_for_a_three_word_name",
         ("Climber dies on Velby Peak\n\n"
          "Orsk (AFP) - A climber has died on Velby Peak, his guide said Friday.\n\n"
          "The climber fell ill near the summit, said Pemba Nuru Sherpa of Orsk Treks.\n\n"
          "\"He was very tired and we could not carry him,\" Pemba told AFP."),
         speaker_of_start("He was very tired", "Pemba Nuru Sherpa")),
    case("his_family_is_the_family_of_the_man_who_never_speaks",
         ("Sailor lost off Velby\n\n"
          "Orsk (AFP) - A sailor has been lost off Velby, his crew said Friday.\n\n"
          "Tomas Brell, 52, fell overboard at night, said Ivo Karsk, the boat's skipper.\n\n"
          "\"We searched until dawn,\" Karsk said.\n\n"
          "Brell had sailed the route eleven times.\n\n"
          "Harbour master Jon Velt said the sea had been calm. \"Nobody saw it,\" he said.\n\n"
          "In a statement, his family said he had died \"doing what he loved\"."),
         speaker_of_start("he had died", "Brell family")),
    case("one_of_them_after_two_investors_is_one_investor",
         ("Velby Mill sold to rival\n\nBy Ana Reed\n\n"
          "Velby Mill was sold on Monday to its rival, Orsk Grain.\n\n"
          "Two investors who asked not to be named said the sale had been planned since "
          "May.\n\n"
          "One of them said the price had been \"far too low.\""),
         includes("direct", ("far too low.", "investor"))),
    case("a_letter_is_its_signers_not_its_addressees",
         ("Velby Mill board removes chief\n\nBy Ana Reed\n\n"
          "The board of Velby Mill removed its chief executive on Monday.\n\n"
          "\"The mill needs new leadership,\" the board said in a statement.\n\n"
          "More than 200 of the mill's workers signed a letter to the board on Monday "
          "evening.\n\n"
          "\"Nobody asked the people who run the ovens,\" the letter said."),
         speaker_of_start_has("Nobody asked the people", "worker")),
    case("a_headline_term_the_writer_uses_unmarked_is_no_quote",
         ("Orsk council declares 'water emergency' as reservoir runs dry\n\nBy Ana Reed\n\n"
          "Orsk council has declared a water emergency after the reservoir fell to a fifth "
          "of its capacity.\n\n"
          "Council leader Ivo Brandt said the town had \"weeks, not months\" of water left."),
         contents_are("direct", ["weeks, not months"])),
    case("a_headline_partial_repeated_in_a_report_stays_a_quote",
         ("Orsk leader says reservoir 'close to empty'\n\nBy Ana Reed\n\n"
          "Council leader Ivo Brandt said on Monday the reservoir was close to empty after "
          "a dry spring.\n\n"
          "\"We have weeks, not months,\" Brandt said."),
         has_content("direct", "close to empty")),
    case("a_ledes_service_role_is_the_next_speakers_employer",
         ("Hiker dies on Velby Ridge\n\n"
          "Orsk (AFP) - A Danish hiker has died on Velby Ridge after a fall, her trek "
          "organiser said Monday.\n\n"
          "Ida Lund, 33, slipped on ice below the pass, said Ivo Karsk of Orsk Trails.\n\n"
          "\"The path was closed to nobody,\" Karsk told AFP."),
         speaker_of_start("A Danish hiker has died", "Orsk Trails")),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_round95_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)
