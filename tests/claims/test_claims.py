"""Claims from a parsed article: kinds, speakers, boilerplate, dates (scores given by hand)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from claim_hits import make_quote, make_timex

from generator.extract.claims import claim_kind, is_statement, iter_claims, iter_sentences
from generator.extract.hits import Sentence

TEXT = (
    "Mayor Ada Quill said the harbour would reopen in May. "
    "\u201cThe toll is unfair,\u201d said Pim Adler. "
    "Unemployment in Veldmark rose to 9 percent last year. "
    "The new bridge over the Orsk will open next spring. "
    "Thank you very much. "
    "Photo: Lina Brand/Orsk Daily"
)
CREDIT = (TEXT.index("Photo:"), len(TEXT))


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def scores_for(doc, default: float, **by_start: float) -> list[float]:
    """One score per sentence: ``default`` unless the sentence starts with a key's words."""
    out = []
    for sent in doc.sents:
        key = "_".join(sent.text.split()[:2]).strip(".:\u201c")
        out.append(by_start.get(key, default))
    return out


@pytest.fixture(scope="module")
def quotes():
    return [
        make_quote(TEXT, "the harbour would reopen in May", "indirect", "Ada Quill"),
        make_quote(TEXT, "The toll is unfair,", "direct", "Pim Adler"),
    ]


def by_text(claims, words):
    return next(c for c in claims if words in c.text)


def test_quotes_become_claims_with_their_speakers(doc, quotes):
    claims = iter_claims(doc, quotes, [], scores_for(doc, 0.1), [CREDIT])
    reported = by_text(claims, "harbour would reopen")
    direct = by_text(claims, "toll is unfair")
    assert (reported.kind, reported.speaker, reported.cue) == ("reported", "Ada Quill", "said")
    expected = ("quote", "Pim Adler", "The toll is unfair")
    assert (direct.kind, direct.speaker, direct.text) == expected
    assert TEXT[direct.start:direct.end] == direct.text
    assert TEXT[reported.sentence_start:reported.sentence_end].startswith("Mayor Ada Quill")


def test_statistic_is_a_claim_even_when_scored_low(doc, quotes):
    claims = iter_claims(doc, quotes, [], scores_for(doc, 0.1), [CREDIT])
    statistic = by_text(claims, "9 percent")
    assert statistic.kind == "statistic"
    assert statistic.speaker is None
    assert statistic.checkworthiness == pytest.approx(0.1)


def test_low_scored_plain_sentences_are_not_claims(doc, quotes):
    claims = iter_claims(doc, quotes, [], scores_for(doc, 0.1), [CREDIT])
    assert [c.kind for c in claims] == ["reported", "quote", "statistic"]


def test_high_scored_future_sentence_is_a_prediction(doc, quotes):
    claims = iter_claims(doc, quotes, [], scores_for(doc, 0.1, The_new=0.8), [CREDIT])
    assert by_text(claims, "bridge over the Orsk").kind == "prediction"


def test_boilerplate_is_never_a_claim(doc, quotes):
    credit_quote = make_quote(TEXT, "Lina Brand", "direct", "Lina Brand")
    claims = iter_claims(doc, [*quotes, credit_quote], [], scores_for(doc, 0.99), [CREDIT])
    assert all(c.end <= CREDIT[0] for c in claims)
    sentences = iter_sentences(doc, scores_for(doc, 0.99), [CREDIT])
    assert sentences[-1].boilerplate and sentences[-1].checkworthiness == 0.0
    assert not any(s.boilerplate for s in sentences[:-1])


def test_claims_carry_the_dates_of_their_sentence(doc, quotes):
    may = make_timex(TEXT, "May", "2024-05", dt.date(2024, 5, 1), dt.date(2024, 5, 31), "month")
    year = make_timex(TEXT, "last year", "2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year")
    claims = iter_claims(doc, quotes, [may, year], scores_for(doc, 0.1), [CREDIT])
    assert by_text(claims, "harbour").timexes == (may,)
    assert by_text(claims, "9 percent").timexes == (year,)
    assert by_text(claims, "toll").timexes == ()


def test_year_alone_is_not_a_statistic(nlp):
    doc = nlp("The ferry to Lowmere left in 2019.")
    year = make_timex(doc.text, "2019", "2019", dt.date(2019, 1, 1), dt.date(2019, 12, 31), "year")
    assert iter_claims(doc, [], [year], [0.1], []) == []


@pytest.mark.parametrize(("score", "kinds"), [(0.1, []), (0.25, ["statement"])])
def test_a_dated_statement_is_a_claim_from_a_lower_score(nlp, score, kinds):
    doc = nlp("Dahl was charged in the following month.")
    month = make_timex(doc.text, "the following month", "2023-09", dt.date(2023, 9, 1),
                       dt.date(2023, 9, 30))
    claims = iter_claims(doc, [], [month], [score], [], published=dt.date(2025, 3, 19))
    assert [c.kind for c in claims] == kinds


def test_a_period_a_noun_covers_makes_no_prediction(nlp):
    doc = nlp("The three parties agreed on Tuesday on a budget for next year.")
    year = make_timex(doc.text, "next year", "2026", dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    claims = iter_claims(doc, [], [year], [0.7], [], published=dt.date(2025, 6, 11))
    assert [c.kind for c in claims] == ["statement"]


def test_quote_inside_a_reported_clause_is_one_claim(nlp):
    text = "Mayor Ada Quill said the visit will be \u201ca journey of hope\u201d."
    reported = "the visit will be \u201ca journey of hope\u201d"
    outer = make_quote(text, reported, "indirect", "Ada Quill")
    inner = make_quote(text, "a journey of hope", "direct", "Ada Quill")
    claims = iter_claims(nlp(text), [inner, outer], [], [0.3], [])
    assert [(c.kind, c.text) for c in claims] == [("reported", outer.content)]


def test_claims_are_in_text_order(doc, quotes):
    claims = iter_claims(doc, list(reversed(quotes)), [], scores_for(doc, 0.9), [CREDIT])
    assert [c.start for c in claims] == sorted(c.start for c in claims)


def test_score_count_must_match_sentences(doc):
    with pytest.raises(ValueError, match="scores for"):
        iter_sentences(doc, [0.5], [])


@pytest.mark.parametrize(("kinds", "kind"), [
    ({"statistic", "prediction"}, "prediction"),
    ({"statistic"}, "statistic"),
    (set(), "statement"),
])
def test_claim_kind_priority(kinds, kind):
    assert claim_kind(kinds) == kind


@pytest.mark.parametrize(("text", "expected"), [
    ("\u2014", False),
    ("LOWMERE", False),
    ("Prices rose.", False),
    ("The mill in Tarnby closed.", True),
])
def test_only_sentences_that_say_something_are_statements(nlp, text, expected):
    doc = nlp(text)
    assert is_statement(doc, Sentence(0, len(text), 0.9)) is expected


def test_quote_sentence_bounds_are_trimmed(nlp):
    text = "\u201cThe pier is safe,\u201d said Ada Quill.\n\nThe tide rose."
    quote = make_quote(text, "The pier is safe,", "direct", "Ada Quill")
    quote = replace(quote, sentence_start=0, sentence_end=text.index("The tide"))
    claim, = iter_claims(nlp(text), [quote], [], [0.2] * len(list(nlp(text).sents)), [])
    assert text[claim.sentence_start:claim.sentence_end].endswith("Ada Quill.")


def test_a_statement_about_a_later_date_is_a_prediction(nlp):
    text = "The cup final between Lowmere and Orsk takes place at Mill Lane on Saturday."
    saturday = make_timex(text, "Saturday", "2024-05-11", dt.date(2024, 5, 11),
                          dt.date(2024, 5, 11))
    doc = nlp(text)
    before = iter_claims(doc, [], [saturday], [0.6], [], published=dt.date(2024, 5, 10))
    after = iter_claims(doc, [], [saturday], [0.6], [], published=dt.date(2024, 5, 12))
    assert [c.kind for c in before] == ["prediction"]
    assert [c.kind for c in after] == ["statement"]


@pytest.mark.parametrize(("cue", "claimed"), [("said", True), ("warned", False)])
def test_what_a_sentence_asserts_before_its_reported_clause_is_a_claim(nlp, cue, claimed):
    text = ("Brask Motors will close its Lowmere plant next year, cutting 240 jobs, "
            f"and {cue} it would buy back shares.")
    doc = nlp(text)
    quote = make_quote(text, "it would buy back shares", "indirect", "Brask Motors", cue="said")
    claims = iter_claims(doc, [quote], [], [0.7], [])
    own = [c.text for c in claims if c.kind != "reported"]
    assert own == (["Brask Motors will close its Lowmere plant next year, cutting 240 jobs"]
                   if claimed else [])


@pytest.mark.parametrize(("cue", "claimed"), [("saying", True), ("warning", True),
                                           ("said", False)])
def test_what_a_sentence_asserts_before_a_reporting_participle_is_a_claim(nlp, cue, claimed):
    text = ("The Lowmere council opened an inquiry into the harbour levy, "
            f"{cue} the levy could raise fares.")
    doc = nlp(text)
    quote = make_quote(text, "the levy could raise fares", "indirect", "The Lowmere council",
                       cue=cue)
    claims = iter_claims(doc, [quote], [], [0.7], [])
    own = [c.text for c in claims if c.kind != "reported"]
    assert own == (["The Lowmere council opened an inquiry into the harbour levy"]
                   if claimed else [])


@pytest.mark.parametrize(("text", "kind"), [
    # a figure in an aside on the subject only says who acts
    ("Orsk Rovers, who finished ninth last season, beat Lowmere United on Monday.", "statement"),
    ("The Lowmere Greens, the smallest of the three parties, left the coalition on Monday.",
     "statement"),
    # the same figure in the claim itself
    ("Orsk Rovers finished ninth in the league on Monday.", "statistic"),
])
def test_a_figure_in_an_aside_on_the_subject_makes_no_statistic(nlp, text, kind):
    doc = nlp(text)
    monday = make_timex(text, "Monday", "2024-05-06", dt.date(2024, 5, 6), dt.date(2024, 5, 6))
    claims = iter_claims(doc, [], [monday], [0.7], [], published=dt.date(2024, 5, 10))
    assert [c.kind for c in claims] == [kind]


@pytest.mark.parametrize(("text", "kind"), [
    # "first" on the subject only says which one acts
    ("The first patient in Lowmere was admitted to hospital on Monday.", "statement"),
    # in the predicate it ranks
    ("Ada Quill was the first mayor of Lowmere to resign on Monday.", "statistic"),
])
def test_an_ordinal_on_the_subject_makes_no_statistic(nlp, text, kind):
    doc = nlp(text)
    monday = make_timex(text, "Monday", "2024-05-06", dt.date(2024, 5, 6), dt.date(2024, 5, 6))
    claim, = iter_claims(doc, [], [monday], [0.6], [], published=dt.date(2024, 5, 10))
    assert claim.kind == kind
