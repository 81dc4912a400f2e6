"""A claim the article says twice: each id stays with its sentence across reruns.

Claim ids come from the claim's text, so the second of two identical claims is ``<id>-2``
(``generator.ids.unique_ids``), numbered in article order. Numbering alone would move ids
when the article changes: with the first of the two gone, the second becomes ``<id>`` and
takes the first one's place, while the claim an editor reviewed as ``<id>-2`` is marked
missing. Before merging, the fresh claims of each such group are matched to the file's by
sentence (as the file has it, or as the machine last wrote it), and get their ids; the
others take the group's ids left over, in order.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from generator.store.fingerprint import decode, value_hash

__all__ = ["keep_ids_with_sentences"]

_NUMBERED = re.compile(r"^(?P<base>.+-[0-9a-f]{8})(?:-(?P<n>[0-9]+))?$")


def _base(claim_id: str) -> str:
    """``<slug>-<hash>`` of ``<slug>-<hash>-2``."""
    found = _NUMBERED.match(claim_id)
    return found.group("base") if found else claim_id


def keep_ids_with_sentences(fresh: Mapping[str, Any], items: object,
                            old_fps: Mapping[str, str] | None) -> Mapping[str, Any]:
    """``fresh`` (``build_claim_file``'s output) with the ids of its repeated claims matched
    to the claims already in the file (``items``, the file's ``claims`` list) by sentence;
    events point to the renamed claims. Unchanged when no id needs to move."""
    file_items = [i for i in items if isinstance(i, Mapping) and "id" in i] \
        if isinstance(items, list) else []
    groups: dict[str, list[int]] = {}
    for at, claim in enumerate(fresh["claims"]):
        groups.setdefault(_base(claim["id"]), []).append(at)
    renamed: dict[str, str] = {}
    for base, members in groups.items():
        known = [i for i in file_items if _base(str(i["id"])) == base]
        if len(members) + len(known) > 2:  # one claim on each side needs no matching
            renamed.update(_match([fresh["claims"][at] for at in members], known,
                                  old_fps or {}))
    if all(old == new for old, new in renamed.items()):
        return fresh
    claims = [{**c, "id": renamed.get(c["id"], c["id"])} for c in fresh["claims"]]
    events = [{**e, "claims": [renamed.get(c, c) for c in e.get("claims", [])]}
              for e in fresh["events"]]
    return {**fresh, "claims": claims, "events": events}


def _match(group: list[Mapping[str, Any]], known: list[Mapping[str, Any]],
           old_fps: Mapping[str, str]) -> dict[str, str]:
    """Fresh id -> the id it keeps, for the fresh claims of one group."""
    taken: set[str] = set()
    chosen: dict[int, str] = {}
    for at, claim in enumerate(group):
        for item in known:
            item_id = str(item["id"])
            if item_id not in taken and _same_sentence(claim, item, old_fps.get(item_id)):
                chosen[at] = item_id
                taken.add(item_id)
                break
    # Ids no sentence claimed, the fresh numbering's first: as many as unmatched claims.
    spare = [i for i in dict.fromkeys([c["id"] for c in group] + [str(i["id"]) for i in known])
             if i not in taken]
    for at in range(len(group)):
        if at not in chosen:
            chosen[at] = spare.pop(0)
    return {claim["id"]: chosen[at] for at, claim in enumerate(group)}


def _same_sentence(claim: Mapping[str, Any], item: Mapping[str, Any], fp: str | None) -> bool:
    sentence = claim.get("sentence")
    if item.get("sentence") == sentence:
        return True
    return fp is not None and decode(fp).get("sentence") == value_hash(sentence)
