"""Property test: any mix of words, marks and line breaks gives valid quotes, never an error."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.model

FRAGMENTS = ["“", "”", '"', "‘", "’", "'", "\n\n", "\n", ", ", ". ", ": ", " — ", "said", "he",
             "she", "Mr.", "Ada Quill", "the council", "told reporters", "according to",
             "that", "we will win", "officials", "It", "(", ")", "Ms. Lund", "warned", "BRIGHTON"]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40))
def test_any_text_gives_well_formed_quotes(quotes_of, parts):
    text = " ".join(parts)
    quotes = quotes_of(text)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start : q.end] == q.content
        assert q.kind in ("direct", "indirect")
        assert q.speaker_kind in (None, "person", "organization", "group")
        assert q.kind == "direct" or q.speaker


def test_empty_and_blank_texts(quotes_of):
    assert quotes_of("") == []
    assert quotes_of("\n\n   \n") == []
    assert quotes_of("“”") == []


def test_unparsed_doc_is_a_clear_error():
    import spacy

    from generator.extract.quotes import iter_quotes

    with pytest.raises(ValueError, match="parsed Doc"):
        iter_quotes(spacy.blank("en")("“We are ready,” said Ada Quill."))
