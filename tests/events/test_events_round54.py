"""Round 54's misses (fictional people, places and firms), one case per category of writing:
what ``events.yaml``'s and ``claim_cues.yaml``'s examples cannot show on their own, whole
articles' sentences with their claims, more than one date or more than one event."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import (
    NO_EVENTS,
    case,
    check,
    claim,
    claim_of_all,
    claim_with,
    dated,
    not_dated,
    status,
    times_dated,
    what,
    what_has,
    what_lacks,
    what_starts,
)

PUBLISHED = dt.date(2026, 1, 15)  # a Thursday


CASES = [
    # the model scores such a sentence low (0.16-0.24); what follows a stated condition can be
    # checked when the condition is met
    case("a_sentence_opened_by_an_open_condition_with_a_modal_is_a_claim",
         ("Orsk Rovers lost again on Saturday.\n\nIf the appeal succeeds in full, Rovers would "
          "climb back to 12th.\n\nIf demand outstrips supply, the Orsk grid could ask mills to "
          "cut their use."),
         PUBLISHED,
         claim("If the appeal succeeds in full, Rovers would climb back to 12th.", "prediction"),
         claim("If demand outstrips supply, the Orsk grid could ask mills to cut their use.",
               "prediction")),
    case("a_move_or_an_extension_by_a_counted_length_is_a_statistic",
         ("The Orsk council first gave the board until May 2 to decide, but both sides agreed "
          "on April 27 to push it back four weeks.\n\n"
          "The Lowmere mill opened in 1995. Its licence was extended by ten years in 2019."),
         PUBLISHED,
         claim_with("push it back four weeks", "statistic"),
         claim("Its licence was extended by ten years in 2019.", "statistic")),
    case("a_surname_the_tagger_takes_for_a_plural_noun_can_plan",
         ("Orsk Bank chief executive Tomas Greaves apologised on Monday.\n\n"
          "Greaves will give evidence to the Lowmere committee next week, its chair, Ada Quill, "
          "said."),
         dt.date(2026, 6, 9), status("2026-W25", "planned")),
    case("a_supporters_trust_keeps_its_own_diary",
         ("Pim Adler, chair of the Orsk supporters' trust, said fans had been kept in the dark "
          "and that the trust would meet the buyers next week."),
         dt.date(2027, 2, 8), status("2027-W07", "planned")),
    case("rated_is_rate_not_rat",
         "The Orsk inspectorate rated the Lowmere care home inadequate in May 2024.",
         dt.date(2025, 3, 21), what_has("2024-05", "rates the Lowmere care home")),
    # the parser hangs "Had ... been answered" on "told", the saying verb set off after it
    case("an_inverted_condition_reported_in_the_middle_makes_no_event",
         ("Had the call bell been answered within ten minutes, a doctor told the Orsk court, "
          "Ada Quill would probably have survived the fall."),
         dt.date(2025, 3, 21), NO_EVENTS),
    # ", due to launch on June 15," is read as "due" + a noun "launch" hung on the verb; the new
    # date ("until the autumn") is one the tagger gives no type
    case("a_plan_set_off_on_what_is_postponed_with_a_new_date_is_replaced",
         ("Orsk Foods has postponed a new version of its mobile app, due to launch on June 15, "
          "until the autumn."),
         dt.date(2026, 6, 9),
         not_dated("2026-06-15"), dated("2026-FA"), claim_of_all("prediction")),
    # "closed" read as "the plans (that were) closed", its "and" hung on "consultation"
    case("a_subjects_own_verb_read_as_a_participle_on_its_phrase_is_the_subjects",
         ("An eight-week public consultation on the Orsk plans closed on July 31 and drew 9,400 "
          "responses."),
         dt.date(2024, 9, 11), what_has("2024-07-31", "consultation closes")),
    case("which_after_a_gatherings_topic_is_the_gathering",
         ("From Orsk, Ada Quill travels on Tuesday to Lowmere for a two-day summit on Baltic "
          "shipping, which opens on Wednesday morning."),
         dt.date(2025, 11, 9), what_has("2025-11-12TMO", "summit opens")),
    case("a_pronoun_that_does_so_in_a_sentence_of_its_own_does_what_the_one_before_says",
         ("The Orsk weather office expects a cold snap. If demand outstrips supply, Lowmere Grid "
          "could ask mills to cut their use for a few hours. It last did so in December 2022."),
         PUBLISHED, what("2022-12", "Lowmere Grid asks")),
    case("two_sayers_on_one_day_are_two_sayings_one_sayer_twice_one",
         ("Orsk Bank will refund every customer, the bank said on Monday.\n\n"
          "The Lowmere Conduct Authority said on Monday that it would review the outage."),
         dt.date(2026, 6, 9), times_dated("2026-06-08", 2)),
    case("two_sayers_on_one_day_are_two_sayings_one_sayer_twice_one/2",
         ("The restart has been delayed again, Corvane Energy said on Wednesday.\n\n"
          "On Wednesday Corvane said a second support also needed repairs."),
         PUBLISHED, times_dated("2026-01-14", 1)),
    case("the_purpose_of_a_planned_act_is_planned",
         ("Ada Quill will fly home on Thursday night rather than on Friday, as first planned, to "
          "attend a confidence vote in the Orsk parliament on Friday afternoon."),
         dt.date(2025, 11, 9), status("2025-11-14TAF", "planned")),
    # "set in" is no arrangement: the second infinitive shares the forecast
    case("a_conjunct_of_what_is_expected_is_expected",
         ("The Orsk weather office expects the cold snap to set in on Saturday morning and to "
          "ease by Tuesday."),
         PUBLISHED, status("2026-01-20", "expected")),
    case("a_plan_set_off_on_what_has_been_dropped_predicts_nothing",
         "A night bus trial in Orsk, planned for November, has been dropped to free up drivers.",
         dt.date(2024, 9, 11), claim_of_all("statement")),
    case("a_deadline_first_given_and_since_moved_makes_no_event",
         ("The sale agreement first gave the Orsk league until January 29 to rule, but both "
          "sides agreed on January 27 to push it back four weeks."),
         dt.date(2027, 2, 8), not_dated("2027-01-29"), dated("2027-01-27")),
    case("the_first_of_counted_stages_begins_the_whole",
         ("The new Orsk bus routes will be introduced in three phases from next month.\n\n"
          "The first phase, covering the north of the city, starts on Sunday, October 27. The "
          "second phase follows on January 5."),
         dt.date(2024, 9, 11), dated("2024-10"), not_dated("2024-10-27"), dated("2025-01-05")),
    case("what_goes_to_a_vote_is_told_by_its_clause",
         "The Orsk bus plan goes to a vote of the full council on September 26.",
         dt.date(2024, 9, 11), what_starts("2024-09-26", "The Orsk bus plan goes to a vote")),
    case("who_puts_their_names_to_an_agreement_signs_it",
         ("A trade agreement between Orsk and Lowmere will be signed in Lowmere on Monday.\n\n"
          "\"We have waited nine years for this agreement, and on Monday we will finally put our "
          "names to it,\" Ada Quill told reporters on Saturday."),
         dt.date(2025, 11, 9), times_dated("2025-11-10", 1)),
    case("it_in_a_clause_on_a_named_owners_thing_is_that_thing",
         ("Reactor 2 at the Lowmere station was taken offline on October 4. Orsk B's other "
          "reactor has run at full power since it returned from its own outage in August."),
         PUBLISHED, what_starts("2025-08", "Orsk B's other reactor returns")),
    case("a_date_on_a_gerund_of_purpose_dates_the_act",
         ("Orsk Power will take Reactor 1 offline for refuelling in the second quarter of "
          "2027."),
         PUBLISHED, what_starts("2027-Q2", "Orsk Power takes Reactor 1")),
    case("a_date_on_a_gerund_of_purpose_dates_the_act/2",
         "The Orsk council voted for building a school in 2027.",
         PUBLISHED, what_lacks("2027", "takes"), what_lacks("2027", "votes")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round54_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)
