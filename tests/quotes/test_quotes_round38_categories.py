"""Categories of errors of blind round 38 (fictional sentences, not the round's text).

Each test pins one general rule: a headline whose verbless report the parser split off
after "says", and the relative clause of an "according to" source that the parser hung on
the cited clause's verb ("..., according to police, who said ...").
"""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, exactly, includes

CASES = [
    case("headline_report_split_off_after_says_is_the_governors",
         ("Flood swamps river towns in eastern Carrow; governor says 4 missing\n\n"
          "BELLHAVEN (AP) — Water rose over the levee on Tuesday, Gov. Mara Olsted said."),
         includes("indirect", ("4 missing", "Mara Olsted"))),
    case("headline_count_with_its_state_is_the_report",
         ("Storm hits the coast of Carrow; mayor says 3 dead\n\n"
          "BELLHAVEN (AP) — Winds tore roofs off on Tuesday, Mayor Lena Osk said."),
         includes("indirect", ("3 dead", "Lena Osk"))),
    case("headline_cue_ending_its_line_reports_nothing_after_it",
         "Flood swamps river towns; governor says\n\nWater rose over the levee on Tuesday.",
         exactly("indirect", [])),
    case("relative_clause_on_its_own_noun_keeps_its_speaker",
         ("The fire was put out by noon, according to Captain Ines Varga, who told reporters "
          "the roof had collapsed."),
         includes("indirect", ("the roof had collapsed", "Ines Varga"))),
    case("bare_noun_with_a_number_after_calling_is_a_label",
         ("A senior porter at Dunmere Infirmary said the lifts failed twice a week. He added "
          "that staff had started calling the basement 'level minus one' and the old wing "
          "'block nine'."),
         exactly("direct", [])),
    case("verdict_after_calling_stays_a_quote",
         "Councillor Ines Varga called the closure “a disgrace to the town”.",
         exactly("direct", [("a disgrace to the town", "Ines Varga")])),
    case("she_after_an_unnamed_nurse_is_the_nurse",
         ("Staff at Dunmere Infirmary told the paper that beds ran out most nights.\n\n"
          "One senior nurse, who asked not to be named, said: “We cannot cope.”\n\n"
          "She added that patients were waiting in the canteen."),
         includes("indirect", ("patients were waiting in the canteen", "senior nurse"))),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round38_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_relative_clause_of_according_to_source_is_the_sources_report(quotes_of):
    text = ("Two people were hurt when a fire broke out at a warehouse in Tollan late Friday, "
            "according to police, who said they were still looking for the owner.")
    found = speakers(quotes_of(text), "indirect")
    assert ("they were still looking for the owner", "police") in found
    assert all("looking" not in content for content, _ in found
               if content.startswith("Two") or content.startswith("people"))
