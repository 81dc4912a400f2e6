"""Every cue of generator/rules/temporal_context.yaml: its examples run through the tagger, and
the file loads, compiles and fails with errors that name the file, the cue and the field.

The cues are the words the context steps read around an expression (``kinds.py``,
``dailyclock.py`` ...); each example is a sentence, the expression the tagger must find in it
and the value it must get, and each ``not:`` entry an expression it must not find there (or a
value it must not give it).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import generator.extract.temporal  # noqa: F401  (imports every context step, which reads its cues)
from generator.extract.temporal.cues import CUE_FILE, load_cues
from generator.extract.temporal.ruleset import load_ruleset
from generator.rulefiles import RULES_DIR, RuleFileError

CUES = load_cues()
DEFAULT_PUBLISHED = load_ruleset().lexicon.settings["example_published"]
MODULES = Path(generator.extract.temporal.__file__).parent

EXAMPLES = [pytest.param(ex, id=f"{cue.id}:{ex.timex}:{ex.text[:30]}")
            for cue in CUES.entries.values() for ex in cue.examples]
COUNTER = [pytest.param(ex, id=f"{cue.id}:not:{ex.timex}:{ex.text[:30]}")
           for cue in CUES.entries.values() for ex in cue.not_]


def _published(example) -> dt.date | None:
    if example.published == "none":
        return None
    return example.published or DEFAULT_PUBLISHED


@pytest.mark.parametrize("example", EXAMPLES)
def test_example(tag, example):
    found = {t.text: t for t in tag(example.text, _published(example))}
    assert example.timex in found, f"{example.timex!r} not found in {list(found)}"
    timex = found[example.timex]
    assert timex.value == example.value
    assert timex.mod == example.mod
    if example.type:
        assert timex.type == example.type


@pytest.mark.parametrize("example", COUNTER)
def test_counterexample(tag, example):
    found = {t.text: t.value for t in tag(example.text, _published(example))}
    if example.value is None:
        assert example.timex not in found, f"{example.timex!r} found: {found}"
    else:
        assert found.get(example.timex) != example.value, found


def test_every_cue_is_read_by_the_module_it_names():
    for cue in CUES.entries.values():
        source = (MODULES / f"{cue.module}.py").read_text(encoding="utf-8")
        assert f'"{cue.id}"' in source, (cue.id, cue.module)


def test_no_cue_file_rule_is_a_scanner_rule():
    assert all(c.source != CUE_FILE for c in load_ruleset().rules)


def _write(tmp_path: Path, body: str) -> str:
    path = tmp_path / CUE_FILE
    path.write_text(body, encoding="utf-8")
    return str(path)


CUE = ("cues:\n  - id: a-cue\n    module: kinds\n    description: x\n"
       "    examples: [{text: On Friday., timex: Friday, value: '2023-03-17'}]\n")


#: A broken cue file, and the error that must name what is wrong in it.
BROKEN_FILES = [
    pytest.param(CUE + "    paterns: x\n",
                 r"temporal_context.yaml: cues\[0\] \(id 'a-cue'\) field paterns",
                 id="a_typo_names_file_cue_and_field"),
    pytest.param(CUE + "    pattern: 'in {months}'\n",
                 r"cue 'a-cue' field pattern: unknown placeholder \{months\}",
                 id="an_unknown_placeholder_is_named"),
    pytest.param(CUE + "    pattern: '(now'\n",
                 r"cue 'a-cue' field pattern",
                 id="a_bad_regex_is_named"),
    pytest.param("cues:\n  - id: a-cue\n    module: kinds\n    description: x\n    pattern: now\n",
                 r"a-cue.*examples",
                 id="a_cue_without_examples_fails"),
]


@pytest.mark.parametrize("body, error", BROKEN_FILES)
def test_a_broken_cue_file_is_named(tmp_path, body, error):
    with pytest.raises(RuleFileError, match=error):
        load_cues(_write(tmp_path, body))


def test_words_fill_a_pattern_in_the_order_written(tmp_path):
    cues = load_cues(_write(tmp_path, CUE + "    words: {w: [each, every day]}\n"
                                            "    pattern: '{w}$'\n"))
    assert cues.patterns["a-cue"].pattern == r"(?:each|every\ day)$"
    assert not cues.patterns["a-cue"].search("every  day")


def test_the_packaged_file_is_the_one_read():
    assert (RULES_DIR / CUE_FILE).is_file() and CUES.source == CUE_FILE
