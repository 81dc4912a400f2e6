"""Property test: random sequences of editor edits and reruns never lose an edit.

Hypothesis drives an editor (verdicts, text, speaker, a hand-set date, comments, reordered
keys, hidden and deleted claims, a corrected publication date) and the machine (reruns that
find other claims, score them differently, name speakers differently). After every rerun the
file must hold every edit and comment, every claim ever written (unless the editor deleted
it), fresh values in every untouched machine field, valid content, and a second rerun must
change nothing.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_factories import article, pool_extraction

from generator.store import build_claim_file, check_claim_dir, read_published, write_claim_file
from generator.store.fingerprint import canonical
from generator.store.merge import CLAIM_KEYS
from generator.store.yamlio import _yaml, dump_document

DATES = [dt.date(2024, 5, 17), dt.date(2024, 6, 4), dt.date(2025, 1, 9)]


@dataclass
class Expected:
    """What the editor did, which every later state of the file must show."""

    fields: dict[tuple[str, str], object] = field(default_factory=dict)
    date_values: dict[str, str] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)
    """Claim id -> the editor's comment after its ``kind`` (a new one replaces the old)."""
    deleted: set[str] = field(default_factory=set)
    written: set[str] = field(default_factory=set)
    published: dt.date | None = None
    event_what: dict[str, str] = field(default_factory=dict)
    events_deleted: set[str] = field(default_factory=set)
    events_written: set[str] = field(default_factory=set)


reruns = st.tuples(
    st.just("rerun"),
    st.sets(st.integers(0, 7), min_size=1, max_size=5),
    st.sampled_from([0.6, 0.7, 0.9]),
    st.sampled_from(["Ines Marr", "I. Marr"]),
)
edits = st.tuples(
    st.sampled_from(["verdict", "text", "speaker", "date", "comment", "reorder", "hide",
                     "delete", "published", "event_what", "event_delete"]),
    st.integers(0, 50),
)


def _load(path: Path):
    return _yaml().load(path.read_text())


def _edit(path: Path, expected: Expected, kind: str, n: int) -> None:
    """Apply one editor edit through a YAML round trip, recording what must survive."""
    doc = _load(path)
    if kind == "published":
        expected.published = DATES[n % len(DATES)]
        doc["article"]["published"] = expected.published
        path.write_text(dump_document(doc))
        return
    if kind.startswith("event_"):
        _edit_event(doc, expected, kind, n)
        path.write_text(dump_document(doc))
        return
    live = [c for c in doc["claims"]]
    if not live:
        return
    claim = live[n % len(live)]
    cid = str(claim["id"])
    if kind == "verdict":
        claim["review"] = {"verdict": "false", "summary": f"Checked {n}",
                           "sources": [{"url": f"https://example.org/{n}"}]}
        expected.fields[(cid, "review")] = canonical(claim["review"])
    elif kind in ("text", "speaker"):
        claim[kind] = f"EDITED {kind} {n}"
        expected.fields[(cid, kind)] = claim[kind]
    elif kind == "hide":
        claim["hidden"] = True
        expected.fields[(cid, "hidden")] = True
    elif kind == "date" and claim.get("dates"):
        claim["dates"][0]["value"] = f"2030-01-{n % 28 + 1:02d}"
        expected.date_values[cid] = claim["dates"][0]["value"]
    elif kind == "comment":
        note = f"editor note {n}"
        claim.yaml_add_eol_comment(note, "kind")
        expected.comments[cid] = note
    elif kind == "reorder":
        claim.move_to_end("text")
    elif kind == "delete":
        doc["claims"].remove(claim)
        expected.deleted.add(cid)
    path.write_text(dump_document(doc))


def _edit_event(doc, expected: Expected, kind: str, n: int) -> None:
    """Rename or delete an event."""
    if not doc["events"]:
        return
    event = doc["events"][n % len(doc["events"])]
    eid = str(event["id"])
    if kind == "event_what":
        event["what"] = f"EDITED event {n}"
        expected.event_what[eid] = event["what"]
    else:
        doc["events"].remove(event)
        expected.events_deleted.add(eid)


def _rerun(path: Path, which, score, speaker) -> dict:
    """One ``factcheck extract``: published comes from the file, as in the pipeline."""
    published = read_published(path) if path.exists() else DATES[0]
    fresh = build_claim_file(article(id="ferry", published=published),
                             pool_extraction(sorted(which), score, published, speaker))
    before = _load(path) if path.exists() else None
    write_claim_file(path, fresh)
    _check(path, fresh, before)
    assert write_claim_file(path, fresh) == "", "a second identical rerun changed the file"
    return fresh


def _check(path: Path, fresh: dict, before) -> None:
    """Every invariant of a merged file."""
    text = path.read_text()
    doc = _load(path)
    claims = {str(c["id"]): c for c in doc["claims"]}
    expected: Expected = path.expected  # type: ignore[attr-defined]
    expected.written |= {c["id"] for c in fresh["claims"]} - expected.deleted
    assert set(claims) == expected.written - expected.deleted, "a claim lost or undeleted"
    for (cid, name), value in expected.fields.items():
        if cid not in expected.deleted:
            assert canonical(claims[cid].get(name)) == value, (cid, name)
    for cid, value in expected.date_values.items():
        if cid not in expected.deleted:
            assert claims[cid]["dates"][0]["value"] == value, cid
    for cid, note in expected.comments.items():
        if cid not in expected.deleted:
            assert f"# {note}" in text
    if expected.published is not None:
        assert canonical(doc["article"]["published"]) == expected.published.isoformat()
    fresh_ids = set()
    for item in fresh["claims"]:
        cid = item["id"]
        fresh_ids.add(cid)
        if cid in expected.deleted:
            continue
        for key in (k for k in CLAIM_KEYS if k != "missing" and (cid, k) not in expected.fields):
            assert canonical(claims[cid][key]) == canonical(item[key]), (cid, key)
        assert "missing" not in claims[cid]
        if cid not in expected.date_values:
            assert canonical(claims[cid]["dates"]) == canonical(item["dates"])
    for cid in set(claims) - fresh_ids:
        assert claims[cid]["missing"] is True
    _check_events(doc, fresh, expected)
    if before is not None:
        for cid, claim in claims.items():
            if cid in {str(c["id"]) for c in before["claims"]}:
                old = next(c for c in before["claims"] if str(c["id"]) == cid)
                common = [k for k in old if k in claim]
                assert [k for k in claim if k in common] == common, "key order changed"
    problems = check_claim_dir(path.parent)
    assert problems == [], "\n".join(map(str, problems))


def _check_events(doc, fresh: dict, expected: Expected) -> None:
    """Events: none lost, deleted ones stay deleted, renamed ones keep their name."""
    events = {str(e["id"]): e for e in doc["events"]}
    expected.events_written |= {e["id"] for e in fresh["events"]}
    assert set(events) == expected.events_written - expected.events_deleted
    for eid, what in expected.event_what.items():
        if eid not in expected.events_deleted:
            assert events[eid]["what"] == what
    for eid in set(events) - {e["id"] for e in fresh["events"]}:
        assert events[eid]["missing"] is True


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(reruns, edits), min_size=1, max_size=14))
def test_random_edits_and_reruns_never_lose_an_edit(steps):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ferry.yaml"
        path_obj = _Tracked(path)
        _rerun(path_obj, {0, 1, 2}, 0.7, "Ines Marr")
        last = ({0, 1, 2}, 0.7, "Ines Marr")
        for step in steps:
            if step[0] == "rerun":
                last = step[1:]
                _rerun(path_obj, *last)
            else:
                _edit(path_obj, path_obj.expected, *step)
        _rerun(path_obj, *last)  # edits made after the last rerun survive one too


class _Tracked(type(Path())):  # type: ignore[misc]
    """A path that carries the editor's expectations along (keeps helper signatures small)."""

    expected: Expected

    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.expected = Expected()
        return self
