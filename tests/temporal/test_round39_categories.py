"""Categories of error the events round 36 (``tests/events/blindset/212*.yaml``) and the dates
blind round 39 (``blindset/blindset39.txt``) showed, one test per rule with its counter-case, on
fictional sentences."""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

#: A Wednesday.
WEDNESDAY = dt.date(2031, 5, 14)


def test_a_scheduled_happening_changed_in_the_present_perfect_is_still_to_come(tag):
    found = values_by_text(tag, "The time trial on Saturday has been shortened to 20km.",
                           WEDNESDAY)
    assert found["Saturday"] == "2031-05-17"
    found = values_by_text(tag, "Friday's recital has been moved to the chapel.", WEDNESDAY)
    assert found["Friday"] == "2031-05-16"
    found = values_by_text(tag, "Organisers have cut Sunday's fun run to 5km.", WEDNESDAY)
    assert found["Sunday"] == "2031-05-18"
    # a simple past tells the change and the happening gone by; a thing is no happening
    found = values_by_text(tag, "The time trial on Saturday was shortened to 20km.", WEDNESDAY)
    assert found["Saturday"] == "2031-05-10"
    found = values_by_text(tag, "The footbridge on Saturday has been repainted.", WEDNESDAY)
    assert found["Saturday"] == "2031-05-10"


def test_a_gerund_after_after_under_a_present_or_past_clause_is_done(tag):
    found = values_by_text(tag, "Oduya tops the standings after taking Sunday's time trial by "
                                "nine seconds.", WEDNESDAY)
    assert found["Sunday"] == "2031-05-11"
    found = values_by_text(tag, "The regatta ends on Sunday. Marlowe leads the fleet after "
                                "winning Sunday's first race.", WEDNESDAY)
    assert found["Sunday"] == "2031-05-11"
    # under a future clause the gerund may still lie ahead: it follows the Sunday told before
    found = values_by_text(tag, "The regatta ends on Sunday. Marlowe will lift the trophy after "
                                "winning Sunday's last race.", WEDNESDAY)
    assert found["Sunday"] == "2031-05-18"
