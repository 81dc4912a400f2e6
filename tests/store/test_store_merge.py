"""Reruns never lose an edit: comments, verdicts, changed text and key order survive."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from store_factories import PUBLISHED, article, extraction

from generator.store import (
    ClaimFileErrors,
    build_claim_file,
    check_claim_dir,
    load_claim_dir,
    write_claim_file,
)

TUNNEL_ID = "the-harbour-tunnel-will-open-next-week-cb356fa1"
COUNCIL_ID = "the-council-spent-40-million-crowns-on-0771469a"


def rerun(path: Path, **kwargs) -> str:
    """Extract again (optionally with another published date or claim subset) and merge."""
    header = article(**kwargs.pop("header", {}))
    return write_claim_file(path, build_claim_file(header, extraction(**kwargs)))


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    """Change the file the way an editor would, in a text editor."""
    text = path.read_text()
    assert text.count(old) >= count, old
    path.write_text(text.replace(old, new, count))


def test_new_file_has_header_schema_line_and_is_valid(claim_path):
    text = claim_path.read_text()
    assert text.startswith("# yaml-language-server: $schema=../docs/schema/claims.schema.json\n")
    assert "\nmachine:\n  version: 1\n" in text
    assert check_claim_dir(claim_path.parent) == []
    [loaded] = load_claim_dir(claim_path.parent)
    assert [c.id for c in loaded.claims][:2] == [TUNNEL_ID, COUNCIL_ID]
    assert loaded.events[0].claims == [TUNNEL_ID]


def test_rerun_without_changes_is_byte_identical_and_does_not_touch_the_file(claim_path):
    before, mtime = claim_path.read_bytes(), claim_path.stat().st_mtime_ns
    assert rerun(claim_path) == ""
    assert claim_path.read_bytes() == before
    assert claim_path.stat().st_mtime_ns == mtime


EDITS = [
    # (old, new): a comment, a verdict with sources, changed claim text, a changed speaker.
    ("claims:\n", "claims:  # checked by the desk on Monday\n"),
    ("    review:\n      verdict: unreviewed\n  - id: the-council",
     "    review:\n      verdict: mostly-false  # see the budget\n      sources:\n"
     "        - url: https://example.org/budget\n          title: Harbour budget 2024\n"
     "  - id: the-council"),
    ("    text: The council spent 40 million crowns on the tunnel\n",
     "    text: The council spent 40 million crowns on the harbour tunnel\n"),
    ("    speaker: Alina Brask\n    speaker_role: null\n    cue: said\n    sentence: '\"We",
     "    speaker: Mayor Alina Brask\n    speaker_role: null\n    cue: said\n    sentence: '\"We"),
]


def test_edited_file_survives_a_rerun_unchanged(claim_path):
    for old, new in EDITS:
        edit(claim_path, old, new)
    # Reorder keys of the last claim: the editor moves `review` above `text`.
    edit(claim_path, "    text: We will cut ferry fares by half in the spring\n",
         "    review:\n      verdict: unreviewed\n      summary: Ask the port authority.\n"
         "    text: We will cut ferry fares by half in the spring\n")
    edit(claim_path, "    review:\n      verdict: unreviewed\nevents:", "events:")
    edited = claim_path.read_text()
    assert check_claim_dir(claim_path.parent) == []
    assert rerun(claim_path) == ""
    assert claim_path.read_text() == edited


def test_edits_survive_while_untouched_machine_fields_refresh(claim_path):
    for old, new in EDITS:
        edit(claim_path, old, new)
    # The machine now scores differently: untouched scores change, edits stay.
    changed = extraction()
    changed.claims[:] = [dataclasses.replace(c, checkworthiness=0.55) for c in changed.claims]
    write_claim_file(claim_path, build_claim_file(article(), changed))
    text = claim_path.read_text()
    assert "checkworthiness: 0.8" not in text and text.count("checkworthiness: 0.55") == 3
    for _, new in EDITS:
        assert new in text
    assert "speaker: Mayor Alina Brask" in text


def test_vanished_claim_is_kept_as_missing_and_revived(claim_path):
    edit(claim_path, "verdict: unreviewed\n  - id: the-council",
         "verdict: unproven\n      sources:\n        - url: https://example.org/a\n"
         "  - id: the-council")
    rerun(claim_path, which=(1, 2))
    [loaded] = load_claim_dir(claim_path.parent)
    tunnel = next(c for c in loaded.claims if c.id == TUNNEL_ID)
    assert tunnel.missing and tunnel.review.verdict == "unproven"
    assert loaded.events[0].missing
    rerun(claim_path)
    [loaded] = load_claim_dir(claim_path.parent)
    assert not any(c.missing for c in loaded.claims)
    assert "    missing: true" not in claim_path.read_text()


def test_new_claim_is_inserted_in_article_order(claims_dir):
    path = claims_dir / "port-elder-tunnel.yaml"
    write_claim_file(path, build_claim_file(article(), extraction(which=(0, 2))))
    rerun(path)
    [loaded] = load_claim_dir(claims_dir)
    assert [c.id for c in loaded.claims][1] == COUNCIL_ID


def test_deleted_claim_stays_deleted(claim_path):
    text = claim_path.read_text()
    start = text.index(f"  - id: {COUNCIL_ID}")
    end = text.index("  - id: we-will-cut")
    claim_path.write_text(text[:start] + text[end:])
    rerun(claim_path)
    assert f"- id: {COUNCIL_ID}" not in claim_path.read_text()


def test_hand_set_date_value_stays_when_publication_date_changes(claim_path):
    edit(claim_path, "value: 2024-W21\n", "value: 2024-W22  # the mayor meant the week after\n")
    rerun(claim_path, published=dt.date(2024, 6, 3),
          header={"published": dt.date(2024, 6, 3)})
    [loaded] = load_claim_dir(claim_path.parent)
    tunnel = loaded.claims[0]
    assert tunnel.dates[1].value == "2024-W22"  # the editor's value
    assert tunnel.dates[1].anchor == PUBLISHED  # kept whole, with its old anchor
    assert tunnel.dates[0].anchor == dt.date(2024, 6, 3)  # the untouched mention refreshed
    assert "# the mayor meant the week after" in claim_path.read_text()


def test_editor_set_published_is_kept_when_the_seed_has_none(claims_dir):
    path = claims_dir / "port-elder-tunnel.yaml"
    write_claim_file(path, build_claim_file(article(published=None), extraction(published=None)))
    edit(path, "published: null", "published: 2024-05-17")
    rerun(path, published=None, header={"published": None})
    assert "  published: 2024-05-17\n" in path.read_text()


def test_dry_run_returns_the_diff_and_writes_nothing(claim_path):
    before = claim_path.read_text()
    header = article(title="Port Elder tunnel opens late")
    diff = write_claim_file(claim_path, build_claim_file(header, extraction()), dry_run=True)
    assert "-  title: Port Elder tunnel to open\n+  title: Port Elder tunnel opens late" in diff
    assert claim_path.read_text() == before


def test_broken_file_is_refused_and_left_alone(claim_path):
    edit(claim_path, "  title: Port", "  title: Port\n  title: again")
    before = claim_path.read_text()
    with pytest.raises(ClaimFileErrors) as caught:
        rerun(claim_path)
    assert caught.value.problems[0].line == 12
    assert claim_path.read_text() == before


def test_hand_written_file_without_machine_block_keeps_every_value(claim_path):
    text = claim_path.read_text()
    claim_path.write_text(text[: text.index("machine:\n")])
    changed = extraction()
    changed.claims[:] = [dataclasses.replace(c, checkworthiness=0.1) for c in changed.claims]
    write_claim_file(claim_path, build_claim_file(article(), changed))
    assert "checkworthiness: 0.1" not in claim_path.read_text()
    assert write_claim_file(claim_path, build_claim_file(article(), changed)) == ""


def test_impossible_date_is_reported_with_its_line_and_the_file_left_alone(claim_path):
    edit(claim_path, "end: 2024-05-26", "end: 2024-05-32")
    before = claim_path.read_text()
    with pytest.raises(ClaimFileErrors) as caught:
        rerun(claim_path)
    [problem] = caught.value.problems
    assert problem.field == "claims[0].dates[1].end"
    assert problem.line == before[: before.index("2024-05-32")].count("\n") + 1
    assert claim_path.read_text() == before


def test_claims_emptied_by_the_editor_stay_deleted(claim_path):
    text = claim_path.read_text()
    claim_path.write_text(text[: text.index("claims:\n")] + "claims:\n"
                          + text[text.index("events:\n"):])
    rerun(claim_path)
    assert f"- id: {TUNNEL_ID}" not in claim_path.read_text()
    [loaded] = load_claim_dir(claim_path.parent)  # valid: the event drops the reference
    assert loaded.claims == [] and loaded.events[0].claims == []


def test_a_duplicated_review_block_is_named_as_check_names_it(claim_path):
    """QA pass 6: an editor who fixed 'revew:' to 'review:' above the claim's own review got
    from extract "found duplicate key "review" with value "{'verdict': 'unreviewed'}"
    (original value: "{..., 'reviewed': datetime.date(2026, 3, 17)}")": Python's repr, no
    field path. Extract now says what check says."""
    edit(claim_path, "    review:\n", "    review:\n      verdict: 'false'\n"
         "      reviewed: 2026-03-17\n    review:\n")
    before = claim_path.read_text()
    with pytest.raises(ClaimFileErrors) as caught:
        rerun(claim_path)
    [problem] = caught.value.problems
    assert problem.field == "claims[0].review"
    assert "duplicate key 'review' (first at line" in problem.message
    assert problem.message.startswith("cannot merge into this file: ")
    assert "datetime" not in str(problem)
    assert claim_path.read_text() == before
