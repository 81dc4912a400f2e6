"""Round 83's categories (blind set 641-648), each on a fictional text of its own: a
speaker's request joined after a quoted clause ('posted that the colony "should never have
been moved ..." and called for the seals to be returned') is no word of the report, which
stays a direct quote only, and a report whose verb is outside the marks ends before it
(generator/rules/speaker_acts.yaml)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _found(quotes, kind):
    return [(q.content, q.speaker) for q in quotes if q.kind == kind]


def _contents(quotes, kind):
    return [q.content for q in quotes if q.kind == kind]


def test_the_speaker_acts_examples(quotes_of):
    from generator.extract.quotes.conjoined_acts import SpeakerActsFile
    from generator.rulefiles import load_rule_file

    rules = load_rule_file("speaker_acts.yaml", SpeakerActsFile)
    assert rules.examples and rules.not_
    for example in [*rules.examples, *rules.not_]:
        quotes = quotes_of(example.text)
        assert _contents(quotes, "direct") == example.direct, example.text
        assert _contents(quotes, "indirect") == example.indirect, example.text


def test_a_request_after_a_clause_cut_short(quotes_of):
    quotes = quotes_of("The Carrow Anglers' Club said 12 swans had died on the lake this winter "
                       "and called for tighter checks on the outflow.")
    assert _found(quotes, "indirect") == [
        ("12 swans had died on the lake this winter", "Carrow Anglers' Club")]
