"""Round 54's misses (fictional people, places and firms), one test per category of writing:
what ``events.yaml``'s and ``claim_cues.yaml``'s examples cannot show on their own, whole
articles' sentences with their claims, more than one date or more than one event."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc

PUBLISHED = dt.date(2026, 1, 15)  # a Thursday


def extraction(nlp, text: str, published: dt.date = PUBLISHED):
    return extract_doc(nlp(text), published)


def events_of(nlp, text: str, published: dt.date = PUBLISHED) -> dict[str, tuple[str, str]]:
    """The description and status of every event ``extract_doc`` finds, by date value."""
    return {e.when.value: (e.what, e.status) for e in extraction(nlp, text, published).events}


def claim_kinds(nlp, text: str, published: dt.date = PUBLISHED) -> dict[str, str]:
    """The kind of every claim ``extract_doc`` finds, by its text."""
    return {c.text: c.kind for c in extraction(nlp, text, published).claims}


def test_a_sentence_opened_by_an_open_condition_with_a_modal_is_a_claim(nlp):
    # the model scores such a sentence low (0.16-0.24); what follows a stated condition can be
    # checked when the condition is met
    kinds = claim_kinds(nlp, "Orsk Rovers lost again on Saturday.\n\nIf the appeal succeeds "
                             "in full, Rovers would climb back to 12th.\n\nIf demand outstrips "
                             "supply, the Orsk grid could ask mills to cut their use.")
    assert kinds.get("If the appeal succeeds in full, Rovers would climb back to 12th.") \
        == "prediction", kinds
    assert kinds.get("If demand outstrips supply, the Orsk grid could ask mills to cut their "
                     "use.") == "prediction", kinds


def test_a_move_or_an_extension_by_a_counted_length_is_a_statistic(nlp):
    kinds = claim_kinds(nlp, "The Orsk council first gave the board until May 2 to decide, but "
                             "both sides agreed on April 27 to push it back four weeks.\n\n"
                             "The Lowmere mill opened in 1995. Its licence was extended by ten "
                             "years in 2019.")
    assert "statistic" in [k for t, k in kinds.items() if "push it back four weeks" in t], kinds
    assert kinds.get("Its licence was extended by ten years in 2019.") == "statistic", kinds


def test_a_surname_the_tagger_takes_for_a_plural_noun_can_plan(nlp):
    events = events_of(nlp, "Orsk Bank chief executive Tomas Greaves apologised on Monday.\n\n"
                            "Greaves will give evidence to the Lowmere committee next week, its "
                            "chair, Ada Quill, said.", dt.date(2026, 6, 9))
    assert events["2026-W25"][1] == "planned", events


def test_a_supporters_trust_keeps_its_own_diary(nlp):
    events = events_of(nlp, "Pim Adler, chair of the Orsk supporters' trust, said fans had been "
                            "kept in the dark and that the trust would meet the buyers next "
                            "week.", dt.date(2027, 2, 8))
    assert events["2027-W07"][1] == "planned", events


def test_rated_is_rate_not_rat(nlp):
    events = events_of(nlp, "The Orsk inspectorate rated the Lowmere care home inadequate in "
                            "May 2024.", dt.date(2025, 3, 21))
    assert "rates the Lowmere care home" in events["2024-05"][0], events


def test_an_inverted_condition_reported_in_the_middle_makes_no_event(nlp):
    # the parser hangs "Had ... been answered" on "told", the saying verb set off after it
    events = events_of(nlp, "Had the call bell been answered within ten minutes, a doctor told "
                            "the Orsk court, Ada Quill would probably have survived the fall.",
                       dt.date(2025, 3, 21))
    assert events == {}, events


def test_a_plan_set_off_on_what_is_postponed_with_a_new_date_is_replaced(nlp):
    # ", due to launch on June 15," is read as "due" + a noun "launch" hung on the verb; the new
    # date ("until the autumn") is one the tagger gives no type
    text = "Orsk Foods has postponed a new version of its mobile app, due to launch on June 15, " \
           "until the autumn."
    events = events_of(nlp, text, dt.date(2026, 6, 9))
    assert "2026-06-15" not in events and "2026-FA" in events, events
    assert claim_kinds(nlp, text, dt.date(2026, 6, 9)).get(text) == "prediction"


def test_a_subjects_own_verb_read_as_a_participle_on_its_phrase_is_the_subjects(nlp):
    # "closed" read as "the plans (that were) closed", its "and" hung on "consultation"
    events = events_of(nlp, "An eight-week public consultation on the Orsk plans closed on "
                            "July 31 and drew 9,400 responses.", dt.date(2024, 9, 11))
    assert "consultation closes" in events["2024-07-31"][0], events


def test_which_after_a_gatherings_topic_is_the_gathering(nlp):
    events = events_of(nlp, "From Orsk, Ada Quill travels on Tuesday to Lowmere for a two-day "
                            "summit on Baltic shipping, which opens on Wednesday morning.",
                       dt.date(2025, 11, 9))
    assert "summit opens" in events["2025-11-12TMO"][0], events


def test_a_pronoun_that_does_so_in_a_sentence_of_its_own_does_what_the_one_before_says(nlp):
    events = events_of(nlp, "The Orsk weather office expects a cold snap. If demand outstrips "
                            "supply, Lowmere Grid could ask mills to cut their use for a few "
                            "hours. It last did so in December 2022.")
    assert events["2022-12"][0] == "Lowmere Grid asks", events


def test_two_sayers_on_one_day_are_two_sayings_one_sayer_twice_one(nlp):
    events = extraction(nlp, "Orsk Bank will refund every customer, the bank said on Monday.\n\n"
                             "The Lowmere Conduct Authority said on Monday that it would "
                             "review the outage.", dt.date(2026, 6, 9)).events
    assert [e.when.value for e in events].count("2026-06-08") == 2, events
    events = extraction(nlp, "The restart has been delayed again, Corvane Energy said on "
                             "Wednesday.\n\nOn Wednesday Corvane said a second support also "
                             "needed repairs.").events
    assert [e.when.value for e in events].count("2026-01-14") == 1, events


def test_the_purpose_of_a_planned_act_is_planned(nlp):
    events = events_of(nlp, "Ada Quill will fly home on Thursday night rather than on Friday, "
                            "as first planned, to attend a confidence vote in the Orsk "
                            "parliament on Friday afternoon.", dt.date(2025, 11, 9))
    assert events["2025-11-14TAF"][1] == "planned", events


def test_a_conjunct_of_what_is_expected_is_expected(nlp):
    # "set in" is no arrangement: the second infinitive shares the forecast
    events = events_of(nlp, "The Orsk weather office expects the cold snap to set in on Saturday "
                            "morning and to ease by Tuesday.")
    assert events["2026-01-20"][1] == "expected", events


def test_a_plan_set_off_on_what_has_been_dropped_predicts_nothing(nlp):
    text = "A night bus trial in Orsk, planned for November, has been dropped to free up drivers."
    assert claim_kinds(nlp, text, dt.date(2024, 9, 11)).get(text) == "statement"


def test_a_deadline_first_given_and_since_moved_makes_no_event(nlp):
    events = events_of(nlp, "The sale agreement first gave the Orsk league until January 29 to "
                            "rule, but both sides agreed on January 27 to push it back four "
                            "weeks.", dt.date(2027, 2, 8))
    assert "2027-01-29" not in events and "2027-01-27" in events, events


def test_the_first_of_counted_stages_begins_the_whole(nlp):
    events = events_of(nlp, "The new Orsk bus routes will be introduced in three phases from "
                            "next month.\n\nThe first phase, covering the north of the city, "
                            "starts on Sunday, October 27. The second phase follows on "
                            "January 5.", dt.date(2024, 9, 11))
    assert "2024-10" in events and "2024-10-27" not in events, events
    assert "2025-01-05" in events, events


def test_what_goes_to_a_vote_is_told_by_its_clause(nlp):
    events = events_of(nlp, "The Orsk bus plan goes to a vote of the full council on September "
                            "26.", dt.date(2024, 9, 11))
    assert events["2024-09-26"][0].startswith("The Orsk bus plan goes to a vote"), events


def test_who_puts_their_names_to_an_agreement_signs_it(nlp):
    events = extraction(nlp, "A trade agreement between Orsk and Lowmere will be signed in "
                             "Lowmere on Monday.\n\n\"We have waited nine years for this "
                             "agreement, and on Monday we will finally put our names to it,\" "
                             "Ada Quill told reporters on Saturday.", dt.date(2025, 11, 9)).events
    assert [e.when.value for e in events].count("2025-11-10") == 1, events


def test_it_in_a_clause_on_a_named_owners_thing_is_that_thing(nlp):
    events = events_of(nlp, "Reactor 2 at the Lowmere station was taken offline on October 4. "
                            "Orsk B's other reactor has run at full power since it returned "
                            "from its own outage in August.")
    assert events["2025-08"][0].startswith("Orsk B's other reactor returns"), events


def test_a_date_on_a_gerund_of_purpose_dates_the_act(nlp):
    events = events_of(nlp, "Orsk Power will take Reactor 1 offline for refuelling in the second "
                            "quarter of 2027.")
    assert events["2027-Q2"][0].startswith("Orsk Power takes Reactor 1"), events
    events = events_of(nlp, "The Orsk council voted for building a school in 2027.")
    assert "takes" not in events["2027"][0] and "votes" not in events["2027"][0], events
