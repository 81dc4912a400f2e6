"""Round 94's categories (blind set 729-736), each on a fictional text of its own: a "he"
or "she" stands for a person, never for a body, whether the body is the subject of the
sentence before ("NHS Dunmere said he was ... ¶ Speaking to ..., he said") or the
company a fronted question names ("Asked whether Marlowe would ..., he said"); "the
email said" after "In an email to staff, X wrote that ..." (the writer's); and a
standfirst's "Campaign group calls sentences ‘...’" (the organisation the body names saying
the words), while a standfirst's "union warns of ‘...’" stays the union's over its
official quoted below."""

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


def test_the_email_said_after_in_an_email_x_wrote(quotes_of):
    quotes = quotes_of(
        "Lecturers at Velby University to strike over pensions\n\n"
        "By Ana Reed, education reporter\n\n"
        "Staff at Velby University will walk out for ten days next month in a row over "
        "pensions.\n\n"
        "In an email to all staff on Monday, vice-chancellor Prof Hilda Marsh wrote that the "
        "university faced \"hard choices\" and that strikers would lose pay.\n\n"
        "\"I understand the anger, and I respect the right of colleagues to strike,\" the "
        "email said. \"I also have to make sure this university is still here in 30 years.\"")
    assert _speaker_of(quotes, "I understand the anger") == "Hilda Marsh"
    assert _speaker_of(quotes, "I also have to make sure") == "Hilda Marsh"


def test_a_standfirst_body_noun_is_the_organisation_the_body_names(quotes_of):
    quotes = quotes_of(
        "Road protesters jailed over motorway blockade as judge says protest 'went too far'"
        "\n\nCampaign group calls sentences ‘cruel’, while transport minister says they send "
        "a message\n\nAna Reed\nFri 3 May 2024 17.42 BST\n\n"
        "Three road protesters who blocked a motorway near Velby for two days have been "
        "jailed for between one and two years.\n\n"
        "The defendants, members of the group Green Fury, climbed on to gantries over "
        "the M49 in June last year.\n\n"
        "Green Fury said in a statement that the sentences were ‘cruel’ and ‘meant to "
        "scare people’.\n\n"
        "‘This is what a free country should never do,’ said Orla Penn, a spokeswoman for "
        "Green Fury.")
    assert next(q.speaker for q in quotes if q.kind == "direct" and q.content == "cruel"
                and q.start < 200) == "Green Fury"


def test_a_standfirst_union_stays_the_union_over_its_official(quotes_of):
    quotes = quotes_of(
        "University strike begins\n\n"
        "Lecturers at 20 universities walk out as union warns of ‘no end in sight’ without "
        "a new offer\n\nAna Reed\nMon 4 Mar 2024 07.00 GMT\n\n"
        "Lecturers at 20 universities walked out on Monday over pay.\n\n"
        "The union’s general secretary, Orla Penn, said: ‘Nobody strikes lightly.’\n\n"
        "Penn told the Guardian that there was ‘no end in sight’ unless employers talked.")
    assert next(q.speaker for q in quotes if q.kind == "direct"
                and q.content == "no end in sight" and q.start < 120) != "Orla Penn"
