"""Round 71's categories (blind set 545-552), each on a fictional text of its own: a
capitalised title opening the subject with its "of" phrase and the name after it ("Chair of
trustees Margaret Ellery said") is the named person, not "Chair"; a name closing an
opening participle phrase ("Asked about the ruling at a meet in Sydney, Australia's Holly
Kerr, who finished fourth, said:"), which the parser set in apposition to the phrase's last
noun, is the cue's subject; a quoted adverbial phrase of a reporting verb inside another
cue's report ("the ministry said inspectors would report their findings "in the coming
days."") is the outer speaker's words; the noun of a "with" phrase a present participle
follows speaks ("..., with charities saying the true figure is far higher"); a list that is
the subject of a report with no "that", which the parser split into the cue's object and an
adverbial clause at a "since" inside it, is still reported whole; a body's noun opening a
dek's bullet ("- Regulator says ...") is the first body of its kind the story names, however
many lines of byline and date come between; "the ruling said" is the court named before it
(generator/rules/court_rulings.yaml), as "the statement said" is whoever issued it."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, includes

from generator.extract.quotes.rulings import CourtRulingFile, court_named
from generator.rulefiles import load_rule_file

pytestmark = pytest.mark.model


CASES = [
    case("a_capitalised_title_with_its_of_phrase_before_the_name",
         ("Harlow Playhouse to shut its doors\n\n"
          "Chair of governors Ruth Penhale said the school could no longer pay its staff.\n\n"
          '"We tried everything we could think of," she told the paper.\n\n'
          'Head of music Owen Trask said: "The choir will carry on somewhere."'),
         includes("direct", ("We tried everything we could think of,", "Ruth Penhale")),
         includes("indirect", ("the school could no longer pay its staff", "Ruth Penhale")),
         includes("direct", ("The choir will carry on somewhere.", "Owen Trask"))),
    case("a_name_closing_an_opening_participle_phrase",
         ("Wrenfield swimmer banned for two years\n\n"
          "The tribunal said the sample was beyond doubt.\n\n"
          "Asked about the ban at a gala in Perth, Canada's Dana Moyle, who won bronze in that "
          'race, said: "Nobody wins on a day like this."'),
         includes("direct", ("Nobody wins on a day like this.", "Dana Moyle"))),
    case("the_noun_of_a_with_phrase_speaks_through_its_participle",
         ("Bus fares in Carrow rise for third year\n\n"
          "Fares rose 6% in April, with campaigners saying many riders can no longer afford "
          "the trip."),
         includes("indirect", ("many riders can no longer afford the trip", "campaigners"))),
    case("a_list_subject_split_by_the_parser_is_reported_whole",
         ("Museum to close\n\n"
          "The Garnet Museum in Holloway, which opened in 1921, said falling ticket sales, a "
          "drop in school visits since the pandemic and the end of its city grant had pushed "
          "it into debt."),
         includes("indirect", (
             ("falling ticket sales, a drop in school visits since the pandemic and the end "
              "of its city grant had pushed it into debt"),
             "Garnet Museum",
         ))),
    case("a_bullets_body_is_the_first_of_its_kind_named_below",
         ("Kelvar Recalls 3,100 Buses Over Door Sensor Fault\n\n"
          "- Regulator says sensor can fail in freezing weather\n"
          "- Shares drop 6%\n\n"
          "By Ina Corsa\n"
          "May 4, 2026 at 9:12 AM EDT\n\n"
          "Kelvar Corp. is recalling about 3,100 of its city buses, according to a filing.\n\n"
          "Shares of Kelvar fell 6% in early trading.\n\n"
          "The Federal Transit Safety Administration said in a notice that the fault could let "
          "doors open while a bus is moving."),
         includes("indirect", (
             "sensor can fail in freezing weather",
             "Federal Transit Safety Administration",
         ))),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round71_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_a_quoted_adverbial_of_an_inner_cue_is_the_outer_speakers(quotes_of):
    text = ("Fire at Tarrow paper mill\n\n"
            "The regional labour office said auditors had toured the mill on Monday and "
            "would publish their conclusions \"within a fortnight.\"\n\n"
            "The union said the company had warned staff \"for months\" that the dryer "
            "was unsafe.")
    direct = speakers(quotes_of(text), "direct")
    assert [s for c, s in direct if c == "within a fortnight."] == ["regional labour office"]


def test_the_ruling_speaks_as_the_court_named_before(quotes_of):
    text = ("Cyclist loses appeal\n\n"
            "The Lindmoor Sports Tribunal said on Monday that it had upheld the ban.\n\n"
            "The 30-page ruling said the rider's account was \"simply not credible\" and that "
            "no witness had backed it.\n\n"
            "An earlier report said the team doctor had been suspended.")
    quotes = quotes_of(text)
    assert ("simply not credible", "Lindmoor Sports Tribunal") in speakers(quotes, "direct")
    reported = speakers(quotes, "indirect")
    assert [s for c, s in reported if c.startswith("the rider's account")] == [
        "Lindmoor Sports Tribunal"]
    assert not [c for c, s in reported if c.startswith("the team doctor")]


def test_court_rulings_rule_file_examples():
    rules = load_rule_file("court_rulings.yaml", CourtRulingFile)
    assert rules.examples
    for example in rules.examples:
        assert court_named(example.noun, example.text) == example.court, example.text
