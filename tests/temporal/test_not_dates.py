"""Words and numbers that look like dates but are not, in running text."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "You may be right, said Ilse Brandt.",
    "May I add one more point?",
    "The second round of talks failed.",
    "The 13-year-old girl from Korvik won the prize.",
    "The winner, 56 years old, thanked her family.",
    "The council hired 2000 new workers.",
    "Call the Veldmoor office on 555-2023 or 555-1987.",
    "Version 2.2019 of the app fixed the bug.",
    "The box weighs 1999 grams.",
    "Prices fall when harvests are large.",
    "The river's current carried the boat away.",
    "Copyright ©2022 Korvik Herald Ltd. All rights reserved.",
    "Copyright 2021 Veldmoor Media",
])
def test_no_timex(tag, text):
    assert [(t.text, t.rule) for t in tag(text)] == []


def test_years_before_plural_nouns(tag):
    assert [t.value for t in tag("The 2008 elections were close.")] == ["2008"]
    assert [t.value for t in tag("In 2008 profits fell.")] == ["2008"]


def test_copyright_line_keeps_other_lines_dates(tag):
    text = "The plant closed in 2019.\n\nCopyright ©2022 Korvik Herald Ltd."
    assert [(t.text, t.value) for t in tag(text)] == [("2019", "2019")]


def test_dateline_restating_the_publication_date_is_not_a_timex(tag):
    text = "Korvik opens new bridge\nMarch 17 , 2023\nThe bridge opened on March 17 , 2023 ."
    timexes = tag(text)
    assert [t.start for t in timexes] == [text.rindex("March 17")]


def test_extents_follow_tempeval(tag):
    text = ("The White House on Friday said the offensive planned for the spring began "
            "nearly 13 months ago, in recent weeks it is going on right now.")
    assert [t.text for t in tag(text)] == [
        "Friday", "the spring", "nearly 13 months ago", "recent weeks", "right now"]


def test_results_are_ordered_and_do_not_overlap(tag):
    text = ("On Tuesday, March 14, 2023 at 9 a.m. the mayor said that in the first quarter of "
            "2023 sales rose, and that the fair runs every Monday for two weeks.")
    timexes = tag(text)
    assert all(a.end <= b.start for a, b in zip(timexes, timexes[1:]))
    # "at 9 a.m." right after the date is on that date
    assert [t.value for t in timexes] == ["2023-03-14", "2023-03-14T09:00", "2023-Q1",
                                          "XXXX-WXX-1", "P2W"]
    for t in timexes:
        assert text[t.start:t.end] == t.text
