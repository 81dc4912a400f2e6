"""Categories of errors of blind round 41 (fictional sentences, not the round's text).

Each test pins one general rule: a Title Case headline report whose verb the tagger read as a
name ("New Cholera Pill Cut Deaths by Half in Trial, Scientists Say") is the plural common-noun
speaker's report; a quoted clause followed by a second predicate of the writer's outside the
marks ('said the plan "spends money we don't have" and does nothing ...') is reported as well
as direct (round 40's direct-only clauses have nothing after the marks); a possessive role
of a thing ("the mine's operator", "the plant's owner") is the organisation the article names
in that role with the role's verb ("the mine ..., which is run by X", "X, which owns the
plant"; speakers.yaml ``organization_roles``); a standfirst label after a semicolon
("Substitute scores twice; Castlegate’s Reid: ‘...’") speaks, and NER's "Castlegate’s Reid" is the
person "Reid" (a name holds no possessive), so the body's "Stuart Reid" is the speaker; "the
company" with no subject to refer back to is the organisation whose short name the text gives
most often, and "Castara Robotics shareholders" names the company whose people they are, not
a thing (speakers.yaml ``company_people``).
"""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, exactly, first, first_speaker, includes

HEADLINE = ("New Cholera Pill Cut Deaths by Half in Trial, Scientists Say\n\n"
            "A new cholera pill halved deaths in a trial in Veldra, scientists reported on "
            "Monday.\n")

STANDFIRST = ("Ferreira double lifts Harbury\n\n"
              "Substitute scores twice late on; Castlegate’s Reid: ‘We were second best for an "
              "hour’\n\n"
              "The Castlegate manager, Stuart Reid, was frustrated. ‘We were second best for an "
              "hour and then we switched off,’ he said.\n")

PROXY = ("Castara shareholders back CEO, reject activist Northwick's nominees\n\n"
         "Castara Robotics shareholders on Tuesday re-elected the company's board, handing "
         "Chief Executive Mia Stroud a win over activist investor Northwick Capital, which had "
         "sought two seats.\n\n"
         "Preliminary results showed each of Castara's nominees won at least 60% of the votes, "
         "the company said in a filing.\n")


CASES = [
    case("title_case_headline_report_with_plural_speaker",
         HEADLINE,
         includes("indirect", ("New Cholera Pill Cut Deaths by Half in Trial", "Scientists"))),
    case("headline_without_a_report_gives_none",
         "Scientists Say\n\nA new cholera pill halved deaths in Veldra.\n",
         exactly("indirect", [])),
    case("second_predicate_after_the_marks_is_the_writers_report",
         ('Rep. Dana Kroll, one of the members who voted no, said the plan "spends money we '
          'don\'t have" and does nothing to fix the roads.'),
         exactly("indirect", [
             (
                 'the plan "spends money we don\'t have" and does nothing to fix the roads',
                 "Dana Kroll",
             ),
         ]),
         includes("direct", ("spends money we don't have", "Dana Kroll"))),
    case("quoted_clause_with_nothing_after_the_marks_stays_direct_only",
         'Rep. Dana Kroll said the plan "spends money we don\'t have."',
         exactly("indirect", [])),
    case("possessive_role_of_a_thing_is_the_company_named_in_that_role",
         ("PUNO, Dec 1 (Reuters) - Rescuers reached nine miners trapped in a collapsed mine, "
          "the mine's operator said.\n\n"
          "The collapse happened at the Orlo mine near the town of Vaska, which is run by "
          "Minera Pico Verde SA.\n"),
         exactly("indirect", [
             ("Rescuers reached nine miners trapped in a collapsed mine", "Minera Pico Verde SA"),
         ])),
    case("owner_named_by_an_active_relative_clause",
         ("Output at the Kelby smelter fell by half last year, the plant's owner said on "
          "Monday.\n\n"
          "Korva Metals, which owns the plant, has cut 200 jobs.\n"),
         first_speaker("indirect", "Korva Metals")),
    case("possessive_role_without_the_thing_named_stays_as_written",
         ("Output fell by half last year, the plant's owner said.\n\n"
          "Korva Metals, which owns three hotels in Orm, has cut 200 jobs.\n"),
         first_speaker("indirect", "plant's owner")),
    case("standfirst_label_after_a_semicolon_names_the_body_speaker",
         STANDFIRST,
         first("direct", ("We were second best for an hour", "Stuart Reid"))),
    case("the_company_is_the_one_the_story_names_most_by_its_short_name",
         PROXY,
         first_speaker("indirect", "Castara Robotics")),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round41_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_a_name_holds_no_possessive(nlp):
    from generator.extract.quotes.names import collect_names

    doc = nlp(STANDFIRST)
    assert all("’s" not in name.text for name in collect_names(doc, ("PERSON",)))


def test_most_mentioned_counts_short_names_in_the_text():
    from generator.extract.quotes.names import Name
    from generator.extract.quotes.organization_mentions import most_mentioned

    names = [Name(0, ("orvane", "robotics"), "Orvane Robotics"),
             Name(40, ("harlow", "partners"), "Harlow Partners")]
    text = "Orvane Robotics beat Harlow Partners. Orvane's nominees won."
    assert most_mentioned(names, text) == "Orvane Robotics"
    assert most_mentioned(names, "Orvane Robotics beat Harlow Partners.") == "Harlow Partners"
    assert most_mentioned([], text) is None
