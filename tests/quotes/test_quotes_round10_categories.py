"""Speaker categories that unseen copy (blind round 10) showed to be general, each on a short
fictional text of its own: namesakes who are no relation, a family whose late member is
talked about and never speaks, and a "Mr."/"Ms." surname among relatives."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def speakers(quotes, kind=None):
    return [(q.content, q.speaker) for q in quotes if kind is None or q.kind == kind]


NAMESAKES = (
    "\"Keep the library open,\" said Lina Moravec, a parent from Dunholt.\n\n"
    "Councillor Pavel Moravec — no relation — voted against the closure. He said the town "
    "had not costed the repairs.\n\n"
    "\"We were given the figures on Friday,\" Moravec said.")


def test_a_surname_alone_is_the_namesake_who_spoke_last(quotes_of):
    found = speakers(quotes_of(NAMESAKES))
    assert ("the town had not costed the repairs", "Pavel Moravec") in found
    assert ("We were given the figures on Friday,", "Pavel Moravec") in found
    assert found[0] == ("Keep the library open,", "Lina Moravec")


FAMILY = (
    "The woman, Irena Falk, a nurse from Osterby, died in 2022. Her husband, Tomas Falk, "
    "and their daughter, Greta, brought the case.\n\n"
    "\"Nothing gives Irena back,\" Mr. Falk said.\n\n"
    "Greta Falk, 24, said her mother never complained. \"She was always kind,\" "
    "Ms. Falk said.")


def test_a_late_relative_talked_about_is_not_the_speaker(quotes_of):
    found = speakers(quotes_of(FAMILY), "direct")
    assert ("Nothing gives Irena back,", "Tomas Falk") in found
    assert ("She was always kind,", "Greta Falk") in found
