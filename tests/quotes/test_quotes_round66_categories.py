"""Round 66's categories (blind set 505-512), each on a fictional text of its own: a body
named once and later described, not named. A definite company noun whose modifiers only
say its trade ("the low-cost airline", "the Texas-based chipmaker"), with a clause set off
by commas after it ("..., which flies mainly to Spain,"), refers to the company named
before; a described body ("football's anti-doping body", speakers.yaml
``described_bodies``) in the lede to the body of a kind it may be (``org_kinds``) named
next; a body noun with a name NER tagged after it ("the aid group Feed the Children") is that
name. The noun alone with nothing compatible before ("The group said") stays as it is, and
so does a described public body ("the civil protection agency") after another agency."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, exactly, includes, speakers_are

pytestmark = pytest.mark.model


CASES = [
    case("a_described_company_with_a_clause_set_off_is_the_company_named_before",
         ("Torvane Airways said on Monday it would cancel 300 flights in July.\n\n"
          "The low-cost airline, which flies mainly to Spain and Portugal, said the cuts were "
          "needed to protect the rest of its schedule."),
         includes("indirect", (
             "the cuts were needed to protect the rest of its schedule",
             "Torvane Airways",
         ))),
    case("a_trade_noun_described_by_where_it_is_based",
         ("Brennick Semiconductor has warned that new export rules will cut its revenue.\n\n"
          "The Texas-based chipmaker said in a filing on Monday that the rules would cover its "
          "main product line."),
         includes("indirect", (
             "the rules would cover its main product line",
             "Brennick Semiconductor",
         ))),
    case("a_described_body_in_the_lede_is_the_body_named_next",
         ("The striker Dario Venn has been banned for two years, football's anti-doping body "
          "has announced.\n\n"
          "The National Doping Agency said in a statement that the sample was positive."),
         includes("indirect", (
             "The striker Dario Venn has been banned for two years",
             "National Doping Agency",
         ))),
    case("a_described_group_after_a_charity_named_before",
         ("Helping Hands Trust said it had sent tents to the valley.\n\n"
          "The aid group said food stocks would run out within a week."),
         includes("indirect", ("food stocks would run out within a week", "Helping Hands Trust"))),
    case("the_bare_noun_with_nothing_before_stays",
         "The group said it would appeal against the ruling.",
         exactly("indirect", [("it would appeal against the ruling", "group")])),
    case("a_described_public_body_is_a_body_of_its_own",
         ("Storm Ilka will reach the coast on Friday, the Carran Weather Service said.\n\n"
          "About 12,000 people live in the low-lying areas, the civil protection agency said."),
         includes("indirect", (
             "About 12,000 people live in the low-lying areas",
             "civil protection agency",
         ))),
    case("the_city_and_city_officials_of_a_datelined_story",
         ("Water main breaks in Dunmore\n\n"
          "DUNMORE, Ohio (AP) — About 9,000 homes in Dunmore lost water on Tuesday after a "
          "main burst, city officials said.\n\n"
          "The city said in a statement that crews had isolated the break by noon.\n\n"
          "Officials said updates would be posted online."),
         exactly("indirect", [
             (
                 "About 9,000 homes in Dunmore lost water on Tuesday after a main burst",
                 "Dunmore officials",
             ),
             ("crews had isolated the break by noon", "Dunmore"),
             ("updates would be posted online", "Dunmore officials"),
         ])),
    case("a_voice_for_a_short_name_speaks_for_the_full_name",
         ("Families say they were given six weeks to find new places after Harrowgate Care "
          "announced it would close three homes.\n\n"
          "A spokeswoman for Harrowgate said: ‘This was a difficult decision.’\n\n"
          "A spokeswoman for Harrowgate Care said the staff would be offered other jobs."),
         exactly("direct", [("This was a difficult decision.", "Harrowgate Care spokeswoman")]),
         includes("indirect", (
             "the staff would be offered other jobs",
             "Harrowgate Care spokeswoman",
         ))),
    case("one_person_after_people_familiar_with_the_matter",
         ("Brennick had lobbied for an exemption, according to people familiar with the "
          "matter. One person said the company had been told in May that no exemption would be "
          "granted."),
         includes("indirect", (
             "the company had been told in May that no exemption would be granted",
             "person familiar with the matter",
         ))),
    case("one_person_with_no_group_before_stays",
         "One person said the company had been told in May that no exemption would be granted.",
         speakers_are("indirect", ["person"])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round66_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_a_body_noun_before_a_name_with_an_article_inside(quotes_of):
    text = ("Floods have cut off dozens of villages.\n\n"
            "But the aid group Feed the Children warned that food stocks would run out within "
            "a week.")
    names = {s for _, s in speakers(quotes_of(text), "indirect")}
    assert names == {"Feed the Children"}


def test_city_officials_with_no_dateline_or_qualified_stay(quotes_of):
    text = ("About 9,000 homes lost water on Tuesday after a main burst, city officials "
            "said.\n\n"
            "HALBERT, Vermont — The roads will reopen on Friday, city and county officials "
            "said.")
    names = [s.casefold() for _, s in speakers(quotes_of(text), "indirect")]
    assert names == ["city officials", "city and county officials"]


@pytest.mark.parametrize("joiner", ["–", "-"])
def test_a_name_glued_by_a_dash_is_one_name(quotes_of, joiner):
    text = ("The rider Luis Moran has been suspended.\n\n"
            f"Moran's team, Vortex{joiner}Ridge, said it had suspended him with immediate "
            "effect. It added that it had ‘zero tolerance’ for doping.")
    names = {s for _, s in speakers(quotes_of(text), "indirect")}
    assert names == {f"Vortex{joiner}Ridge"}


def test_a_spaced_dash_joins_no_name(quotes_of):
    text = "The rider's team, Vortex – which sacked him – said it would appeal."
    names = {s for _, s in speakers(quotes_of(text), "indirect")}
    assert not any("–" in s for s in names)


def test_a_voice_for_a_person_stays_the_persons(quotes_of):
    text = ("Harrowgate Care said it would close three homes.\n\n"
            "A spokeswoman for Mr Harrow said he had not been consulted.")
    names = [s for _, s in speakers(quotes_of(text), "indirect")]
    assert "Harrowgate Care spokeswoman" not in names
