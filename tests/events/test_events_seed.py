"""The seed article's nine dated events (hand annotation in the shared gold, cited here as
facts): each found once, with its date value, its status and a description of who does
what."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

SEED = Path(__file__).parents[2] / "seeds" / "000_5ec67cc4433767fa.txt"
PUBLISHED = dt.date(2023, 3, 17)  # the story's real publication date (not in the text)

#: (TIMEX3 value, status, words the description must hold)
GOLD = [
    ("2023-W12", "planned", ("Xi Jinping", "meets", "Vladimir Putin", "Moscow")),
    ("2023-03-17", "happened", ("White House",)),
    ("2023-SP", "planned", ("offensive",)),
    ("2023-02", "happened", ("Foreign Ministry", "releases", "position paper")),
    ("2023-03-17", "happened", ("Foreign Ministry", "journey for peace")),
    ("2023-03", "happened", ("Xi Jinping", "wins a third term as president")),
    ("2022-02", "happened", ("Russia", "launches", "invasion")),
    ("2023-W12", "expected", ("Xi Jinping", "talks", "Volodymyr Zelensky")),
    ("2023-03-16", "happened", ("Dmytro Kuleba", "phone call")),
]


@pytest.fixture(scope="module")
def events(nlp):
    from generator.extract import extract_doc

    return extract_doc(nlp(SEED.read_text(encoding="utf-8")), PUBLISHED).events


def test_the_seed_has_its_nine_events_and_no_more(events):
    assert len(events) == len(GOLD), [(e.when.value, e.what) for e in events]


@pytest.mark.parametrize(("value", "status", "words"), GOLD, ids=[g[2][0] for g in GOLD])
def test_seed_event(events, value, status, words):
    found = [e for e in events if e.when.value == value and all(w in e.what for w in words)]
    assert len(found) == 1, [(e.when.value, e.status, e.what) for e in events]
    assert found[0].status == status
