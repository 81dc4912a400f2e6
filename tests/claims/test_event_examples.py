"""Every ``examples:`` entry of generator/rules/events.yaml, run through iter_events()."""

from __future__ import annotations

import pytest
from claim_hits import make_timex

from generator.extract.events import iter_events, load_event_rules

EXAMPLES = load_event_rules().examples


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.text[:40] for e in EXAMPLES])
def test_event_example(nlp, example):
    start, end = example.range
    timex = make_timex(example.text, example.date, example.value, start, end)
    events = iter_events(nlp(example.text), [timex], [], example.published)
    if example.expect is None:
        assert events == []
        return
    assert len(events) == 1
    assert (events[0].what, events[0].status) == (example.expect.what, example.expect.status)
    assert events[0].when == timex


def test_every_status_has_an_example():
    assert {e.expect.status for e in EXAMPLES if e.expect} == {"happened", "planned", "expected"}


def test_some_examples_make_no_event():
    assert any(e.expect is None for e in EXAMPLES)
