"""Categories of error the dates round 46 (``blindset/blindset46.txt``) showed, one test per rule
with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

#: A Thursday in March.
THURSDAY = dt.date(2016, 3, 17)


def test_passover_purim_and_super_tuesday_are_named_days(tag):
    found = values_by_text(tag, "The Orrin Street congregation will hold a fair on Purim and a "
                                "Seder on the first night of Passover.", THURSDAY)
    assert found["Purim"] == "2016-03-24"
    assert found["Passover"] == "2016-04-23"
    found = values_by_text(tag, "Calder County votes two weeks before Super Tuesday.",
                           dt.date(2012, 2, 10))
    assert found["Super Tuesday"] == "2012-03-06"
    found = values_by_text(tag, "The Vell Rotary Club's Easter egg hunt was a success.", THURSDAY)
    assert found == {}


def test_the_hours_of_a_curfew_are_a_nightly_habit(tag):
    found = values_by_text(tag, "From Monday the curfew in Orvel will run from 10 p.m. rather "
                                "than 9 p.m. to 5 a.m.", THURSDAY)
    assert found["10 p.m."] == "XXXX-XX-XXT22:00"
    assert found["5 a.m."] == "XXXX-XX-XXT05:00"
    found = values_by_text(tag, "Police in Orvel imposed a curfew from 10 p.m. on Saturday.",
                           THURSDAY)
    assert found["10 p.m."] == "2016-03-12T22:00"


def test_a_bare_weekday_after_the_same_weekday_with_its_date_is_that_date(tag):
    found = values_by_text(tag, "Thursday 24 March is also the fair, and the Vell choir will "
                                "sing on Wednesday evening and again on Thursday morning.",
                           THURSDAY)
    assert found["Thursday morning"] == "2016-03-24TMO"
    found = values_by_text(tag, "Thursday 24 March is also the fair.\nThe Vell choir sang on "
                                "Thursday morning.", THURSDAY)
    assert found["Thursday morning"] == "2016-03-17TMO"
