"""British copy in straight single marks, with contractions and a quote inside a quote."""

from __future__ import annotations

import pytest

from generator.extract.quotes.marks import find_marked_spans, uses_single_marks

TEXT = (
    "Rovers 1-0 Athletic\n\n"
    "'I've seen it ten times and it's a foul,' said the Athletic manager, Ines Roe. "
    "'The referee's told me he \"didn't see it\". He's the only one who didn't.'\n\n"
    "Roe said her side had 'switched off' late on."
)


def test_double_marks_inside_single_quotes_leave_the_copy_single_marked():
    assert uses_single_marks(TEXT)


def test_contractions_and_possessives_do_not_close_the_quote():
    contents = [TEXT[s.start:s.end] for s in find_marked_spans(TEXT)]
    assert contents[0] == "I've seen it ten times and it's a foul,"
    assert contents[1].startswith("The referee's told me he") and contents[1].endswith("didn't.")
    assert "switched off" in contents


def test_double_marked_copy_with_an_apostrophe_stays_double_marked():
    text = "'Tis the season,' the shop's sign read. \"We are open,\" said Ada Quill."
    assert not uses_single_marks(text)


@pytest.mark.model
def test_the_quotes_get_their_speaker(quotes_of):
    found = [(q.kind, q.content, q.speaker) for q in quotes_of(TEXT) if q.kind == "direct"]
    assert ("direct", "I've seen it ten times and it's a foul,", "Ines Roe") in found
