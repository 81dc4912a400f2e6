"""Event descriptions on news phrasing: which predicate a date dates, who does it, and the
words kept around it (fictional people and places)."""

from __future__ import annotations

import datetime as dt

import pytest
from claim_hits import make_timex

from generator.extract.events import iter_events
from generator.extract.events.full_names import full_name
from generator.extract.events.phrases import finish
from generator.extract.hits import Claim

PUBLISHED = dt.date(2024, 5, 10)


def what(nlp, text: str, date: str = "Monday", claims=()) -> str:
    """The description of the one event ``date`` dates in ``text``."""
    monday = make_timex(text, date, "2024-05-06", dt.date(2024, 5, 6), dt.date(2024, 5, 6))
    event, = iter_events(nlp(text), [monday], list(claims), PUBLISHED)
    return event.what


@pytest.mark.parametrize(("text", "expected"), [
    # a gerund after "since": its actor is the owner of the trip
    ("It is Lina Brand's first trip abroad since winning a second term as mayor on Monday.",
     "Lina Brand wins a second term as mayor"),
    # a participle in apposition ("a post granted ...") dates the verb the apposition hangs from
    ("Lina Brand's first visit to Orsk since winning a second term as mayor, a post granted by "
     "the town council on Monday, was short.",
     "Lina Brand wins a second term as mayor"),
    # a date on a noun naming a happening: actor + light verb + the noun and its partner
    ("Governor Pim Adler said he discussed the harbour levy in a phone call Monday with his "
     "Veldmark counterpart.",
     "Pim Adler holds a phone call with his Veldmark counterpart"),
    # a participle whose noun has a named owner: the owner does it
    ("A Lowmere Council report released on Monday said fares would rise.",
     "Lowmere Council releases a report"),
    # a verb of saying: the gist of what was said, with its modal
    ("The ferry union said on Monday that the new levy will be a burden for Orsk.",
     "The ferry union says the new levy will be a burden for Orsk"),
    # round 10: a gist that opened the sentence drops its capital, a name keeps it
    ("Some 9,000 riders will race in Orsk, the Lowmere council said on Monday.",
     "Lowmere council says some 9,000 riders will race in Orsk"),
    # a phrase naming someone after the verb is kept, the date's own phrase is not
    ("The Veldmark council expressed concern on Monday about Lowmere's plans for the harbour.",
     "The Veldmark council expresses concern about Lowmere's plans for the harbour"),
    # a verb governing the dated infinitive stays: failing to pass is not passing
    ("A harbour levy failed to pass the Lowmere council on Monday.",
     "A harbour levy fails to pass Lowmere council"),
    ("Brask Motors reported losing 5 million crowns on Monday.",
     "Brask Motors reports losing 5 million crowns"),
    # an infinitive complement, and "it" kept when it stands for the speaker
    ("Brask Motors said on Monday that it wants to close 40 shops.",
     "Brask Motors says it wants to close 40 shops"),
    ("Brask Motors said on Monday that its sales in Veldmark rose.",
     "Brask Motors says its sales in Veldmark rise"),
    # no object: the first prepositional phrase stands in for it
    ("Brask Motors filed for bankruptcy on Monday.", "Brask Motors files for bankruptcy"),
    # the agent of a participle on an event noun acts
    ("The levy was announced at a rare press conference held by Brask Motors on Monday.",
     "Brask Motors holds a rare press conference"),
    ("A report released by the Lowmere Council on Monday said fares would rise.",
     "Lowmere Council releases a report"),
    # a title subject with the name in apposition; a role phrase after the verb
    ("The operator, Brask Motors, said on Monday it would cut 300 jobs.",
     "Brask Motors says it would cut 300 jobs"),
    ("Veldmark's largest ferry operator Brask Motors named Lina Brand as its new chief on "
     "Monday.",
     "Brask Motors names Lina Brand as its new chief"),
    # "as part of" is no role
    ("Lina Brand is expected to hold talks with Pim Adler on Monday as part of a tour.",
     "Lina Brand holds talks with Pim Adler"),
    # an infinitive on a noun borrows the subject of the clause around it; a small clause
    ("Brask Motors plans to shut two shops in an attempt to make its ferry business "
     "profitable by Monday.",
     "Brask Motors makes its ferry business profitable"),
    # a headline the tagger reads as nouns stays as it is, less its date
    ("Brask posts first annual loss Monday", "Brask posts first annual loss"),
    # an infinitive after the object, with its particle
    ("Brask Motors announced plans on Monday to shut down 40 of its shops.",
     "Brask Motors announces plans to shut down 40 of its shops"),
    # a purpose infinitive when the verb has no object
    ("The Lowmere council will meet again on Monday to review a revised plan.",
     "Lowmere council meets to review a revised plan"),
    # a nominal event with a named owner: the owner does it
    ("Ada Quill's visit to Orsk on Monday was her first abroad.",
     "Ada Quill makes a visit to Orsk"),
    ("The council confirmed Ada Quill's visit to Orsk on Monday.",
     "Ada Quill makes a visit to Orsk"),
    # a passive with its agent reads the active way round
    ("The Lowmere bridge was opened by Ada Quill on Monday.",
     "Ada Quill opens the Lowmere bridge"),
    # the second of two passives shares the first one's auxiliary
    ("The report was written by analysts at Brask and published on Monday.",
     "The report is published"),
    # a date in the subject is the event's date, not part of its name
    ("Monday's announcement marked a turn for Brask Motors.",
     "The announcement marks a turn for Brask Motors"),
    # a relative pronoun object stands for the noun its clause hangs from
    ("The court ordered the seizure of a boat that Otto Graff bought on Monday.",
     "Otto Graff buys a boat"),
])
def test_description(nlp, text, expected):
    assert what(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Brask posts first annual loss since Monday",
    "It was the strongest storm to hit Lowmere since Monday.",
])
def test_since_a_date_in_a_ranking_is_no_event(nlp, text):
    monday = make_timex(text, "Monday", "2024-05-06", dt.date(2024, 5, 6), dt.date(2024, 5, 6))
    assert iter_events(nlp(text), [monday], [], PUBLISHED) == []


def test_a_point_of_comparison_is_no_event(nlp):
    text = "Ferry sales rose 9 percent in May, compared to Monday."
    monday = make_timex(text, "Monday", "2024-05-06", dt.date(2024, 5, 6), dt.date(2024, 5, 6))
    assert iter_events(nlp(text), [monday], [], PUBLISHED) == []


def test_short_names_are_given_in_full(nlp):
    text = "Ada Quill met Pim Adler in Lowmere. Mr. Adler will meet Ms. Quill again on Monday."
    assert what(nlp, text) == "Pim Adler meets Ada Quill"


def test_pronoun_stands_for_the_subject_of_the_sentence_before(nlp):
    text = "Pim Adler leads the ferry union. He met the harbour council on Monday."
    assert what(nlp, text) == "Pim Adler meets the harbour council"


def test_pronoun_takes_the_speaker_of_its_claim_first(nlp):
    text = "Pim Adler spoke first. Ada Quill said she met the council on Monday."
    start = text.index("she")
    claim = Claim(start, len(text) - 1, text[start:-1], "reported", "Ada Quill",
                  text.index("Ada"), len(text), 0.4)
    assert what(nlp, text, claims=[claim]).startswith("Ada Quill meets")


def test_date_cut_off_by_a_stray_full_stop_belongs_to_the_sentence_before(nlp):
    text = ("It is Lina Brand's first visit since winning a second term as mayor, a post "
            "granted by the council. on Monday, capping her rise.")
    assert what(nlp, text) == "Lina Brand wins a second term as mayor"


def test_unresolved_possessive_becomes_a_subject_pronoun(nlp):
    text = "Lowmere has a new mayor. It is her first visit since winning a second term on Monday."
    assert what(nlp, text) == "She wins a second term"


@pytest.mark.parametrize(("text", "expected"), [
    ("a offensive planned", "An offensive planned"),
    ("a union  meets a  European", "A union meets a European"),
    ("the strike ends", "The strike ends"),
    ("Brask posts an profit in an hour", "Brask posts a profit in an hour"),
])
def test_finish(text, expected):
    assert finish(text) == expected


def test_full_name(nlp):
    doc = nlp("Governor Pim Adler met Lina Brand. Adler and Brand talked.")
    assert full_name("Adler", doc) == "Pim Adler"
    assert full_name("Brand", doc) == "Lina Brand"
    assert full_name("Quill", doc) == "Quill"


def test_a_full_name_ending_with_the_surname_beats_one_starting_with_it(nlp):
    doc = nlp("Erik Dahlgren, 58, who runs Dahlgren Coaches, was convicted. Dahlgren was "
              "charged.")
    assert "Dahlgren Coaches" in [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert full_name("Dahlgren", doc) == "Erik Dahlgren"


def test_mention_leaves_out_the_dash_of_a_dateline(nlp):
    text = "Lowmere raises fares\n\nLOWMERE \u2014 The council met Pim Adler on Monday."
    monday = make_timex(text, "Monday", "2024-05-06", dt.date(2024, 5, 6), dt.date(2024, 5, 6))
    event, = iter_events(nlp(text), [monday], [], PUBLISHED)
    start, end = event.mentions[0]
    assert text[start:end] == "The council met Pim Adler on Monday."


def test_a_deadline_the_parser_took_for_an_agent_is_no_actor(nlp):
    text = "Brask Motors agreed a deal that will be finalized by Monday."
    assert what(nlp, text) == "A deal is finalized"


def test_a_date_the_tagger_did_not_type_stays_out_of_the_description(nlp):
    text = "Tenants have sued the Lowmere council, a case due to be heard in the autumn."
    assert what(nlp, text, date="the autumn") == "A case is heard"
