"""Every ``examples:`` / ``not:`` entry of generator/rules/claim_cues.yaml, run as a test."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.extract.claims import (
    CUE_FILE,
    CueFile,
    RuleFileError,
    find_cues,
    load_cues,
    load_rule_file,
)

CUES = load_cues().cues
POSITIVE = [(rule.id, text) for rule in CUES for text in rule.examples]
NEGATIVE = [(rule.id, text) for rule in CUES for text in rule.not_]


def test_every_cue_has_examples_and_counterexamples():
    assert all(rule.examples and rule.not_ for rule in CUES), CUE_FILE


@pytest.mark.parametrize(("rule", "text"), POSITIVE)
def test_cue_matches_its_examples(nlp, rule, text):
    assert rule in {hit.rule for hit in find_cues(nlp(text))}


@pytest.mark.parametrize(("rule", "text"), NEGATIVE)
def test_cue_does_not_match_its_counterexamples(nlp, rule, text):
    assert rule not in {hit.rule for hit in find_cues(nlp(text))}


def test_bad_rule_file_names_file_and_field(tmp_path: Path):
    bad = tmp_path / "claim_cues.yaml"
    bad.write_text("id: x\ncues:\n  - id: y\n    kind: rumour\n    description: d\n"
                   "    patterns: [[{LOWER: a}]]\n", encoding="utf-8")
    expected = r"claim_cues\.yaml: cues\[0\] \(id 'y'\) field kind: Input should be"
    with pytest.raises(RuleFileError, match=expected):
        load_rule_file(bad, CueFile)
