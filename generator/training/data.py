"""Labelled sentences for the check-worthiness scorer: loading and the fixed train/held-out split.

The corpus is JSON lines with ``id``, ``text`` and ``checkworthy`` (ClaimBuster's crowdsourced
part has this shape). The split is a pure function of each id, so every run, every machine and
the benchmark see the same held-out sentences without storing a split file.

The crowd under-labels check-worthy sentences: careful annotators call a fifth of its negatives
check-worthy (``benchmarks/data/README.md``). ``load_relabels`` reads careful labels of training
ids (labels only, no text) and ``relabel`` puts them in place of the crowd's, so the scorer
learns the careful notion where one exists.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

#: Careful labels of 6,500 training ids of ClaimBuster's crowdsourced part (ids and labels only).
RELABELS = (Path(__file__).resolve().parents[2] / "benchmarks" / "data"
            / "claimbuster_careful_training_labels.jsonl")
#: ClaimBuster's classes: check-worthy factual, unimportant factual, non-factual sentence.
CLASSES = ("CFS", "UFS", "NFS")


class DataError(ValueError):
    """A line of the training corpus is not usable; the message names file, line and field."""


@dataclass(frozen=True, slots=True)
class LabelledSentence:
    """One training or evaluation sentence."""

    id: str
    text: str
    checkworthy: bool


def load_sentences(path: str | Path) -> list[LabelledSentence]:
    """Read a JSON-lines corpus of labelled sentences.

    Args:
        path: file with one JSON object per line holding ``id``, ``text`` and ``checkworthy``.

    Returns:
        The sentences in file order; blank lines are skipped.

    Raises:
        DataError: on invalid JSON or a missing / mistyped field, naming file and line.
    """
    return [_parse_record(record, path, number) for number, record in json_records(path)]


def json_records(path: str | Path) -> Iterator[tuple[int, dict]]:
    """``(line number, object)`` for each non-blank line of a JSON-lines file.

    Raises:
        DataError: on a line that is not a JSON object, naming file and line.
    """
    path = Path(path)
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise DataError(f"{path}:{number}: invalid JSON ({err.msg})") from None
            if not isinstance(record, dict):
                raise DataError(f"{path}:{number}: expected a JSON object")
            yield number, record


def _parse_record(record: dict, path: str | Path, number: int) -> LabelledSentence:
    for field, kind in (("id", (str, int)), ("text", str), ("checkworthy", bool)):
        _require(record, field, kind, path, number)
    return LabelledSentence(str(record["id"]), record["text"], record["checkworthy"])


def _require(record: dict, field: str, kind: type | tuple[type, ...], path: str | Path,
             number: int):
    """``record[field]`` when it is of ``kind``; else a DataError naming file, line and field."""
    value = record.get(field)
    if not isinstance(value, kind):
        raise DataError(f"{path}:{number}: field {field!r} is missing or not "
                        f"{_kind_name(kind)} (got {value!r})")
    return value


def _kind_name(kind: type | tuple[type, ...]) -> str:
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(k.__name__ for k in kinds)


def bucket(sentence_id: str, buckets: int = 100) -> int:
    """Stable bucket 0..buckets-1 of an id (sha1, so it does not change with PYTHONHASHSEED)."""
    digest = hashlib.sha1(sentence_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "big") % buckets


def split_sentences(
    rows: list[LabelledSentence], holdout: float = 0.2
) -> tuple[list[LabelledSentence], list[LabelledSentence]]:
    """Split into (train, held_out) by id hash: the same id always lands on the same side.

    Args:
        rows: all labelled sentences.
        holdout: share of ids (0..1, by 1% buckets) kept out of training.
    """
    cut = round(holdout * 100)
    train = [row for row in rows if bucket(row.id) >= cut]
    held_out = [row for row in rows if bucket(row.id) < cut]
    return train, held_out


def load_relabels(path: str | Path = RELABELS) -> dict[str, bool]:
    """Careful labels of a label-only file: sentence id -> check-worthy (class ``CFS``).

    Each line holds ``id`` and ``label`` (one of ``CLASSES``); other fields (``sure``,
    ``labeller``) are kept for the record and not read here.

    Raises:
        DataError: on a bad line or a repeated id, naming file, line and field.
    """
    labels: dict[str, bool] = {}
    for number, record in json_records(path):
        sentence_id, label = _require(record, "id", (str, int), path, number), record.get("label")
        if label not in CLASSES:
            raise DataError(f"{path}:{number}: field 'label' must be one of "
                            f"{', '.join(CLASSES)} (got {label!r})")
        if str(sentence_id) in labels:
            raise DataError(f"{path}:{number}: field 'id': {sentence_id!r} is labelled twice")
        labels[str(sentence_id)] = label == "CFS"
    return labels


def relabel(rows: list[LabelledSentence], labels: dict[str, bool]
            ) -> tuple[list[LabelledSentence], int]:
    """``rows`` with the careful label in place of the crowd's wherever ``labels`` has one,
    and how many labels that changed."""
    out = [LabelledSentence(row.id, row.text, labels[row.id]) if row.id in labels else row
           for row in rows]
    return out, sum(new.checkworthy != old.checkworthy for new, old in zip(out, rows))


def relabel_training(train_rows: list[LabelledSentence], held_out: list[LabelledSentence],
                     path: str | Path = RELABELS) -> tuple[list[LabelledSentence], int, int]:
    """The training rows with the careful labels of ``path`` in place of the crowd's.

    Returns:
        ``(rows, relabelled, changed)``: the rows, how many took a careful label and how many
        of those it changed.

    Raises:
        DataError: when the file labels held-out ids: training on them would flatter every
            held-out figure.
    """
    labels = load_relabels(path)
    if leaked := sorted(labels.keys() & {row.id for row in held_out}):
        raise DataError(f"{path}: {len(leaked)} labels are of held-out ids (first "
                        f"{leaked[0]!r}); relabel training ids only")
    rows, changed = relabel(train_rows, labels)
    return rows, sum(row.id in labels for row in rows), changed
