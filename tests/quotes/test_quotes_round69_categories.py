"""Round 69's categories (blind set 529-536), each on a fictional text of its own: a party
epithet after a possessive ("The panel's ranking Republican, Sen. X,") describes the person
named in apposition; "he said" after "A ... guide who knows the route well ... said" is that
unnamed guide (a noun with a "who" relative is a person); a bare "a spokeswoman said" after
a report whose subject is a body speaks for that body; "X agreed to buy Y ..., the companies
said" is X and Y, and so is the next "the companies said"; "the tournament said" is the
event named before ("the Lowcountry Open"; generator/rules/event_speakers.yaml); a report
inside a relative clause with a cue of its own (", which he argued would ...") is the inner
cue's, and the outer report stops before it; "told X the injury flared up ... and that ..."
(no "that": the clause's subject read as a second object) is a report; a noun phrase in
marks after "was a" inside a reported clause is the speaker's words."""

from __future__ import annotations

import pytest

from generator.extract.quotes.event_speakers import EventSpeakerFile, event_named
from generator.rulefiles import load_rule_file

pytestmark = pytest.mark.model


def _found(quotes, kind):
    return [(q.content, q.speaker) for q in quotes if q.kind == kind]


def test_a_party_epithet_after_a_possessive_describes_the_name_apposed(quotes_of):
    text = ("The panel's ranking Republican, Sen. Harriet Colvane (R-Idaho), voted no, arguing "
            "the plan would raise costs for ranchers.")
    assert ("the plan would raise costs for ranchers", "Harriet Colvane") in _found(
        quotes_of(text), "indirect")


def test_he_after_an_unnamed_person_described_by_who(quotes_of):
    text = ("Town mayor Peter Lanois wrote on X that the valley was grieving.\n\n"
            "A ski instructor who knows the slope well, speaking on condition of anonymity, "
            "said the run was often icy in March.\n\n"
            "\"People rush up after fresh snow and they forget the wind,\" he said.")
    assert ("People rush up after fresh snow and they forget the wind,", "ski instructor") \
        in _found(quotes_of(text), "direct")


def test_a_bare_spokeswoman_speaks_for_the_body_her_report_is_about(quotes_of):
    text = ("The Marlow county council said in a statement that the road would reopen.\n\n"
            "The Velden prosecutor's office has opened an inquiry into the crash, a "
            "spokeswoman said.")
    assert ("The Velden prosecutor's office has opened an inquiry into the crash",
            "Velden prosecutor's office spokeswoman") in _found(quotes_of(text), "indirect")


def test_the_companies_are_the_buyer_and_the_bought(quotes_of):
    text = ("Corvane Media agreed to buy Tessel Streaming in an all-stock deal, the companies "
            "said Monday.\n\n"
            "The deal needs approval from regulators. Tessel Chief Executive Ian Moro will "
            "join the board, the companies said.")
    reported = _found(quotes_of(text), "indirect")
    assert ("Corvane Media agreed to buy Tessel Streaming in an all-stock deal",
            "Corvane Media and Tessel Streaming") in reported
    assert ("Tessel Chief Executive Ian Moro will join the board",
            "Corvane Media and Tessel Streaming") in reported


def test_the_tournament_is_the_event_named_before(quotes_of):
    text = ("Top-seeded Lena Vrany reached the final of the Saltmarsh Open on Friday after "
            "her opponent withdrew.\n\n"
            "Her opponent pulled out an hour before the match, the tournament said.")
    assert ("Her opponent pulled out an hour before the match", "Saltmarsh Open") in _found(
        quotes_of(text), "indirect")


def test_event_speaker_examples_of_the_rule_file():
    rules = load_rule_file("event_speakers.yaml", EventSpeakerFile)
    assert rules.examples
    for example in rules.examples:
        assert event_named(example.noun, example.text) == example.name, example.text


def test_a_report_in_a_relative_clause_with_its_own_cue(quotes_of):
    text = ("A council spokesman, Dan Okafor, said the council would appeal the ruling, "
            "which he argued would leave tenants without heat this winter.")
    reported = _found(quotes_of(text), "indirect")
    assert ("the council would appeal the ruling", "Dan Okafor") in reported
    assert ("would leave tenants without heat this winter", "Dan Okafor") in reported


def test_the_same_verb_in_a_relative_clause_repeats_the_report(quotes_of):
    text = ("Justice Mara Lind said the trial court had misread the statute, which she said "
            "had been written to protect tenants.")
    assert _found(quotes_of(text), "indirect") == [
        ("the trial court had misread the statute, which she said had been written to "
         "protect tenants", "Mara Lind")]


def test_told_an_outlet_a_clause_read_as_a_second_object(quotes_of):
    text = ("Her trainer, Paolo Renzi, told The Associated Press the knee swelled up during "
            "practice Tuesday and that a scan showed no damage.")
    assert ("the knee swelled up during practice Tuesday and that a scan showed no damage",
            "Paolo Renzi") in _found(quotes_of(text), "indirect")


def test_what_a_thing_was_inside_a_report_is_the_speakers(quotes_of):
    text = ("Governor Ada Pell said in a statement the budget deal was a “sensible "
            "compromise,” though she warned lawmakers would have to find savings.")
    assert ("sensible compromise,", "Ada Pell") in _found(quotes_of(text), "direct")
