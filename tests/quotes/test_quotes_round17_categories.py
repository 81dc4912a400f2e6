"""Categories that unseen Reuters, court, Guardian, BBC Sport, Indian and AFP copy (blind
round 17) showed to be general, each on a short fictional text of its own: an abbreviation
the article defines ("... Authority (SDMA)") names the body, a name with initials after an
office's "of" phrase ("Leader of the Opposition N. R. Varma"), a report fronted before
"..., officials said" that the parser made a conjunct, "told Reuters" closing such a report
(so "one of the people" is one of that group), a relative clause with no "that" ("money
prosecutors said she spent"), a manner phrase after the cue ("her voice breaking"), a unit
after a number ("Rs 5 lakh each") and a trial are no reports, "X, asked about it, said:"
gives X the quote, and places joined by "and" inside a prepositional phrase are no joint
speaker."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, exactly, speakers_are

pytestmark = pytest.mark.model


CASES = [
    case("a_defined_abbreviation_names_the_body_it_stands_for",
         ("Some 4,000 people were moved to shelters, according to the Coastal Flood Relief "
          "Board (CFRB).\n\n"
          "The CFRB said the shelters would stay open until Sunday."),
         exactly("indirect", [
             ("Some 4,000 people were moved to shelters", "Coastal Flood Relief Board"),
             ("the shelters would stay open until Sunday", "Coastal Flood Relief Board"),
         ])),
    case("a_name_with_initials_after_an_office_of_phrase",
         ("Leader of the Opposition T. Ravi Kumar alleged that the relief camps had run out of "
          "drinking water."),
         exactly("indirect", [
             ("the relief camps had run out of drinking water", "T. Ravi Kumar"),
         ])),
    case("a_relative_clause_with_no_that_reports_what_follows_the_cue",
         ("A former clerk of the Orm sailing club was jailed on Friday for taking $90,000 from "
          "its accounts, money prosecutors said he spent on cars and a boat."),
         exactly("indirect", [("he spent on cars and a boat", "prosecutors")])),
    case("a_manner_phrase_after_the_cue_is_no_report",
         ('"I let down everyone who trusted me with the club\'s money," Mr. Brandt said, his '
          'voice shaking. "I am sorry."'),
         exactly("indirect", []), speakers_are("direct", ["Brandt", "Brandt"])),
    case("a_unit_after_a_number_is_no_reported_clause",
         ("Chief Minister S. Lata Rao announced a grant of Rs 2 lakh each to the families of "
          "the fishermen."),
         exactly("indirect", [])),
    case("a_trial_is_a_source_not_a_speaker",
         ("Daily walks slowed memory loss by a third over two years, according to a large "
          "trial."),
         exactly("indirect", [])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round17_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_a_report_fronted_before_officials_said_on_a_conjunct(quotes_of):
    text = ("VELAPUR: At least 11 people were killed and thousands of huts damaged after "
            "Cyclone Meera made landfall near Orampet on Monday night with winds of up to "
            "120 kmph, officials said on Tuesday.")
    found = speakers(quotes_of(text), "indirect")
    assert len(found) == 1 and found[0][1] == "officials"
    assert found[0][0].startswith("At least 11 people were killed")
    assert found[0][0].endswith("up to 120 kmph")


def test_one_of_the_people_after_a_report_closed_by_told_reuters(quotes_of):
    text = ("Tarnfield is also weighing a sale of its seeds unit, which could fetch about "
            "$400 million, two people familiar with the matter told Reuters. The company has "
            "hired advisers, one of the people said.")
    found = dict(speakers(quotes_of(text), "indirect"))
    assert found["The company has hired advisers"] == "person familiar with the matter"
    reported = [content for content in found if content.startswith("Tarnfield is also")]
    assert reported and found[reported[0]] == "people familiar with the matter"


def test_a_speaker_set_off_before_a_participle_phrase_keeps_the_quote(quotes_of):
    text = ("Winger Piet Voss was brought down in the box, and Kelby scored the penalty.\n\n"
            "Coach Mira Holt said Voss had dived.\n\n"
            "Voss, asked about the incident after the game, said: \"He kicked my ankle. I "
            "did not dive.\"")
    direct = speakers(quotes_of(text), "direct")
    assert direct == [("He kicked my ankle. I did not dive.", "Piet Voss")]
    assert all(not content.startswith("Voss, asked")
               for content, _ in speakers(quotes_of(text), "indirect"))


def test_places_joined_in_a_prepositional_phrase_are_no_joint_speaker(quotes_of):
    text = ("Velmark and Ostria agreed on Monday to reopen their border, both sides "
            "announced.\n\n"
            "The crossings at Harn, Selby and Tolva will open to cars from June, the two "
            "governments said in a joint statement.")
    found = dict(speakers(quotes_of(text), "indirect"))
    crossing = next(c for c in found if c.startswith("The crossings"))
    assert found[crossing] == "Velmark and Ostria"
