"""Session 11's late categories (rounds 61-65), on fictional texts.

A second predicate after a partial quote continues the reported clause when the clause's
own tense is a finite verb inside the marks ('the governor "respects ..." but would not
tolerate "..."'), and when an opening mark stands between the second predicate's
auxiliaries and its verb ("and had ‘refused ...’"). A clause after an audience noun opened
by a noun with a possessive pronoun ("told the hearing his mother had lived ...") is the
report, as one opened by a personal pronoun is.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _found(quotes_of, text):
    return {(q.kind, q.content, q.speaker) for q in quotes_of(text)}


def test_a_finite_verb_inside_the_marks_then_a_predicate_outside_them(quotes_of):
    text = ('Government spokeswoman Nora Velt said on state television that the governor '
            '"respects the right of every party to go to court" but would not tolerate "any '
            'attempt to create disorder in the streets."')
    found = _found(quotes_of, text)
    assert ("indirect", 'the governor "respects the right of every party to go to court" but '
            'would not tolerate "any attempt to create disorder in the streets."',
            "Nora Velt") in found
    assert ("direct", "respects the right of every party to go to court", "Nora Velt") in found


def test_an_opening_mark_after_the_second_predicates_auxiliary(quotes_of):
    text = ('Her son, Tobias Marl, told the hearing his mother had lived in the house for 52 '
            'years and had ‘refused to be frightened of the river’.')
    found = _found(quotes_of, text)
    assert ("indirect", "his mother had lived in the house for 52 years and had ‘refused to be "
            "frightened of the river’", "Tobias Marl") in found
    assert ("direct", "refused to be frightened of the river", "Tobias Marl") in found


def test_a_possessive_opens_the_report_after_an_audience_noun(quotes_of):
    text = 'Her son, Tobias Marl, told the hearing his mother had lived on the farm for 40 years.'
    assert _found(quotes_of, text) == {
        ("indirect", "his mother had lived on the farm for 40 years", "Tobias Marl")}


def test_a_relative_clause_on_an_audience_noun_stays_none(quotes_of):
    text = 'Tobias Marl addressed the hearing the council had called for Monday.'
    assert not [q for q in quotes_of(text) if q.kind == "indirect"]

