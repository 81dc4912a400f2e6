"""Round 75's and 76's categories (blind set 577-592), each on a fictional text of its own: a
that-clause the parser hung on the setting noun ("told analysts on a conference call that
...") whose last words it hung on the cue as a complement of their own is one report; a
verb of finding reports what a body that judges concluded ("An independent panel rejected
the appeal, finding that ...", court_rulings.yaml ``finding_bodies``), never a verdict with
an object ("found him guilty") nor what anyone else found; a modal inside the marks
carries the tense there, so the writer's words after them make the clause a report too."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _found(quotes, kind):
    return [(q.content, q.speaker) for q in quotes if q.kind == kind]


def test_a_setting_clause_whose_end_the_parser_hung_on_the_cue(quotes_of):
    text = ("Corvane to buy Elm Seeds\n\nBy Ada Lin\n\n"
            "Corvane agreed to buy Elm Seeds on Monday.\n\n"
            "Corvane Chief Executive Dr. Elsa Marwick told analysts on a conference call that "
            "the company could not have built the plant on its own “at the speed and scale "
            "farmers deserve.”")
    reported = _found(quotes_of(text), "indirect")
    assert reported == [("the company could not have built the plant on its own “at the "
                         "speed and scale farmers deserve.”", "Elsa Marwick")]


def test_a_body_that_judges_reports_its_finding(quotes_of):
    text = ("Cyclist Mira Sand banned for two years\n\n"
            "GENEVA (AP) — Cyclist Mira Sand was banned for two years on Monday.\n\n"
            "An independent panel rejected that appeal, finding that the rider \"could not "
            "name any shop\" that sold the pills.")
    reported = _found(quotes_of(text), "indirect")
    assert reported == [('the rider "could not name any shop" that sold the pills',
                         "independent panel")]


@pytest.mark.parametrize("text", [
    "Staff at the Orla clinic found that they could not open the records system on Monday.",
    "A jury found him guilty of fraud in March.",
    "The coroner found no evidence of foul play.",
])
def test_no_finding_is_speech_without_a_judging_body_and_a_clause(quotes_of, text):
    assert _found(quotes_of(text), "indirect") == []
