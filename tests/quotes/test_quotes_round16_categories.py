"""Categories that unseen AP, Reuters, court, BBC and Guardian copy (blind round 16) showed
to be general, each on a short fictional text of its own: a second reporting verb the parser
made a clause of the first, a subject hung in apposition after a comma, a fronted headline
report ("..., officials say"), "it" after a dateline agency, "the judge" for a Justice, a
spokesperson "for the trust", an outlet's regional service that NER takes for a person, a
quoted noun whose determiner sits before its modifiers, and a headline quote set off by a
colon over a headline with a verb of its own."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, exactly, first, said_by, speakers_are

pytestmark = pytest.mark.model


CASES = [
    case("a_second_report_joined_by_but_shares_the_first_verbs_subject",
         ("Rosa Quist, an analyst at the Orm Institute, said markets had shrugged off the "
          "standoff but warned that a long shutdown could delay payments."),
         exactly("indirect", [
             ("markets had shrugged off the standoff", "Rosa Quist"),
             ("a long shutdown could delay payments", "Rosa Quist"),
         ])),
    case("a_subject_hung_in_apposition_after_a_comma_still_speaks",
         ("Speaking after talks in the city of Lausten, Veldran's foreign minister, Irena "
          "Kolar, said both sides had agreed a timetable."),
         exactly("indirect", [("both sides had agreed a timetable", "Irena Kolar")])),
    case("a_fronted_headline_report_before_officials_say",
         ("Tarnby boil-water order to last at least through weekend, officials say\n\n"
          "Residents must keep boiling water until Monday, officials said."),
         first("indirect", (
             "Tarnby boil-water order to last at least through weekend",
             "officials",
         ))),
    case("it_after_a_dateline_agency_is_the_company",
         ("OSLEN, Nov 26 (Reuters) - Tarn Foods cut its forecast on Wednesday and said it "
          "would close two plants.\n\n"
          "The company now expects sales to grow 1% this year, it said in a statement."),
         said_by("indirect", "The company now expects sales to grow 1% this year", "Tarn Foods")),
    case("a_spokesperson_for_the_trust_speaks_for_the_trust_named_before",
         ("Orm Valley Hospitals Trust said it was opening new beds.\n\n"
          'A spokesperson for the trust said: "We are sorry for the delays."'),
         said_by("direct", "We are sorry for the delays.", ("Orm Valley Hospitals Trust "
                                                            "spokesperson"))),
    case("an_outlets_regional_service_is_no_owner_of_her_daughter",
         ("Greta Holm, 81, fell in her kitchen in September.\n\n"
          '"I lay on the floor for hours," she told BBC Ormshire.\n\n'
          "Her daughter, Susan, said she had called for help four times."),
         said_by("indirect", "she had called for help four times", "Susan Holm")),
    case("a_headline_quote_set_off_by_a_colon_takes_the_body_speaker",
         ("'We are closer than ever': Veldran and Ostria agree to resume talks\n\n"
          "Irena Kolar said the sides had agreed a timetable.\n\n"
          "'We are closer than ever to a deal,' she told reporters."),
         first("direct", ("We are closer than ever", "Irena Kolar"))),
    case("a_given_name_spelt_like_an_outlet_is_a_person",
         'Efe Obada, a fisherman, said the harbour would close. "We are finished," he said.',
         speakers_are(None, ["Efe Obada", "Efe Obada"])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round16_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_the_judge_is_the_justice_named_before(quotes_of):
    text = ("Justice Ada Okoro said Mr. Brandt had betrayed the league.\n\n"
            "\"You took from children,\" the judge said, \"and you did it for years.\"")
    found = speakers(quotes_of(text), "direct")
    assert all(speaker == "Ada Okoro" for _, speaker in found), found


def test_a_quoted_noun_determined_before_its_modifiers_is_a_name(quotes_of):
    text = "Orm General said it was opening a 20-bed \"discharge lounge\" next month."
    assert [q.kind for q in quotes_of(text)] == ["indirect"]


def test_a_quoted_noun_after_an_adverb_stays_the_speakers_verdict(quotes_of):
    text = "The mayor called the deal a truly \"historic moment\" for Orm."
    assert [(q.kind, q.content) for q in quotes_of(text)] == [("direct", "historic moment")]
