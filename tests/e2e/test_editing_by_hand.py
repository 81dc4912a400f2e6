"""The recipes of docs/editing.md, done on a real claim file and extracted again: each edit
survives the rerun, and the result passes ``factcheck check`` and loads for the site."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import yaml

SEED = """---
title: Northfield library to close on Sundays
published: 2026-03-02
---

The Northfield public library will close on Sundays from next month to save money.
The library's budget was cut by 15 percent in 2025. Visitor numbers have fallen by a third
since 2020. "We had no choice," said head librarian Ama Boateng.
"""

ADDED = """  - id: council-review-in-two-years
    text: The council plans to review the decision in two years.
    kind: prediction
    sentence: The council plans to review the decision in two years.
    speaker: Northfield council
    review:
      verdict: unreviewed
"""


WITHDRAWN = """  withdrawn:
    date: 2026-03-09
    note: The outlet retracted the story.
"""


def run(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=root,
                          capture_output=True, text=True)


def claims_of(data: dict) -> dict[str, dict]:
    return {c["text"]: c for c in data["claims"]}


def test_every_recipe_of_the_editing_page_survives_a_rerun(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "library.md").write_text(SEED, encoding="utf-8")
    assert run(tmp_path, "extract", "seeds", "-o", "claims").returncode == 0
    [path] = (tmp_path / "claims").glob("*.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    found = claims_of(data)
    budget = next(c for t, c in found.items() if t.startswith("The library's budget"))
    visitors = next(c for t, c in found.items() if t.startswith("Visitor numbers"))
    closing = next(c for t, c in found.items() if t.startswith("The Northfield public"))
    [event] = [e for e in data["events"] if e["when"]["value"] == "2020"]

    text = path.read_text(encoding="utf-8")
    # remove one claim (its entry deleted), hide another, correct a speaker
    start = text.index(f"  - id: {budget['id']}\n")
    text = text[:start] + text[text.index("  - id: ", start + 1):]
    at = text.index(f"  - id: {visitors['id']}\n")
    text = text[:at] + text[at:].replace("    speaker: null\n", "    hidden: true\n"
                                         "    speaker: null\n", 1)
    at = text.index(f"  - id: {closing['id']}\n")
    text = text[:at] + text[at:].replace("    speaker: null\n",
                                         "    speaker: Northfield Library\n", 1)
    # split the closing claim: its text shortened, the rest added as a claim of its own
    text = text.replace(f"    text: {closing['text']}\n",
                        "    text: The Northfield public library will close on Sundays.\n", 1)
    # add a claim the extractor missed; correct an event's date
    text = text.replace("events:\n", ADDED + "events:\n", 1)
    text = text.replace("claims:\n", WITHDRAWN + "claims:\n", 1)  # retracted by its outlet
    at = text.index(f"  - id: {event['id']}\n")
    text = text[:at] + text[at:].replace("      value: '2020'\n", "      value: 2020-03\n", 1)
    path.write_text(text, encoding="utf-8")
    # an event still lists the deleted claim: check passes (CI publishes the edit without an
    # extract run), noting that the site leaves the reference out and extract removes it
    checked = run(tmp_path, "check", "claims")
    assert checked.returncode == 0, checked.stderr
    assert f"note: claim '{budget['id']}' was deleted" in checked.stderr
    from generator.scale import DEFAULT_SCALE
    from generator.site import build_index, load_claim_files

    index = build_index(load_claim_files(tmp_path / "claims", DEFAULT_SCALE), DEFAULT_SCALE)
    assert budget["id"] not in index.claims
    # nor does claims.json list it under the event
    assert all(budget["id"] not in item.event.claims for item in index.timeline + index.undated)

    result = run(tmp_path, "extract", "seeds", "-o", "claims")
    assert result.returncode == 0, result.stderr
    after = path.read_text(encoding="utf-8")
    again = yaml.safe_load(after)
    assert budget["id"] not in {c["id"] for c in again["claims"]}  # nothing came back
    assert all(budget["id"] not in e["claims"] for e in again["events"])
    kept = (ADDED, WITHDRAWN, "    hidden: true\n", "    speaker: Northfield Library\n",
            "    text: The Northfield public library will close on Sundays.\n",
            "      value: 2020-03\n")
    assert all(edit in after for edit in kept)  # nothing was lost
    assert run(tmp_path, "check", "claims").returncode == 0

    index = build_index(load_claim_files(tmp_path / "claims", DEFAULT_SCALE), DEFAULT_SCALE)
    assert "council-review-in-two-years" in index.claims
    assert visitors["id"] not in index.claims and budget["id"] not in index.claims
    [when] = [e.when for e in index.articles[data["article"]["id"]].events
              if e.id == event["id"]]
    assert (when.start, when.end) == (dt.date(2020, 3, 1), dt.date(2020, 3, 31))


def test_extract_counts_the_claims_the_file_holds_after_a_deletion(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "library.md").write_text(SEED, encoding="utf-8")
    first = run(tmp_path, "extract", "seeds", "-o", "claims")
    [path] = (tmp_path / "claims").glob("*.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert f"({len(data['claims'])} claims, {len(data['events'])} events)" in first.stdout
    text = path.read_text(encoding="utf-8")
    last = data["claims"][-1]["id"]  # the editor deletes a claim; extract keeps it deleted
    start = text.index(f"  - id: {last}\n")
    path.write_text(text[:start] + text[text.index("events:\n", start):], encoding="utf-8")
    again = run(tmp_path, "extract", "seeds", "-o", "claims")
    assert again.returncode == 0, again.stderr
    held = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert len(held["claims"]) == len(data["claims"]) - 1
    assert f"({len(held['claims'])} claims, " in again.stdout
