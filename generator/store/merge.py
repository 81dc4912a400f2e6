"""Merge fresh machine data into a claim file an editor may have changed: never lose an edit.

How a rerun decides (a three-way merge: last machine output, the file, the fresh output):

- The file's ``machine:`` block holds a fingerprint per article, text, claim and event: a
  short hash of each machine-owned field as the machine last wrote it (see ``fingerprint``).
- A field whose value in the file still matches its hash is untouched and takes the fresh
  value; any other value is an editor's and stays, whatever the machine now finds. A key the
  editor deleted stays deleted; a key the editor added stays.
- Claims and events are matched by id. New ones are inserted after their predecessor in
  article order; ones no longer found get ``missing: true`` and keep everything else; ones an
  editor deleted stay deleted (their fingerprint is kept so a rerun knows).
- Date mentions inside a claim are matched by their text (and occurrence). A mention the
  editor changed in any way (a hand-set ``value`` included) is kept whole.
- Editor-owned fields (review, hidden, notes, corrections) are written once, for new claims.
- A set ``article.published`` is never replaced by null.
- Values are assigned only when they differ, in place, so comments, quoting and key order
  survive; a rerun on unchanged input writes the same bytes.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from generator.models import Article, Claim, ClaimFile, Event
from generator.store.fingerprint import ABSENT, canonical, decode, encode, item_key, value_hash
from generator.store.problems import read_claim_text
from generator.store.repeated import keep_ids_with_sentences
from generator.store.yamlio import (
    HEADER,
    atomic_write,
    dump_document,
    file_lock,
    load_document,
    to_yaml_node,
)

__all__ = ["merge_document", "write_claim_file"]

#: Machine-owned keys of a claim (``dates`` is merged per mention, ``id`` is the match key).
CLAIM_KEYS = ("text", "kind", "speaker", "speaker_role", "cue", "sentence", "span",
              "checkworthiness", "missing")
#: Machine-owned keys of an event.
EVENT_KEYS = ("what", "when", "status", "participants", "claims", "missing")
#: Key order of new content: the models' field order.
ROOT_ORDER = tuple(ClaimFile.model_fields)
ARTICLE_ORDER = tuple(Article.model_fields)
CLAIM_ORDER = tuple(Claim.model_fields)
EVENT_ORDER = tuple(Event.model_fields)
MACHINE_VERSION = 1

Fingerprint = dict[str, Any]


def write_claim_file(path: Path | str, fresh: Mapping[str, Any], dry_run: bool = False) -> str:
    """Create ``path`` from ``fresh`` or merge ``fresh`` into it, atomically and under a lock.

    Args:
        path: ``claims/<article-id>.yaml``.
        fresh: Output of ``build_claim_file``.
        dry_run: Compute and return the diff but leave the file alone.

    Returns:
        Unified diff from the old to the new file; empty when nothing changes (the file is
        then not rewritten at all).

    Raises:
        ClaimFileErrors: The existing file is not YAML or not a mapping; it is left alone.
    """
    path = Path(path)
    with file_lock(path):
        old = read_claim_text(path) if path.exists() else ""
        # A file an editor saved with Windows line endings is read as one with "\n" and
        # written back with "\r\n" throughout (ruamel would keep "\r" in comments only).
        crlf = "\r\n" in old
        text = old.replace("\r\n", "\n") if crlf else old
        doc = load_document(text, path) if text.strip() else CommentedMap()
        merge_document(doc, fresh)
        if not text.strip():
            doc.yaml_set_start_comment(HEADER)
        new = dump_document(doc)
        if crlf:
            new = new.replace("\n", "\r\n")
        if new == old:
            return ""
        if not dry_run:
            atomic_write(path, new)
    return "".join(
        difflib.unified_diff(
            old.splitlines(keepends=True), new.splitlines(keepends=True),
            fromfile=f"a/{path.as_posix().lstrip('/')}", tofile=f"b/{path.as_posix().lstrip('/')}",
        )
    )


def merge_document(doc: CommentedMap, fresh: Mapping[str, Any]) -> CommentedMap:
    """Merge fresh machine data into a loaded document in place (see module docstring).

    Args:
        doc: The file as loaded by ruamel.yaml (an empty map for a new file).
        fresh: Output of ``build_claim_file``.

    Returns:
        ``doc``, updated.
    """
    old = _old_machine(doc)
    article = _child_map(doc, "article")
    article_fp = (
        _merge_article(article, fresh["article"], decode(old.get("article")))
        if article is not None else old.get("article", "")
    )
    fresh = keep_ids_with_sentences(fresh, doc.get("claims"), old.get("claims"))
    claims_fp = _merge_items(doc, "claims", fresh["claims"], old.get("claims"))
    claim_ids = _ids_in(doc.get("claims"))
    events = _without_deleted_claims(fresh["events"], claim_ids)
    events_fp = _merge_items(doc, "events", events, old.get("events"), claim_ids)
    text_fp = _merge_fields(doc, {"text": fresh["text"]}, ("text",),
                            {"text": old["text"]} if "text" in old else {}, ROOT_ORDER)
    machine = {"version": MACHINE_VERSION, "article": article_fp, "text": text_fp["text"],
               "claims": claims_fp, "events": events_fp}
    _assign(doc, "machine", machine, ROOT_ORDER)
    return doc


def _ids_in(items: object) -> set[str]:
    """Ids of the mappings in a claims list as it now stands in the file."""
    if not isinstance(items, list):
        return set()
    return {str(i["id"]) for i in items if isinstance(i, Mapping) and "id" in i}


def _without_deleted_claims(
    events: list[Mapping[str, Any]], claim_ids: set[str]
) -> list[dict[str, Any]]:
    """Fresh events minus references to claims the editor deleted (else the file would
    point to claims that are not there)."""
    return [{**e, "claims": [c for c in e.get("claims", []) if c in claim_ids]} for e in events]


def _old_machine(doc: CommentedMap) -> dict[str, Any]:
    """The previous ``machine:`` block, or ``{}`` if absent, broken or of another version."""
    block = doc.get("machine")
    if not isinstance(block, Mapping) or block.get("version") != MACHINE_VERSION:
        return {}
    old = dict(block)
    for name in ("claims", "events"):
        old[name] = dict(old[name]) if isinstance(old.get(name), Mapping) else {}
    return old


def _child_map(doc: CommentedMap, key: str) -> CommentedMap | None:
    """``doc[key]`` as a mapping, created if absent; None if an editor made it something else."""
    if key not in doc:
        _assign(doc, key, {}, ROOT_ORDER)
    value = doc[key]
    return value if isinstance(value, CommentedMap) else None


def _merge_article(article: CommentedMap, fresh: Mapping[str, Any], old_fp: Fingerprint) -> str:
    """Merge the article header; a publication date, once set, is never replaced by null."""
    fresh = dict(fresh)
    current = article.get("published")
    if fresh.get("published") is None and current is not None:
        fresh["published"] = current
    keys = [*fresh, *(k for k in old_fp if k not in fresh)]
    return encode(_merge_fields(article, fresh, keys, old_fp, ARTICLE_ORDER))


def _merge_claim(item: CommentedMap, fresh: Mapping[str, Any], old_fp: Fingerprint) -> str:
    """Merge one claim (its machine keys and its dates); the review is the editor's."""
    fp = _merge_fields(item, fresh, CLAIM_KEYS, old_fp, CLAIM_ORDER)
    old_dates = old_fp.get("dates") if isinstance(old_fp.get("dates"), dict) else {}
    fp["dates"] = _merge_dates(item, fresh.get("dates", []), old_dates)
    return encode(fp)


def _merge_event(item: CommentedMap, fresh: Mapping[str, Any], old_fp: Fingerprint) -> str:
    """Merge one event's machine keys."""
    return encode(_merge_fields(item, fresh, EVENT_KEYS, old_fp, EVENT_ORDER))


def _fresh_fingerprint(fresh: Mapping[str, Any], keys: tuple[str, ...]) -> str:
    """Fingerprint of a claim or event that is written for the first time."""
    fp: Fingerprint = {k: value_hash(fresh.get(k, ABSENT)) for k in keys}
    if "dates" in fresh:
        fp["dates"] = {key: value_hash(d) for key, d in _keyed(fresh["dates"])}
    return encode(fp)


def _mark_missing(
    item: CommentedMap, old_fp: Fingerprint, order: tuple[str, ...], claim_ids: set[str] | None
) -> str:
    """Flag a claim or event the rerun no longer finds; all its other fields stay, except
    that a missing event forgets (if untouched) the claims an editor deleted."""
    fresh: dict[str, Any] = {"missing": True}
    if claim_ids is not None and isinstance(item.get("claims"), list):
        fresh["claims"] = [c for c in item["claims"] if c in claim_ids]
    fp = _merge_fields(item, fresh, tuple(fresh), old_fp, order)
    return encode({**old_fp, **fp})


def _merge_items(
    doc: CommentedMap, name: str, fresh_items: list[Mapping[str, Any]],
    old_fps: dict[str, str] | None, claim_ids: set[str] | None = None,
) -> dict[str, str]:
    """Merge the ``claims`` or ``events`` list by id and return the new fingerprints.

    ``claim_ids`` (for events) are the claims now in the file: a missing event's references
    to claims an editor deleted are dropped.
    """
    old_fps = old_fps or {}
    if doc.get(name) is None:  # absent, or left empty (`claims:`) by an editor
        _assign(doc, name, [], ROOT_ORDER)
    seq = doc[name]
    if not isinstance(seq, CommentedSeq):
        return dict(old_fps)  # an editor replaced the list: nothing to merge into
    by_id = _index_by_id(seq)
    keys, order, merge_one = _ITEM_SPECS[name]
    fps: dict[str, str] = {}
    insert_at = 0
    for fresh in fresh_items:
        item_id = fresh["id"]
        if item_id in by_id:
            fps[item_id] = merge_one(by_id[item_id], fresh, decode(old_fps.get(item_id)))
            insert_at = _position(seq, by_id[item_id]) + 1
        elif item_id in old_fps:
            fps[item_id] = old_fps[item_id]  # the editor deleted it: keep it deleted
        else:
            seq.insert(insert_at, to_yaml_node(fresh))
            insert_at += 1
            fps[item_id] = _fresh_fingerprint(fresh, keys)
    for item_id, item in by_id.items():
        if item_id not in fps and item_id in old_fps:
            fps[item_id] = _mark_missing(item, decode(old_fps[item_id]), order, claim_ids)
    fps.update((k, v) for k, v in old_fps.items() if k not in fps)
    return fps


#: Per list: machine keys, key order of new keys, merge function for a matched item.
_ITEM_SPECS: dict[str, tuple[tuple[str, ...], tuple[str, ...], Callable[..., str]]] = {
    "claims": (CLAIM_KEYS, CLAIM_ORDER, _merge_claim),
    "events": (EVENT_KEYS, EVENT_ORDER, _merge_event),
}


def _index_by_id(seq: CommentedSeq) -> dict[str, CommentedMap]:
    """First mapping per id (a duplicated id is the validator's business, not the merge's)."""
    by_id: dict[str, CommentedMap] = {}
    for item in seq:
        if isinstance(item, CommentedMap) and isinstance(item.get("id"), str):
            by_id.setdefault(str(item["id"]), item)
    return by_id


def _position(seq: CommentedSeq, item: object) -> int:
    """Index of ``item`` in ``seq`` by identity (equal copies must not be confused)."""
    return next(i for i, x in enumerate(seq) if x is item)


def _keyed(items: object) -> list[tuple[str | None, Any]]:
    """Pair each date mention with its key (text + occurrence); non-mappings get None."""
    seen: dict[str, int] = {}
    keyed = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, Mapping):
            keyed.append((None, item))
            continue
        text = str(canonical(item.get("text")))
        seen[text] = seen.get(text, 0) + 1
        keyed.append((item_key(text, seen[text]), item))
    return keyed


def _merge_dates(
    claim: CommentedMap, fresh_dates: list[Mapping[str, Any]], old_fp: dict[str, str]
) -> dict[str, str]:
    """Merge a claim's date mentions; returns the new per-mention fingerprints."""
    fresh_keyed = _keyed(fresh_dates)
    new_fp = {key: value_hash(d) for key, d in fresh_keyed}
    current = claim.get("dates", ABSENT)
    if current is not ABSENT and not isinstance(current, CommentedSeq):
        return new_fp  # an editor replaced the list with something else: keep it
    current_keyed = _keyed(current if current is not ABSENT else [])
    by_key = {key: item for key, item in current_keyed if key is not None}
    untouched = {k for k, item in by_key.items() if old_fp.get(k) == value_hash(item)}
    result = []
    for key, fresh in fresh_keyed:
        if key in by_key:
            if key in untouched:
                _update_map(by_key[key], fresh)
            result.append(by_key[key])
        elif key not in old_fp:  # new mention (one the editor deleted stays deleted)
            result.append(to_yaml_node(fresh))
    fresh_keys = {key for key, _ in fresh_keyed}
    # Mentions the rerun no longer finds: an edited one stays, an untouched one goes.
    result += [item for key, item in current_keyed
               if key not in fresh_keys and key not in untouched]
    if current is ABSENT or [id(x) for x in result] != [id(x) for x in current]:
        if current is ABSENT and not result:
            return new_fp
        seq = CommentedSeq(result)
        _assign(claim, "dates", seq, CLAIM_ORDER)
    return new_fp


def _merge_fields(
    target: CommentedMap, fresh: Mapping[str, Any], keys: tuple[str, ...] | list[str],
    old_fp: Fingerprint, order: tuple[str, ...],
) -> Fingerprint:
    """Refresh each untouched key of ``target``; return the hashes of the fresh values."""
    new_fp: Fingerprint = {}
    for key in keys:
        new = fresh.get(key, ABSENT)
        current = target[key] if key in target else ABSENT
        if key in old_fp:
            untouched = value_hash(current) == old_fp[key]
        else:  # never written by the machine: only an absent key is free to fill
            untouched = current is ABSENT
        if untouched:
            _assign(target, key, new, order)
        new_fp[key] = value_hash(new)
    return new_fp


def _assign(target: CommentedMap, key: str, new: object, order: tuple[str, ...]) -> None:
    """Set ``target[key]`` only if the value changes, updating mappings in place."""
    if new is ABSENT:
        if key in target:
            del target[key]
        return
    if key not in target:
        target.insert(_insert_position(target, key, order), key, _node(new, key))
        return
    current = target[key]
    if canonical(current) == canonical(new):
        return  # same value: keep its styling and comments untouched
    if isinstance(current, CommentedMap) and isinstance(new, Mapping):
        _update_map(current, new)
    else:
        target[key] = _node(new, key)


def _node(value: object, key: str) -> object:
    """``value`` as a ruamel node, unless it already is one."""
    return value if isinstance(value, (CommentedMap, CommentedSeq)) else to_yaml_node(value, key)


def _update_map(target: CommentedMap, fresh: Mapping[str, Any]) -> None:
    """Make ``target`` equal to ``fresh`` in place (keeps the order and comments of kept keys)."""
    for key in [k for k in target if k not in fresh]:
        del target[key]
    order = tuple(fresh)
    for key, value in fresh.items():
        _assign(target, key, value, order)


def _insert_position(target: CommentedMap, key: str, order: tuple[str, ...]) -> int:
    """Where a new key goes: after the nearest key that precedes it in ``order``."""
    if key not in order:
        return len(target)
    present = list(target)
    before = [k for k in order[: order.index(key)] if k in target]
    return present.index(before[-1]) + 1 if before else 0
