"""Rounds 48-50's categories (blind set 361-384), each on a fictional text of its own:
"the sources" and "One of the sources" after an unnamed source described with another
noun ("three people familiar with the matter") are that source; "the company said" after
a thing "operated by" a company NER took for a place is that company; a name a relative
clause gives a husband or a son ("X, whose husband is among those trapped,") is a
person's, so a later "she" can refer back to it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _found(quotes, kind):
    return [(q.content, q.speaker) for q in quotes if q.kind == kind]


def test_the_sources_are_the_unnamed_people_described_before(quotes_of):
    text = ("LONDON (Reuters) - Brevik Oil is in talks to buy Dunmore Gas, three people "
            "familiar with the matter said on Wednesday.\n\n"
            "The two companies could announce a deal next week, the sources said, asking not "
            "to be named.\n\n"
            "One of the sources said Brevik had offered a premium of about 20%.")
    found = _found(quotes_of(text), "indirect")
    assert ("The two companies could announce a deal next week",
            "people familiar with the matter") in found
    assert ("Brevik had offered a premium of about 20%", "person familiar with the matter") \
        in found


def test_the_sources_keep_their_own_noun_when_it_was_used(quotes_of):
    text = ("OSLO (Reuters) - Fjordal will cut 400 jobs, two sources close to the company said "
            "on Monday.\n\n"
            "The cuts will be announced next week, the sources said.")
    assert ("The cuts will be announced next week", "sources close to the company") \
        in _found(quotes_of(text), "indirect")


def test_the_company_is_the_operator_of_the_thing_named_before(quotes_of):
    text = ("Hopes fade for miners trapped in Tavera\n\n"
            "San Lucio (AFP) - Rescuers dug through the night to reach 14 miners trapped at a "
            "copper mine in southern Tavera.\n\n"
            "The collapse occurred on Tuesday at the Cerro Alto mine, operated by Minera "
            "Andesur.\n\n"
            "\"We are doing everything possible to reach our colleagues,\" the company said in "
            "a statement.")
    assert _found(quotes_of(text), "direct") == [
        ("We are doing everything possible to reach our colleagues,", "Minera Andesur")]


def test_a_name_given_a_husband_is_a_persons_she(quotes_of):
    text = ("Mining Minister Carolina Ruiz said an investigation would be opened.\n\n"
            "Outside the gates, Marisol Quispe, whose husband and brother are among those "
            "trapped, said families had received no news for hours.\n\n"
            "\"They tell us nothing,\" she told AFP.")
    assert _found(quotes_of(text), "direct") == [("They tell us nothing,", "Marisol Quispe")]
