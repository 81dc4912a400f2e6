"""The site shows machine dates against an edited publication date; hand-set dates stay."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from store_factories import PUBLISHED

from generator.extract.hits import DateRange
from generator.store import load_claim_dir
from generator.store import reresolve as module

NEW_DATE = dt.date(2024, 6, 4)


def set_published(path: Path, value: str) -> None:
    text = path.read_text()
    path.write_text(text.replace("  published: 2024-05-17\n", f"  published: {value}\n", 1))


class FakeResult:
    def __init__(self, value: str, span: DateRange | None) -> None:
        self.value, self.mod, self.range = value, None, span


class Calls(list):
    """The fake resolver's calls as (text, tense, published, mentions), and the anchor (the
    old publication date) each one was handed, in the same order."""

    def __init__(self) -> None:
        super().__init__()
        self.anchors: list[dt.date | None] = []


@pytest.fixture
def calls(monkeypatch) -> Calls:
    """Replace the temporal resolver with one that records its calls."""
    seen = Calls()

    def fake(text, type_, value, tense, published, mentions=(), anchor=None):
        seen.append((text, tense, published, mentions))
        seen.anchors.append(anchor)
        day = published + dt.timedelta(days=1)
        return FakeResult(day.isoformat(), DateRange(day, day, "day"))

    monkeypatch.setattr(module, "_resolver", lambda: fake)
    return seen


def test_nothing_is_re_resolved_while_published_matches_the_anchors(claim_path, calls):
    [loaded] = load_claim_dir(claim_path.parent)
    assert calls == []
    assert loaded.claims[0].dates[1].anchor == PUBLISHED


def test_machine_dates_follow_an_edited_publication_date(claim_path, calls):
    set_published(claim_path, NEW_DATE.isoformat())
    [loaded] = load_claim_dir(claim_path.parent)
    mention = loaded.claims[0].dates[1]
    assert (mention.value, mention.start, mention.anchor) == (
        "2024-06-05", dt.date(2024, 6, 5), NEW_DATE)
    assert ("next week", "future", NEW_DATE, ("2024-06-05",)) in calls
    assert loaded.events[0].when.anchor == NEW_DATE
    assert len(calls) == 4  # three claim dates and the event's
    # the resolver learns what each value was resolved against, so that a year taken from a
    # later expression ("October of next year") keeps its distance from the publication date
    assert calls.anchors == [PUBLISHED] * 4


def test_hand_set_value_is_not_re_resolved(claim_path, calls):
    text = claim_path.read_text().replace("value: 2024-W21", "value: 2024-W22", 1)
    claim_path.write_text(text)
    set_published(claim_path, NEW_DATE.isoformat())
    [loaded] = load_claim_dir(claim_path.parent)
    assert loaded.claims[0].dates[1].value == "2024-W22"
    assert loaded.claims[0].dates[1].anchor == PUBLISHED
    assert "next week" in [c[0] for c in calls]  # the event's own copy is machine-owned


def test_dates_are_shown_as_stored_without_the_resolver(claim_path, monkeypatch):
    monkeypatch.setattr(module, "_resolver", lambda: None)
    set_published(claim_path, NEW_DATE.isoformat())
    [loaded] = load_claim_dir(claim_path.parent)
    assert loaded.claims[0].dates[1].value == "2024-W21"


def test_real_resolver_moves_next_week(claim_path):
    pytest.importorskip("generator.extract.temporal.resolve")
    if module._resolver() is None:
        pytest.skip("temporal resolver not importable")
    set_published(claim_path, NEW_DATE.isoformat())
    [loaded] = load_claim_dir(claim_path.parent)
    mention = loaded.claims[0].dates[1]
    assert (mention.value, mention.start, mention.end) == (
        "2024-W24", dt.date(2024, 6, 10), dt.date(2024, 6, 16))


def test_a_date_corrected_by_hand_shows_the_range_of_its_new_value(claim_path):
    # QA pass 7: an editor corrects an event's date the way docs/schema.md says ('value' is
    # machine, editable): 2024-W21 -> 2024-05 (the month). The site kept the old week's
    # start, end and granularity, so the timeline and the claim page showed the old date.
    text = claim_path.read_text()
    claim_path.write_text(text.replace("value: 2024-W21", "value: 2024-06", 1))
    [loaded] = load_claim_dir(claim_path.parent)
    mention = loaded.claims[0].dates[1]
    assert (mention.value, mention.start, mention.end, mention.granularity) == (
        "2024-06", dt.date(2024, 6, 1), dt.date(2024, 6, 30), "month")
    machine = loaded.events[0].when  # untouched: as extract wrote it
    assert (machine.value, machine.start) == ("2024-W21", dt.date(2024, 5, 20))
