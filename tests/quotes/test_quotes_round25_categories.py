"""Categories that unseen AP, Reuters, AFP, Times, CNN, SCMP and US weekly copy (blind round
25) showed to be general, each on a short fictional text of its own: Hong Kong names with
a romanised given name after the family name ("Derek Lam Ka-wing", "Tsang Wai-kit"),
whose hyphen the tokenizer splits and whose family name is not the last word; "a
spokesperson for the airline" for the company of the story; "the union" (and the lede's
"their union") for the association the story names, and the company itself never for
the longer association's name that opens with it; translated wire copy's bodies (a party
name the parser cut at "for", an acronym in brackets in the original language's letters,
"The observation mission of the bloc, the X Community (XC)," as the mission, "witnesses
reached by AFP" as witnesses); a headline "X declared winner, Y rejects "..." results",
which reports nothing, its one scare word the body quote holds being speech; "the team
said" in a notes paragraph labelled "Kings:"; a one-word "name" ("Melatonin") that the
article also writes in lower case; a standfirst (a paragraph under the headline with no
full stop) whose quote in single marks repeats a body quote, and a one-word headline
quote inside the headline's own report ("Velmar says talks 'useful'") is the report
speaker's; "said he had spent ... while telling families the money was going on their
relatives’ care", a time clause whose report stays in the outer clause."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, exactly, includes, last, speakers_are

from generator.extract.quotes.names import Name

pytestmark = pytest.mark.model

HOUSING = ("Home prices fell again in May.\n\n"
           "\"Buyers are waiting,\" said Kelvin Mok Ho-yin, chief analyst at Pell Holdings.\n\n"
           "Mok said he expected a further fall next year.\n\n"
           "\"We price to the market,\" Pell director Agnes Fung Siu-lan told the Post.\n\n"
           "Chan Tsz-hin, a 29-year-old nurse who bought a flat in May, said the couple had "
           "saved for years.\n\n"
           "\"We could not wait any longer,\" he said.")

STRIKE = ("Pilots at regional carrier Aerova will strike for 24 hours from Friday, their "
          "union said on Monday.\n\n"
          "The Aerova Pilots Association said in a statement that management had "
          "refused to improve its offer. The union says the offer is too low.\n\n"
          "Aerova said it regretted the union's decision.\n\n"
          "\"We have made a fair offer,\" a spokesperson for the {noun} said.")

ELECTION = ("Velmar: incumbent declared winner, opposition rejects \"rigged\" results\n\n"
            "OSKAR, Dec 2 (AFP) - President Ali Dembo won the election, according to "
            "provisional results announced by the National Electoral Commission (CEN).\n\n"
            "\"These results are rigged,\" declared Mariam Koné, who came second.\n\n"
            "Her party, the Alliance for Progress (APG), said in a statement that its "
            "observers had seen fraud.\n\n"
            "According to the CEN, turnout reached 61 percent.\n\n"
            "The observation mission of the regional bloc, the West Coast Community (WCC), "
            "judged in a report that the vote had been \"generally calm\".\n\n"
            "Shops were looted in the port district, according to witnesses reached by AFP.")

NOTES = ("The Orrby Hawks beat the Velm Kings 6-3 on Saturday.\n\n"
         "NOTES\n\n"
         "Hawks: CF Ivo Saar (hamstring) will begin a rehab stint on Tuesday, Hawks manager "
         "Tom Reade said.\n\n"
         "Kings: RHP Ben Cole (elbow) had an MRI on Friday and will see a specialist next "
         "week, the team said.")

STANDFIRST = ("Orrby home prices slide for a third month\n\n"
              "Agents expect deeper discounts as unsold flats pile up, with one warning the "
              "market has 'not yet hit bottom'\n\n"
              "Home prices in Orrby fell 1.2 per cent in October.\n\n"
              "\"The market has not yet hit bottom,\" said Ada Quill, research director at "
              "Pell Realty.")

HEADLINE_REPORT = ("Velmar says talks with Orrland 'useful' but no deal on fishing\n\n"
                   "Talks between Velmar and Orrland ended on Friday without a deal.\n\n"
                   "Velmar foreign ministry spokesperson Ada Quill told a briefing that the "
                   "talks had been \"useful and frank.\"")


CASES = [
    case("hong_kong_names_keep_their_given_name_and_their_family_name",
         HOUSING,
         speakers_are(None, [
             "Kelvin Mok Ho-yin",
             "Kelvin Mok Ho-yin",
             "Agnes Fung Siu-lan",
             "Chan Tsz-hin",
             "Chan Tsz-hin",
         ])),
    case("the_team_of_a_notes_paragraph_is_its_label",
         NOTES,
         speakers_are(None, ["Tom Reade", "Velm Kings"])),
    case("a_standfirst_quote_repeating_a_body_quote_is_speech",
         STANDFIRST,
         exactly("direct", [
             ("not yet hit bottom", "Ada Quill"),
             ("The market has not yet hit bottom,", "Ada Quill"),
         ])),
    case("a_headline_word_inside_the_headline_report_is_its_speakers",
         HEADLINE_REPORT,
         includes("direct", ("useful", "Velmar"))),
    case("a_time_clause_with_a_report_of_its_own_stays_in_the_clause",
         ("Ada Quill, KC, prosecuting, told the jury that Orr had lied. She said he had spent "
          "£9,000 on a car while telling families the money was going on their relatives’ care."),
         last("indirect", (
             ("he had spent £9,000 on a car while telling families the money was going on "
              "their relatives’ care"),
             "Ada Quill",
         ))),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round25_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


@pytest.mark.parametrize(("text", "surname"), [
    ("Derek Lam Ka-wing", "lam"), ("Tsang Wai-kit", "tsang"), ("Moon Jae-in", "moon"),
    ("Andrew Lloyd-Webber", "lloyd-webber"), ("Jean-Pierre Roux", "roux"), ("Ada Quill", "quill")])
def test_a_hyphenated_given_name_follows_the_family_name(text, surname):
    name = Name(0, tuple(w.casefold() for w in text.split()), text)
    assert name.surname == surname
    assert name.ends_with(surname)


@pytest.mark.parametrize("noun", ["airline", "carrier", "company"])
def test_the_union_is_the_association_and_the_airline_keeps_its_voice(quotes_of, noun):
    assert [speaker for _, speaker in speakers(quotes_of(STRIKE.format(noun=noun)))] == [
        "Aerova Pilots Association", "Aerova Pilots Association",
        "Aerova Pilots Association", "Aerova", "Aerova spokesperson"]


def test_a_spokesperson_for_the_port_names_no_company(quotes_of):
    text = STRIKE.format(noun="port").replace("regional carrier ", "")
    assert speakers(quotes_of(text))[-1][1] != "Aerova spokesperson"


def test_translated_wire_copy_names_its_bodies_in_full(quotes_of):
    found = quotes_of(ELECTION)
    assert ("rigged", "Mariam Koné") in speakers(found, "direct")
    assert not any(q.content.startswith("winner") for q in found)
    by_content = dict(speakers(found, "indirect"))
    assert by_content["its observers had seen fraud"] == "Alliance for Progress"
    assert by_content["turnout reached 61 percent"] == "National Electoral Commission"
    assert by_content["the vote had been \"generally calm\""] == \
        "West Coast Community observation mission"
    assert by_content["Shops were looted in the port district"] == "witnesses"


def test_a_word_the_article_writes_in_lower_case_is_no_person(nlp):
    from generator.extract.quotes.names import collect_names

    doc = nlp("\"Melatonin is not a sleeping pill,\" says Dr. Ana Pryce.\n\n"
              "Because melatonin is sold as a supplement, it is not regulated, he noted.")
    assert [n.text for n in collect_names(doc, ("PERSON",))] == ["Ana Pryce"]


def test_a_notes_label_is_no_part_of_the_report(quotes_of):
    assert speakers(quotes_of(NOTES), "indirect")[-1][0] == (
        "RHP Ben Cole (elbow) had an MRI on Friday and will see a specialist next week")
