"""Every `examples:` and `not:` entry of generator/rules/temporal_*.yaml, run through the tagger.

HeidelTime keeps its examples in comments; here they are executable: each example sentence must
yield the expected expression, found by the rule that lists it, with the expected value and mod.
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal.checks import unknown_checks
from generator.extract.temporal.ruleset import load_ruleset

RULESET = load_ruleset()
DEFAULT_PUBLISHED = RULESET.lexicon.settings["example_published"]

# ids name the rule file too, so a failure points at the YAML to edit
EXAMPLES = [pytest.param(c.rule.id, ex,
                         id=f"{c.source}:{c.rule.id}:{ex.timex}:{ex.published or ''}")
            for c in RULESET.rules for ex in c.rule.examples]
COUNTER = [pytest.param(c.rule.id, text, id=f"{c.source}:{c.rule.id}:not:{text[:30]}")
           for c in RULESET.rules for text in c.rule.not_]


def _published(example) -> dt.date | None:
    if example.published == "none":
        return None
    return example.published or DEFAULT_PUBLISHED


@pytest.mark.parametrize(("rule_id", "example"), EXAMPLES)
def test_example(tag, rule_id, example):
    found = {t.text: t for t in tag(example.text, _published(example))}
    assert example.timex in found, f"{rule_id}: {example.timex!r} not found in {list(found)}"
    timex = found[example.timex]
    assert timex.rule == rule_id
    assert timex.value == example.value
    assert timex.mod == example.mod
    if example.type:
        assert timex.type == example.type


@pytest.mark.parametrize(("rule_id", "text"), COUNTER)
def test_counterexample(tag, rule_id, text):
    found = [(t.text, t.rule) for t in tag(text)]
    assert found == [], f"{rule_id}: expected no timex in {text!r}"


def test_every_rule_has_an_example():
    assert [c.rule.id for c in RULESET.rules if not c.rule.examples] == []


def test_checks_named_by_rules_exist():
    assert unknown_checks({c.rule.id: c.rule.checks for c in RULESET.rules}) == {}
