"""The rule-file loader: fragments, validation and clear errors for broken rule files."""

from __future__ import annotations

import pytest

from generator.ingest.rules import (
    BoilerplateRule,
    BoilerplateRules,
    RuleFileError,
    compile_rule,
    expand,
    validate_rule_file,
)


def test_fragments_expand_recursively_and_leave_counted_repetition_alone():
    fragments = {"word": "[A-Z][a-z]+", "name": "{word}(?: {word}){0,2}"}
    assert expand("By {name}", fragments) == "By (?:(?:[A-Z][a-z]+)(?: (?:[A-Z][a-z]+)){0,2})"


def test_unknown_fragment_is_named():
    with pytest.raises(ValueError, match=r"unknown fragment \{nmae\}; known: name"):
        expand("By {nmae}", {"name": "x"})


def test_fragment_cycle_is_refused():
    with pytest.raises(ValueError, match="more than 5 levels"):
        expand("{a}", {"a": "{b}", "b": "{a}"})


def test_bad_pattern_names_the_rule():
    rule = BoilerplateRule(id="broken-rule", description="x", pattern="(Photo", examples=["x"])
    with pytest.raises(ValueError, match="rule 'broken-rule': pattern: not a valid regex"):
        compile_rule(rule, {})


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"rules": [{"id": "a", "description": "d", "pattern": "x"}]},
         "rules[0] (id 'a') field examples: Field required"),
        ({"rules": [{"id": "Bad Id", "description": "d", "pattern": "x", "examples": ["x"]}]},
         "rules[0] (id 'Bad Id') field id: String should match pattern"),
        ({"rules": [], "patterns": []}, "field patterns: Extra inputs are not permitted"),
        ({"fragments": {"f": "(x"}, "rules": []}, "fragment 'f' is not a valid regex"),
    ],
)
def test_invalid_rule_file_names_file_and_field(data, message):
    with pytest.raises(RuleFileError) as err:
        validate_rule_file("generator/rules/boilerplate.yaml", BoilerplateRules, data)
    assert str(err.value).startswith("generator/rules/boilerplate.yaml: ")
    assert message in str(err.value)
