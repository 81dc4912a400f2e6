"""Rounds 64-65's categories (blind set 489-504), each on a fictional text of its own: a
curly single mark after an "s" before a preposition of place or time ("‘parked like buses’
outside the depot") closes the quote, no possessive precedes "outside"; letters after a
name that the parser made its head ("Mara Quill KC told jurors ... ‘...,’ she said") are no
name, so "she" is Mara Quill and not another barrister written with the same letters;
"according to a timeline NASCAR released" (the body parsed as the head, the document an
adjective on it) cites a document, no report of the body; a Title Case title set off by
commas after the noun it names ("a 1958 show, ‘Orm: Salt and Stone’, that ...") is no quote;
"vowed to campaign for a ballot measure ... that would ..." (a relative "that" after the
cue's infinitive) is no report."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _found(quotes, kind):
    return [(q.content, q.speaker) for q in quotes if q.kind == kind]


def test_a_single_mark_after_s_before_a_preposition_closes_the_quote(quotes_of):
    text = ("Bus drivers in Tollan say the new timetable is unworkable.\n\n"
            "A driver with nine years’ service, who asked not to be named, said coaches were "
            "‘parked like buses’ outside the Tollan depot for whole mornings.\n\n"
            "‘You wait and wait, and nobody tells you anything,’ he said.")
    direct = _found(quotes_of(text), "direct")
    assert ("parked like buses", "driver") in direct
    assert ("You wait and wait, and nobody tells you anything,", "driver") in direct


def test_a_possessive_s_before_a_noun_stays_an_apostrophe(quotes_of):
    text = "‘The drivers’ union will fight this,’ said Ana Ruel, a shop steward."
    assert _found(quotes_of(text), "direct") == [
        ("The drivers’ union will fight this,", "Ana Ruel")]


def test_letters_after_a_name_are_no_name_for_a_pronoun(quotes_of):
    text = ("Opening the case at Harlby crown court on Monday, Mara Quill KC told jurors the "
            "loans had been ‘a fiction from start to finish’.\n\n"
            "‘Mr Dace knew the money was never coming back,’ she said.\n\n"
            "Under cross-examination by the defence barrister, Tobias Reyne KC, the "
            "accountant accepted that she had kept no notes.")
    direct = _found(quotes_of(text), "direct")
    assert ("Mr Dace knew the money was never coming back,", "Mara Quill") in direct


def test_a_document_a_body_released_is_no_speech_of_the_body(quotes_of):
    text = ("Rescue boats took six minutes to reach the capsized dinghy, according to a "
            "timeline FIFA released Tuesday. The sailor swam ashore.")
    assert _found(quotes_of(text), "indirect") == []


def test_a_title_set_off_by_commas_after_its_noun_is_no_quote(quotes_of):
    text = ("Vell said the dealer had printed the catalogue of a 1958 show, ‘Orm: Salt and "
            "Stone’, that never opened.")
    assert _found(quotes_of(text), "direct") == []


def test_a_relative_clause_after_the_cues_infinitive_is_no_report(quotes_of):
    text = ("Mayor Ina Dole vowed to campaign for a ballot measure next year that would write "
            "pay rises into law.\n\nMayor Ina Dole said that would be a mistake.")
    assert _found(quotes_of(text), "indirect") == [("that would be a mistake", "Ina Dole")]
