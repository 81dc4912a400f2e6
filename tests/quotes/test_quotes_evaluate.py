"""The evaluation script writes the JSON lines that ``score.py quotes`` reads."""

from __future__ import annotations

import json

import pytest

from generator.extract.quotes.evaluate import FIELDS, main

pytestmark = pytest.mark.model


def test_evaluate_writes_one_line_per_document_with_quote_fields(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    docs = [{"id": "a", "text": "“We are ready,” said Ada Quill."},
            {"id": "b", "text": "No quotes."}]
    gold.write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main([str(gold), str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["a", "b"]
    assert lines[1]["quotes"] == []
    (quote,) = lines[0]["quotes"]
    assert set(quote) == set(FIELDS)
    got = (quote["content"], quote["speaker"], quote["kind"])
    assert got == ("We are ready,", "Ada Quill", "direct")
    figures = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert figures["documents"] == 2 and figures["parse_s"] > 0
