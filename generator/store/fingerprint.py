"""Fingerprints: what the machine wrote last, in a few bytes per field.

The merge must tell an editor's change from a value the machine wrote and the editor left
alone. Each claim file therefore ends with a ``machine:`` block holding, for the article, the
text and every claim and event, a *fingerprint*: one short hash per machine-owned field of the
value the machine last produced. A field whose current value hashes the same is untouched (the
machine may refresh it); any other value is an edit and is kept.

A fingerprint is one line of ``key=hash`` pairs::

    text=1f0c9a2b kind=77e0d1c4 dates=5be1a0d2:0c4ea1f9,9a0b11e2:4d5e6f70

``dates`` (and other list-of-mappings fields) map a key per item (hash of the mention's text
and its occurrence number) to the hash of the whole item.

Hashes are computed on a canonical form of the value, so styling does not count as an edit:
``'2023-03-17'`` and ``2023-03-17``, reordered keys in a mapping, quoting style or comments all
hash the same.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping

__all__ = ["ABSENT", "canonical", "decode", "encode", "item_key", "value_hash"]

#: Hex digits per hash (32 bits): an edit is mistaken for the machine's value with odds of
#: about one in four billion.
DIGITS = 8


class _Absent:
    """Marks a key that is not in a mapping (different from a key set to null)."""

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT = _Absent()


def canonical(value: object) -> object:
    """Plain JSON-able form of a YAML value (ruamel or PyYAML types, dates, nested).

    Args:
        value: A scalar, mapping or sequence as loaded by ruamel.yaml or PyYAML, or built by
            ``build_claim_file``.

    Returns:
        Only dict/list/str/int/float/bool/None; dates become ISO strings.
    """
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, Mapping):
        return {str(k): canonical(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [canonical(v) for v in value]
    return repr(value)  # anything exotic still hashes deterministically


def value_hash(value: object) -> str:
    """Hash of a value's canonical form; ``ABSENT`` has its own hash."""
    if value is ABSENT:
        payload = "\x00absent"
    else:
        payload = json.dumps(canonical(value), sort_keys=True, ensure_ascii=False)
    return hashlib.blake2b(payload.encode("utf-8"), digest_size=16).hexdigest()[:DIGITS]


def item_key(text: object, occurrence: int) -> str:
    """Key of a list item (a date mention) by its text and how many came before with it."""
    return value_hash(["item", canonical(text), occurrence])


def encode(fields: Mapping[str, str | Mapping[str, str]]) -> str:
    """Serialise ``{field: hash}`` (or ``{field: {item key: hash}}``) to one line."""
    parts = []
    for name, digest in fields.items():
        if isinstance(digest, Mapping):
            digest = ",".join(f"{k}:{h}" for k, h in digest.items())
        parts.append(f"{name}={digest}")
    return " ".join(parts)


def decode(line: object) -> dict[str, str | dict[str, str]]:
    """Parse a fingerprint line; anything malformed yields ``{}`` (then every value counts as
    an editor's, which can only keep data, never lose it)."""
    if not isinstance(line, str):
        return {}
    fields: dict[str, str | dict[str, str]] = {}
    for part in line.split():
        name, sep, digest = part.partition("=")
        if not sep:
            return {}
        if ":" in digest or name == "dates" or digest == "":
            items = [item.partition(":") for item in digest.split(",") if item]
            fields[name] = {k: h for k, _, h in items}
        else:
            fields[name] = digest
    return fields
