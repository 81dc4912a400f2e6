"""Round 75's and 76's categories (blind set 577-592), each on a fictional text of its own: a
that-clause the parser hung on the setting noun ("told analysts on a conference call that
...") whose last words it hung on the cue as a complement of their own is one report; a
verb of finding reports what a body that judges concluded ("An independent panel rejected
the appeal, finding that ...", court_rulings.yaml ``finding_bodies``), never a verdict with
an object ("found him guilty") nor what anyone else found; a modal inside the marks
carries the tense there, so the writer's words after them make the clause a report too."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, exactly, first_speaker, last, last_speaker

pytestmark = pytest.mark.model


CASES = [
    case("a_setting_clause_whose_end_the_parser_hung_on_the_cue",
         ("Corvane to buy Elm Seeds\n\n"
          "By Ada Lin\n\n"
          "Corvane agreed to buy Elm Seeds on Monday.\n\n"
          "Corvane Chief Executive Dr. Elsa Marwick told analysts on a conference call that "
          "the company could not have built the plant on its own “at the speed and scale "
          "farmers deserve.”"),
         exactly("indirect", [
             (
                 ("the company could not have built the plant on its own “at the speed and "
                  "scale farmers deserve.”"),
                 "Elsa Marwick",
             ),
         ])),
    case("a_body_that_judges_reports_its_finding",
         ("Cyclist Mira Sand banned for two years\n\n"
          "GENEVA (AP) — Cyclist Mira Sand was banned for two years on Monday.\n\n"
          'An independent panel rejected that appeal, finding that the rider "could not name '
          'any shop" that sold the pills.'),
         exactly("indirect", [
             ('the rider "could not name any shop" that sold the pills', "independent panel"),
         ])),
    case("she_after_a_relative_of_a_woman_ner_took_for_an_organisation",
         ("Hospital queues grow\n\n"
          "By Ann Lee\n\n"
          'In a statement, chief executive Dr Ruth Amos said: "We are sorry."\n\n'
          "Marian Trell's 88-year-old father waited six hours in an ambulance in May.\n\n"
          '"The crew were kind, but they could not move," she told the BBC.'),
         last("direct", ("The crew were kind, but they could not move,", "Marian Trell"))),
    case("a_cue_before_a_colon_read_as_a_participle_of_the_name",
         ("Ridgeway fires coach Al Dorn\n\n"
          "KELT, Okla. (AP) — Ridgeway fired coach Al Dorn on Sunday.\n\n"
          '"I gave this place everything," Dorn wrote on social media.\n\n'
          'Senior guard Tavon Leeks, the team\'s top scorer, posted on X: "Love you coach. '
          'Nobody knows what that man did for us."'),
         last("direct", (
             "Love you coach. Nobody knows what that man did for us.",
             "Tavon Leeks",
         ))),
    case("a_lede_body_noun_is_the_body_of_its_kind_named_next",
         ("Ostrian central bank chief quits\n\n"
          "By Ann Lee\n\n"
          "KELVARA, May 2 (Reuters) - The head of Ostria's central bank, Ana Pell, resigned on "
          "Monday, the bank said.\n\n"
          "Pell, 61, who has run the Reserve Bank of Ostria since 2020, will leave at the end "
          "of the month."),
         first_speaker("indirect", "Reserve Bank of Ostria")),
    case("the_company_after_a_report_about_a_company_it_owns",
         ("Orrin Foods to buy Talmer Dairies\n\n"
          "By Ann Lee\n\n"
          "Orrin Foods agreed to buy Talmer Dairies for $2 billion, the companies said.\n\n"
          '"It is the right deal," Orrin chief executive Paul Deane said.\n\n'
          "Talmer’s new cheese line, a soft goat cheese called Ridge, doubled its sales in a "
          "year, the company has said."),
         last_speaker("indirect", "Talmer Dairies")),
    case("a_spokeswoman_in_a_where_clause_on_a_named_body",
         ("Bus crash injures 9\n\n"
          "By Ann Lee\n\n"
          "HOLT, Ky. (AP) — Nine children were hurt, the Kentucky State Police said.\n\n"
          "Seven were taken to Ashcombe Regional Hospital, where a spokeswoman said all were "
          "in good condition."),
         last("indirect", (
             "all were in good condition",
             "Ashcombe Regional Hospital spokeswoman",
         ))),
    case("a_plural_possessive_inside_an_organisation_name",
         ("Builder collapses\n\n"
          "By Ann Lee\n\n"
          "Buyers may be able to recover some of their money, according to the consumer "
          "charity the Tenants’ Advice Trust."),
         exactly("indirect", [
             ("Buyers may be able to recover some of their money", "Tenants’ Advice Trust"),
         ])),
    case("a_second_quoted_predicate_after_but_continues_the_report",
         ("Chase ends in crash\n\n"
          "By Ann Lee\n\n"
          "ORLAND, Ind. (AP) — A man died after a chase, police said.\n\n"
          'His mother, Dina Roe, wrote in a Facebook post that her son had "made mistakes" but '
          '"did not deserve to die over a car."'),
         last("indirect", (
             'her son had "made mistakes" but "did not deserve to die over a car."',
             "Dina Roe",
         ))),
    case("described_as_in_a_relative_clause_is_a_verdict",
         ("Chase ends in crash\n\n"
          "By Ann Lee\n\n"
          "ORLAND, Ind. (AP) — A man died after a chase, Sheriff Al Vane said.\n\n"
          'The deputy was placed on paid leave, which the sheriff described as "routine '
          'practice" after any crash.'),
         exactly("direct", [("routine practice", "Al Vane")])),
    case("a_source_at_a_body_named_before",
         ("Canal tolls to rise\n\n"
          "By Ann Lee\n\n"
          "PORT ELM, May 12 (Reuters) - The Velmar Canal Authority will raise tolls by 9% from "
          "July, it said on Tuesday.\n\n"
          "The board approved the new tariff in April, a source at the authority said."),
         last("indirect", (
             "The board approved the new tariff in April",
             "Velmar Canal Authority source",
         ))),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round75_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


@pytest.mark.parametrize("text", [
    "Staff at the Orla clinic found that they could not open the records system on Monday.",
    "A jury found him guilty of fraud in March.",
    "The coroner found no evidence of foul play.",
])
def test_no_finding_is_speech_without_a_judging_body_and_a_clause(quotes_of, text):
    assert speakers(quotes_of(text), "indirect") == []


def test_a_pluperfect_report_inside_a_reported_clause_is_no_report_of_its_own(quotes_of):
    text = ("Minister quits\n\nBy Ann Lee\n\n"
            "Two sources at the ministry told Reuters Dana Voss had been left out of a meeting "
            "last week and had told aides on Friday she planned to resign.")
    reported = quotes_of(text)
    assert [(q.kind, q.speaker) for q in reported] == [("indirect", "ministry sources")] \
        or [q.kind for q in reported] == ["indirect"]
    assert reported[0].content.endswith("she planned to resign")


@pytest.mark.parametrize("company", ["Brightwater Silicon", "Korvex Semiconductor Manufacturing"])
def test_a_standfirst_company_noun_when_ner_misses_the_lede_company(quotes_of, company):
    text = (f"{company.split()[0]} warns of $600mn hit after export ban\n\n"
            "Chipmaker says ruling will cut most of its sales of imaging sensors in Russia\n\n"
            "Mara Quell in Frankfurt and Tomas Reyes in Seoul\n\n"
            f"{company} has warned that it stands to lose $600mn in annual revenue after the "
            "European Commission refused to grant it a licence.\n\n"
            "The company said it would revise its outlook in September.")
    speakers = [q.speaker for q in quotes_of(text) if q.kind == "indirect"]
    assert speakers == [company, company, company]
