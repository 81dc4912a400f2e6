"""Every ``examples:`` entry of generator/rules/events.yaml, run through iter_events()."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.events import iter_events, load_event_rules

from claim_hits import make_timex

EXAMPLES = load_event_rules().examples


def as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_event_example(nlp, example):
    start, end = (as_date(d) for d in example["range"])
    timex = make_timex(example["text"], example["date"], str(example["value"]), start, end)
    events = iter_events(nlp(example["text"]), [timex], [], as_date(example["published"]))
    assert len(events) == 1
    assert events[0].what == example["expect"]["what"]
    assert events[0].status == example["expect"]["status"]
    assert events[0].when == timex
