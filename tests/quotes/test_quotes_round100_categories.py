"""Round 100's categories (blind set 777-784), each on a fictional text of its own: a
headline's pair of parties hung on the place before its colon ("Velmark-Anhalt: CDU and SPD
agree ...", then "the two parties say"), and the same pair spelt out later with their
acronyms in brackets ("The Christian Democrats (KDU) and Social Democrats (SDP)", also as
the subject of the lede's "announced": acronym_pairs.py); a contact relative
whose cue the parser read beside a past-tense verb on the same noun ("a delay the
commissioner says left families “...”": a report and its partial); a headline's inverted
closing cue after a quoted predicate hung on the topic ("Ferry strike: Crews 'had no
choice', says union") and its bare noun for a body (the union the story names, not the
official whose body quote repeats the words); a contact relative of calling with its own
subject inside another's report ("He added that ..., a move the union called “...”"); an
indefinite source whose own report opens with "he" or "she" ("Another dealer ... said he
had ...": his later "he said" is his, not the last named man's); and a "who" clause the
parser hung on the place closing an inverted speaker's apposition ("..., service director
at X in Orsk, who estimated ..."); and church offices before a name ("the Revd Canon Mary
Holt") and before the given name alone on second reference ("Canon Mary adds": Mary Holt;
speakers.yaml)."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, includes, said_by, speaker_of_start

pytestmark = pytest.mark.model

COALITION = (
    "Velmark-Anhalt: {a} and {b} agree to open coalition talks\n\n"
    "After five weeks of exploratory meetings, the two parties say they have found \"enough "
    "common ground\" to govern together. Their majority in the state parliament is a single "
    "seat.\n\n"
    "The Christian Democrats ({a}) and Social Democrats ({b}) in the eastern state of "
    "Velmark-Anhalt announced on Wednesday that they would open formal coalition "
    "negotiations, five weeks after a state election that left no party close to a "
    "majority.\n\n"
    "\"We have found enough common ground to give Velmark-Anhalt a stable government for five "
    "years,\" the two parties said in a joint statement released in Orsk. \"Where we still "
    "disagree, we have agreed how we will talk about it.\"\n")

STRIKE = (
    "Ferry strike: Crews 'had no choice', says union\n\n"
    "By Ada Vell\n\n"
    "Crews at Orsk walked out on Monday. The Orsk Seafarers Union (OSU) says 400 staff are "
    "taking part.\n\n"
    "\"We had no choice,\" its leader, Ada Brun, said.\n")

CASES = [
    case("a_headlines_pair_hung_on_the_place_before_its_colon_speaks_together",
         COALITION.format(a="CDU", b="SPD"),
         said_by("indirect", "they have found \"enough common ground\" to govern together",
                 "CDU and SPD")),
    case("a_subject_opening_a_pair_spelt_out_with_acronyms_is_the_pair",
         COALITION.format(a="CDU", b="SPD"),
         speaker_of_start("they would open formal coalition negotiations", "CDU and SPD")),
    case("the_pair_spelt_out_with_acronyms_in_brackets_is_the_pair_named_before",
         COALITION.format(a="KDU", b="SDP"),
         said_by("direct", "enough common ground", "KDU and SDP"),
         said_by("direct", ("We have found enough common ground to give Velmark-Anhalt a "
                            "stable government for five years,"), "KDU and SDP")),
    case("a_contact_relative_cue_read_beside_a_past_verb_on_its_noun",
         ("Velby ferry cut\n\nBy Ada Vell\n\n"
          "The council cut the ferry route in May, a decision the mayor says left families "
          "“with no way to get to work”.\n\n"
          "Mayor Ada Morrow was elected last year.\n"),
         said_by("indirect", "left families “with no way to get to work”", "Ada Morrow"),
         said_by("direct", "with no way to get to work", "Ada Morrow")),
    case("an_inverted_closing_headline_cue_after_a_predicate_hung_on_the_topic",
         STRIKE,
         said_by("direct", "had no choice", "Orsk Seafarers Union")),
    case("a_contact_relative_of_calling_inside_anothers_report_is_its_subjects",
         ("Velby strike\n\nBy Ada Vell\n\n"
          "Rector Ivo Dane said the strike would hurt students. He added that Velby would not "
          "dock the pay of staff, a move the union called \"a cynical attempt to break the "
          "strike\".\n"),
         said_by("direct", "a cynical attempt to break the strike", "union")),
    case("an_indefinite_source_whose_report_opens_with_he_is_a_he",
         ("Velby Motors recall\n\nBy Ada Vell\n\n"
          "\"We are busy as it is,\" said Tom Harl, service director at Velby Motors.\n\n"
          "A dealer in Kell said he had not yet received a parts list. \"Nobody has told us "
          "anything,\" he said.\n"),
         said_by("direct", "Nobody has told us anything,", "dealer in Kell")),
    case("a_who_clause_hung_on_the_place_closing_an_inverted_speakers_apposition",
         ("Velby Motors recall\n\nBy Ada Vell\n\n"
          "\"We are busy as it is,\" said Tom Harl, service director at Velby Motors in Orsk, "
          "who estimated each check would take 40 minutes.\n"),
         includes("indirect", ("each check would take 40 minutes", "Tom Harl"))),
    case("a_church_title_before_the_given_name_alone_is_the_person_named_before",
         ("Orsk bells ring again\n\nBy Ada Vell\n\n"
          "‘I cried,’ said our vicar, the Revd Canon Mary Holt.\n\n"
          "Practice night is now Thursday. Canon Mary adds that anyone over 11 is welcome.\n"),
         said_by("direct", "I cried,", "Mary Holt"),
         said_by("indirect", "anyone over 11 is welcome", "Mary Holt")),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round100_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)
