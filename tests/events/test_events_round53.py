"""Round 53's misses (fictional people, places and firms), one test per category of writing:
what ``events.yaml``'s and ``claim_cues.yaml``'s examples cannot show on their own, whole
articles' sentences with their claims, more than one date or more than one event."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc

PUBLISHED = dt.date(2025, 2, 12)  # a Wednesday


def extraction(nlp, text: str, published: dt.date = PUBLISHED):
    return extract_doc(nlp(text), published)


def events_of(nlp, text: str, published: dt.date = PUBLISHED) -> dict[str, tuple[str, str]]:
    """The description and status of every event ``extract_doc`` finds, by date value."""
    return {e.when.value: (e.what, e.status) for e in extraction(nlp, text, published).events}


def claim_kinds(nlp, text: str, published: dt.date = PUBLISHED) -> dict[str, str]:
    """The kind of every claim ``extract_doc`` finds, by its text."""
    return {c.text: c.kind for c in extraction(nlp, text, published).claims}


def test_a_planning_participle_hung_on_the_moved_subject_is_the_plan_replaced(nlp):
    # the parser hangs "planned" on the subject noun ("switch", a verb's particle after it) as
    # an adverbial clause, not as a modifier
    events = events_of(nlp, "Lowmere's Christmas tree switch-on, planned for Saturday, March 1, "
                            "has been moved to March 8.")
    assert "2025-03-08" in events, events
    assert "2025-03-01" not in events, events


def test_a_plan_a_but_clause_now_dates_elsewhere_is_replaced_though_still_to_come(nlp):
    events = events_of(nlp, "Orvane Rail ordered twelve trains in 2023. Those trains were due "
                            "in the third quarter of 2026 but are now expected in the first "
                            "quarter of 2027.")
    assert "2027-Q1" in events, events
    assert "2026-Q3" not in events, events


def test_a_strike_in_counted_blocks_begins_with_its_first_block(nlp):
    events = events_of(nlp, "Lecturers at Orsk College will strike for eight days in two "
                            "blocks, starting later this month, the union said on Tuesday.\n\n"
                            "The ballot closed on Monday.\n\n"
                            "The first block of walkouts will run from Monday, February 24, to "
                            "Thursday, February 27.")
    assert "2025-02" in events, events
    assert "2025-02-24" not in events, events  # the lede's strike, told again by its first day


def test_a_later_stage_of_what_is_done_in_stages_is_arranged_with_it(nlp):
    events = events_of(nlp, "Porters at Lowmere General will strike for eight days in two "
                            "blocks, their union said on Tuesday. The first block of walkouts "
                            "will run from Monday, February 24, to Thursday, February 27. The "
                            "second will follow from March 17 to March 20.\n\n"
                            "Orsk Steel will shed 400 jobs in three waves. A second wave of about "
                            "120 will follow in June 2026.")
    assert events["2025-03-17"] == ("The second block follows", "planned"), events
    assert events["2026-06"][1] == "planned", events


def test_a_later_wave_with_no_stages_told_stays_a_forecast(nlp):
    events = events_of(nlp, "Flu cases in Orsk fell in January. A second wave will follow in "
                            "March, doctors warned.")
    assert events["2025-03"][1] == "expected", events


def test_a_dateline_place_of_several_words_is_no_subject(nlp):
    # the parser makes the place the subject and hangs the real one, and a later apposition
    # nearer the verb, on it
    events = events_of(nlp, "PORT ALDER, Ore., June 16 — A witness in the fraud trial brought "
                            "by Orsk Bank against its former adviser, the banker Ivo Lind, was "
                            "excused on Monday morning.", dt.date(2026, 6, 16))
    assert events["2026-06-15TMO"][0] == "A witness is excused", events


def test_a_side_of_a_trial_sets_its_order_of_witnesses(nlp):
    events = events_of(nlp, "Ada Quill's brother is due to give evidence on Wednesday, and on "
                            "Thursday the defence will call two officers from Lowmere.",
                       dt.date(2026, 6, 16))
    assert events["2026-06-18"][1] == "planned", events


def test_the_gapped_third_of_a_list_of_fixtures_is_a_happening_of_its_own(nlp):
    events = events_of(nlp, "The Orsk candidates will meet in three debates, the first on "
                            "March 3. The second, hosted by Orsk One, is set for March 10, and the "
                            "third for March 17.")
    assert events.get("2025-03-17", ("", ""))[1] == "planned", events
