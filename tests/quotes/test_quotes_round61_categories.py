"""Rounds 61-63's categories (blind set 465-488), each on a fictional text of its own: a
trade's word for a body named by another word of the same trade ("the railroad" after "the
X Railway train", "the theatre" after "The X Playhouse"); a company noun whose only modifier
is its country ("the UK carrier") as bare as "the company"; a lede's "his party said" for the
body named next by the word before its "for" ("the Movement for ..."); a nickname in marks
after "known as" ("known locally as “the Shed”") no name to speak under; "The Labour MP for X,
Y," (a capitalised role whose seat the parser hung the name on) is Y, "MP" a title; a second
predicate with auxiliaries of its own after a quoted verb ("had “lost ...” and should have
sold ...") continues the reported clause, also after "said in an email that"; a that-clause
hung on a participle of the setting ("in a letter attached to the audit that") is reported;
answers of a Q&A labelled with the interviewee's name ("Lindqvist: ...") are hers; a show's
title after a channel's possessive ('on Channel Nine's "Morning on the Coast,"') no quote; a
question whose asker's name and cue follow the marks ('“...?” Calder asked.') is hers; a
nickname after "call him" ('"Bear,"') no quote; "a shareholder in the retailer" is written
without what it holds a stake in; a curly single mark after an "s" before "that" closes the
quote (no possessive precedes "that"); "The outgoing chairman, the shipping magnate X Y," is
X Y; "the government" is never a body of another kind that spoke just before; a lede's "the
state comptroller said" is the person the next paragraphs name with that title; a lede whose
subject the parser hung on the closing cue ("A storm swept ..., the Red Crescent said") is
reported; "the central bank" is no company of the story; a chain's short name ("Harlow") is
its "Harlow Stores"; a margin set off by commas ("three shots back") is no subject; a
headline quote set off by a comma before "campaigners say" is the campaigners', not the one
person whose body quote repeats it; "Patients and visitors say" is one group of both."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import (
    case,
    check,
    contents_are,
    exactly,
    first,
    first_speaker,
    last,
    said_by,
    speakers_are,
)

pytestmark = pytest.mark.model


CASES = [
    case("a_trade_word_refers_to_the_body_named_by_another",
         ("Twelve cars of the Kestrel Valley Railway train left the tracks on Tuesday.\n\n"
          "The railroad said in a statement that it had sent crews to the site."),
         exactly("indirect", [("it had sent crews to the site", "Kestrel Valley Railway")])),
    case("a_theatre_nicknamed_in_marks_speaks_under_its_name",
         ("The Hollin Playhouse in Dunmore will close in May.\n\n"
          "The theatre, known locally as “the Shed” because of its roof, announced the "
          "decision on Monday, saying its costs had doubled."),
         exactly("indirect", [("its costs had doubled", "Hollin Playhouse")])),
    case("a_company_noun_with_its_country_is_bare",
         ("Jane Roe will step down as chief executive of Pellham Airlines after four years, "
          "the UK carrier said on Monday."),
         speakers_are("indirect", ["Pellham Airlines"])),
    case("a_nationality_still_makes_another_company",
         ("Jane Roe will step down as chief executive of Pellham Airlines after four years, "
          "the Irish carrier said on Monday."),
         speakers_are("indirect", ["Irish carrier"])),
    case("mp_before_a_name_is_a_title",
         "Conservative MP Jonah Pell said the decision was wrong.",
         speakers_are("indirect", ["Jonah Pell"])),
    case("a_second_predicate_with_its_own_auxiliaries_continues_the_clause",
         ('The opposition leader, Mara Keel, argued the cabinet had "lost sight of the budget" '
          "and should have cut the grants years ago."),
         exactly("indirect", [
             (
                 ('the cabinet had "lost sight of the budget" and should have cut the grants '
                  "years ago"),
                 "Mara Keel",
             ),
         ])),
    case("a_passive_second_predicate_after_a_setting_clause",
         ("A port spokesman, Daniel Ortiz, said in an email that the port was “watching the "
          "dispute closely” but had not been asked to step in."),
         exactly("indirect", [
             (
                 "the port was “watching the dispute closely” but had not been asked to step in",
                 "Daniel Ortiz",
             ),
         ])),
    case("a_clause_hung_on_the_participle_of_a_setting",
         ("The board's chair, Ada Finch, acknowledged in a letter attached to the audit that "
          'the board had been "far too slow" to act on the warnings.'),
         exactly("indirect", [
             ('the board had been "far too slow" to act on the warnings', "Ada Finch"),
         ])),
    case("answers_labelled_with_the_interviewee_s_name",
         ("Nora Lindqvist has run Kestrel Foods since 2021.\n\n"
          "Q: How much are the new tariffs costing you?\n\n"
          "Lindqvist: About $40 million this year. We have absorbed most of it.\n\n"
          "Q: Are shoppers pulling back?\n\n"
          "Lindqvist: They are trading down, not stopping."),
         exactly("direct", [
             ("About $40 million this year. We have absorbed most of it.", "Nora Lindqvist"),
             ("They are trading down, not stopping.", "Nora Lindqvist"),
         ])),
    case("a_show_title_after_a_channel_s_possessive_is_no_quote",
         ('In an interview on Channel Nine\'s "Morning on the Coast," Pell said the plan was '
          '"simply unaffordable."'),
         contents_are("direct", ["simply unaffordable."])),
    case("a_question_whose_asker_is_named_after_the_marks",
         ("Sen. Ruth Calder pressed the nominee on the fishing quotas.\n\n"
          "“Will you keep the quota in place, yes or no?” Calder asked."),
         exactly("direct", [("Will you keep the quota in place, yes or no?", "Ruth Calder")])),
    case("a_nickname_after_call_him_is_no_quote",
         ('Brandt, whose teammates call him "Bear," won the final on Sunday. The coach called '
          'him "a warrior" afterwards.'),
         contents_are("direct", ["a warrior"])),
    case("a_closing_single_mark_after_s_before_that_closes_the_quote",
         ("The fans' group said supporters needed ‘firm assurances’ that the stadium would "
          "stay.\n\n"
          "‘We have seen this before,’ said the group's chair, Rosa Delgado."),
         exactly("direct", [
             ("firm assurances", "fans' group"),
             ("We have seen this before,", "Rosa Delgado"),
         ])),
    case("a_role_then_a_name_set_off_after_a_role",
         ("The outgoing chairman, the shipping magnate Peter Halvorsen, who bought the club in "
          "2009, said in a statement: ‘It has been an honour.’"),
         exactly("direct", [("It has been an honour.", "Peter Halvorsen")])),
    case("the_government_is_no_other_body_that_spoke_before",
         ("DORRA (AFP) - Police arrested the opposition leader at his home, his party said.\n\n"
          "The Arab League said it was watching the situation closely.\n\n"
          "The government has denied targeting opponents, saying the vote will go ahead."),
         said_by("indirect", "the vote will go ahead", "government")),
    case("a_lede_office_is_the_person_named_next_with_that_title",
         ("Audit finds port overpaid contractors\n\n"
          "KESSEL (AP) — The port authority overpaid contractors by $2 million over three "
          "years, the state comptroller said Monday.\n\n"
          "The comptroller's report found that invoices were approved twice.\n\n"
          '"This was not an accident," State Comptroller Dana Whitcombe told reporters.'),
         first_speaker("indirect", "Dana Whitcombe")),
    case("the_central_bank_is_no_company_that_spoke_before",
         ("Tarrow Mining said on Thursday it would halt exports.\n\n"
          "Copper accounts for half of Velda's export earnings, according to the central bank."),
         said_by("indirect", "Copper accounts for half of Velda's export earnings", ("central "
                                                                                     "bank"))),
    case("a_chain_s_short_name_is_its_stores_name",
         ("Harlow shares jump as outlook beats estimates\n\n"
          "Harlow reported quarterly earnings that topped expectations.\n\n"
          "Shares of Harlow Stores rose 9% on Tuesday after the discount retailer raised its "
          "outlook.\n\n"
          "Comparable sales rose 3.1%, the company said."),
         last("indirect", ("Comparable sales rose 3.1%", "Harlow Stores"))),
    case("a_margin_set_off_by_commas_is_no_subject",
         ("Former winner Luis Ortega finished fourth, three shots back, and called the greens "
          '"the fastest I have ever putted on."'),
         exactly("direct", [("the fastest I have ever putted on.", "Luis Ortega")])),
    case("a_headline_quote_set_off_before_a_plural_cue_is_the_group_s",
         ("Dunmore bus fare rise leaves pensioners 'stuck at home', campaigners say\n\n"
          "Fares on the town's buses rose by a third this month.\n\n"
          'Its organiser, Dev Malik, said: "Pensioners are stuck at home because of this."'),
         first("direct", ("stuck at home", "campaigners"))),
    case("patients_and_visitors_speak_as_one_group",
         "Patients and visitors say they can no longer afford to park at the clinic.",
         speakers_are("indirect", ["Patients and visitors"])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round61_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_a_lede_party_is_the_movement_named_next(quotes_of):
    text = ("DORRA (AFP) - Police arrested the opposition leader Jean Maro at his home early "
            "Sunday, his party said, days after he called for protests.\n\n"
            "\"They took him away,\" Ana Kolo, spokeswoman for the Union for Democratic "
            "Progress (UDP), told AFP.")
    found = speakers(quotes_of(text), "indirect")
    assert found and found[0][1] == "Union for Democratic Progress", found


def test_an_mp_for_a_seat_set_off_before_the_name_is_that_person(quotes_of):
    text = ("The Labour MP for Dunmore West, Rhian Castell-Owen, said the closure was "
            "“a body blow for the town” and that she would raise it in the Commons.")
    quotes = quotes_of(text)
    assert {speaker for _, speaker in speakers(quotes, "indirect")} == {"Rhian Castell-Owen"}
    assert speakers(quotes, "direct") == [("a body blow for the town", "Rhian Castell-Owen")]


def test_an_investor_in_a_company_is_written_without_its_stake(quotes_of):
    text = ("One large shareholder in the retailer said the sale was “long overdue”. “The "
            "board waited too long,” the shareholder said.")
    names = {s for _, s in speakers(quotes_of(text), "direct")}
    assert names == {"large shareholder"}, names


def test_a_lede_whose_subject_the_parser_hung_on_the_closing_cue(quotes_of):
    text = ("Storm floods coastal villages\n\n"
            "PALMA, Korvia (AFP) - A storm swept through coastal villages in southern Korvia "
            "overnight, killing at least three people and flooding hundreds of homes, the Red "
            "Crescent said Monday.")
    found = speakers(quotes_of(text), "indirect")
    assert [s for _, s in found] == ["Red Crescent"], found
    assert found[0][0].startswith("A storm swept through coastal villages"), found
