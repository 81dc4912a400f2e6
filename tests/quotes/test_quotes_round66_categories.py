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

pytestmark = pytest.mark.model


def _found(quotes, kind):
    return [(q.content, q.speaker) for q in quotes if q.kind == kind]


def test_a_described_company_with_a_clause_set_off_is_the_company_named_before(quotes_of):
    text = ("Torvane Airways said on Monday it would cancel 300 flights in July.\n\n"
            "The low-cost airline, which flies mainly to Spain and Portugal, said the cuts "
            "were needed to protect the rest of its schedule.")
    assert ("the cuts were needed to protect the rest of its schedule", "Torvane Airways") \
        in _found(quotes_of(text), "indirect")


def test_a_trade_noun_described_by_where_it_is_based(quotes_of):
    text = ("Brennick Semiconductor has warned that new export rules will cut its revenue.\n\n"
            "The Texas-based chipmaker said in a filing on Monday that the rules would cover "
            "its main product line.")
    assert ("the rules would cover its main product line", "Brennick Semiconductor") \
        in _found(quotes_of(text), "indirect")


def test_a_described_body_in_the_lede_is_the_body_named_next(quotes_of):
    text = ("The striker Dario Venn has been banned for two years, football's anti-doping "
            "body has announced.\n\n"
            "The National Doping Agency said in a statement that the sample was positive.")
    indirect = _found(quotes_of(text), "indirect")
    assert ("The striker Dario Venn has been banned for two years", "National Doping Agency") \
        in indirect


def test_a_body_noun_before_a_name_with_an_article_inside(quotes_of):
    text = ("Floods have cut off dozens of villages.\n\n"
            "But the aid group Feed the Children warned that food stocks would run out within "
            "a week.")
    speakers = {s for _, s in _found(quotes_of(text), "indirect")}
    assert speakers == {"Feed the Children"}


def test_a_described_group_after_a_charity_named_before(quotes_of):
    text = ("Helping Hands Trust said it had sent tents to the valley.\n\n"
            "The aid group said food stocks would run out within a week.")
    assert ("food stocks would run out within a week", "Helping Hands Trust") \
        in _found(quotes_of(text), "indirect")


def test_the_bare_noun_with_nothing_before_stays(quotes_of):
    text = "The group said it would appeal against the ruling."
    assert _found(quotes_of(text), "indirect") == [
        ("it would appeal against the ruling", "group")]


def test_a_described_public_body_is_a_body_of_its_own(quotes_of):
    text = ("Storm Ilka will reach the coast on Friday, the Carran Weather Service said.\n\n"
            "About 12,000 people live in the low-lying areas, the civil protection agency "
            "said.")
    indirect = _found(quotes_of(text), "indirect")
    assert ("About 12,000 people live in the low-lying areas", "civil protection agency") \
        in indirect


def test_the_city_and_city_officials_of_a_datelined_story(quotes_of):
    text = ("Water main breaks in Dunmore\n\n"
            "DUNMORE, Ohio (AP) — About 9,000 homes in Dunmore lost water on Tuesday after a "
            "main burst, city officials said.\n\n"
            "The city said in a statement that crews had isolated the break by noon.\n\n"
            "Officials said updates would be posted online.")
    assert _found(quotes_of(text), "indirect") == [
        ("About 9,000 homes in Dunmore lost water on Tuesday after a main burst",
         "Dunmore officials"),
        ("crews had isolated the break by noon", "Dunmore"),
        ("updates would be posted online", "Dunmore officials")]


def test_city_officials_with_no_dateline_or_qualified_stay(quotes_of):
    text = ("About 9,000 homes lost water on Tuesday after a main burst, city officials "
            "said.\n\n"
            "HALBERT, Vermont — The roads will reopen on Friday, city and county officials "
            "said.")
    speakers = [s.casefold() for _, s in _found(quotes_of(text), "indirect")]
    assert speakers == ["city officials", "city and county officials"]


@pytest.mark.parametrize("joiner", ["–", "-"])
def test_a_name_glued_by_a_dash_is_one_name(quotes_of, joiner):
    text = ("The rider Luis Moran has been suspended.\n\n"
            f"Moran's team, Vortex{joiner}Ridge, said it had suspended him with immediate "
            "effect. It added that it had ‘zero tolerance’ for doping.")
    speakers = {s for _, s in _found(quotes_of(text), "indirect")}
    assert speakers == {f"Vortex{joiner}Ridge"}


def test_a_spaced_dash_joins_no_name(quotes_of):
    text = "The rider's team, Vortex – which sacked him – said it would appeal."
    speakers = {s for _, s in _found(quotes_of(text), "indirect")}
    assert not any("–" in s for s in speakers)


def test_a_voice_for_a_short_name_speaks_for_the_full_name(quotes_of):
    text = ("Families say they were given six weeks to find new places after Harrowgate Care "
            "announced it would close three homes.\n\n"
            "A spokeswoman for Harrowgate said: ‘This was a difficult decision.’\n\n"
            "A spokeswoman for Harrowgate Care said the staff would be offered other jobs.")
    quotes = quotes_of(text)
    assert _found(quotes, "direct") == [
        ("This was a difficult decision.", "Harrowgate Care spokeswoman")]
    assert ("the staff would be offered other jobs", "Harrowgate Care spokeswoman") \
        in _found(quotes, "indirect")


def test_a_voice_for_a_person_stays_the_persons(quotes_of):
    text = ("Harrowgate Care said it would close three homes.\n\n"
            "A spokeswoman for Mr Harrow said he had not been consulted.")
    speakers = [s for _, s in _found(quotes_of(text), "indirect")]
    assert "Harrowgate Care spokeswoman" not in speakers


def test_one_person_after_people_familiar_with_the_matter(quotes_of):
    text = ("Brennick had lobbied for an exemption, according to people familiar with the "
            "matter. One person said the company had been told in May that no exemption "
            "would be granted.")
    assert ("the company had been told in May that no exemption would be granted",
            "person familiar with the matter") in _found(quotes_of(text), "indirect")


def test_one_person_with_no_group_before_stays(quotes_of):
    text = "One person said the company had been told in May that no exemption would be granted."
    assert [s for _, s in _found(quotes_of(text), "indirect")] == ["person"]
