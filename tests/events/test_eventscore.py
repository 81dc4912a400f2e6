"""The blind-set scorer itself: gold loading, matching, duplicates and claim kinds, on
hand-built hits (no spaCy), so that a broken scorer cannot hide a broken extractor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from eventscore import (
    Article,
    GoldClaim,
    GoldEvent,
    load_article,
    load_articles,
    score_claims,
    score_events,
)

from generator.extract.hits import Claim, DateRange, Event, Timex

TEXT = "Ada Quill met Pim Adler on Monday. Prices rose 9 percent."


def when(value: str) -> Timex:
    day = dt.date.fromisoformat(value)
    return Timex(0, 6, "Monday", "DATE", value, range=DateRange(day, day, "day"))


def article(*events: GoldEvent, claims=()) -> Article:
    return Article("t", "test", dt.date(2024, 5, 10), TEXT, events, tuple(claims))


MEETING = GoldEvent("Ada Quill meets Pim Adler", ("meet",), ("2024-05-06",), "happened",
                    ("Ada Quill", "Pim Adler"), subject="Ada Quill")


def test_every_blind_article_loads_with_events_and_claims():
    articles = load_articles()
    assert len(articles) == 368
    assert len({a.genre for a in articles}) == 43
    per_round = [len(load_articles(rounds=[r])) for r in range(1, 63)]
    assert per_round == [8, 4, 4, 4, *[6] * 58]
    assert all(a.events and a.claims for a in articles)
    statuses = {e.status for a in articles for e in a.events}
    assert statuses == {"happened", "planned", "expected"}


def test_a_claim_line_must_name_words_of_the_text(tmp_path: Path):
    path = tmp_path / "bad.yaml"
    path.write_text("id: x\ngenre: g\npublished: '2024-05-10'\ntext: Hello there.\n"
                    "events: []\nclaims: |\n  statement | not in the text\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.yaml: claims line 1"):
        load_article(path)


def test_same_value_and_participants_match_and_status_is_scored():
    event = Event("Ada Quill meets Pim Adler", when("2024-05-06"), "planned", ("Ada Quill",))
    tally = score_events(article(MEETING), [event], [{"ada", "quill", "meet", "pim", "adler"}])
    assert (tally.matched, tally.status_ok, tally.what_ok) == (1, 0, 1)


def test_other_value_does_not_match():
    event = Event("Ada Quill meets Pim Adler", when("2024-05-07"), "happened", ("Ada Quill",))
    tally = score_events(article(MEETING), [event], [{"meet"}])
    assert (tally.matched, tally.system_events, tally.gold_events) == (0, 1, 1)


def test_second_system_event_for_one_gold_event_is_a_duplicate():
    first = Event("Ada Quill meets Pim Adler", when("2024-05-06"), "happened", ("Ada Quill",))
    second = Event("Pim Adler talks", when("2024-05-06"), "happened", ("Pim Adler",))
    tally = score_events(article(MEETING), [first, second], [{"meet"}, {"talk"}])
    assert (tally.matched, tally.split) == (1, 1)
    assert tally.figures()["event_precision"] == 0.5


def test_what_needs_the_subject_and_the_verb():
    event = Event("Pim Adler greets Ada", when("2024-05-06"), "happened", ("Pim Adler",))
    tally = score_events(article(MEETING), [event], [{"pim", "adler", "greet", "ada"}])
    assert (tally.matched, tally.subject_ok, tally.verb_ok, tally.what_ok) == (1, 0, 0, 0)


def test_claim_kind_is_read_from_the_shortest_covering_claim():
    start = TEXT.index("Prices")
    whole = Claim(0, len(TEXT), TEXT, "statement", None, 0, len(TEXT), 0.9)
    own = Claim(start, len(TEXT), TEXT[start:], "statistic", None, start, len(TEXT), 0.9)
    gold = [GoldClaim("statistic", "rose 9 percent"), GoldClaim("quote", "met Pim")]
    tally = score_claims(article(claims=gold), [whole, own])
    assert (tally.gold_claims, tally.claims_found, tally.kind_ok) == (2, 2, 1)
    assert (tally.system_claims, tally.unclaimed) == (2, 0)


def test_a_claim_covering_no_gold_line_is_counted_beyond_gold():
    start = TEXT.index("Prices")
    first = Claim(0, start - 1, TEXT[:start - 1], "statement", None, 0, start - 1, 0.9)
    second = Claim(start, len(TEXT), TEXT[start:], "statistic", None, start, len(TEXT), 0.9)
    tally = score_claims(article(claims=[GoldClaim("statistic", "rose 9 percent")]),
                         [first, second])
    assert tally.figures()["claims_beyond_gold"] == 0.5
