"""The shared rule-file loader: safe YAML, and errors that name file, rule and field."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ConfigDict

from generator.rulefiles import RULES_DIR, RuleFileError, describe_loc, load_rule_file


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    pattern: str


class RuleFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rules: list[Rule]


def test_error_names_the_rule_by_index_and_id(tmp_path):
    path = tmp_path / "extra.yaml"
    path.write_text("rules:\n  - id: ok\n    pattern: a\n  - id: bad-one\n    patern: b\n",
                    encoding="utf-8")
    with pytest.raises(RuleFileError) as err:
        load_rule_file(path, RuleFile)
    message = str(err.value)
    assert message.startswith(f"{path}: ")
    assert "rules[1] (id 'bad-one') field pattern: Field required" in message
    assert "rules[1] (id 'bad-one') field patern: Extra inputs are not permitted" in message


def test_unsafe_yaml_is_refused(tmp_path):
    path = tmp_path / "evil.yaml"
    path.write_text("rules: !!python/object/apply:os.system ['true']\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match="not valid YAML"):
        load_rule_file(path, RuleFile)


def test_packaged_files_are_labelled_by_their_package_path():
    expected = r"^generator/rules/boilerplate\.yaml: rules\[0\] \(id "
    with pytest.raises(RuleFileError, match=expected):
        load_rule_file("boilerplate.yaml", RuleFile)
    assert (RULES_DIR / "boilerplate.yaml").exists()


def test_locations_without_ids_are_dotted_paths():
    assert describe_loc({"a": {"b": 1}}, ("a", "b")) == "field a.b"
    assert describe_loc({"items": [{"x": 1}]}, ("items", 0, "x")) == "field items[0].x"
