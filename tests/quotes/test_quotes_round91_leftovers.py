"""Round 91's leftovers (blind set 705-712) fixed in session 20, each on a fictional text
of its own: "he said later" after a sentence whose subject is a person and a next sentence
opening "His party ..." (the possessive votes that person a he, as a subject pronoun
there does), a dateline whose city the parser made the subject, with the real subject
apposed to the bracketed agency and the person inside its "of" phrase ("PORT ORSK, March 2
(Reuters) - Reserve Bank of New Velmar Governor X told ..."), a subheading whose quoted word
the paragraph below holds in marks ("'Illegal' stoppage" over a ministry's "illegal"), an
apposition the parser made a second subject nearer the cue ("A spokesperson for X, the
journal that published the paper, said": the spokesperson speaks, not "journal"), "the
district said" after a sentence whose subject is a school district's name NER tags as no
organisation ("Orsk Valley ISD kept students indoors"), a standfirst's bare title
("Minister insists ...") the one person the body writes right after it ("The Minister for
Housing Tomas Brannagh"). And round 88's older leftover: a
contact relative's cue the parser made the sentence's root, the main clause its complement
before it ("ordered X to pay $310 million in royalties it says the miner underpaid over
five years": the words after the cue, the main clause's subject speaking)."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, exactly, first, last, last_ones, speaker_set

pytestmark = pytest.mark.model


CASES = [
    case("his_party_votes_for_the_subject_before",
         ("Orsk housing row\n\nMr Tom Rusk said more than 2,000 homes would be built this "
          "year.\n\n\"The plan is working,\" he said.\n\nGreen Party councillor Niall Brannagh "
          "said the figures were \"a disgrace\" and called for a rent freeze. His party tabled a "
          "motion to that effect in October, which was defeated by 12 votes.\n\n\"We warned "
          "about this in June,\" he said later outside the town hall. \"Nobody is laughing "
          "now.\""),
         last_ones("direct", [
             ("We warned about this in June,", "Niall Brannagh"),
             ("Nobody is laughing now.", "Niall Brannagh"),
         ])),
    case("a_person_inside_the_agency_apposition_of_a_dateline",
         ("Velmar central bank chief tells lawmakers price fight 'not yet over'\n\nPORT ORSK, "
          "March 2 (Reuters) - Reserve Bank of New Velmar Governor Alistair Penfold told "
          "lawmakers on Thursday that the fight against inflation was \"not yet won,\" and that "
          "the central bank was prepared to hold rates."),
         last("indirect", (
             "the fight against inflation was \"not yet won,\"", "Alistair Penfold"))),
    case("a_subheading_word_the_paragraph_below_quotes",
         ("Orsk port strike\n\nDockworkers at Orsk walked out on Monday, the union said.\n\n"
          "'Illegal' stoppage\n\nVelmar's Ministry of Labour said in a statement on Wednesday "
          "that the stoppage was \"illegal\" because the union had not completed mediation."),
         exactly("direct", [("Illegal", "Ministry of Labour"),
                            ("illegal", "Ministry of Labour")])),
    case("an_apposition_read_as_a_second_subject",
         ("Study row\n\nA spokesperson for Dreams and Cognition, the journal that published the "
          "paper, said it was “aware of the comments” and would “look carefully at any concerns "
          "raised through the proper channels”."),
         speaker_set("direct", {"spokesperson for Dreams and Cognition"})),
    case("the_district_after_its_name_as_subject",
         ("Ammonia leak\n\nOrsk Valley ISD kept students at four campuses indoors until the "
          "\"all clear.\" In a message sent to parents at 12:30 p.m., the district said: \"Your "
          "children are safe. Please do not come to the school.\""),
         exactly("direct", [
             ("Your children are safe. Please do not come to the school.", "Orsk Valley ISD"),
         ])),
    case("a_contact_relative_cue_read_as_the_root",
         ("Velmar orders Tellara Copper to pay $310 million in disputed royalties\n\nKALVA, "
          "March 3 (Reuters) - Velmar's mines ministry on Wednesday ordered Tellara Copper to "
          "pay $310 million in royalties it says the miner underpaid over five years, escalating "
          "a dispute that has already delayed a planned expansion of the company's largest "
          "mine."),
         exactly("indirect", [("the miner underpaid over five years", "Velmar's mines ministry")])),
    case("a_standfirst_bare_title_named_after_it_below",
         ("Orsk housing minister accused of 'losing control'\n\nMinister insists plan is "
          "working as Opposition says families 'cannot wait any longer'\n\nTom Reed Political "
          "Correspondent\n\nThe Minister for Housing Tomas Brannagh has rejected calls for his "
          "resignation after Opposition members accused him of \"losing control\" of the "
          "housing crisis.\n\nMr Brannagh said more than 2,000 homes would be completed this "
          "year."),
         first("indirect", ("plan is working", "Tomas Brannagh"))),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_round91_leftovers_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)
