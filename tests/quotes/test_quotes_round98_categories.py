"""Round 98's categories (blind set 761-768), each on a fictional text of its own: a work's
title NER takes for a person ("Her memoir, Small Mercies, ..." then "she writes": the
author, not the book; generator/rules/titled_works.yaml); a gender vote that must not come
from the quote's own subject ("“She would ...,” says Marlow" makes Marlow no "she") nor from
a clause whose "she" may be the woman the subject's own phrase names ("X, who sat beside
her, says she was ..."); an interview printed as bare questions and first-person answers,
no labels (each answer the interviewee's, the headline's name label naming her); a person
known only by a designation ("one claimant, identified only as Witness K,"); an inverted
cue after a quote ending in "!" with a channel and a clause after the verb ("Kallas
shouted over team radio as he ..."); a reply named by a noun ("“...,” came the reply from
his race engineer"); a family noun the parser made a compound of the first name ("Her
brother Mateus, 6,": the sister's surname); a Title Case name a verb of proclaiming gives a
thing ("declaring June 4 "Orsk Library Day"": no quote; naming_habits.yaml
``proclaiming``); a dek with its full stop between headline and byline quoting in single
marks ("called the budget ‘messy but needed’"); and "reckon" of analysis copy
(reporting_verbs.yaml, evidential)."""

from __future__ import annotations

import pytest
from quotes_helpers import NO_QUOTES, case, check, contents_are, includes, said_by

pytestmark = pytest.mark.model

MEMOIR = (
    "Olwen Tarrant looks back\n\n"
    "By Ria Banner\n\n"
    "For 20 years Olwen Tarrant sat on the bench in Velby. Retirement suits her.\n\n"
    "Her memoir, Small Mercies, published this week, is a frank account. In it she writes "
    "that her first trial “felt like walking into fog”.\n\n"
    "“There is a silence after a verdict,” she writes. “It is not peace.”\n")

COLLEAGUE = (
    "Olwen Tarrant looks back\n\n"
    "By Ria Banner\n\n"
    "For 20 years Olwen Tarrant sat on the bench in Velby. She retired in May.\n\n"
    "“I always read slowly,” she says.\n\n"
    "Piet Marlow, who sat beside her in the Orsk court for a decade, says she was “the "
    "only one who read every page”.\n\n"
    "“She would arrive with notes in every margin,” says Marlow. “We all read hers.”\n\n"
    "Not everyone agrees. Ivo Dane, a barrister, has called the book “a polite apology”. He "
    "argues that judges were too slow to act.\n\n"
    "Asked about Dane’s review, she laughs. “He is not wrong about everything. That is the "
    "trouble with critics.”\n")

BARE_QA = (
    "Olwen Tarrant: ‘A court should never be in a hurry’\n\n"
    "The retired Velby judge talks to Ria Banner about her years on the bench\n\n"
    "Ria Banner\n\n"
    "For 20 years Olwen Tarrant sat on the bench in Velby. Piet Marlow, who sat beside her, "
    "says she read every page.\n\n"
    "The interview has been edited for length.\n\n"
    "Why retire now?\n\n"
    "Because I am tired, and because my garden in Orsk has waited long enough for me.\n\n"
    "Which case stays with you?\n\n"
    "A boy who stole bread in the winter of 1999. I sent him home, and I was right to.\n\n"
    "What would you change?\n\n"
    "I think a court should never be in a hurry, and I would tell every new judge so.\n\n"
    "Quiet Verdicts by Olwen Tarrant is published by Kell Press\n")

DEK = (
    "Orsk council passes stopgap budget\n\n"
    "Council leader Ines Varga called the budget ‘messy but needed’ as it heads to a vote.\n\n"
    "By Jo Pell\n\n"
    "The Orsk council passed a stopgap budget on Friday night.\n\n"
    "“It is messy, and it is needed,” Varga said after the vote.\n")

CASES = [
    case("a_memoirs_title_is_no_person_a_she_stands_for",
         MEMOIR,
         said_by("direct", "felt like walking into fog", "Olwen Tarrant"),
         said_by("direct", "There is a silence after a verdict,", "Olwen Tarrant")),
    case("a_title_led_by_the_noun_for_the_work_is_no_person_either",
         ("Orsk writer\n\nBy Ria Banner\n\nNovelist Maria Lopez has written before. The "
          "novel Small Mercies came out in May and sold well. \"I wrote it at night,\" she "
          "said.\n"),
         said_by("direct", "I wrote it at night,", "Maria Lopez")),
    case("a_quotes_own_she_and_a_she_after_her_in_the_subject_give_the_speaker_no_gender",
         COLLEAGUE,
         said_by("direct", "She would arrive with notes in every margin,", "Piet Marlow"),
         said_by("direct", "He is not wrong about everything. That is the trouble with critics.",
                 "Olwen Tarrant")),
    case("bare_questions_and_first_person_answers_are_a_qa",
         BARE_QA,
         said_by("direct", ("Because I am tired, and because my garden in Orsk has waited "
                            "long enough for me."), "Olwen Tarrant"),
         said_by("direct", ("I think a court should never be in a hurry, and I would tell "
                            "every new judge so."), "Olwen Tarrant"),
         contents_are("direct", [
             "A court should never be in a hurry",
             "Because I am tired, and because my garden in Orsk has waited long enough for me.",
             "A boy who stole bread in the winter of 1999. I sent him home, and I was right to.",
             ("I think a court should never be in a hurry, and I would tell every new judge "
              "so.")])),
    case("a_columns_own_questions_to_no_one_are_no_qa",
         ("Orsk gardens\n\nBy Ria Banner\n\nThe Orsk allotments open on Sunday.\n\n"
          "Why do we still grow our own?\n\n"
          "I asked myself that last spring, kneeling in the mud of plot 14.\n\n"
          "Is it the taste, or the habit?\n\n"
          "My grandmother would have said both, and I think she was right.\n"),
         NO_QUOTES),
    case("a_feature_with_one_rhetorical_question_is_no_qa",
         ("Orsk gardens\n\nBy Ria Banner\n\nThe Orsk allotments open on Sunday.\n\n"
          "Why do we still grow our own?\n\n"
          "I asked myself that last spring, kneeling in the mud of plot 14.\n"),
         NO_QUOTES),
    case("a_person_known_only_by_a_designation_is_named_by_it",
         ("Orsk mine settles claims\n\n"
          "In a witness statement, one claimant, identified only as Witness K, said guards "
          "had come \"before the sun was up\" and burned the roofs.\n\n"
          "\"They told us to leave and laughed,\" the statement read.\n"),
         said_by("direct", "before the sun was up", "Witness K"),
         said_by("direct", "They told us to leave and laughed,", "Witness K"),
         includes("indirect", ("guards had come \"before the sun was up\" and burned the roofs",
                               "Witness K"))),
    case("a_things_name_after_known_as_is_no_persons_designation",
         ("Orsk theatre to close\n\nBy Ria Banner\n\n"
          "The theatre, known locally as “the Shed” because of its tin roof, said on Thursday "
          "that its bills had doubled since 2022.\n"),
         said_by("indirect", "its bills had doubled since 2022", "theatre")),
    case("an_inverted_cue_after_an_exclamation_with_a_channel_and_a_clause_after_it",
         ("Orsk Grand Prix\n\nBy Ria Banner\n\nPiet Marlow won the race in Orsk.\n\n"
          "Ivo Renner and Sami Kallas touched at the first corner.\n\n"
          "\"He hit me. That was reckless!\" Kallas shouted over team radio as he climbed "
          "out.\n"),
         said_by("direct", "He hit me. That was reckless!", "Sami Kallas")),
    case("a_reply_named_by_a_noun_after_the_quote",
         ("Orsk Grand Prix\n\nBy Ria Banner\n\nIvo Renner and Sami Kallas touched at the first "
          "corner.\n\n\"He hit me!\" Kallas shouted over team radio.\n\n"
          "\"Copy, Sami. Box this lap,\" came the reply from his race engineer.\n"),
         said_by("direct", "Copy, Sami. Box this lap,", "race engineer")),
    case("a_question_named_by_a_noun_after_the_quote",
         ("Orsk Grand Prix\n\nBy Ria Banner\n\nSami Kallas crashed on lap 3.\n\n"
          "\"Are you OK, Sami?\" came the question from his race engineer.\n"),
         said_by("direct", "Are you OK, Sami?", "race engineer")),
    case("a_family_noun_run_into_the_first_name_takes_the_surname",
         ("Orsk library turns 100\n\nBy Ria Banner\n\n"
          "Among the youngest guests was 8-year-old Lena Varga, who said her favorite thing "
          "is \"the big red chair.\" Her brother Mateus, 6, was more interested in the cake. "
          "\"It has a drum on it made of icing!\" he announced.\n"),
         said_by("direct", "It has a drum on it made of icing!", "Mateus Varga")),
    case("a_title_case_name_a_proclamation_gives_is_no_quote",
         ("Orsk library turns 100\n\nBy Ria Banner\n\n"
          "Mayor Ida Brenn read a proclamation declaring June 4 \"Orsk Library Day\" in the "
          "town.\n\n\"This library is older than all of us,\" Brenn told the crowd.\n"),
         contents_are("direct", ["This library is older than all of us,"])),
    case("a_dek_with_its_full_stop_above_the_byline_quotes_in_single_marks",
         DEK,
         said_by("direct", "messy but needed", "Ines Varga")),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round98_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_the_titled_works_examples(quotes_of):
    from generator.extract.quotes.titled_works import TitledWorksFile
    from generator.rulefiles import load_rule_file

    rules = load_rule_file("titled_works.yaml", TitledWorksFile)
    assert rules.examples
    for example in rules.examples:
        assert quotes_of(example.text)[-1].speaker == example.speaker, example.text
