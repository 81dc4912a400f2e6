"""Round 94's categories (blind set 729-736), each on a fictional text of its own: a "he"
or "she" stands for a person, never for a body, whether the body is the subject of the
sentence before ("NHS Dunmere said he was ... ¶ Speaking to ..., he said") or the
company a fronted question names ("Asked whether Brannock would ..., he said")."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _speaker_of(quotes, start):
    return next(q.speaker for q in quotes if q.content.startswith(start))


def test_he_after_a_body_with_initials_said_is_the_person(quotes_of):
    quotes = quotes_of(
        "Climber found alive after four days on Skarn Fell\n\nBy Ana Reed, news reporter\n\n"
        "A climber who had been missing for four days on Skarn Fell has been found alive.\n\n"
        "Ewan Torr, leader of the Skarn Mountain Rescue Team, said the climber was \"very "
        "weak\" but able to speak.\n\n"
        "Tomas Elvery, 28, from Dunmere, was flown to Harlow General Hospital by helicopter. "
        "NHS Dunmere said he was in a serious condition.\n\n"
        "Speaking to Velby Radio from his hospital bed, he said he had slipped on ice near "
        "the ridge.\n\n"
        "\"I kept moving my toes to stay awake,\" he said.")
    assert _speaker_of(quotes, "he was in a serious") == "NHS Dunmere"
    assert _speaker_of(quotes, "he had slipped") == "Tomas Elvery"
    assert _speaker_of(quotes, "I kept moving") == "Tomas Elvery"


def test_he_after_asked_whether_the_company_is_the_chief(quotes_of):
    quotes = quotes_of(
        "Chipmaker Marlowe cuts outlook as carmakers pull back\n\nBy Ola Brandt\n\n"
        "ORSK, May 3 (Reuters) - German chipmaker Marlowe Semiconductor cut its yearly sales "
        "forecast on Tuesday.\n\n"
        "\"Orders have slowed in every market,\" Chief Executive Pieter Valde told analysts on "
        "a call.\n\n"
        "The warning undercuts what Valde in July called a \"slow recovery\". It is the third "
        "cut in a year.\n\n"
        "Asked whether Marlowe would close plants, he said it was \"too soon\" to say.")
    assert _speaker_of(quotes, "it was \"too soon\"") == "Pieter Valde"


def test_a_man_sharing_a_name_with_a_company_keeps_his_pronoun(quotes_of):
    quotes = quotes_of(
        "Orsk haulier wins contract\n\nBy Ola Brandt\n\n"
        "Vance Haulage won a contract to carry grain for the Orsk co-operative.\n\n"
        "Harold Vance, who founded the firm in 1990, said he was proud of his drivers.\n\n"
        "\"They never missed a harvest,\" he said.")
    assert _speaker_of(quotes, "They never missed") == "Harold Vance"
