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
        assert {"start", "end", "content", "kind", "speaker", "speaker_mention", "cue"} <= set(quote)
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
        list(read_requests(['{"id": 1, "text": "x"}', '{"id": 2, "text": "y", "published": "soon"}']))


def test_cli_streams_stdin_to_stdout():
    payload = json.dumps({"id": 7, "text": "It rained on 4 July 2020.", "published": None}) + "\n"
    result = subprocess.run(
        [sys.executable, "-m", "generator", "annotate"], input=payload, capture_output=True,
        text=True, check=True,
    )
    [out] = [json.loads(line) for line in result.stdout.splitlines()]
    assert out["id"] == 7
    assert out["timexes"][0]["value"] == "2020-07-04"
