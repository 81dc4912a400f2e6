"""Round 53's misses (fictional people, places and firms), one case per category of writing:
what ``events.yaml``'s and ``claim_cues.yaml``'s examples cannot show on their own, whole
articles' sentences with their claims, more than one date or more than one event."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import case, check, dated, event, not_dated, status, what

PUBLISHED = dt.date(2025, 2, 12)  # a Wednesday


CASES = [
    # the parser hangs "planned" on the subject noun ("switch", a verb's particle after it) as
    # an adverbial clause, not as a modifier
    case("a_planning_participle_hung_on_the_moved_subject_is_the_plan_replaced",
         ("Lowmere's Christmas tree switch-on, planned for Saturday, March 1, has been moved to "
          "March 8."),
         PUBLISHED, dated("2025-03-08"), not_dated("2025-03-01")),
    case("a_plan_a_but_clause_now_dates_elsewhere_is_replaced_though_still_to_come",
         ("Orvane Rail ordered twelve trains in 2023. Those trains were due in the third quarter "
          "of 2026 but are now expected in the first quarter of 2027."),
         PUBLISHED, dated("2027-Q1"), not_dated("2026-Q3")),
    case("a_strike_in_counted_blocks_begins_with_its_first_block",
         ("Lecturers at Orsk College will strike for eight days in two blocks, starting later "
          "this month, the union said on Tuesday.\n\n"
          "The ballot closed on Monday.\n\n"
          "The first block of walkouts will run from Monday, February 24, to Thursday, "
          "February 27."),
         PUBLISHED,
         dated("2025-02"),
         not_dated("2025-02-24")),  # the lede's strike, told again by its first day
    case("a_later_stage_of_what_is_done_in_stages_is_arranged_with_it",
         ("Porters at Lowmere General will strike for eight days in two blocks, their union said "
          "on Tuesday. The first block of walkouts will run from Monday, February 24, to "
          "Thursday, February 27. The second will follow from March 17 to March 20.\n\n"
          "Orsk Steel will shed 400 jobs in three waves. A second wave of about 120 will follow "
          "in June 2026."),
         PUBLISHED,
         event("2025-03-17", "The second block follows", "planned"),
         status("2026-06", "planned")),
    case("a_later_wave_with_no_stages_told_stays_a_forecast",
         "Flu cases in Orsk fell in January. A second wave will follow in March, doctors warned.",
         PUBLISHED, status("2025-03", "expected")),
    # the parser makes the place the subject and hangs the real one, and a later apposition
    # nearer the verb, on it
    case("a_dateline_place_of_several_words_is_no_subject",
         ("PORT ALDER, Ore., June 16 — A witness in the fraud trial brought by Orsk Bank against "
          "its former adviser, the banker Ivo Lind, was excused on Monday morning."),
         dt.date(2026, 6, 16), what("2026-06-15TMO", "A witness is excused")),
    case("a_side_of_a_trial_sets_its_order_of_witnesses",
         ("Ada Quill's brother is due to give evidence on Wednesday, and on Thursday the defence "
          "will call two officers from Lowmere."),
         dt.date(2026, 6, 16), status("2026-06-18", "planned")),
    case("the_gapped_third_of_a_list_of_fixtures_is_a_happening_of_its_own",
         ("The Orsk candidates will meet in three debates, the first on March 3. The second, "
          "hosted by Orsk One, is set for March 10, and the third for March 17."),
         PUBLISHED, status("2025-03-17", "planned")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round53_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)
