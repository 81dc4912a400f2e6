"""Careful relabels of training ids: loading, replacing the crowd's labels, and the shipped file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_checkworthy import tiny_corpus

from generator.extract.checkworthy import MODEL_DIR
from generator.training.checkworthy import train
from generator.training.data import (
    CLASSES,
    RELABELS,
    DataError,
    LabelledSentence,
    bucket,
    load_relabels,
    load_sentences,
    relabel,
    relabel_training,
    split_sentences,
)


def relabels_file(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_only_cfs_is_check_worthy(tmp_path):
    path = relabels_file(tmp_path / "r.jsonl", [{"id": "a", "label": "CFS", "sure": True},
                                                {"id": "b", "label": "UFS", "sure": False},
                                                {"id": 7, "label": "NFS"}])
    assert load_relabels(path) == {"a": True, "b": False, "7": False}


@pytest.mark.parametrize("row, field", [({"id": "a", "label": "cfs"}, "label"),
                                        ({"label": "CFS"}, "id"),
                                        ({"id": "x", "label": "NFS"}, "id")])
def test_a_bad_relabel_names_file_line_and_field(tmp_path, row, field):
    path = relabels_file(tmp_path / "r.jsonl", [{"id": "x", "label": "CFS"}, row])
    with pytest.raises(DataError, match=rf"r\.jsonl:2: field '{field}'"):
        load_relabels(path)


def test_relabel_replaces_the_crowd_label_and_counts_changes():
    rows = [LabelledSentence("a", "A.", False), LabelledSentence("b", "B.", True),
            LabelledSentence("c", "C.", False)]
    out, changed = relabel(rows, {"a": True, "b": True, "elsewhere": False})
    assert [row.checkworthy for row in out] == [True, True, False]
    assert [row.text for row in out] == ["A.", "B.", "C."]
    assert changed == 1


def test_labels_of_held_out_ids_are_refused(tmp_path):
    train_rows = [LabelledSentence("a", "A.", False)]
    held_out = [LabelledSentence("h", "H.", False)]
    path = relabels_file(tmp_path / "r.jsonl", [{"id": "a", "label": "CFS"},
                                                {"id": "h", "label": "CFS"}])
    with pytest.raises(DataError, match=r"r\.jsonl: 1 labels are of held-out ids \(first 'h'\)"):
        relabel_training(train_rows, held_out, path)
    rows, relabelled, changed = relabel_training(train_rows, [], path)
    assert (rows[0].checkworthy, relabelled, changed) == (True, 1, 1)


def test_training_records_the_relabels_it_used(tmp_path):
    data = tiny_corpus(tmp_path / "tiny.jsonl")
    train_rows, _ = split_sentences(load_sentences(data))
    chatter = [row.id for row in train_rows if not row.checkworthy][:3]
    path = relabels_file(tmp_path / "r.jsonl",
                         [{"id": i, "label": "CFS"} for i in chatter]
                         + [{"id": train_rows[0].id, "label": "CFS"}]
                         * (train_rows[0].id not in chatter))
    _nlp, result = train(data, None, epochs=1, relabels=path, log=lambda line: None)
    assert result.relabels_changed == 3
    assert result.relabelled == len(set(chatter) | {train_rows[0].id})
    _nlp, crowd_only = train(data, None, epochs=1, relabels=None, log=lambda line: None)
    assert (crowd_only.relabelled, crowd_only.relabels_changed) == (0, 0)


def test_shipped_relabels_are_of_training_ids_only_and_carry_no_text():
    """The split is a function of the id, so this holds without the corpus at hand."""
    lines = [json.loads(line) for line in RELABELS.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 6500 == len({line["id"] for line in lines})
    assert all(bucket(line["id"]) >= 20 for line in lines)  # never a held-out id
    assert all(set(line) == {"id", "label", "sure", "labeller"} for line in lines)
    assert {line["label"] for line in lines} == set(CLASSES)


def test_shipped_model_was_trained_with_the_relabels_and_the_dev_cut():
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))["factcheck"]
    assert meta["relabelled"] == 6500
    assert meta["threshold_policy"] == "dev"
    assert meta["threshold"] == meta["dev_threshold"]


@pytest.mark.parametrize("flags, expected", [([], "default"), (["--no-relabels"], None),
                                             (["--relabels", "mine.jsonl"], Path("mine.jsonl"))])
def test_train_command_passes_the_relabels_on(monkeypatch, flags, expected):
    import generator.training.checkworthy as training
    from generator.cli import main

    calls = []
    monkeypatch.setattr(training, "train", lambda data, **kwargs: calls.append(kwargs))
    assert main(["train-checkworthy", "--data", "c.jsonl", *flags]) == 0
    assert calls[0].get("relabels", "default") == expected
    assert calls[0]["threshold_policy"] == "dev"


def test_unused_relabels_are_of_training_ids_only_and_new():
    """Session 5's 3,000 more careful labels: kept for the record, not used by the shipped
    model; they must still never name a held-out id, nor repeat an id of the shipped file."""
    more = RELABELS.with_name("claimbuster_careful_training_labels_more.jsonl")
    lines = [json.loads(line) for line in more.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 3000 == len({line["id"] for line in lines})
    assert all(bucket(line["id"]) >= 20 for line in lines)
    assert not {line["id"] for line in lines} & set(load_relabels())
    assert all(set(line) == {"id", "label", "sure", "labeller"} for line in lines)
    assert load_relabels(more)  # the same format: --relabels reads it
