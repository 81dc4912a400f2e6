"""Round 87's categories (blind set 673-680), each on a fictional text of its own: an "as"
clause inside a report whose verb reports a clause of its own with a subject of its own
is a second report, and the first stops before "as" (a standfirst's "..., as ministers
insist it ..."); a sentence the parser read as a noun phrase (its first cue a modifier of
the noun) whose second verb it joined to that noun (", but insisted the deal would ...")
is the noun's second report, and a that-clause hung on the noun after a comma that ends
the cue's phrase ("conceded in a note to staff, seen by the Herald, that ...") is the
first cue's report."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _found(quotes, kind):
    return [(q.content, q.speaker) for q in quotes if q.kind == kind]


def test_a_standfirst_report_with_an_as_clause_reporting_its_own(quotes_of):
    quotes = quotes_of(
        "Orsk farmers say grain pact is 'a betrayal'\n\nIndustry warns export pact will cost "
        "Orsk farms millions, as ministers insist it protects access to Velmar markets\n\n"
        "Anna Kovic Orsk correspondent\n\nThe Orsk Growers' Union has accused the government "
        "of 'selling out' the sector.")
    assert _found(quotes, "indirect")[1:] == [
        ("export pact will cost Orsk farms millions", "Industry"),
        ("it protects access to Velmar markets", "ministers")]


def test_an_as_clause_without_a_comma(quotes_of):
    quotes = quotes_of(
        "Regulator opens probe into Tarrow-Bellside deal\n\nWatchdog says merger could raise "
        "prices in 40 towns as grocers insist they face fierce competition from discounters"
        "\n\nJo Pell in Orsk\n\nThe Orsk competition authority has launched an investigation "
        "into the merger of Tarrow and Bellside.")
    assert _found(quotes, "indirect") == [
        ("merger could raise prices in 40 towns", "Watchdog"),
        ("they face fierce competition from discounters", "grocers")]


def test_an_as_clause_with_no_clause_of_its_own_stays_in_the_report(quotes_of):
    quotes = quotes_of("Orsk budget\n\nThe minister said prices would rise this winter, as "
                       "the governor said.")
    assert _found(quotes, "indirect") == [
        ("prices would rise this winter, as the governor said", "minister")]


@pytest.mark.parametrize("text", [
    "Bellside’s chair, Dame Ruth Calder, conceded in a note to staff, seen by the Herald, "
    "that the review would delay completion “by at least four months”, but insisted the deal "
    "would ultimately be approved.",
    "Orsk grocery deal\n\nBellside’s chair, Dame Ruth Calder, conceded in a note to staff, "
    "seen by the Herald, that the review would delay completion “by at least four months”, "
    "but insisted the deal would ultimately be approved.",
])
def test_a_second_verb_joined_to_a_noun_read_as_the_sentence(quotes_of, text):
    assert _found(quotes_of(text), "indirect") == [
        ("the review would delay completion “by at least four months”", "Ruth Calder"),
        ("the deal would ultimately be approved", "Ruth Calder")]
