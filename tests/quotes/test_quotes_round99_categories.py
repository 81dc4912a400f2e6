"""Round 99's categories (blind set 769-776, held out, fixed in session 22), each on a
fictional text of its own: an unnamed source's age ("A woman in her 70s", "a nurse in her
early thirties") is no part of the speaker's name, as the set drops post-modifiers; and an
indefinite "A man" after "A woman ... said" is someone new, not the woman who spoke last
(the "the woman" rule is for the definite noun only); and a headline's bare "Police say"
is the town's police the body names ("assisting Velby police"), as a deck's "Company says"
is the company named below (deck_nouns.py)."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, exactly, said_by

pytestmark = pytest.mark.model

CASES = [
    case("an_unnamed_sources_age_is_no_part_of_its_name",
         ("Orsk quake\n\nBy Ada Vell\n\n"
          "A woman in her 70s who fled to a school said she did not wait for the siren.\n\n"
          "A nurse in her early thirties said she had worked all night.\n"),
         exactly("indirect", [("she did not wait for the siren", "woman"),
                              ("she had worked all night", "nurse")])),
    case("an_indefinite_man_after_a_woman_is_someone_new",
         ("Orsk quake\n\nBy Ada Vell\n\n"
          "A woman in her 70s said she did not wait for the siren.\n\n"
          "A man said he ran to the hill.\n"),
         exactly("indirect", [("she did not wait for the siren", "woman"),
                              ("he ran to the hill", "man")])),
    case("a_headlines_bare_police_is_the_towns_police_the_body_names",
         ("Police say boy, 15, stole fire engine\n\nBy Ada Vell\n\n"
          "VELBY, Ohio (AP) — A 15-year-old boy drove a fire engine two miles before it hit a "
          "fence, the town's police chief said.\n\n"
          "The state fire marshal was assisting Velby police on Tuesday.\n"),
         said_by("indirect", "boy, 15, stole fire engine", "Velby police")),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round99_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)
