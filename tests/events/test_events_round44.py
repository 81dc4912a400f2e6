"""Round 44's leftovers, second pass (fictional people, places and firms): what ``events.yaml``'s
examples cannot show on their own, a whole article's worth of sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import case, check, events_of, what_has, what_starts

PUBLISHED = dt.date(2027, 3, 10)  # a Wednesday


CASES = [
    case("a_pronoun_after_a_relative_verb_is_its_object_not_a_second_subject",
         ("The Quill painting was found in a barn near Tarnby in 2025. The family that owns it "
          "decided in January to sell."),
         PUBLISHED, what_starts("2027-01", "The family")),
    case("a_gerund_the_parser_hung_on_its_opening_adjective_is_the_subject",
         ("The Quill painting went on show in Orsk on March 6 and opens in Tarnby on Saturday "
          "for four days.\n\n"
          "Public viewing in Lowmere begins on April 18."),
         PUBLISHED, what_has("2027-04-18", "viewing")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round44_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)


def test_a_participle_coordinated_with_one_on_a_noun_says_what_the_noun_underwent(nlp):
    events = events_of(nlp, "Her lawyer, Pim Adler, said she would appeal. An inquiry into the "
                            "Tarnby fire, opened and adjourned in 2025, will resume in May.",
                       PUBLISHED)
    assert events["2025"][0].startswith("An inquiry"), events
    assert "Adler" not in events["2025"][0], events
