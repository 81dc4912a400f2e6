"""Categories that unseen British, Irish, Australian, Canadian and AFP copy (blind round 14)
showed to be general, each on a short fictional text of its own: curly single marks with a
quote nested in double marks, "called X ‘adjective’", sources described by a participle,
a country's body named with the article's adjective, and a headline whose second verb
"says" is no inverted cue."""

from __future__ import annotations

import pytest
from devscore import speakers

from generator.extract.quotes.marks import find_marked_spans, uses_single_marks
from generator.extract.quotes.owners import owner_first

NESTED = (
    "Orm lakes warming faster than feared, survey finds\n\n"
    "‘We expected change, but not this much,’ Okafor said. ‘Some lakes are gone.’\n\n"
    "‘When anglers hear “lake loss” they think of fish,’ he said. ‘They should think of "
    "their taps.’\n\n"
    "Campaigners said the survey should be a ‘wake-up call’ for the council.")


def test_double_marks_nested_in_curly_single_marks_leave_the_copy_single_marked():
    assert uses_single_marks(NESTED)
    contents = [NESTED[s.start:s.end] for s in find_marked_spans(NESTED)]
    assert "When anglers hear “lake loss” they think of fish," in contents
    assert "lake loss" not in contents
    assert "They should think of their taps." in contents


def test_double_marked_copy_with_curly_single_marks_inside_stays_double_marked():
    text = "“He told me ‘wait’, and I waited,” said Ada Quill. Ada called it ‘odd’."
    assert not uses_single_marks(text)


@pytest.mark.model
def test_nested_quotes_are_direct_and_no_reported_clause_starts_at_a_mark(quotes_of):
    quotes = quotes_of(NESTED)
    direct = [q.content for q in quotes if q.kind == "direct"]
    assert "When anglers hear “lake loss” they think of fish," in direct
    assert "Some lakes are gone." in direct
    assert not any(q.content.startswith("‘") for q in quotes if q.kind == "indirect")


@pytest.mark.model
def test_sources_described_by_a_participle_keep_it(quotes_of):
    text = ("Two envoys briefed on the talks said the sides remained far apart.\n\n"
            "\"The river is everything,\" one of the envoys said.")
    found = speakers(quotes_of(text))
    assert found[0] == ("the sides remained far apart", "envoys briefed on the talks")
    assert found[1][1].endswith("briefed on the talks")


def test_a_countrys_body_takes_the_adjective_the_article_uses():
    text = "Talvera's military said it struck depots. Talveran forces hold the pass."
    assert owner_first("Talvera's military", "organization", text) == "Talveran military"
    assert owner_first("Brody's office", "organization", text) == "Brody's office"
    assert owner_first("Talvera's president", "person", text) == "Talvera's president"


@pytest.mark.model
def test_a_headline_second_verb_says_is_no_inverted_cue(quotes_of):
    text = ("Central bank holds rates, says inflation \"still too high\"\n\n"
            "Governor Ada Quill said inflation was \"still too high\" in March.")
    quotes = quotes_of(text)
    assert [q.content for q in quotes if q.kind == "indirect"] == [
        "inflation was \"still too high\" in March"]
    headline = [q for q in quotes if q.kind == "direct" and q.start < text.index("\n")]
    assert [(q.content, q.speaker) for q in headline] == [("still too high", "Ada Quill")]


@pytest.mark.model
@pytest.mark.parametrize(("headline", "content", "speaker"), [
    ("Storm will reach the coast on Friday, says weather service",
     "Storm will reach the coast on Friday", "weather service"),
    ("Taxes will rise next year, says minister, warning of cuts",
     "Taxes will rise next year", "minister"),
])
def test_an_inverted_headline_cue_still_reports(quotes_of, headline, content, speaker):
    assert speakers(quotes_of(headline + "\n\nRain fell.")) == [(content, speaker)]


AFP = (
    "ORMA, Nov 3, 2026 (AFP) - At least 12 people have died in the floods which hit the "
    "north on Friday, announced Saturday the civil protection.\n\n"
    "\"The roads are cut,\" declared to AFP the spokesman of the civil protection, "
    "Colonel Ivo Brandt.\n\n"
    "\"We need boats urgently,\" indicated its coordinator in Orma, Dr Mira Soldan.\n\n"
    "The national meteorology estimates that the rains should stop on Monday.")


@pytest.mark.model
def test_translated_inversions_name_the_person_or_service_after_the_cue(quotes_of):
    found = speakers(quotes_of(AFP))
    assert found == [
        ("At least 12 people have died in the floods which hit the north on Friday",
         "civil protection"),
        ("The roads are cut,", "Ivo Brandt"),
        ("We need boats urgently,", "Mira Soldan"),
        ("the rains should stop on Monday", "national meteorology"),
    ]


@pytest.mark.model
def test_a_thing_announced_in_apposition_reports_nothing(quotes_of):
    text = ("The campaign was overshadowed by a row over the closure of the Orm clinic and by "
            "the government’s so-called ‘coastal deal’, a package of road and ferry spending "
            "announced in May.\n\n‘We heard you,’ Quill said.")
    assert speakers(quotes_of(text)) == [("We heard you,", "Quill")]
