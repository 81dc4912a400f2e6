"""The dateline finder (generator/extract/datelines.py, generator/rules/datelines.yaml).

Every example and counterexample of the rule file runs here, then the questions the
extractors ask, on fictional datelines: agency credits, dates, regions, all-caps acronyms
that are subjects, live-blog lines. Token questions run on hand-built Docs (no model).
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from generator.extract import datelines
from generator.extract.datelines import (
    after_dateline,
    closing_dash,
    dateline_end,
    dateline_place,
    in_dateline,
    is_dateline_place,
    is_set_off_caps,
    load_datelines,
    token_in_dateline,
    top_place,
    without_dateline,
)

RULES = load_datelines()


def _found(pattern_id: str, text: str) -> str | None:
    """What the question behind ``pattern_id`` gives for a one-paragraph ``text``."""
    if pattern_id == "paragraph-opening":
        end = dateline_end(text, 0, len(text))
        return text[:end] if end is not None else None
    if pattern_id == "top-place":
        place = top_place(text)
        return place[1] if place else None
    dash = closing_dash(text, 0)
    return dash.group(0) if dash else None


EXAMPLES = [(p.id, e.text, e.expect) for p in RULES.patterns for e in p.examples]
COUNTEREXAMPLES = [(p.id, text) for p in RULES.patterns for text in p.not_]


@pytest.mark.parametrize(("pattern_id", "text", "expect"), EXAMPLES)
def test_examples(pattern_id, text, expect):
    assert _found(pattern_id, text) == expect


@pytest.mark.parametrize(("pattern_id", "text"), COUNTEREXAMPLES)
def test_counterexamples(pattern_id, text):
    assert _found(pattern_id, text) is None


def test_patterns_are_compiled_once():
    assert datelines.compiled("paragraph-opening") is datelines.compiled("paragraph-opening")


# --- text questions -------------------------------------------------------------------------

def test_a_sentence_starts_after_the_dateline_of_its_paragraph():
    text = "Harbor reopens\nPORT ELLIS, Valdoria, May 2 (Kestrel Wire) — The harbor reopened."
    start = text.index("PORT")
    assert text[after_dateline(text, start, len(text)):] == "The harbor reopened."


def test_a_sentence_the_parser_starts_inside_the_dateline_starts_after_its_dash():
    # QA pass 10: the parser ended a sentence after "PORT VELMAR", and the claim read
    # "— The city council postponed a vote ..."
    text = "Council delays vote\n\nPORT VELMAR — The city council postponed a vote."
    start = text.index("— The")
    assert text[after_dateline(text, start, len(text)):] == "The city council postponed a vote."
    later = text.index("a vote")  # a sentence past the dateline keeps its start
    assert after_dateline(text, later, len(text)) == later


def test_a_dateline_mid_paragraph_or_alone_is_left_alone():
    text = "He said PORT ELLIS — the town — voted."
    assert after_dateline(text, text.index("PORT"), len(text)) == text.index("PORT")
    alone = "WASHINGTON — "
    assert after_dateline(alone, 0, len(alone)) == 0


def test_a_live_blog_time_stamp_is_no_dateline():
    text = "10:42 BST - The minister arrives at the summit."
    assert after_dateline(text, 0, len(text)) == 0
    assert not in_dateline(text, 0, 5)


def test_a_date_in_a_dateline_is_before_its_dash():
    text = "ORSKVIK, Norvale, Sept 18 (Reuters) - Dock workers struck on Sept 17."
    first, second = text.index("Sept 18"), text.index("Sept 17")
    assert in_dateline(text, first, first + 7)
    assert not in_dateline(text, second, second + 7)


def test_an_acronym_subject_opening_a_paragraph_has_no_dateline():
    text = "Lede\nUN says talks will resume on Monday - officials hope."
    monday = text.index("Monday")
    assert in_dateline(text, monday, monday + 6)  # events' question: the dash alone counts
    assert after_dateline(text, 5, len(text)) == 5  # claims' question needs a place and dash


def test_the_top_place_is_found_near_the_top_only():
    assert top_place("Ferry strike ends\nLARKFIELD, Ohio (AP) — City officials said.") \
        == (18, "LARKFIELD")
    assert top_place("x" * 700 + "\nLARKFIELD — later") is None


# --- token questions ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def make_doc(vocab, words, heads=None, pos=None, spaces=None):
    """A Doc from words; heads default to each word its own, "\n" words join paragraphs."""
    heads = heads if heads is not None else list(range(len(words)))
    deps = ["ROOT" if h == i else "dep" for i, h in enumerate(heads)]
    return Doc(vocab, words=words, spaces=spaces, heads=heads, deps=deps,
               pos=pos or ["PROPN"] * len(words))


def test_a_name_in_the_dateline_is_no_participant(vocab):
    words = ["ORSKVIK", ",", "Sept", "18", "(", "Reuters", ")", "-", "Dock", "workers",
             "struck", "."]
    pos = ["PROPN", "PUNCT", "PROPN", "NUM", "PUNCT", "PROPN", "PUNCT", "PUNCT", "NOUN", "NOUN",
           "VERB", "PUNCT"]
    doc = make_doc(vocab, words, pos=pos)
    assert token_in_dateline(doc[5])
    assert not token_in_dateline(doc[9])


def test_a_verb_before_the_dash_is_no_dateline(vocab):
    words = ["UN", "says", "Reuters", "-", "talks", "resume"]
    pos = ["PROPN", "VERB", "PROPN", "PUNCT", "NOUN", "VERB"]
    doc = make_doc(vocab, words, pos=pos)
    assert not token_in_dateline(doc[2])


def test_a_dateline_place_needs_its_dash(vocab):
    doc = make_doc(vocab, ["TARNBY", "—", "Veldmark", "voted"])
    assert is_dateline_place(doc[0])
    region = make_doc(vocab, ["VESTERHAVN", ",", "Norway", ",", "April", "16", "—", "The",
                              "launch"])
    assert is_dateline_place(region[0])
    acronym = make_doc(vocab, ["UN", "says", "talks", "resume"])
    assert not is_dateline_place(acronym[0])


def test_quotes_dateline_subject_is_set_off_but_an_acronym_subject_is_not(vocab):
    detroit = make_doc(vocab, ["DETROIT", "(", "Reuters", ")", "-", "Brightline", "cut"])
    assert is_set_off_caps(detroit[0])
    two_words = make_doc(vocab, ["SAN", "JOSE", ",", "Calif.", "-", "Korvath", "said"])
    assert is_set_off_caps(two_words[0])
    un = make_doc(vocab, ["UN", "says", "talks", "resume"])
    assert not is_set_off_caps(un[0])
    second_paragraph = make_doc(vocab, ["Lede", "\n", "EU", "warns", "of", "delays"])
    assert not is_set_off_caps(second_paragraph[2])


def test_a_clause_loses_its_dateline_or_transcript_label(vocab):
    doc = make_doc(vocab, ["TARVO", ",", "Kestria", "(", "AP", ")", "—", "Prices", "rose"])
    assert [t.text for t in without_dateline(list(doc))] == ["Prices", "rose"]
    label = make_doc(vocab, ["CASTELLANO", ":", "We", "won"])
    assert [t.text for t in without_dateline(list(label))] == ["We", "won"]
    agency = make_doc(vocab, ["(", "Reuters", ")", "-", "Prices", "rose"])
    assert [t.text for t in without_dateline(list(agency))] == ["Prices", "rose"]
    plain = make_doc(vocab, ["Prices", "rose", "-", "sharply"])
    assert len(without_dateline(list(plain))) == 4


def test_the_top_place_is_cached_per_doc(vocab):
    doc = make_doc(vocab, ["LARKFIELD", ",", "Ohio", "—", "City", "officials", "said"],
                   spaces=[False, True, True, True, True, True, False])
    assert dateline_place(doc) == (0, "LARKFIELD")
    assert doc.user_data[datelines.PLACE_KEY] == (0, "LARKFIELD")
