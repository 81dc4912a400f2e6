"""Categories that unseen Kyodo, Times of India, Punch, Irish Times, Bloomberg, Canadian
Press, BBC Sport and AP copy (blind round 32) showed to be general, each on a short
fictional text of its own: "the club said" in a sports story whose club NER tags as a
person and is never a subject ("Orm Rovers manager X says ..."), the club the story names
most by a name ending in a club word (speakers.yaml ``club_name_endings``) and shown to be
a club by a "manager" or "coach" after it once (not "Kansas City" in a science story's
"the team said"); "Policymakers
wrote that ..." right after "the bank said in a statement", the bank (``board_plurals``);
"The authority, in a statement signed by its spokesperson, Mr X, said": the authority
speaks, whether the parser made the name a second subject or an apposition of the
authority, and so does "the statement added" after it; "said two barns had been lost,
though they cautioned that ...": the second report, hung inside the first as an adverbial
clause, is a report of its own and not part of the first."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, exactly, first, last

pytestmark = pytest.mark.model


CASES = [
    case("a_city_named_in_other_copy_is_no_team",
         ("Researchers in Kansas City and Salt Lake City tracked 400 patients.\n\n"
          "The team said that the drug had cut relapses by a third."),
         exactly("indirect", [("the drug had cut relapses by a third", "team")])),
    case("policymakers_writing_right_after_the_bank_speak_for_it",
         ('The Bank of Varnia held its key rate at 6%. "The board sees risks on both sides," '
          'the bank said in a statement. Policymakers wrote that rising rents posed "clear '
          'risks" to the outlook.'),
         exactly("indirect", [
             ('rising rents posed "clear risks" to the outlook', "Bank of Varnia"),
         ]),
         last("direct", ("clear risks", "Bank of Varnia"))),
    case("policymakers_a_paragraph_after_the_bank_stay_policymakers",
         ('"The board sees risks," the Bank of Varnia said in a statement.\n\n'
          "Policymakers said that rates would stay high."),
         last("indirect", ("rates would stay high", "Policymakers"))),
    case("policymakers_with_no_organisation_just_before_stay_policymakers",
         ("Mara Doyle, an economist at Kestrel Partners, said the outlook was weak. "
          "Policymakers said that rates would stay high."),
         last("indirect", ("rates would stay high", "Policymakers"))),
    case("a_condition_with_its_own_report_stays_in_the_clause",
         "Mayor Ada Quill said prices would rise if the board warned that costs were up.",
         first("indirect", (
             "prices would rise if the board warned that costs were up",
             "Ada Quill",
         ))),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round32_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


@pytest.mark.parametrize("text, expected", [
    ("Orm Rovers: Sam Tilly says slump 'no crisis'\n\nOrm Rovers manager Sam Tilly says the "
     "side's slump is no crisis before the trip to Dunmore City.\n\nThe club said in a "
     "statement that the captain would miss 'at least six weeks'.",
     "Orm Rovers"),
    ("Kelby Athletic boss Ray Marr said his players were tired.\n\nKelby Athletic lost 2-0 "
     "at Ferncastle United on Saturday.\n\nThe club said that two players had been injured.",
     "Kelby Athletic"),
])
def test_the_club_is_the_club_named_most(quotes_of, text, expected):
    found = [speaker for _, speaker in speakers(quotes_of(text), "indirect")]
    assert found and found[-1] == expected


def test_the_club_that_was_a_subject_still_wins(quotes_of):
    text = ("Harlan County beat Orm Rovers 3-1 on Saturday. Orm Rovers manager Sam Tilly was "
            "furious.\n\nHarlan County have signed a new striker. The club said the deal "
            "would run until 2029.")
    assert speakers(quotes_of(text), "indirect")[-1][1] != "Orm Rovers"


@pytest.mark.parametrize("sentence", [
    "The authority, in a statement signed by its spokesperson, Mr Chinedu Okonkwo, said it "
    "had deployed monitors to filling stations.",
    "The authority, in a statement signed by its spokesperson, Mr Dapo Ekwueme, said it had "
    "deployed monitors to pumping stations.",
])
def test_the_organisation_speaks_not_the_spokesperson_who_signed(quotes_of, sentence):
    text = ("The Corvale Water Regulatory Authority raised tariffs on Monday.\n\n" + sentence
            + "\n\n\"Any station found wasting water will be sanctioned,\" the statement added.")
    found = {speaker for _, speaker in speakers(quotes_of(text))}
    assert found == {"Corvale Water Regulatory Authority"}


@pytest.mark.parametrize("text, expected", [
    ("Officials said two barns had been lost, though they cautioned that an accurate count "
     "was not yet possible.",
     [("two barns had been lost", "Officials"),
      ("an accurate count was not yet possible", "Officials")]),
    ("Police said three cars had been stolen, although detectives warned that the total "
     "could rise.",
     [("three cars had been stolen", "Police"), ("the total could rise", "detectives")]),
])
def test_a_second_report_inside_the_first_is_its_own(quotes_of, text, expected):
    assert speakers(quotes_of(text), "indirect") == expected
