"""Rounds 48-50's categories (blind set 361-384), each on a fictional text of its own:
"the sources" and "One of the sources" after an unnamed source described with another
noun ("three people familiar with the matter") are that source; "the company said" after
a thing "operated by" a company NER took for a place is that company; a name a relative
clause gives a husband or a son ("X, whose husband is among those trapped,") is a
person's, so a later "she" can refer back to it; a noun phrase in marks after "a" is
speech as a past verdict ("called the ban a ‘predictable crisis’") or as what was done "as"
inside a report, a term otherwise; a time clause, a relative clause or a verbless phrase
after an inverted cue reports nothing; "the company" is never a group of people NER
took for one ("Farmers warn ..."), and may be a subject named with a trade word ("X Water
has announced"); a lede's office ("the city's police chief") is the one person later
given its words as a title ("Police Chief X"); a past verb the parser hung on the last noun
of a relative clause after a name that it made the root has that name as its subject; a
cue in a relative clause ("which the agency says cost it ...") reports the verb after it;
a verb of saying with nothing said inside another cue's clause ("its troops had responded
“in accordance with ...”") is an act, the words in marks the outer speaker's; a pair the
parser made the subject of a "whose" clause's verb ("Sarah and Michael Tennant, whose son
... died ..., said") is the pair, both names learned."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, exactly, first_speaker, includes

pytestmark = pytest.mark.model


CASES = [
    case("the_sources_are_the_unnamed_people_described_before",
         ("LONDON (Reuters) - Brevik Oil is in talks to buy Dunmore Gas, three people familiar "
          "with the matter said on Wednesday.\n\n"
          "The two companies could announce a deal next week, the sources said, asking not to "
          "be named.\n\n"
          "One of the sources said Brevik had offered a premium of about 20%."),
         includes("indirect", (
             "The two companies could announce a deal next week",
             "people familiar with the matter",
         )),
         includes("indirect", (
             "Brevik had offered a premium of about 20%",
             "person familiar with the matter",
         ))),
    case("the_sources_keep_their_own_noun_when_it_was_used",
         ("OSLO (Reuters) - Fjordal will cut 400 jobs, two sources close to the company said "
          "on Monday.\n\n"
          "The cuts will be announced next week, the sources said."),
         includes("indirect", (
             "The cuts will be announced next week",
             "sources close to the company",
         ))),
    case("the_company_is_the_operator_of_the_thing_named_before",
         ("Hopes fade for miners trapped in Tavera\n\n"
          "San Lucio (AFP) - Rescuers dug through the night to reach 14 miners trapped at a "
          "copper mine in southern Tavera.\n\n"
          "The collapse occurred on Tuesday at the Cerro Alto mine, operated by Minera "
          "Andesur.\n\n"
          '"We are doing everything possible to reach our colleagues," the company said in a '
          "statement."),
         exactly("direct", [
             ("We are doing everything possible to reach our colleagues,", "Minera Andesur"),
         ])),
    case("a_name_given_a_husband_is_a_persons_she",
         ("Mining Minister Carolina Ruiz said an investigation would be opened.\n\n"
          "Outside the gates, Marisol Quispe, whose husband and brother are among those "
          "trapped, said families had received no news for hours.\n\n"
          '"They tell us nothing," she told AFP.'),
         exactly("direct", [("They tell us nothing,", "Marisol Quispe")])),
    case("a_past_verdict_after_a_is_a_quote",
         ("'People are being asked to save water,' said Ana Lyle of the group Clean Rivers. "
          "She called the ban a 'predictable failure'."),
         includes("direct", ("predictable failure", "Ana Lyle"))),
    case("a_kind_named_in_the_present_stays_a_term",
         'The state calls places like this a "maternity care desert." Few doctors stay.',
         exactly("direct", [])),
    case("what_was_done_as_a_phrase_in_a_report_is_the_speakers",
         ('The government said in a statement that it had freed 40 prisoners as a "goodwill '
          'gesture" ahead of the talks.'),
         includes("direct", ("goodwill gesture", "government"))),
    case("clauses_after_an_inverted_cue_that_report_nothing",
         ("Councillor Tom Ash said residents were 'paying the price', pointing to a £6m "
          "overspend on a new council headquarters.\n\n"
          '"I listened to three hours of promises," said Karen Lowe of Dayton, Ohio, whose '
          "daughter died in 2024.\n\n"
          "Priya Shah, a 31-year-old teacher, took 2,944 votes. 'People here have been taken "
          "for granted for a long time,' she said after the result was declared. 'Tonight they "
          "said enough.'"),
         exactly("indirect", [("residents were 'paying the price'", "Tom Ash")])),
    case("the_company_is_no_headline_group_and_may_be_a_trade_named_subject",
         ("Farmers warn crops will fail as drought grips the south\n\n"
          "Eastmere Water has announced a hosepipe ban covering 3 million customers across the "
          "Vale of Brent.\n\n"
          "The company said in a statement that reservoir levels had fallen to 41% of capacity."),
         includes("indirect", (
             "reservoir levels had fallen to 41% of capacity",
             "Eastmere Water",
         ))),
    case("a_ledes_office_is_the_person_given_its_title_later",
         ("DALTON, Ohio (AP) — The family of a man shot by police called for the release of "
          "video on Thursday, as the city's police chief said the officer had fired after the "
          "man refused to drop a knife.\n\n"
          "Marcus Reed, 34, died at the scene.\n\n"
          "Police Chief Helen Marsh told reporters that officers had been called to the "
          "building after a neighbor reported shouting."),
         includes("indirect", (
             "the officer had fired after the man refused to drop a knife",
             "Helen Marsh",
         ))),
    case("the_companies_are_the_two_named_in_their_own_sentence",
         ("Halvern Pharma Agrees to Buy Corvant\n\n"
          "Keswick Pharmaceuticals Inc. agreed to acquire cancer-drug maker Dorvant "
          "Therapeutics Corp. for about $31 billion, the companies said Tuesday."),
         first_speaker("indirect", "Keswick Pharmaceuticals and Dorvant Therapeutics")),
    case("a_verb_hung_on_a_relative_clauses_noun_has_the_root_name",
         ('State Senator Ray Dunn said the ruling was right. "We followed the law," he '
          "said.\n\n"
          "Representative Alma Pratt, a Democrat whose district was reshaped by the map, "
          'called the decision "a devastating blow" for voters in her state.'),
         includes("direct", ("a devastating blow", "Alma Pratt"))),
    case("a_cue_in_a_relative_clause_reports_the_verb_after_it",
         ("The Metropolitan Rail Authority will station more officers at turnstiles, officials "
          "said on Monday, to curb fare evasion, which the agency says cost it nearly $700 "
          "million last year."),
         includes("indirect", (
             "cost it nearly $700 million last year",
             "Metropolitan Rail Authority",
         ))),
    case("a_verb_of_saying_with_nothing_said_inside_a_report_is_an_act",
         ("The army said in a statement that rebels had fired mortar rounds at a post and that "
          'its troops had responded "in accordance with the rules of engagement."'),
         exactly("direct", [("in accordance with the rules of engagement.", "army")])),
    case("a_pair_described_by_a_whose_clause_the_parser_made_the_sentence",
         ("Sarah and Michael Tennant, whose son Alfie died two days after birth in 2021, said "
          "they had waited five years for the truth.\n\n"
          "'We were told it was just one of those things,' Mrs Tennant told the BBC."),
         exactly("indirect", [
             ("they had waited five years for the truth", "Sarah Tennant and Michael Tennant"),
         ]),
         exactly("direct", [("We were told it was just one of those things,", "Sarah Tennant")])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round48_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)
