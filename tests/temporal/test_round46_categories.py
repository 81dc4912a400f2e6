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
