"""Rule files load, compile and fail with errors that name file, rule and field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.extract.temporal.ruleset import RuleFileError, load_ruleset, rules_dir


def copy_rules(tmp_path: Path) -> Path:
    for path in rules_dir().glob("temporal*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


def test_packaged_rules_load():
    ruleset = load_ruleset()
    ids = [c.rule.id for c in ruleset.rules]
    assert len(ids) == len(set(ids)) > 30
    assert ruleset.lookup("month", "Sept.") == 9
    assert ruleset.lookup("number", "A Few") == "X"


#: A rule file added beside the packaged ones, and the error that must name what is wrong in it.
BROKEN_FILES = [
    pytest.param(
        "rules:\n  - id: broken-rule\n    description: x\n    pattern: now\n"
        "    exmaples: []\n",
        r"temporal_extra.yaml: rules\[0\] \(id 'broken-rule'\) field exmaples",
        id="unknown_field_names_file_rule_and_field"),
    pytest.param(
        "rules:\n  - id: bad-placeholder\n    description: x\n    pattern: '{monht} 3'\n",
        r"bad-placeholder.*unknown placeholder \{monht\}",
        id="unknown_placeholder_is_named"),
    pytest.param(
        "rules:\n  - id: bad-regex\n    description: x\n    pattern: '(now'\n",
        r"temporal_extra.yaml: rule 'bad-regex' field pattern",
        id="bad_regex_is_named"),
    pytest.param(
        "rules:\n  - id: bad-param\n    description: x\n    pattern: now\n"
        "    params: {value_prefix: FY}\n",
        r"rule 'bad-param' field params: unknown value_prefix",
        id="unknown_param_is_named"),
    pytest.param(
        "rules:\n  - id: rel-ago\n    description: x\n    pattern: now\n",
        "rel-ago.*used twice",
        id="duplicate_rule_id"),
]


@pytest.mark.parametrize("body, error", BROKEN_FILES)
def test_a_broken_rule_file_is_named(tmp_path, body, error):
    folder = copy_rules(tmp_path)
    (folder / "temporal_extra.yaml").write_text(body, encoding="utf-8")
    with pytest.raises(RuleFileError, match=error):
        load_ruleset(str(folder))


def test_required_words_can_be_found_in_lower_case_text():
    """``requires`` is compared with the lower-cased text, one word at a time."""
    for compiled in load_ruleset().rules:
        for word in compiled.rule.requires:
            assert word == word.lower() and " " not in word, (compiled.rule.id, word)


def test_a_rule_whose_words_are_absent_is_skipped():
    from generator.extract.temporal.scan import scan

    ruleset = load_ruleset()
    assert not any(c.rule.rule.id == "duration-long" for c in scan("A year ago.", ruleset))
    assert any(c.rule.rule.id == "duration-long" for c in scan("A YEAR-LONG probe.", ruleset))
