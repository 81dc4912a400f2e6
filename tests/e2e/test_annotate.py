"""The `factcheck annotate` contract: fields, offsets and streaming many lines in one process."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from generator.annotate import annotate_stream, read_requests

TEXT = (
    "Mayor Tobias Renn said on Monday that the ferry fare will rise by 10 percent next month.\n\n"
    "“We have no choice,” Renn told reporters."
)


def run(lines: list[dict]) -> list[dict]:
    source = io.StringIO("".join(json.dumps(line) + "\n" for line in lines))
    sink = io.StringIO()
    annotate_stream(source, sink)
    return [json.loads(line) for line in sink.getvalue().splitlines()]


def test_output_follows_the_contract():
    [out] = run([{"id": "a1", "text": TEXT, "published": "2024-03-13"}])
    assert out["id"] == "a1"
    assert set(out) >= {"id", "timexes", "quotes", "sentences", "claims", "events"}
    for timex in out["timexes"]:
        assert {"start", "end", "text", "type", "value", "mod"} <= set(timex)
        assert TEXT[timex["start"]:timex["end"]] == timex["text"]
    for quote in out["quotes"]:
        fields = {"start", "end", "content", "kind", "speaker", "speaker_mention", "cue"}
        assert fields <= set(quote)
        assert TEXT[quote["start"]:quote["end"]] == quote["content"]
        assert quote["kind"] in {"direct", "indirect"}
    for sentence in out["sentences"]:
        assert 0.0 <= sentence["checkworthiness"] <= 1.0
    values = {t["text"]: t["value"] for t in out["timexes"]}
    assert values.get("Monday") == "2024-03-11"
    assert values.get("next month") == "2024-04"
    direct = [q for q in out["quotes"] if q["kind"] == "direct"]
    assert direct and direct[0]["speaker"] == "Tobias Renn"


def test_unknown_publication_date_leaves_relative_dates_unresolved():
    [out] = run([{"id": "a2", "text": TEXT, "published": None}])
    values = {t["text"]: t["value"] for t in out["timexes"]}
    assert "next month" in values
    assert not values["next month"][:4].isdigit()


def test_many_lines_keep_their_order_and_ids():
    lines = [{"id": f"doc-{i}", "text": f"The council met on May {i + 1}, 2021.", "published": None}
             for i in range(40)]
    out = run(lines)
    assert [o["id"] for o in out] == [line["id"] for line in lines]
    assert out[4]["timexes"][0]["value"] == "2021-05-05"


def test_bad_line_names_the_line_and_field():
    with pytest.raises(ValueError, match=r"<stdin>:2: published"):
        list(read_requests(['{"id": 1, "text": "x"}',
                            '{"id": 2, "text": "y", "published": "soon"}']))


def test_cli_streams_stdin_to_stdout():
    payload = json.dumps({"id": 7, "text": "It rained on 4 July 2020.", "published": None}) + "\n"
    result = subprocess.run(
        [sys.executable, "-m", "generator", "annotate"], input=payload, capture_output=True,
        text=True, check=True,
    )
    [out] = [json.loads(line) for line in result.stdout.splitlines()]
    assert out["id"] == 7
    assert out["timexes"][0]["value"] == "2020-07-04"


def test_a_bad_line_is_reported_and_the_rest_still_annotated():
    source = io.StringIO(
        json.dumps({"id": "ok-1", "text": "It snowed on 3 March 2021.", "published": None}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "bad-date", "text": "x", "published": "soon"}) + "\n"
        + json.dumps({"id": "ok-2", "text": "It rained on 4 July 2020.", "published": None}) + "\n"
    )
    sink, problems = io.StringIO(), []
    assert annotate_stream(source, sink, problems=problems) == 2
    assert [json.loads(line)["id"] for line in sink.getvalue().splitlines()] == ["ok-1", "ok-2"]
    assert problems[0].startswith("<stdin>:2: not valid JSON")
    assert problems[1].startswith("<stdin>:3: published: not a date")


def test_a_document_whose_extraction_fails_keeps_its_line(monkeypatch):
    import generator.extract

    real = generator.extract.extract_doc

    def flaky(doc, published):
        if "boom" in doc.text:
            raise RuntimeError("simulated extractor bug")
        return real(doc, published)

    monkeypatch.setattr(generator.extract, "extract_doc", flaky)
    lines = [{"id": "a", "text": "The vote was on 2 May 2019."},
             {"id": "b", "text": "boom goes the parser."},
             {"id": "c", "text": "The count ended on 3 May 2019."}]
    source = io.StringIO("".join(json.dumps(line) + "\n" for line in lines))
    sink, problems = io.StringIO(), []
    annotate_stream(source, sink, problems=problems)
    out = [json.loads(line) for line in sink.getvalue().splitlines()]
    assert [o["id"] for o in out] == ["a", "b", "c"]
    assert out[1]["error"] == "simulated extractor bug" and out[1]["timexes"] == []
    assert out[2]["timexes"][0]["value"] == "2019-05-03"
    assert problems == [
        "<stdin>:2: id 'b': extraction failed: RuntimeError: simulated extractor bug"]


def test_cli_exits_1_after_annotating_the_good_lines():
    payload = "[1, 2]\n" + json.dumps({"id": 9, "text": "It rained on 4 July 2020."}) + "\n"
    result = subprocess.run(
        [sys.executable, "-m", "generator", "annotate"], input=payload, capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == [9]
    assert "<stdin>:1: text: expected an object" in result.stderr


def test_a_byte_order_mark_before_the_first_line_is_no_error():
    """QA pass 6: JSON lines saved by a Windows editor (or PowerShell's '>') start with a BOM;
    line 1 was refused 'not valid JSON: Unexpected UTF-8 BOM'."""
    [(text, context)] = list(read_requests(['\ufeff{"id": "a", "text": "x"}']))
    assert (text, context["id"], context["line"]) == ("x", "a", 1)
