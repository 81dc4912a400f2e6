"""Quotation mark pairing (pure string work, no model)."""

from __future__ import annotations

from generator.extract.quotes.marks import find_marked_spans, iter_paragraphs


def contents(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_marked_spans(text)]


def test_curly_marks_give_the_words_inside_with_trailing_comma():
    text = "“We are ready,” said Ada Quill."
    assert contents(text) == ["We are ready,"]


def test_straight_marks_alternate_within_a_paragraph():
    text = '"One," he said. "Two."\n\n"Three," she said.'
    assert contents(text) == ["One,", "Two.", "Three,"]


def test_inch_mark_does_not_open_a_quote():
    text = 'The shop sold a 55" screen. "Prices are up," she said.'
    assert contents(text) == ["Prices are up,"]


def test_split_quote_gives_two_spans():
    text = "“We are ready,” he said, “to act on the bridge.”"
    assert contents(text) == ["We are ready,", "to act on the bridge."]


def test_quote_over_paragraphs_is_joined_when_next_paragraph_opens_with_a_mark():
    text = "“First part of it.\n\n“Second part,” said Ada Quill.\n\nAfter."
    spans = find_marked_spans(text)
    assert len(spans) == 1
    assert text[spans[0].start : spans[0].end] == "First part of it.\n\n“Second part,"
    assert spans[0].close is not None


def test_unclosed_quote_ends_with_its_paragraph():
    text = "“It is just the start. It will grow.\n\nThe council met on Monday."
    spans = find_marked_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["It is just the start. It will grow."]
    assert spans[0].close is None


def test_stray_closing_mark_is_ignored_and_empty_quotes_dropped():
    assert contents("He said” nothing “” at all.") == []


def test_straight_quote_over_paragraphs():
    text = '"First part.\n\n"Second part," he said.'
    assert contents(text) == ['First part.\n\n"Second part,']


def test_paragraphs_are_non_blank_lines():
    text = "Title\n\n  \nBody one.\nBody two.\n"
    assert [text[a:b] for a, b in iter_paragraphs(text)] == ["Title", "Body one.", "Body two."]


def test_single_marks_are_used_when_the_copy_has_no_double_ones():
    text = "‘We’re ready,’ she said. ‘The players’ union agrees.’\n\nIt's 'fine', he said."
    assert contents(text) == ["We’re ready,", "The players’ union agrees.", "fine"]


def test_single_marks_are_ignored_in_the_body_when_double_marks_exist():
    text = "Talks end\n\n“We walked away,” she said. It’s ‘over’ for now."
    assert contents(text) == ["We walked away,"]


def test_a_headline_quotes_with_single_marks_even_when_the_body_uses_double_ones():
    text = "Headline: ‘No deal’\n\n“We walked away,” she said. It’s ‘over’ for now."
    assert contents(text) == ["No deal", "We walked away,"]


def test_a_long_first_paragraph_is_body_text_not_a_headline():
    text = ("It was ‘over’ for the crew, who had sailed for a week. They went home.\n\n"
            "“Yes,” he said.")
    assert contents(text) == ["Yes,"]


def test_a_spaced_apostrophe_in_a_headline_opens_no_quote():
    text = "Velm 's harbour reopens after 'the worst winter'\n\n“We are back,” she said."
    assert contents(text) == ["the worst winter", "We are back,"]


def test_an_unclosed_single_mark_in_a_headline_is_no_quote():
    text = "Velm harbour 'reopens after storm\n\n“We are back,” she said."
    assert contents(text) == ["We are back,"]


def test_straight_single_marks_are_used_when_the_copy_quotes_sentences_with_them():
    text = ("Cllr Ada Brook said: 'We hear you. It's not over.\n\n"
            "'We will review it in January.'\n\nThe bins aren't emptied, residents say.")
    assert contents(text) == ["We hear you. It's not over.\n\n'We will review it in January."]


def test_apostrophes_alone_do_not_switch_to_single_marks():
    text = "The council's plan isn't new, and the residents' group said 'no' in May."
    assert contents(text) == []


def test_a_single_mark_after_s_before_a_conjunction_closes_the_quote():
    text = "Mayor says 'no more cuts' as council approves budget\n\nThe vote was close."
    assert [text[s.start : s.end] for s in find_marked_spans(text)] == ["no more cuts"]
