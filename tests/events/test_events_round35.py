"""Round 35 of the blind event set, by category: what a single sentence's example in
``events.yaml`` cannot show (fictional people, places and firms)."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc

PUBLISHED = dt.date(2026, 6, 10)  # a Wednesday


def events_of(nlp, text: str) -> list[tuple[str, str]]:
    """The date value and description of every event ``extract_doc`` finds in ``text``."""
    return [(e.when.value, e.what) for e in extract_doc(nlp(text), PUBLISHED).events]


def test_a_due_plan_called_off_on_a_date_of_its_own_makes_no_event(nlp):
    text = ("A planned extension of the Orsk curfew to the old town, due to start on June 1, "
            "was called off on May 28.")
    assert [v for v, _ in events_of(nlp, text)] == ["2026-05-28"]


def test_a_due_plan_called_off_with_no_date_is_dated_by_the_plan(nlp):
    text = ("A visit to Lowmere planned for 2019 was called off after a dispute over fishing "
            "rights, which the two sides settled in a treaty last year.")
    assert "2019" in [v for v, _ in events_of(nlp, text)]


def test_a_due_fixture_postponed_and_now_played_later_keeps_only_the_new_date(nlp):
    text = ("The Orsk derby, due to be played at Lowmere Park today, has been postponed "
            "because of snow and will now be played on Friday evening.")
    assert [v for v, _ in events_of(nlp, text)] == ["2026-06-12TEV"]


def test_an_inverted_condition_and_what_it_leads_to_make_no_event(nlp):
    text = ("Should Friday's derby also fall victim to the snow, the tie would be played at a "
            "neutral ground the following weekend, according to league rules.")
    assert events_of(nlp, text) == []


def test_a_plain_should_still_dates_its_happening(nlp):
    assert events_of(nlp, "The Orsk board should decide on Friday.") != []


def test_what_someone_would_rather_do_is_no_happening(nlp):
    text = ('"It is frustrating, but we would rather play on Friday than risk injuries on a '
            'pitch like that," Orsk coach Dan Reed said.')
    assert events_of(nlp, text) == []


def test_a_hearing_set_for_a_day_retells_the_hearing_agreed_for_that_month(nlp):
    text = ("The Orsk appeals court has agreed to hear the case next month. A hearing is set "
            "for July 9 in Lowmere.")
    assert [v for v, _ in events_of(nlp, text)] == ["2026-07"]


def test_a_ban_ending_on_a_day_retells_its_lifting_that_week(nlp):
    text = ("Orsk Water will lift the hosepipe ban next week, the company said. The ban, which "
            "came into force on May 3, will end at 8am on Tuesday, June 16.")
    values = [v for v, _ in events_of(nlp, text)]
    assert "2026-06-16T08:00" not in values and "2026-W25" in values, values


def test_since_after_a_gerund_of_means_dates_the_gerund(nlp):
    text = ("Judge Ann Orr found that the Orsk tenants had broken their leases by withholding "
            "rent since May last year in protest at repairs.")
    assert events_of(nlp, text) == [("2025-05", "The Orsk tenants withhold rent")]


def test_a_date_before_the_gerund_of_means_dates_the_verb(nlp):
    text = "The Orsk tenants broke their leases in May by withholding rent."
    assert events_of(nlp, text) == [("2026-05", "The Orsk tenants break their leases")]


def test_the_present_with_a_clock_time_today_is_a_timetable(nlp):
    text = "The other semi-final goes ahead at Lowmere Park at 3pm today."
    assert [e.status for e in extract_doc(nlp(text), PUBLISHED).events] == ["planned"]


def test_the_past_with_a_clock_time_today_happened(nlp):
    text = "Orsk shares fell 3 percent at 11am today."
    assert [e.status for e in extract_doc(nlp(text), PUBLISHED).events] == ["happened"]
