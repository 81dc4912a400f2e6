"""Round 99's categories (blind set 769-776, held out, fixed in session 22), each on a
fictional text of its own: an unnamed source's age ("A woman in her 70s", "a nurse in her
early thirties") is no part of the speaker's name, as the set drops post-modifiers; and an
indefinite "A man" after "A woman ... said" is someone new, not the woman who spoke last
(the "the woman" rule is for the definite noun only)."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, exactly

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
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round99_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)
