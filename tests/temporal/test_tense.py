"""Tense of the clause around a timex (timex_tense), read from the parse."""

from __future__ import annotations

import pytest

from generator.extract.temporal import timex_tense


@pytest.mark.parametrize(("text", "word", "tense"), [
    ("The mayor resigned on Friday.", "Friday", "past"),
    ("The mayor will resign on Friday.", "Friday", "future"),
    ("The mayor is due to resign on Friday.", "Friday", "future"),
    ("The trial is set to begin on Wednesday.", "Wednesday", "future"),
    ("The mayor has resigned on Friday.", "Friday", "past"),
    ("The council meets on Fridays.", "Fridays", "present"),
    ("A report released last month called for talks.", "last month", "past"),
    ("Leaders meet at the upcoming summit next week.", "next week", "future"),
    ("The firm said it would close the plant in March.", "March", "future"),
    ("The summit is to be held on Friday.", "Friday", "future"),
    ("Prices are likely to rise in February.", "February", "future"),
    ("Snow is forecast to continue through Thursday.", "Thursday", "future"),
    ("The government has ordered banks to stay open through Sunday.", "Sunday", "future"),
    ("The bank could have raised rates in March.", "March", "past"),
    # a date between the saying verb and the reported clause's subject is the saying's
    ("Brandt Motors said on Friday it will shut a plant.", "Friday", "past"),
    ("The union said Tuesday it would strike.", "Tuesday", "past"),
    ("The union said it will strike on Tuesday.", "Tuesday", "future"),
    # a timetable verb in the simple present tells what is scheduled
    ("The fare sale runs through Sunday.", "Sunday", "future"),
    # a month naming reported figures looks back, however many modifiers stand between
    ("The government will release its February employment report.", "February", "past"),
    ("The offer expires Friday.", "Friday", "future"),
    ("The sale ran through Sunday.", "Sunday", "past"),
    ("The board meets Tuesday to weigh the bid.", "Tuesday", "future"),
    # a month naming the period of reported figures looks back
    ("The agency will publish its January figures next week.", "January", "past"),
    # a timetable verb in the present passive is scheduled too
    ("The final ranking is released Saturday.", "Saturday", "future"),
    ("The final ranking was released Saturday.", "Saturday", "past"),
    # the deadline of a promise lies ahead of the promise, unless a past perfect says it passed
    ("The agency has promised new radar software by spring.", "spring", "future"),
    ("The agency promised new radar software by spring.", "spring", "future"),
    ("The agency had promised new radar software by spring.", "spring", "past"),
    # a limit or a new date a verb sets lies ahead of the setting, unless a past perfect says so
    ("The regulator gave the airline until mid-February to respond.", "mid-February", "future"),
    ("Creditors extended the deadline until Feb. 28.", "Feb. 28", "future"),
    ("The board postponed the vote to March.", "March", "future"),
    ("The ban lasted until mid-February.", "mid-February", "past"),
    ("The firm had given them until December to pay.", "December", "past"),
    # "go" keeps a timetable: "goes on sale in the fall"
    ("The truck goes on sale in the fall.", "the fall", "future"),
    # what "is due" or "is expected" on a day lies ahead; what "was due" does not
    ("The data are due on Thursday.", "Thursday", "future"),
    ("A ruling is expected on Friday.", "Friday", "future"),
    ("The payment was due on Friday.", "Friday", "past"),
])
def test_tense(nlp, tag, text, word, tense):
    doc = nlp(text)
    timex = next(t for t in tag(text) if t.text == word)
    assert timex_tense(doc, timex) == tense
    assert timex.tense == tense


def test_no_verb_no_tense(nlp, tag):
    text = "Friday, March 17, 2022"
    timex = tag(text)[0]
    assert timex_tense(nlp(text), timex) is None
