"""Categories that unseen News24, Daily Nation, NPR, Politico, Anadolu and local TV copy
(blind round 33) showed to be general, each on a short fictional text of its own: an
acronym written as a word in brackets ("the Orvale Transport Workers' Union (Otwu)", as
South African and British copy writes "Samwu" or "Nato") names the organisation when its
letters are the name's initials, and a capitalised word in brackets that spells no
initials (a place) names nothing; Kenyan titles used alone: "the CS" is the Cabinet
Secretary named before with "Dr" between title and name (speakers.yaml ``titles`` and
``title_abbreviations``), "the union boss" the leader just named (``epithets``); a
woman named by her given name alone with her age ("Speaking to the agency, Fatma, 47, who
lost ..., said") speaks, although the parser hung her on the opening participle phrase
and NER tagged her an organisation; "the ministry" in a story that named no ministry but
a minister by portfolio is that minister's ministry (``offices_of_titles``); "Teachers who
spoke to us said" after "the Teachers Service Commission" are teachers, not the body; a
nickname in marks between given name and surname ('Dorothy "Dot" Gaines', which NER cuts
apart) still makes one person, whom "Gaines says" and a later "she says" name; a list
of countries the parser put in apposition to an opening phrase ("On the other side,
Veldran, Ostria and the Nordic countries argue that ...") is the subject, a bloc noun
closing the list included."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, exactly, last

pytestmark = pytest.mark.model


CASES = [
    case("the_cs_is_the_cabinet_secretary_named_with_an_honorific",
         ("Health Cabinet Secretary Dr Achieng Olwande said clinics would reopen on Monday.\n\n"
          '"We have paid the nurses," the CS told reporters in Kisii.'),
         exactly("direct", [("We have paid the nurses,", "Achieng Olwande")])),
    case("the_union_boss_is_the_leader_just_named",
         ('"We will not go back on empty promises," said Mr Joseph Kiprono, the '
          "secretary-general of the Orvale Nurses Union.\n\n"
          "The union boss insisted that no nurse would be punished for striking."),
         exactly("indirect", [("no nurse would be punished for striking", "Joseph Kiprono")])),
    case("a_given_name_alone_after_a_fronted_participle_speaks",
         ("Speaking to the agency, Fatma, 47, who lost her shop in the flood, said she had "
          "waited two years for a home.\n\n"
          '"I can finally sleep," she said.'),
         exactly(None, [
             ("she had waited two years for a home", "Fatma"),
             ("I can finally sleep,", "Fatma"),
         ])),
    case("plural_common_noun_opening_a_sentence_is_no_short_name",
         ("The Nurses Council of Orvale said clinics would stay open.\n\n"
          "Nurses who spoke to the Ledger in Kisa said they had not been paid since June."),
         last("indirect", ("they had not been paid since June", "Nurses"))),
    case("a_nickname_ner_cuts_out_of_the_name_still_names_her",
         ("ORRIN FLATS, Ky. — Most mornings, once the mist clears off the Varrow River, "
          'Eleanor "Nell" Hobbs unlocks the old mill and lights the stove.\n\n'
          '"It is slow work," Hobbs says.\n\n'
          "Hobbs says she hopes the grant comes through."),
         exactly(None, [
             ("It is slow work,", "Eleanor Hobbs"),
             ("she hopes the grant comes through", "Eleanor Hobbs"),
         ])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round33_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


@pytest.mark.parametrize("text, expected", [
    ("Water ran out on Friday. The Orvale Municipal Workers' Union (Omwu) said in a statement "
     "that its members were \"working double shifts\" and should not be blamed.",
     "Orvale Municipal Workers' Union"),
    ("Drivers stopped work at noon. The Orvale Transport Workers' Union (OTWU) said its "
     "members would strike on Monday.",
     "Orvale Transport Workers' Union"),
])
def test_a_word_shaped_acronym_names_the_union(quotes_of, text, expected):
    found = speakers(quotes_of(text), "indirect")
    assert found and found[0][1] == expected


def test_a_bracketed_word_that_spells_no_initials_is_no_acronym():
    from generator.extract.quotes.bodies import _names_acronym
    from generator.nlp import load_pipeline

    words = list(load_pipeline()("Orvale Transport Workers' Union"))
    assert _names_acronym("Otwu", words)
    assert not _names_acronym("Kelby", words)


@pytest.mark.parametrize("text, expected", [
    ("Speaking in Varna, Transport and Ports Minister Osman Kilic said the bridge would open "
     "in May.\n\nAccording to a statement from the ministry, the tender was won by a local "
     "firm.",
     "Transport and Ports Ministry"),
    ("Prime Minister Osman Kilic said the bridge would open in May.\n\nAccording to a "
     "statement from the ministry, the tender was won by a local firm.",
     "ministry"),
])
def test_the_ministry_of_the_minister_named_by_portfolio(quotes_of, text, expected):
    assert speakers(quotes_of(text), "indirect")[-1] == (
        "the tender was won by a local firm", expected)


def test_a_nickname_in_marks_leaves_given_name_and_surname_one_person(quotes_of):
    text = ("At dawn, Margaret \"Peg\" Hollins opens the mill gate.\n\n\"It never gets old,\" "
            "Hollins says.\n\nTom Arden, a professor at Kelby College, says mills are rare.\n\n"
            "Hollins says she will retire next year.\n\n\"Maybe,\" she says.")
    found = dict(speakers(quotes_of(text)))
    hollins = found["It never gets old,"]
    assert hollins.startswith("Margaret") and hollins.endswith("Hollins")
    assert found["Maybe,"] == found["she will retire next year"] == hollins


@pytest.mark.parametrize("text, expected", [
    ("On the other side, Veldran, Ostria and the Nordic countries argue that the fund is too "
     "small.", "Veldran, Ostria and the Nordic countries"),
    ("On the other side, Veldran, Ostria and Kessia argue that the fund is too small.",
     "Veldran, Ostria and Kessia"),
])
def test_a_list_of_countries_after_an_opening_phrase_speaks(quotes_of, text, expected):
    assert speakers(quotes_of(text), "indirect") == [("the fund is too small", expected)]
