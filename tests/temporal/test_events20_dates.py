"""Event blind set round 20's date categories, each with a counter-case where the step holds back.

1. A timetable present the tagger wrote as a base form ("Tickets, priced from 30 euros, go on
   sale on Friday") looks ahead like any simple present of a scheduled act (``ahead.py``,
   ``base_form_present``); a plain past keeps the weekday gone by.
2. "the following Monday" is the Monday after the date just named (``rel-anchored-weekday`` in
   ``temporal_relative.yaml``), not the one nearest the publication date.
3. A noun's passive infinitive ("a review ..., to be completed by the end of September") is a
   condition set for later (``ahead.py``, ``noun_infinitive``); after an ordinal ("the first
   mayor to be elected in May") or as an active infinitive of a deed ("The decision to close
   the bridge on Saturday angered residents") it keeps the past.
4. A lent year never puts a later-told step of a narrative before the date that lent it:
   "was hired in June 2025 ... and led the club to a title in May" is the latest May
   (``lending.step_told_after``); a month after the lending one still takes its year.
5. An infinitive of a past agreement made "at a meeting" takes the meeting's past date
   (``sidelong.agreed_at_meeting``); "agreed to meet at a summit in November" plans it.

Every sentence is invented (fictional towns, clubs and governments).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check

#: A Wednesday in February.
WEDNESDAY_FEB_2026 = dt.date(2026, 2, 18)
#: A Wednesday in October.
WEDNESDAY_OCT_2026 = dt.date(2026, 10, 7)
#: A Wednesday in May.
WEDNESDAY_MAY_2026 = dt.date(2026, 5, 20)
#: A Tuesday in February.
TUESDAY_FEB_2026 = dt.date(2026, 2, 17)


CASES = [
    # -- 1. a timetable present tagged as a base form ----------------------------------------------
    case("present_tagged_base_form_after_an_apposition_looks_ahead",
         "Seats, priced from 30 euros a night, go on sale on Friday.",
         WEDNESDAY_FEB_2026, {"Friday": "2026-02-20"}),
    case("past_of_the_same_act_keeps_the_friday_gone_by",
         "Seats, priced from 30 euros a night, went on sale on Friday.",
         WEDNESDAY_FEB_2026, {"Friday": "2026-02-13"}),
    # -- 2. "the following Monday" after a date ----------------------------------------------------
    case("following_monday_counts_from_the_date_just_named",
         ("Clubs must register their squads by Oct. 23, and the Varnholt league season begins "
          "the following Monday."),
         WEDNESDAY_OCT_2026, {"the following Monday": "2026-10-26"}),
    case("bare_monday_keeps_the_publication_date",
         ("Clubs must register their squads by Oct. 23, and the Varnholt league meets on "
          "Monday."),
         WEDNESDAY_OCT_2026, {"Monday": "2026-10-12"}),
    # -- 3. a noun's passive infinitive ------------------------------------------------------------
    case("noun_passive_infinitive_looks_ahead",
         ("The grant came with conditions, including an audit of the Brellin museum's "
          "accounts, to be finished by the end of September."),
         WEDNESDAY_MAY_2026, {"the end of September": "2026-09"}),
    case("infinitive_after_an_ordinal_keeps_the_past",
         "Ana Velk was the first mayor of Brellin to be elected in September.",
         WEDNESDAY_MAY_2026, {"September": "2025-09"}),
    case("noun_participle_without_to_keeps_the_past",
         "An audit of the Brellin museum's accounts, finished in September, found no fault.",
         WEDNESDAY_MAY_2026, {"September": "2025-09"}),
    # -- 4. a lent year and a later-told step ------------------------------------------------------
    case("later_step_before_the_lending_month_is_the_latest_one",
         ("Kessler was hired in June 2025 on a two-year deal and led Ostrava Rovers to the "
          "title in May."),
         WEDNESDAY_OCT_2026, {"May": "2026-05"}),
    case("later_step_after_the_lending_month_takes_its_year",
         ("Kessler was hired in June 2025 on a two-year deal and led Ostrava Rovers to a cup "
          "final in December."),
         WEDNESDAY_OCT_2026, {"December": "2025-12"}),
    case("month_outside_a_joined_verb_still_borrows",
         "Kessler was hired in June 2025 after a trial in May.",
         WEDNESDAY_OCT_2026, {"May": "2025-05"}),
    # -- 5. an agreement made at a meeting ---------------------------------------------------------
    case("agreement_at_a_meeting_takes_the_meetings_past_month",
         ("The governments of Tarnia and Velosa agreed to reopen their border at a meeting in "
          "Lisbon in November."),
         TUESDAY_FEB_2026, {"November": "2025-11"}),
    case("agreement_to_meet_plans_the_meeting",
         "The governments of Tarnia and Velosa agreed to meet at a summit in November.",
         TUESDAY_FEB_2026, {"November": "2026-11"}),
    case("plan_to_reopen_at_a_meeting_looks_ahead",
         ("The governments of Tarnia and Velosa plan to reopen their border at a meeting in "
          "Lisbon in November."),
         TUESDAY_FEB_2026, {"November": "2026-11"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_events20_cases(tag, text, published, expected):
    check(tag, text, published, expected)
