"""Every ``examples:`` and ``not:`` entry of the ingest rule files, run as a test (HeidelTime)."""

from __future__ import annotations

import pytest

from generator.ingest.boilerplate import boilerplate_rule_for, compiled_boilerplate_rules
from generator.ingest.metadata import apply_rule, compiled_metadata_rules

BOILERPLATE = {c.rule.id: c for c in compiled_boilerplate_rules()}
METADATA = {c.rule.id: c for c in compiled_metadata_rules()}


def _cases(rules, attribute):
    return [
        pytest.param(rule_id, example, id=f"{rule_id}:{getattr(example, 'text', example)[:40]}")
        for rule_id, compiled in rules.items()
        for example in getattr(compiled.rule, attribute)
    ]


@pytest.mark.parametrize(("rule_id", "line"), _cases(BOILERPLATE, "examples"))
def test_boilerplate_rule_flags_its_examples(rule_id, line):
    assert BOILERPLATE[rule_id].matches(line.strip())


@pytest.mark.parametrize(("rule_id", "line"), _cases(BOILERPLATE, "not_"))
def test_boilerplate_counterexamples_are_flagged_by_no_rule(rule_id, line):
    # Stronger than "this rule does not match": a real sentence must survive every rule.
    assert boilerplate_rule_for(line) is None


@pytest.mark.parametrize(("rule_id", "example"), _cases(METADATA, "examples"))
def test_metadata_rule_reads_its_examples(rule_id, example):
    found = apply_rule(METADATA[rule_id], example.text)
    assert found is not None, f"{rule_id} does not match {example.text!r}"
    assert {k: str(v) for k, v in found.items()} == dict(example.expect)


@pytest.mark.parametrize(("rule_id", "line"), _cases(METADATA, "not_"))
def test_metadata_rule_ignores_its_counterexamples(rule_id, line):
    assert apply_rule(METADATA[rule_id], line) is None


def test_rule_ids_are_unique():
    ids = [*BOILERPLATE, *METADATA]
    assert len(BOILERPLATE) == len(compiled_boilerplate_rules())
    assert len(METADATA) == len(compiled_metadata_rules())
    assert len(ids) == len(set(ids))
