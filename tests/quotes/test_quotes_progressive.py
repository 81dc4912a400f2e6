"""The set's convention for a form of "be" outside the marks (settled in session 19): a
reported clause whose "be" (was, were, is, are, been) is outside the marks with the
participle of a progressive or passive inside them ('said the city was “criminalizing
poverty”', 'wrote that the elephants were "shivering in the mornings"') is reported speech
as well as a direct quote, with or without the writer's words after the closing mark
(reporting_verbs.yaml ``outside_auxiliaries``); the verb itself inside the marks ('said the
talks had “collapsed”') stays a direct quote only. Fictional texts."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _found(quotes, kind):
    return [(q.content, q.speaker) for q in quotes if q.kind == kind]


@pytest.mark.parametrize(("text", "speaker", "clause", "quoted"), [
    # was: nothing after the closing mark, then the writer's words after it
    ('Councillor Ana Ruiz said the port was “losing money every winter”.', "Ana Ruiz",
     "the port was “losing money every winter”", "losing money every winter"),
    ('Councillor Ana Ruiz said the port was “losing money every winter” after the new '
     "bridge opened.", "Ana Ruiz",
     "the port was “losing money every winter” after the new bridge opened",
     "losing money every winter"),
    # were
    ('The keeper, Mara Voss, wrote that the goats were "shivering in the mornings."',
     "Mara Voss", 'the goats were "shivering in the mornings."', "shivering in the mornings."),
    ('The keeper, Mara Voss, wrote that the goats were "shivering in the mornings" and asked '
     "for heaters.", "Mara Voss", 'the goats were "shivering in the mornings"',
     "shivering in the mornings"),
    # is
    ('Mayor Tom Hale said the council is "looking at every option."', "Tom Hale",
     'the council is "looking at every option."', "looking at every option."),
    ('Mayor Tom Hale said the council is "looking at every option" before the budget vote.',
     "Tom Hale", 'the council is "looking at every option" before the budget vote',
     "looking at every option"),
    # are
    ("Union leader Rosa Dent said workers are ‘running on fumes’.", "Rosa Dent",
     "workers are ‘running on fumes’", "running on fumes"),
    ("Union leader Rosa Dent said workers are “running on fumes” this winter.", "Rosa Dent",
     "workers are “running on fumes” this winter", "running on fumes"),
    # been, a progressive and a passive
    ('His sister, Nina Holt, said the family had been "holding our breath for two years."',
     "Nina Holt", 'the family had been "holding our breath for two years."',
     "holding our breath for two years."),
    ('His sister, Nina Holt, said the family had been "holding our breath" since the arrest.',
     "Nina Holt", 'the family had been "holding our breath" since the arrest',
     "holding our breath"),
    ('Fishermen on Varra say they have been "let down."', "Varra fishermen",
     'they have been "let down."', "let down."),
    ('Fishermen on Varra say they have been "let down" by the ministry.', "Varra fishermen",
     'they have been "let down" by the ministry', "let down"),
])
def test_be_outside_the_marks_is_reported_and_direct(quotes_of, text, speaker, clause, quoted):
    quotes = quotes_of(text)
    assert _found(quotes, "indirect") == [(clause, speaker)]
    assert _found(quotes, "direct") == [(quoted, speaker)]


@pytest.mark.parametrize("text", [
    "Mediator Ines Falk said the talks had “collapsed”.",
    'Mediator Ines Falk said the talks had "collapsed."',
])
def test_the_verb_itself_inside_the_marks_stays_direct_only(quotes_of, text):
    quotes = quotes_of(text)
    assert _found(quotes, "indirect") == []
    assert [speaker for _, speaker in _found(quotes, "direct")] == ["Ines Falk"]
