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

pytestmark = pytest.mark.model


def _found(quotes, kind):
    return [(q.content, q.speaker) for q in quotes if q.kind == kind]


def test_according_to_before_a_writers_gloss_sources_the_clause(quotes_of):
    quotes = quotes_of("Annual rents in Orsk rose 6.2% in March from 5.9% in February, "
                       "according to the housing office, still well below the 2019 peak.")
    assert _found(quotes, "indirect") == [
        ("Annual rents in Orsk rose 6.2% in March from 5.9% in February", "housing office")]


def test_according_to_closing_a_sentence_still_sources_it(quotes_of):
    quotes = quotes_of("Annual rents in Orsk rose 6.2% in March, according to the housing "
                       "office.")
    assert _found(quotes, "indirect") == [
        ("Annual rents in Orsk rose 6.2% in March", "housing office")]


def test_a_second_that_clause_after_the_marks_is_the_writers_report(quotes_of):
    quotes = quotes_of("In a post on X, Mayor Ada Quill wrote that the council \"respects the "
                       "tenants' union\" but that landlords \"cannot wait forever.\"")
    assert _found(quotes, "indirect") == [
        ("the council \"respects the tenants' union\" but that landlords \"cannot wait "
         "forever.\"", "Ada Quill")]
    assert [c for c, _ in _found(quotes, "direct")] == [
        "respects the tenants' union", "cannot wait forever."]


def test_a_quoted_verb_with_nothing_after_it_stays_direct_only(quotes_of):
    quotes = quotes_of("Mayor Ada Quill wrote that the council \"respects the tenants' "
                       "union.\"")
    assert _found(quotes, "indirect") == []


def test_a_quoted_verb_read_as_an_adjective_still_heads_the_report(quotes_of):
    quotes = quotes_of("Judge Mara Lint wrote in a 60-page opinion that the merger would "
                       "“substantially lessen competition” in at least 12 towns.")
    assert _found(quotes, "indirect") == [
        ("the merger would “substantially lessen competition” in at least 12 towns",
         "Mara Lint")]


def test_a_second_that_clause_joined_to_the_cue_goes_with_the_report(quotes_of):
    quotes = quotes_of("The transport secretary, Ada Quill, told MPs on Monday that the firm "
                       "had “repeatedly failed passengers” and that trains would pass to the "
                       "state on 1 May.")
    assert _found(quotes, "indirect") == [
        ("the firm had “repeatedly failed passengers” and that trains would pass to the state "
         "on 1 May", "Ada Quill")]


def test_a_clause_subject_read_as_a_second_subject_of_the_cue(quotes_of):
    quotes = quotes_of("Parking fees to rise\n\nIn a statement, the council's finance "
                       "director, Dr Ada Quill, said "
                       "parking income paid for the upkeep of the car parks and for a shuttle "
                       "bus between sites, and that fees had not risen since 2019.")
    assert _found(quotes, "indirect") == [
        ("parking income paid for the upkeep of the car parks and for a shuttle bus between "
         "sites, and that fees had not risen since 2019", "Ada Quill")]


def test_a_parenthetical_cue_keeps_its_own_subject(quotes_of):
    quotes = quotes_of("The delay, said Ada Quill of Orm Research, risks leaving the town "
                       "behind.")
    assert [s for _, s in _found(quotes, "indirect")] == ["Ada Quill"]


def test_a_written_notice_after_a_colon_is_no_quote(quotes_of):
    from generator.extract.quotes.notices import NoticesFile
    from generator.rulefiles import load_rule_file

    rules = load_rule_file("written_notices.yaml", NoticesFile)
    assert rules.examples and rules.not_
    for example in [*rules.examples, *rules.not_]:
        assert len(quotes_of(example.text)) == example.quotes, example.text


def test_a_dateline_place_is_no_speaker(quotes_of):
    quotes = quotes_of("Orm Chips cuts forecast\n\nSAN JOSE, California, March 4 (Reuters) - "
                       "Orm Chips said on Wednesday new export rules would cut its revenue by "
                       "a tenth.")
    assert [s for _, s in _found(quotes, "indirect")] == ["Orm Chips"]


def test_a_clause_verb_read_as_an_adjective_of_its_object(quotes_of):
    quotes = quotes_of("Orm Chips lobbies\n\nTwo people familiar with the matter said Orm "
                       "Chips had lobbied officials in Orsk for weeks to narrow the rules.")
    assert _found(quotes, "indirect") == [
        ("Orm Chips had lobbied officials in Orsk for weeks to narrow the rules",
         "people familiar with the matter")]


def test_a_ledes_indefinite_body_is_the_first_of_its_kind_named_later(quotes_of):
    quotes = quotes_of(
        "Orsk clinic waits grow\n\n"
        "Patients are waiting up to nine hours outside Orsk General Hospital, a union has said.\n\n"
        "Figures show waits doubled in a year.\n\nThe hospital has 400 beds.\n\n"
        "Ward staff describe long shifts.\n\n"
        "The OWU union, which represents many nurses, said the delays were putting lives at "
        "risk.")
    assert [s for _, s in _found(quotes, "indirect")] == ["OWU", "OWU"]


def test_a_headline_noun_tagged_an_adjective_is_the_described_voice(quotes_of):
    quotes = quotes_of(
        "Ambulance crews 'stuck for hours' outside hospital, paramedic says\n\n"
        "Ada Quill, a paramedic in Orsk for 12 years, said crews were routinely “stuck for "
        "hours” in the car park.")
    assert _found(quotes, "direct")[0] == ("stuck for hours", "Ada Quill")


def test_a_headline_plural_is_the_body_that_repeats_its_quote(quotes_of):
    quotes = quotes_of(
        "Orsk firms allowed to ‘mark their own homework’, MPs warn\n\n"
        "Water companies are being allowed to “mark their own homework” when they apply for "
        "permits, a committee of MPs has warned.\n\n"
        "The Orsk rivers committee said the regulator relied on company data.")
    assert _found(quotes, "direct")[0][0] == "mark their own homework"
    assert len({s for _, s in _found(quotes, "direct")}) == 1


def test_patients_and_staff_speak_as_one_group(quotes_of):
    quotes = quotes_of("Orsk parking fees rise\n\nPatients and staff at an Orsk hospital say the "
                       "new charges will hit the poorest hardest.")
    assert [s.casefold() for _, s in _found(quotes, "indirect")] == ["patients and staff"]


def test_some_in_a_field_is_a_group_of_unnamed_sources(quotes_of):
    quotes = quotes_of("Orsk museum returns statues\n\nSome in the museum world warn that the "
                       "pace of returns has outstripped the research.")
    assert _found(quotes, "indirect") == [
        ("the pace of returns has outstripped the research", "some in the museum world")]


def test_a_bare_role_at_the_top_is_its_one_holder(quotes_of):
    quotes = quotes_of(
        "Orsk ferry line taken over\n\n"
        "Harbour minister says operator will be brought under public control from June\n\n"
        "The harbour minister, Ada Quill, told councillors on Monday that the operator had "
        "failed passengers.\n\n"
        "The shadow harbour minister, Tom Orr, said the move came too late.")
    assert _found(quotes, "indirect")[0] == (
        "operator will be brought under public control from June", "Ada Quill")


def test_a_headline_mark_read_as_a_verb_leaves_a_verbless_report(quotes_of):
    quotes = quotes_of("Orm bin strike: Locals say streets 'like a dump' as walkout enters "
                       "third week\n\nBins have not been emptied since March.")
    assert _found(quotes, "indirect") == [("streets 'like a dump'", "Locals")]
