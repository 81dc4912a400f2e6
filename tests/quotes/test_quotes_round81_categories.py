"""Round 81's and 82's categories (blind set 625-640) and round 75's leftover headline, each on
a fictional text of its own: "CLAUSE, according to X, <a verbless gloss of the writer's>"
sources the clause before the phrase, not the gloss; a second that-clause after a quoted
verb ('wrote that the plan "ignores ..." but that tenants "deserve ..."') makes the report
the writer's as well as two quotes; a that-clause whose quoted verb the parser read as an
adjective of its object noun ('told MPs that the firm had "repeatedly failed passengers" and
that ...', 'wrote in an opinion that the deal would "substantially lessen competition" in
...') is still the report; a clause whose subject the parser made a second subject of the
cue ("X, Y, said parking income paid for ...") is the report of the cue's first subject; a
sign's words after a colon are no quote (generator/rules/written_notices.yaml); a dateline's
place is no speaker; a clause verb read as an adjective of its object ("said Orm Chips had
lobbied officials ...") heads the report; a lede's "a union" is the first union named later
("The OWU union"); a headline's "paramedic says" (tagged an adjective) and "MPs warn" (over
"a committee of MPs") are named by the body quote repeating theirs; "Patients and staff" and
"Some in the museum world" are groups; a bare role at the top ("Harbour minister says") is
its one holder; and a headline's opening mark read as a verb leaves a verbless report
("Locals say streets 'like a dump'")."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import (
    case,
    check,
    check_example_counts,
    contents_are,
    exactly,
    first,
    speakers_are,
)

pytestmark = pytest.mark.model


CASES = [
    case("according_to_before_a_writers_gloss_sources_the_clause",
         ("Annual rents in Orsk rose 6.2% in March from 5.9% in February, according to the "
          "housing office, still well below the 2019 peak."),
         exactly("indirect", [
             ("Annual rents in Orsk rose 6.2% in March from 5.9% in February", "housing office"),
         ])),
    case("according_to_closing_a_sentence_still_sources_it",
         "Annual rents in Orsk rose 6.2% in March, according to the housing office.",
         exactly("indirect", [("Annual rents in Orsk rose 6.2% in March", "housing office")])),
    case("a_second_that_clause_after_the_marks_is_the_writers_report",
         ('In a post on X, Mayor Ada Quill wrote that the council "respects the tenants\' '
          'union" but that landlords "cannot wait forever."'),
         exactly("indirect", [
             (
                 ('the council "respects the tenants\' union" but that landlords "cannot wait '
                  'forever."'),
                 "Ada Quill",
             ),
         ]),
         contents_are("direct", ["respects the tenants' union", "cannot wait forever."])),
    case("a_quoted_verb_with_nothing_after_it_stays_direct_only",
         'Mayor Ada Quill wrote that the council "respects the tenants\' union."',
         exactly("indirect", [])),
    case("a_quoted_verb_read_as_an_adjective_still_heads_the_report",
         ("Judge Mara Lint wrote in a 60-page opinion that the merger would “substantially "
          "lessen competition” in at least 12 towns."),
         exactly("indirect", [
             (
                 "the merger would “substantially lessen competition” in at least 12 towns",
                 "Mara Lint",
             ),
         ])),
    case("a_second_that_clause_joined_to_the_cue_goes_with_the_report",
         ("The transport secretary, Ada Quill, told MPs on Monday that the firm had "
          "“repeatedly failed passengers” and that trains would pass to the state on 1 May."),
         exactly("indirect", [
             (
                 ("the firm had “repeatedly failed passengers” and that trains would pass to "
                  "the state on 1 May"),
                 "Ada Quill",
             ),
         ])),
    case("a_clause_subject_read_as_a_second_subject_of_the_cue",
         ("Parking fees to rise\n\n"
          "In a statement, the council's finance director, Dr Ada Quill, said parking income "
          "paid for the upkeep of the car parks and for a shuttle bus between sites, and that "
          "fees had not risen since 2019."),
         exactly("indirect", [
             (
                 ("parking income paid for the upkeep of the car parks and for a shuttle bus "
                  "between sites, and that fees had not risen since 2019"),
                 "Ada Quill",
             ),
         ])),
    case("a_parenthetical_cue_keeps_its_own_subject",
         "The delay, said Ada Quill of Orm Research, risks leaving the town behind.",
         speakers_are("indirect", ["Ada Quill"])),
    case("a_dateline_place_is_no_speaker",
         ("Orm Chips cuts forecast\n\n"
          "SAN JOSE, California, March 4 (Reuters) - Orm Chips said on Wednesday new export "
          "rules would cut its revenue by a tenth."),
         speakers_are("indirect", ["Orm Chips"])),
    case("a_clause_verb_read_as_an_adjective_of_its_object",
         ("Orm Chips lobbies\n\n"
          "Two people familiar with the matter said Orm Chips had lobbied officials in Orsk "
          "for weeks to narrow the rules."),
         exactly("indirect", [
             (
                 "Orm Chips had lobbied officials in Orsk for weeks to narrow the rules",
                 "people familiar with the matter",
             ),
         ])),
    case("a_ledes_indefinite_body_is_the_first_of_its_kind_named_later",
         ("Orsk clinic waits grow\n\n"
          "Patients are waiting up to nine hours outside Orsk General Hospital, a union has "
          "said.\n\n"
          "Figures show waits doubled in a year.\n\n"
          "The hospital has 400 beds.\n\n"
          "Ward staff describe long shifts.\n\n"
          "The OWU union, which represents many nurses, said the delays were putting lives at "
          "risk."),
         speakers_are("indirect", ["OWU", "OWU"])),
    case("a_headline_noun_tagged_an_adjective_is_the_described_voice",
         ("Ambulance crews 'stuck for hours' outside hospital, paramedic says\n\n"
          "Ada Quill, a paramedic in Orsk for 12 years, said crews were routinely “stuck for "
          "hours” in the car park."),
         first("direct", ("stuck for hours", "Ada Quill"))),
    case("some_in_a_field_is_a_group_of_unnamed_sources",
         ("Orsk museum returns statues\n\n"
          "Some in the museum world warn that the pace of returns has outstripped the research."),
         exactly("indirect", [
             ("the pace of returns has outstripped the research", "some in the museum world"),
         ])),
    case("a_bare_role_at_the_top_is_its_one_holder",
         ("Orsk ferry line taken over\n\n"
          "Harbour minister says operator will be brought under public control from June\n\n"
          "The harbour minister, Ada Quill, told councillors on Monday that the operator had "
          "failed passengers.\n\n"
          "The shadow harbour minister, Tom Orr, said the move came too late."),
         first("indirect", (
             "operator will be brought under public control from June",
             "Ada Quill",
         ))),
    case("a_headline_mark_read_as_a_verb_leaves_a_verbless_report",
         ("Orm bin strike: Locals say streets 'like a dump' as walkout enters third week\n\n"
          "Bins have not been emptied since March."),
         exactly("indirect", [("streets 'like a dump'", "Locals")])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round81_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_a_written_notice_after_a_colon_is_no_quote(quotes_of):
    from generator.extract.quotes.notices import NoticesFile
    from generator.rulefiles import load_rule_file

    rules = load_rule_file("written_notices.yaml", NoticesFile)
    assert rules.examples and rules.not_
    check_example_counts(quotes_of, rules)


def test_a_headline_plural_is_the_body_that_repeats_its_quote(quotes_of):
    quotes = quotes_of(
        "Orsk firms allowed to ‘mark their own homework’, MPs warn\n\n"
        "Water companies are being allowed to “mark their own homework” when they apply for "
        "permits, a committee of MPs has warned.\n\n"
        "The Orsk rivers committee said the regulator relied on company data.")
    assert speakers(quotes, "direct")[0][0] == "mark their own homework"
    assert len({s for _, s in speakers(quotes, "direct")}) == 1


def test_patients_and_staff_speak_as_one_group(quotes_of):
    quotes = quotes_of("Orsk parking fees rise\n\nPatients and staff at an Orsk hospital say the "
                       "new charges will hit the poorest hardest.")
    assert [s.casefold() for _, s in speakers(quotes, "indirect")] == ["patients and staff"]
