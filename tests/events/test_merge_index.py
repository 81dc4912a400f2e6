"""Long articles (mending session 22): merging compares a candidate only with the kept events
that share a day or a calendar month with its date (``merge_index.KeptEvents``), not with
every event kept before it, so a long article's events merge in about linear time; the first
match, and so the merged events, are the same."""

from __future__ import annotations

import datetime as dt

from generator.extract.events import merge
from generator.extract.events.merge import Candidate, merge_candidates, name_keys
from generator.extract.events.merge_index import KeptEvents
from generator.extract.hits import DateRange, Event, Timex


def when(start: dt.date, end: dt.date | None = None, granularity: str = "day",
         value: str | None = None) -> Timex:
    value = value or start.isoformat()
    return Timex(0, 1, "then", "DATE", value, range=DateRange(start, end or start, granularity))


def candidate(lemma: str, date: Timex, sentence: int, names: tuple[str, ...] = (),
              **flags) -> Candidate:
    event = Event(f"{' '.join(names)} {lemma}s", date, "happened", participants=names)
    return Candidate(lemma, event, keys=name_keys(names), sentence=sentence, **flags)


def counted_same_event(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = merge.same_event

    def counting(a, b, *args):
        calls.append(1)
        return real(a, b, *args)

    monkeypatch.setattr(merge, "same_event", counting)
    return calls


def test_a_long_articles_events_on_other_months_are_not_compared(monkeypatch):
    calls = counted_same_event(monkeypatch)
    months = [dt.date(2000 + i // 12, i % 12 + 1, 1) for i in range(240)]
    found = merge_candidates([candidate("open", when(day), i, ("Orsk Museum",))
                              for i, day in enumerate(months)])
    assert len(found) == 240
    assert len(calls) <= 240  # every one with every one before it: 28,680


def test_the_same_first_match_as_before():
    monday = dt.date(2026, 3, 2)
    may = when(dt.date(2026, 5, 1), dt.date(2026, 5, 31), "month", "2026-05")
    told = [
        candidate("meet", when(monday), 0, ("Ada Quill", "Pim Adler")),
        candidate("open", may, 1, ("Velby Bridge",)),
        candidate("vote", when(dt.date(2027, 1, 5)), 2, ("Orsk council",)),
        candidate("meet", when(monday), 3, ("Ada Quill", "Pim Adler")),  # the same meeting
        candidate("open", when(dt.date(2026, 5, 16)), 4, ("Velby Bridge",)),  # another verb day
        candidate("meet", when(monday), 5, (), headline=True),  # a headline: compared with all
    ]
    merged = merge_candidates(told)
    assert [(c.lemma, c.event.when.value) for c in merged] == [
        ("meet", "2026-03-02"), ("open", "2026-05"), ("vote", "2027-01-05"),
        ("open", "2026-05-16")]
    assert len(merged[0].event.mentions) == 0 and merged[0].told_values == {"2026-03-02"}


def test_kept_events_are_filed_by_day_and_month():
    kept = KeptEvents()
    day = candidate("open", when(dt.date(2026, 5, 16)), 0)
    year = candidate("open", when(dt.date(2026, 1, 1), dt.date(2026, 12, 31), "year", "2026"), 1)
    decade = candidate("open", when(dt.date(1990, 1, 1), dt.date(1999, 12, 31), "decade",
                                    "199"), 2)
    other = candidate("open", when(dt.date(2027, 2, 3)), 3)
    for one in (day, year, decade, other):
        kept.add(one)
    may = candidate("shut", when(dt.date(2026, 5, 20)), 4)
    assert list(kept.may_be_same(may)) == [day, year, decade]  # in the order kept
    assert list(kept.may_be_same(candidate("shut", when(dt.date(2026, 5, 20)), 4,
                                           continues=7))) == [day, year, decade, other]
