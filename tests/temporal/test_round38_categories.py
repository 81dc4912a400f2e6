"""Categories of error the held-out dates round 38 (``blindset/blindset38.txt``) and the events
rounds 37-38 (``tests/events/blindset/215*, 220*, 224*``) showed, one test per rule with its
counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

#: A Thursday.
THURSDAY = dt.date(2031, 11, 13)


def test_a_zone_the_parser_takes_for_a_new_sentence_keeps_its_clock_on_the_scene_day(tag):
    found = values_by_text(tag, "A probe landed in the desert on Tuesday. The probe came down "
                                "at 9:14 a.m. ACDT (22:44 UTC), near a dry lake.", THURSDAY)
    assert found["9:14 a.m. ACDT"] == "2031-11-11T09:14+10:30"
    found = values_by_text(tag, "The relay reached Perth at 6 p.m. AWST on Monday.", THURSDAY)
    assert found["6 p.m. AWST"] == "2031-11-10T18:00+08:00"
