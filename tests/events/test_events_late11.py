"""Session 11's late fixes, by category (fictional people, places and firms): a clock time
told by a common noun on the day of the one event told before is that event's hour
(``merge.clock_retelling``)."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc

PUBLISHED = dt.date(2026, 6, 10)  # a Wednesday


def events_of(nlp, text: str) -> list[tuple[str, str]]:
    """The date value and description of every event ``extract_doc`` finds in ``text``."""
    return [(e.when.value, e.what) for e in extract_doc(nlp(text), PUBLISHED).events]


def test_a_start_noun_giving_the_hour_retells_the_fixture_of_that_evening(nlp):
    text = ("The Orsk derby against Lowmere has been postponed and will now be played on "
            "Friday evening. Officials inspected the pitch on Tuesday morning. Kick-off on "
            "Friday is at 7.45pm.")
    values = [v for v, _ in events_of(nlp, text)]
    assert not any(v.startswith("2026-06-12T19") for v in values), values
    assert len([v for v in values if v.startswith("2026-06-12")]) == 1, values


def test_a_definite_noun_at_a_clock_time_retells_the_one_happening_of_that_day(nlp):
    text = ("The Lowmere Book Fair opens in Tarnby tomorrow with a reading by Ada Quill. "
            "Quill will sign copies before the gala reading at 7pm on Thursday at the Corn "
            "Exchange.")
    values = [v for v, _ in events_of(nlp, text)]
    assert values.count("2026-06-11") == 1 and not any("T19" in v for v in values), values


def test_someone_who_acts_at_a_clock_time_does_another_thing(nlp):
    text = ("The fire started on the afternoon of June 5 near a campsite north of Tarnby. "
            "Police ordered the evacuation of Tarnby at 9 p.m. on June 5.")
    assert "2026-06-05T21:00" in [v for v, _ in events_of(nlp, text)]


def test_a_day_of_several_clock_times_is_a_timetable_of_happenings(nlp):
    text = ("The Orsk marathon is held on Sunday. The race starts at 8am on Sunday. "
            "The roads reopen at 2pm on Sunday.")
    values = [v for v, _ in events_of(nlp, text)]
    assert "2026-06-14T08:00" in values and "2026-06-14T14:00" in values, values


def test_a_clock_time_with_two_happenings_on_its_day_before_stays_apart(nlp):
    text = ("Orsk Council votes on the budget on Friday. The Lowmere library reopens on Friday "
            "after repairs. The doors open at 10am on Friday.")
    assert "2026-06-12T10:00" in [v for v, _ in events_of(nlp, text)]


def test_a_name_beside_a_work_noun_is_a_title_and_she_is_its_owner(nlp):
    text = ("Ada Quill has cancelled two shows in Tarnby. Quill's third album, Salt Lanterns, "
            "came out in March. She toured Lowmere in 2024.")
    whats = dict(events_of(nlp, text))
    assert whats["2024"].startswith("Ada Quill tours"), whats


def test_a_work_noun_with_no_owner_is_passed_over(nlp):
    text = ("Ada Quill will play in Tarnby next week. The film, Salt Lanterns, opened in March. "
            "She toured Lowmere in 2024.")
    whats = dict(events_of(nlp, text))
    assert "Salt Lanterns" not in whats["2024"], whats


def test_a_person_named_beside_a_role_noun_is_still_the_subject(nlp):
    text = ("His deputy, Pim Adler, met the Orsk council on Monday. He left for Lowmere on "
            "Tuesday.")
    whats = dict(events_of(nlp, text))
    assert whats["2026-06-09"].startswith("Pim Adler"), whats


def test_a_surname_with_an_age_the_parser_left_roleless_is_what_he_stands_for(nlp):
    # the parser takes this "Reilly" for an adverb ("really"), with the age its apposition
    text = ("Jury selection began on Monday in the trial of former Orsk Ferries director Colm "
            "Reilly.\n\nJudge Ada Quill told Lowmere Crown Court that she expected a verdict "
            "soon.\n\nReilly, 52, has denied fraud. He was charged in October 2025.")
    whats = dict(events_of(nlp, text))
    assert "Reilly" in whats["2025-10"] and "Quill" not in whats["2025-10"], whats


def test_a_base_form_the_parser_joined_to_a_simple_past_is_a_timetable_present(nlp):
    text = "The night markets on the Orsk quay, dropped last year after floods, return on Friday."
    statuses = {e.when.value: e.status for e in extract_doc(nlp(text), PUBLISHED).events}
    assert statuses.get("2026-06-12") == "planned", statuses


def test_a_past_joined_to_a_past_is_still_a_past(nlp):
    text = "The Orsk quay markets closed last year and reopened on Friday."
    statuses = {e.when.value: e.status for e in extract_doc(nlp(text), PUBLISHED).events}
    assert "planned" not in statuses.values(), statuses
