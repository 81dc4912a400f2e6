"""``find_boilerplate`` on raw text: whole lines, exact offsets, real sentences left alone."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from generator.ingest import find_boilerplate


def _flagged(text: str) -> list[str]:
    return [text[s:e] for s, e in find_boilerplate(text)]


def test_seed_like_article_flags_credits_contact_copyright_and_comment(fixtures):
    text = (fixtures / "seed-like.txt").read_text(encoding="utf-8")
    assert _flagged(text) == [
        "Ilya Voronin/Associated Press",
        "Photo: Maren Kolstad/Harbor Pool/Agence Wire",
        "Write to Ana de la Fuente at",
        "Copyright ©2022 Valdoria Media Group, Inc. All rights reserved. 0f3a9c77be12d4e5",
        "Leave a comment",
    ]


def test_sentence_mentioning_an_agency_is_not_a_credit():
    text = (
        "Brevik spoke to the Associated Press after the conference.\n"
        "“Reuters got it wrong,” Brevik said.\n"
        "Getty Images\n"
    )
    assert _flagged(text) == ["Getty Images"]


def test_spans_skip_indentation_and_crlf():
    text = "Harbor vote\r\n\r\n   Share this article  \r\nThe council voted.\r\n"
    start, end = find_boilerplate(text)[0]
    assert text[start:end] == "Share this article"
    assert text[:start].endswith("\r\n   ")


def test_last_line_without_newline_is_checked():
    assert _flagged("The council voted.\n\nLeave a comment") == ["Leave a comment"]


def test_long_paragraph_is_never_boilerplate():
    text = "Photo: " + "the harbor at dusk, " * 40
    assert find_boilerplate(text) == []


def test_plain_text_without_boilerplate():
    assert find_boilerplate("") == []
    assert find_boilerplate("The council voted 7-2 on Thursday.\n") == []


@given(st.lists(st.sampled_from([
    "The council voted 7-2 on Thursday.", "Maren Kolstad/Associated Press", "", "  ",
    "Leave a comment", "“We finished early,” said Tomas Brevik.",
    "© 2024 Valdoria Media Group",
]), max_size=12))
def test_spans_are_ordered_whole_lines(lines):
    text = "\n".join(lines)
    spans = find_boilerplate(text)
    assert spans == sorted(spans)
    for start, end in spans:
        assert start < end
        assert start == 0 or text[start - 1] in "\n "
        assert end == len(text) or text[end] in "\n "
        assert text[start:end].strip() == text[start:end]
