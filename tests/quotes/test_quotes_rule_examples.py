"""Every ``examples:`` and ``not:`` entry of the quote rule files, run through the extractor
(HeidelTime's examples made executable)."""

from __future__ import annotations

import pytest

from generator.extract.quotes.lexicon import load_lexicon, read_rule_file
from generator.speakers import speaker_key


def _entries():
    """(id, text, expect) for examples and (id, text, None) for counterexamples."""
    verbs = read_rule_file("reporting_verbs.yaml")
    sources = [("reporting-verbs", verbs)]
    sources += [(p["id"], p) for p in read_rule_file("attribution.yaml")["patterns"]]
    sources += [("given-names", read_rule_file("speakers_given_names.yaml"))]
    for rule_id, data in sources:
        for i, example in enumerate(data.get("examples", [])):
            yield pytest.param(example["text"], example["expect"], id=f"{rule_id}-{i}")
        for i, text in enumerate(data.get("not", [])):
            yield pytest.param(text, None, id=f"{rule_id}-not-{i}")


def test_rule_files_validate():
    lexicon = load_lexicon()
    assert "say" in lexicon.reporting_lemmas
    assert "concern" in lexicon.phrase_cues["express"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expect"), list(_entries()))
def test_rule_example(quotes_of, text, expect):
    quotes = quotes_of(text)
    if expect is None or expect.get("kind") == "none":
        assert quotes == [], f"expected no quote in {text!r}, got {quotes}"
        return
    found = [q for q in quotes if q.kind == expect["kind"]]
    assert len(found) == 1, f"expected one {expect['kind']} quote in {text!r}, got {quotes}"
    quote = found[0]
    for field, wanted in expect.items():
        got = getattr(quote, field)
        if field == "content" and wanted.endswith("..."):
            assert got.startswith(wanted[:-3]), (field, got)
        else:
            assert got == wanted, f"{field}: {got!r} != {wanted!r} in {text!r}"


@pytest.mark.parametrize(
    ("name", "key"),
    [(e["name"], e["key"]) for e in read_rule_file("speakers.yaml")["examples"]],
)
def test_speaker_key_examples(name, key):
    assert speaker_key(name) == key
