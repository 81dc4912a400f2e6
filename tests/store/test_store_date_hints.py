"""QA pass 10: a review date typed the newsroom's way (16/03/2025, March 16, 2025) was
reported as "expected a valid date or datetime, invalid character in year": check now says
how to write it, with the date itself when the typed one is unambiguous."""

from __future__ import annotations

import pytest

from generator.store import check_claim_dir
from generator.store.datehint import date_hint


def review_date(claim_path, value: str):
    text = claim_path.read_text()
    text = text.replace("      verdict: unreviewed\n",
                        f"      verdict: unproven\n      summary: Nothing published.\n"
                        f"      sources:\n        - title: Council minutes\n"
                        f"      reviewed: {value}\n", 1)
    claim_path.write_text(text)
    (problem,) = check_claim_dir(claim_path.parent)
    return problem


@pytest.mark.parametrize(("typed", "said"), [
    ("16/03/2025", "write it as YYYY-MM-DD: 2025-03-16"),
    ("16.03.2025", "write it as YYYY-MM-DD: 2025-03-16"),
    ("'March 16, 2025'", "write it as YYYY-MM-DD: 2025-03-16"),
    ("16 March 2025", "write it as YYYY-MM-DD: 2025-03-16"),
    ("2025/03/16", "write it as YYYY-MM-DD: 2025-03-16"),
    ("2025-3-6", "write it as YYYY-MM-DD: 2025-03-06"),
    ("03/04/2025", "write it as YYYY-MM-DD: 2025-04-03 or 2025-03-04"),
    ("yesterday", "write it as YYYY-MM-DD (2025-03-16)"),
])
def test_a_review_date_in_another_format_says_how_to_write_it(claim_path, typed, said):
    problem = review_date(claim_path, typed)
    assert problem.field == "claims[0].review.reviewed"
    assert said in problem.message, problem.message
    assert "invalid character in year" not in problem.message


def test_an_impossible_day_says_so_and_suggests_nothing():
    assert date_hint("2025-02-30") == "no such day; write a real day as YYYY-MM-DD"
    assert date_hint("30/02/2025") == "no such day; write a real day as YYYY-MM-DD"
