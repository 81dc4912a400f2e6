"""Round 22 of the blind event set, by category: what needs a whole article's dates (a span of
clock times told by two verbs, an object and its conjunct each with a date, a month and a day
of one verdict, a list of counted evenings) and one claim kind (fictional people, places and
firms)."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc

PUBLISHED = dt.date(2026, 5, 11)


def events_of(nlp, text: str) -> list[tuple[str, str, str, int]]:
    """(what, status, value, mentions) of every event ``extract_doc`` finds in ``text``."""
    result = extract_doc(nlp(text), PUBLISHED)
    return [(e.what, e.status, e.when.value, len(e.mentions)) for e in result.events]


def test_a_reopening_at_a_clock_time_ends_the_closure_before_it(nlp):
    text = "Streets in central Tolvin will close from 7 a.m. on June 7 and reopen by 5 p.m."
    assert [value for _, _, value, _ in events_of(nlp, text)] == ["2026-06-07T07:00"]


def test_a_closure_and_a_reopening_on_other_days_stay_two(nlp):
    text = "The Tolvin pool will close on June 1 and reopen on July 6 after repairs."
    assert [value for _, _, value, _ in events_of(nlp, text)] == ["2026-06-01", "2026-07-06"]


def test_an_object_and_its_conjunct_with_their_own_dates_are_two_forecasts(nlp):
    text = ("Analysts at Tolvin Bank expect the first rate rise in July and two more by the end "
            "of next year.")
    assert [(what, status) for what, status, _, _ in events_of(nlp, text)] == [
        ("Analysts at Tolvin Bank expect the first rate rise", "expected"),
        ("Analysts at Tolvin Bank expect two more", "expected")]


def test_how_long_a_verdict_took_retells_the_verdict_of_that_month(nlp):
    text = ("Mara Quell was found guilty last month of theft after a two-week trial at Tolvin "
            "Crown Court. The jury took less than three hours to reach its verdict on April 9.")
    assert [(value, mentions) for _, _, value, mentions in events_of(nlp, text)] == [
        ("2026-04", 2)]


def test_counted_evenings_of_a_list_are_one_event_each(nlp):
    text = "The Tolvin library will hold two reading evenings for parents, on May 20 and June 3."
    assert [value for _, _, value, _ in events_of(nlp, text)] == ["2026-05-20", "2026-06-03"]


def test_a_negated_future_makes_no_event_but_its_until_does(nlp):
    assert events_of(nlp, "The Tolvin fair will not return this year, its organisers said.") == []
    assert [value for _, _, value, _ in events_of(
        nlp, "The Tolvin ferry will not sail until June 2.")] == ["2026-06-02"]


def test_a_length_given_as_a_bound_is_a_statistic(nlp):
    result = extract_doc(nlp("The Tolvin jury took less than a day to reach its verdict."),
                         PUBLISHED)
    assert [c.kind for c in result.claims] == ["statistic"]
