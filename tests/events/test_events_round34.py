"""Round 34 of the blind event set, by category: what a single sentence's example in
``events.yaml`` cannot show (fictional people, places and firms)."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc

PUBLISHED = dt.date(2026, 6, 10)  # a Wednesday


def values_of(nlp, text: str) -> list[str]:
    """The date value of every event ``extract_doc`` finds in ``text``."""
    return [e.when.value for e in extract_doc(nlp(text), PUBLISHED).events]


def test_the_replay_held_on_a_day_retells_the_tie_played_again_that_week(nlp):
    text = ("Orsk Rovers will play Tarn City again next week after a 2-2 draw on Tuesday. "
            "The replay will be held at Lowmere Park on Wednesday.")
    values = values_of(nlp, text)
    assert "2026-06-17" not in values and "2026-W25" in values, values


def test_a_replay_held_after_that_week_stays_its_own(nlp):
    text = ("Orsk Rovers will play Tarn City again next week after a 2-2 draw on Tuesday. "
            "The replay will be held at Lowmere Park on June 30.")
    assert "2026-06-30" in values_of(nlp, text)


def test_a_headline_giving_the_finer_date_a_body_event_folded_in_is_that_event(nlp):
    text = ("Orsk backs tram extension, digging to start July 6\n\n"
            "Work on the Orsk tram extension will start next month, the council said. Crews "
            "are due to begin digging at the station on July 6.")
    events = extract_doc(nlp(text), PUBLISHED).events
    assert [e.when.value for e in events] == ["2026-07"], [(e.when.value, e.what) for e in events]
    assert events[0].status == "planned"


def test_a_headline_with_a_date_the_body_never_gives_stays_its_own(nlp):
    text = ("Orsk backs tram extension, digging to start July 20\n\n"
            "Work on the Orsk tram extension will start next month, the council said. Crews "
            "are due to begin digging at the station on July 6.")
    assert "2026-07-20" in values_of(nlp, text)


def test_the_same_day_the_dates_stage_resolves_dates_the_conjunct_itself(nlp):
    text = ("Orsk Foods on Monday called off a party it had planned in Tarn for August 20 "
            "and will instead hold a dinner at its headquarters on the same day.")
    events = extract_doc(nlp(text), dt.date(2026, 7, 30)).events
    found = {e.when.value: e.what for e in events}
    assert "dinner" in found.get("2026-08-20", ""), found  # not the party, a plan replaced
    assert "dinner" not in found.get("2026-07-27", ""), found


def test_a_participle_clause_at_a_finer_date_tells_the_same_happening(nlp):
    text = ("The Orsk probe will make its closest pass of the comet next week, flying 300 "
            "kilometres above its surface at 09:15 GMT on Thursday, the agency said on Monday.")
    values = values_of(nlp, text)
    assert "2026-W25" in values and not any(v.startswith("2026-06-18") for v in values), values


def test_a_participle_clause_at_another_date_stays_its_own(nlp):
    text = ("The Orsk team will leave for Tarn next week, arriving in Lowmere on June 30, the "
            "club said on Monday.")
    assert "2026-06-30" in values_of(nlp, text)
