"""Labelled sentences for the check-worthiness scorer: loading and the fixed train/held-out split.

The corpus is JSON lines with ``id``, ``text`` and ``checkworthy`` (ClaimBuster's crowdsourced
part has this shape). The split is a pure function of each id, so every run, every machine and
the benchmark see the same held-out sentences without storing a split file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


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
        if not isinstance(record.get(field), kind):
            raise DataError(
                f"{path}:{number}: field {field!r} is missing or not {_kind_name(kind)} "
                f"(got {record.get(field)!r})"
            )
    return LabelledSentence(str(record["id"]), record["text"], record["checkworthy"])


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
