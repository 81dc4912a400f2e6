"""Fictional articles and extractions for the store tests (no corpus text)."""

from __future__ import annotations

import datetime as dt

from generator.extract.hits import Claim, DateRange, Event, Extraction, Timex

TEXT = (
    "PORT ELDER - Mayor Alina Brask said on Tuesday that the harbour tunnel will open next week.\n"
    "The council spent 40 million crowns on the tunnel, according to its annual report.\n"
    '"We will cut ferry fares by half in the spring," Ms. Brask told reporters.\n'
)
PUBLISHED = dt.date(2024, 5, 17)


def article(**overrides) -> dict:
    """The article header the pipeline would pass."""
    header = {
        "id": "port-elder-tunnel", "title": "Port Elder tunnel to open", "source": "seeds/pe.txt",
        "url": None, "author": "Jon Vale", "publisher": "Elder Post", "dateline": "PORT ELDER",
        "published": PUBLISHED,
    }
    header.update(overrides)
    return header


def _find(needle: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def timex(needle: str, value: str, start: dt.date | None, end: dt.date | None,
          granularity: str = "day", tense: str | None = "past", text: str = TEXT) -> Timex:
    s, e = _find(needle, text)
    span = DateRange(start, end, granularity) if start else None
    return Timex(s, e, needle, "DATE", value, None, span, "test", tense)


def claim(needle: str, kind: str = "statement", speaker: str | None = None,
          score: float = 0.8, timexes: tuple = (), text: str = TEXT) -> Claim:
    s, e = _find(needle, text)
    sent_start = text.rfind("\n", 0, s) + 1
    sent_end = text.index("\n", e)
    return Claim(s, e, needle, kind, speaker, sent_start, sent_end, score, None, "said", timexes)


def extraction(published: dt.date | None = PUBLISHED, which: tuple[int, ...] = (0, 1, 2),
               text: str = TEXT) -> Extraction:
    """An extraction with up to three claims and one event."""
    tuesday = timex("on Tuesday", "2024-05-14", dt.date(2024, 5, 14), dt.date(2024, 5, 14))
    next_week = timex("next week", "2024-W21", dt.date(2024, 5, 20), dt.date(2024, 5, 26),
                      "week", "future")
    spring = timex("in the spring", "2025-SP", dt.date(2025, 3, 1), dt.date(2025, 5, 31),
                   "season", "future")
    claims = [
        claim("the harbour tunnel will open next week", "reported", "Alina Brask",
              timexes=(tuesday, next_week)),
        claim("The council spent 40 million crowns on the tunnel", "statistic"),
        claim("We will cut ferry fares by half in the spring", "quote", "Alina Brask",
              timexes=(spring,)),
    ]
    chosen = [claims[i] for i in which]
    events = [Event("Harbour tunnel opens", next_week, "planned", ("Alina Brask",),
                    (claims[0].start,))] if 0 in which else []
    return Extraction(text=text, published=published, claims=chosen, events=events)


POOL_TEXT = "".join(
    f"Harbour pilot Ines Marr{i} said the ferry carried {i * 100 + 7} people on Friday.\n"
    for i in range(8)
)


def pool_extraction(which, score: float = 0.7, published: dt.date | None = PUBLISHED,
                    speaker: str = "Ines Marr") -> Extraction:
    """An extraction of the claims ``which`` (indices 0..7) of ``POOL_TEXT``.

    ``score``, ``speaker`` and ``published`` stand for what a new model or a corrected
    publication date would change in the machine's output.
    """
    claims = []
    for i in which:
        text = f"the ferry carried {i * 100 + 7} people on Friday"
        start = POOL_TEXT.index(text)
        when = start + text.index("on Friday")
        timexes = ()
        if published is not None:
            day = published - dt.timedelta(days=(published.weekday() - 4) % 7)
            span = DateRange(day, day, "day")
            timexes = (Timex(when, when + 9, "on Friday", "DATE", day.isoformat(), None, span,
                             "test", "past"),)
        line_start = POOL_TEXT.rfind("\n", 0, start) + 1
        line_end = POOL_TEXT.index("\n", start)
        claims.append(Claim(start, start + len(text), text, "reported", f"{speaker}{i}",
                            line_start, line_end, score, None, "said", timexes))
    events = [Event("Ferry sails full", c.timexes[0], "happened", (c.speaker,), (c.start,))
              for c in claims[:1] if c.timexes]  # the first claim's date is an event
    return Extraction(text=POOL_TEXT, published=published, claims=claims, events=events)
