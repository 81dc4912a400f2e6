"""Round 91's leftovers (blind set 705-712) fixed in session 20, each on a fictional text
of its own: "he said later" after a sentence whose subject is a person and a next sentence
opening "His party ..." (the possessive votes that person a he, as a subject pronoun
there does), a dateline whose city the parser made the subject, with the real subject
apposed to the bracketed agency and the person inside its "of" phrase ("PORT ORSK, March 2
(Reuters) - Reserve Bank of New Velmar Governor X told ..."), a subheading whose quoted word
the paragraph below holds in marks ("'Illegal' stoppage" over a ministry's "illegal")."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _found(quotes, kind):
    return [(q.content, q.speaker) for q in quotes if q.kind == kind]


def test_his_party_votes_for_the_subject_before(quotes_of):
    quotes = quotes_of(
        "Orsk housing row\n\nMr Tom Rusk said more than 2,000 homes would be built this year."
        "\n\n\"The plan is working,\" he said.\n\nGreen Party councillor Niall Brannagh said "
        "the figures were \"a disgrace\" and called for a rent freeze. His party tabled a "
        "motion to that effect in October, which was defeated by 12 votes.\n\n\"We warned "
        "about this in June,\" he said later outside the town hall. \"Nobody is laughing now.\"")
    assert _found(quotes, "direct")[-2:] == [("We warned about this in June,", "Niall Brannagh"),
                                             ("Nobody is laughing now.", "Niall Brannagh")]


def test_a_person_inside_the_agency_apposition_of_a_dateline(quotes_of):
    quotes = quotes_of(
        "Velmar central bank chief tells lawmakers price fight 'not yet over'\n\nPORT ORSK, "
        "March 2 (Reuters) - Reserve Bank of New Velmar Governor Alistair Penfold told "
        "lawmakers on Thursday that the fight against inflation was \"not yet won,\" and that "
        "the central bank was prepared to hold rates.")
    assert _found(quotes, "indirect")[-1] == (
        "the fight against inflation was \"not yet won,\"", "Alistair Penfold")


def test_a_subheading_word_the_paragraph_below_quotes(quotes_of):
    quotes = quotes_of(
        "Orsk port strike\n\nDockworkers at Orsk walked out on Monday, the union said.\n\n"
        "'Illegal' stoppage\n\nVelmar's Ministry of Labour said in a statement on Wednesday "
        "that the stoppage was \"illegal\" because the union had not completed mediation.")
    assert _found(quotes, "direct") == [("Illegal", "Ministry of Labour"),
                                        ("illegal", "Ministry of Labour")]
