"""The check-worthiness benchmark runs end to end on a tiny corpus of our own sentences.

Benchmarks are not timed here; this only keeps the script from rotting (its options, the
baseline fit, ``--test`` with its leak guard) while the real figures come from ClaimBuster.
"""

import importlib.util
import json
from pathlib import Path

import pytest

from generator.training.data import bucket

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_checkworthy.py"

FACTUAL = [
    "Unemployment in Corvale fell to {n} percent last year.",
    "The county built {n} new schools since 2010.",
    "Senator Ilsa Brandt voted against the budget {n} times.",
    "Exports to Marrowby rose by {n} million dollars in the third quarter.",
]
OTHER = [
    "Thank you all for being here tonight, number {n}.",
    "I think we need a leader who listens, friend {n}.",
    "What would you do about that, guest {n}?",
    "Good evening and welcome, caller {n}.",
]


def _corpus(count: int) -> list[dict]:
    rows = []
    for n in range(count):
        for kind, templates in ((True, FACTUAL), (False, OTHER)):
            text = templates[n % len(templates)].format(n=n + 2)
            rows.append({"id": f"t-{kind}-{n}", "text": text, "checkworthy": kind})
    return rows


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def benchmark():
    spec = importlib.util.spec_from_file_location("bench_checkworthy", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_test_file_replaces_held_out_and_drops_training_ids(benchmark, tmp_path, capsys):
    corpus = _corpus(60)
    training_row = next(row for row in corpus if bucket(row["id"]) >= 20)
    outside = [{"id": "x-1", "text": "Prices at Lowmere rose 9 percent in May.",
                "checkworthy": True},
               {"id": "x-2", "text": "Thanks, and good night.", "checkworthy": False}]
    data = _write(tmp_path / "corpus.jsonl", corpus)
    test = _write(tmp_path / "test.jsonl", [training_row, *outside])

    assert benchmark.main(["--data", str(data), "--test", str(test)]) == 0

    printed = capsys.readouterr().out
    assert "dropped 1 test sentences whose ids are training ids" in printed
    assert ", test 2 (1 check-worthy)" in printed
    assert "spaCy textcat (ours)" in printed and "TF-IDF + LogReg baseline" in printed


def test_held_out_ids_by_default(benchmark, tmp_path, capsys):
    data = _write(tmp_path / "corpus.jsonl", _corpus(60))

    assert benchmark.main(["--data", str(data)]) == 0

    printed = capsys.readouterr().out
    held_out = sum(bucket(row["id"]) < 20 for row in _corpus(60))
    assert f"held out {held_out} (" in printed
    assert "dropped" not in printed


def test_label_only_file_takes_texts_from_the_corpus(benchmark, tmp_path, capsys):
    corpus = _corpus(60)
    held_out = [row for row in corpus if bucket(row["id"]) < 20][:3]
    labels = [{"id": held_out[0]["id"], "checkworthy": True},
              {"id": held_out[1]["id"], "checkworthy": None},
              {"id": held_out[2]["id"], "checkworthy": False}]
    data = _write(tmp_path / "corpus.jsonl", corpus)
    test = _write(tmp_path / "labels.jsonl", labels)

    assert benchmark.main(["--data", str(data), "--test", str(test)]) == 0

    printed = capsys.readouterr().out
    assert "skipped 1 test sentences without an agreed label" in printed
    assert ", test 2 (1 check-worthy)" in printed


def test_label_of_an_unknown_id_without_text_names_file_and_line(benchmark, tmp_path):
    data = _write(tmp_path / "corpus.jsonl", _corpus(60))
    test = _write(tmp_path / "labels.jsonl", [{"id": "nowhere-1", "checkworthy": True}])

    with pytest.raises(ValueError, match=r"labels\.jsonl:1: field 'text' is missing"):
        benchmark.main(["--data", str(data), "--test", str(test)])


def test_each_annotation_set_is_scored_at_the_cut_of_the_other(benchmark, capsys):
    gold = [True, False, True, False]
    sets = ["A", "A", "B", "B"]
    ours = [0.35, 0.25, 0.75, 0.65]  # A's sentences score low, B's high
    benchmark.print_halves(gold, sets, {"ours": ours, "baseline": [0.9, 0.1, 0.9, 0.1]})
    printed = capsys.readouterr().out.splitlines()
    assert [line for line in printed if line.startswith("set ")] == [
        "set A: 2 sentences (1 check-worthy)", "set B: 2 sentences (1 check-worthy)",
        "set all: 4 sentences (2 check-worthy)"]
    at_b_cut = next(line for line in printed if line.startswith("  ours at 0.66"))
    assert "F1=0.0000" in at_b_cut  # A judged at the cut B chose (0.66): nothing passes
    cross = next(line for line in printed if line.startswith("  ours cross-fitted"))
    assert "P=0.5000 R=0.5000" in cross  # A: nothing; B at the cut A chose (0.35): both
    assert sum("baseline" in line and "F1=1.0000" in line for line in printed) == 6


def test_a_file_without_sets_prints_no_halves(benchmark, capsys):
    benchmark.print_halves([True, False], ["", ""], {"ours": [0.9, 0.1]})
    assert capsys.readouterr().out == ""
