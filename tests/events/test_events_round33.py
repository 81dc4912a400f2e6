"""Round 33 of the blind event set, by category: what a single sentence's example in
``events.yaml`` cannot show (fictional people, places and firms)."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc

PUBLISHED = dt.date(2026, 6, 10)  # a Wednesday


def values_of(nlp, text: str) -> list[str]:
    """The date value of every event ``extract_doc`` finds in ``text``."""
    return [e.when.value for e in extract_doc(nlp(text), PUBLISHED).events]


def test_the_closure_beginning_at_a_time_retells_the_closing_told_by_its_month(nlp):
    text = ("Orsk Harbour will close its main quay next month for repairs, the port said on "
            "Tuesday. The closure will begin at 6am on July 3.")
    values = values_of(nlp, text)
    assert "2026-07-03T06:00" not in values and "2026-07" in values, values


def test_a_closure_beginning_outside_the_month_stays_its_own(nlp):
    text = ("Orsk Harbour will close its main quay next month for repairs, the port said on "
            "Tuesday. The closure will begin at 6am on Aug. 3.")
    assert "2026-08-03T06:00" in values_of(nlp, text)


def test_the_debate_starting_at_a_clock_time_retells_the_evening_it_is_set_in(nlp):
    text = ("Mayor Ilse Varga and her rival Pim Adler will face each other in the first of "
            "three debates on Sunday evening. The debate, hosted by Orsk Radio, starts at "
            "7pm and will focus on housing.")
    values = values_of(nlp, text)
    assert "2026-06-14T19:00" not in values and "2026-06-14TEV" in values, values


def test_a_clock_time_outside_the_part_of_the_day_stays_its_own(nlp):
    text = ("Mayor Ilse Varga and her rival Pim Adler will face each other in the first of "
            "three debates on Sunday morning. The debate, hosted by Orsk Radio, starts at "
            "7pm and will focus on housing.")
    assert "2026-06-14T19:00" in values_of(nlp, text)


def test_a_window_that_opens_and_closes_is_one_span(nlp):
    text = "Postal voting in Orsk opens on June 15 and closes on June 26."
    events = extract_doc(nlp(text), PUBLISHED).events
    assert [e.when.value for e in events] == ["2026-06-15"], [e.what for e in events]
    assert len(events[0].mentions) == 1


def test_a_tour_that_opens_and_ends_tells_two_shows(nlp):
    text = "The Orsk tour opens in Tarn on June 15 and ends in Lowmere on July 26."
    assert {"2026-06-15", "2026-07-26"} <= set(values_of(nlp, text))


def test_findings_due_on_a_day_retell_the_report_told_by_its_season(nlp):
    text = ("The Orsk health board opened a review of the clinic on Monday and will report in "
            "the autumn. Its findings are due on Oct. 28, the board said.")
    values = values_of(nlp, text)
    assert "2026-10-28" not in values and "2026-FA" in values, values


def test_findings_due_outside_the_season_stay_their_own(nlp):
    text = ("The Orsk health board opened a review of the clinic on Monday and will report in "
            "the autumn. Its findings are due on Jan. 28 next year, the board said.")
    assert "2027-01-28" in values_of(nlp, text)
