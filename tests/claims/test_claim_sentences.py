"""Sentences and statements on news layout: split abbreviations, stray full stops,
headlines, statements of record (fictional people and places; scores given by hand)."""

from __future__ import annotations

import pytest

from generator.extract.claims import headline_bounds, iter_claims, iter_sentences, repair_sentences

ABBREVIATION = ("Ferries in Lowmere were late again.\n\n"
                "MM. Quill and Adler have met dozens of times.")
STRAY_STOP = ("The harbour was built by the council of Lowmere, a body elected by the town. "
              "in 1990, after a long fight. It opened late.")


def sentence_texts(doc, sentences):
    return [doc.text[s.start:s.end] for s in sentences]


def test_split_title_abbreviation_opens_the_next_sentence(nlp):
    doc = nlp(ABBREVIATION)
    scores = [0.2] * len(list(doc.sents))
    scores[-1] = 0.7
    sentences = iter_sentences(doc, scores)
    assert sentence_texts(doc, sentences)[-1] == "MM. Quill and Adler have met dozens of times."
    assert sentences[-1].checkworthiness == 0.7
    claim, = iter_claims(doc, [], [], scores)
    assert claim.text.startswith("MM. Quill")


def test_lower_case_piece_after_a_stray_full_stop_continues_the_sentence(nlp):
    doc = nlp(STRAY_STOP)
    texts = sentence_texts(doc, iter_sentences(doc, [0.3] * len(list(doc.sents))))
    assert texts == [STRAY_STOP[:STRAY_STOP.index(" It")], "It opened late."]


def test_attribution_cut_off_after_a_quote_continues_the_sentence():
    text = "\u201cFares will rise,\u201d said Pim Adler. It rained."
    pieces = [(0, 18, 0.2), (19, 34, 0.6), (35, 45, 0.1)]
    assert repair_sentences(text, pieces) == [(0, 34, 0.6), (35, 45, 0.1)]


def test_repair_keeps_paragraphs_and_ordinary_sentences_apart():
    text = "Mr.\nAdler left. Yes. it rained.\nthen"
    pieces = [(0, 3, 0.1), (4, 15, 0.2), (16, 20, 0.3), (21, 30, 0.9), (31, 35, 0.4)]
    assert repair_sentences(text, pieces) == [
        (0, 3, 0.1), (4, 15, 0.2), (16, 30, 0.9), (31, 35, 0.4)]


def test_sentences_never_carry_outer_white_space(nlp):
    doc = nlp("  Lowmere raised fares.  \n\n\n  Veldmark did not.  \n")
    for sentence in iter_sentences(doc, [0.5] * len(list(doc.sents))):
        text = doc.text[sentence.start:sentence.end]
        assert text == text.strip() and text


@pytest.mark.parametrize(("text", "expected"), [
    ("Lowmere raises fares\n\nThe council met.", "Lowmere raises fares"),
    ("Lowmere raises fares\nMay 6, 2024\nThe council met.", "Lowmere raises fares"),
    ("Lowmere raises fares\n", None),
    ("Lowmere raises fares.\n\nThe council met.", None),  # a sentence, not a headline
    ("One paragraph only", None),
])
def test_headline_bounds(text, expected):
    bounds = headline_bounds(text)
    assert (text[bounds[0]:bounds[1]] if bounds else None) == expected


@pytest.mark.parametrize(("headline", "score", "is_claim"), [
    ("Lowmere raises ferry fares by 9 percent", 0.8, True),
    ("Lowmere raises ferry fares by 9 percent", 0.3, False),  # a statistic is not enough
    ("Lowmere to vote on harbour levy", 0.9, False),  # a label, not a statement
])
def test_headline_is_a_claim_only_as_a_check_worthy_statement(nlp, headline, score, is_claim):
    doc = nlp(headline + "\n\nThe council of Lowmere met on Monday.")
    scores = [score] + [0.1] * (len(list(doc.sents)) - 1)
    claims = iter_claims(doc, [], [], scores)
    assert any(c.text == headline for c in claims) is is_claim


@pytest.mark.parametrize(("text", "score", "is_claim"), [
    ("Veldmark has not paid the ferry company for a year.", 0.45, True),
    ("The ferry company was not paid for a year.", 0.45, False),
    ("Veldmark has not paid the ferry company for a year.", 0.3, False),
])
def test_statement_of_record_needs_a_lower_score(nlp, text, score, is_claim):
    doc = nlp(text)
    claims = iter_claims(doc, [], [], [score] * len(list(doc.sents)))
    assert bool(claims) is is_claim


@pytest.mark.parametrize("dateline", [
    "MARROW FALLS, March 12 (Ledger) — ",
    "MARROW FALLS — ",
    "PORT ELLIS, Valdoria (AP) -- ",
    "Port Ellis (Reuters) - ",
])
def test_a_dateline_opening_the_paragraph_is_no_part_of_the_claim(nlp, dateline):
    """QA pass 6: 'MARROW FALLS, March 12 (Ledger) — The council voted ...' was a claim
    whose text began with the dateline (the parser did not split it off)."""
    body = ("The Marrow Falls council voted on Thursday to raise ferry fares by 12 percent "
            "from June, the first increase since 2019.")
    text = f"Ferry fares rise\n\n{dateline}{body}"
    doc = nlp(text)
    scores = [0.9] * len(list(doc.sents))
    texts = [c.text for c in iter_claims(doc, [], [], scores)]
    assert body in texts
    assert not any(dateline.strip() in t for t in texts)


def test_capitalised_words_before_a_dash_mid_text_stay_in_the_claim(nlp):
    text = ("Ferry fares rise\n\nThe council said the NEW TERMINAL — a glass hall — would open "
            "in 2027 at a cost of 40 million euros.")
    doc = nlp(text)
    texts = [c.text for c in iter_claims(doc, [], [], [0.9] * len(list(doc.sents)))]
    assert any(t.startswith("The council said the NEW TERMINAL") for t in texts)
