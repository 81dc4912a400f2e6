"""ClaimReview details Google's structured-data docs ask for: who wrote the article where the
claim appeared (one Person per author), and who made the claim (a Person or an Organization)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import models
from generator.site.index import ArticleEntry
from generator.site.jsonld import LinkBase, appearance, author_kind, authors


def _article(author: str | None) -> ArticleEntry:
    article = models.Article(id="a", title="Tunnel costs rise", source="seeds/a.html",
                             author=author)
    return ArticleEntry(article=article, path=Path("claims/a.yaml"), text="", claims=[], events=[])


@pytest.mark.parametrize(("byline", "names"), [
    ("Ines Calloway", ["Ines Calloway"]),
    ("Ines Calloway and Rafael Ortuño", ["Ines Calloway", "Rafael Ortuño"]),
    ("Ines Calloway, Mira Holt and Rafael Ortuño", ["Ines Calloway", "Mira Holt", "Rafael Ortuño"]),
    ("Ines Calloway; Rafael Ortuño", ["Ines Calloway", "Rafael Ortuño"]),  # a file from before
])
def test_a_byline_of_several_people_is_one_person_each(byline, names):
    assert [a["name"] for a in authors(byline)] == names
    work = appearance(_article(byline), LinkBase("https://fc.example/"))
    expected = [{"@type": "Person", "name": n} for n in names]
    assert work["author"] == (expected[0] if len(names) == 1 else expected)


@pytest.mark.parametrize(("speaker", "kind"), [
    ("Tomas Brevik", "Person"),
    ("渡辺健二", "Person"),            # no letter case: nothing says it is not a name
    ("health board", "Organization"),  # a speaker written in lower case is no person's name
    ("electoral commission", "Organization"),
    # a capitalised body was a Person (pass-7 leftover): its name ends in a noun for an
    # institution and does not open with a given name
    ("The Harbour Board", "Organization"),
    ("Harbour Board", "Organization"),
    ("Kestrava Mining", "Organization"),
    ("Corvell Transit Authority", "Organization"),
    ("Margaret Court", "Person"),   # a given name first: a person whose surname is a body
    ("Court", "Person"),           # one word: nothing says it is not a surname
])
def test_a_speaker_without_a_registry_kind(speaker, kind):
    assert author_kind(speaker, None) == kind


def test_the_registry_kind_wins():
    assert author_kind("the Velmar Ledger", "person") == "Person"
    assert author_kind("Tomas Brevik", "organization") == "Organization"


@pytest.mark.parametrize(("byline", "names"), [
    ("John Smith, Jr.", ["John Smith, Jr."]),
    ("John Smith, Jr. and Marta Kowalczyk", ["John Smith, Jr.", "Marta Kowalczyk"]),
    ("Ana Ruiz, Henry Ford III, Ed Lowe Sr and Lin Bo", ["Ana Ruiz", "Henry Ford III",
                                                         "Ed Lowe Sr", "Lin Bo"]),
    ("Lee Park, Jr., Ines Calloway", ["Lee Park, Jr.", "Ines Calloway"]),
    ("Amy Roe, PhD; Bo Li", ["Amy Roe, PhD", "Bo Li"]),
])
def test_a_name_suffix_after_a_comma_stays_with_its_name(byline, names):
    # "John Smith, Jr." (front matter, or a JSON-LD author list joined as 'A and B') became two
    # Persons in the ClaimReview's itemReviewed: "John Smith" and "Jr.".
    assert [person["name"] for person in authors(byline)] == names


@pytest.mark.parametrize(("publisher", "author", "expected"), [
    ("The Harlow Courier", "Ana Ruiz", {"@type": "Organization", "name": "The Harlow Courier"}),
    (None, "Ana Ruiz and Bo Li", [{"@type": "Person", "name": "Ana Ruiz"},
                                  {"@type": "Person", "name": "Bo Li"}]),
    (None, "John Smith, Jr.", {"@type": "Person", "name": "John Smith, Jr."}),
    (None, None, None),
])
def test_who_made_a_claim_the_article_itself_asserts(publisher, author, expected):
    # A plain-text seed has no publisher: the ClaimReview said the claim was made by an
    # Organization named after the headline ('Library budget report shows rising loans'), or
    # by an Organization named 'Ana Ruiz and Bo Li'.
    from types import SimpleNamespace

    from generator.site.jsonld import _claim_author

    entry = _article(author)
    entry.article.publisher = publisher
    assert _claim_author(SimpleNamespace(speaker=None), entry, None) == expected


def test_a_review_corrected_after_publication_says_when(tmp_path):
    # QA pass 7: a verdict changed after publication, with a dated correction note as
    # docs/corrections.md asks. The page listed the correction, but the ClaimReview kept only
    # the first review's datePublished: search engines and feed readers were told nothing
    # changed. dateModified is the last correction's day (when later than the review's).
    from site_helpers import FIXTURE

    from generator import site
    from generator.scale import DEFAULT_SCALE
    from generator.site.jsonld import Publisher, claim_review

    claims = FIXTURE / "claims"
    index = site.build_index(site.load_claim_files(claims, DEFAULT_SCALE), DEFAULT_SCALE)
    links = LinkBase("https://fc.example/")
    corrected = claim_review(index.claims["vellmoor-rates-capacity"], index, Publisher("Desk"),
                             links)
    assert (corrected["datePublished"], corrected["dateModified"]) == ("2024-03-12", "2024-03-14")
    for entry in index.claims.values():
        review = claim_review(entry, index, Publisher("Desk"), links)
        if review is not None and not entry.corrections:
            assert "dateModified" not in review


@pytest.mark.parametrize(("title", "expected"), [
    ("Opinion: The water tariff is a tax by another name",
     {"@type": "Person", "name": "Dorothea Plimm"}),
    ("Op-ed | The water tariff is a tax", {"@type": "Person", "name": "Dorothea Plimm"}),
    ("Column: Why the tariff will fail", {"@type": "Person", "name": "Dorothea Plimm"}),
    ("Water tariff rises by a third", {"@type": "Organization", "name": "The Fenmoor Gazette"}),
    ("Editorial: The tariff must go", {"@type": "Organization", "name": "The Fenmoor Gazette"}),
])
def test_an_opinion_piece_asserts_its_writers_claims(title, expected):
    # An op-ed's own claims ('The tariff will raise 3.2 million pounds a year') were the
    # publisher's in the ClaimReview, as a news report's are; an opinion is its writer's.
    from types import SimpleNamespace

    from generator.site.jsonld import _claim_author

    entry = _article("Dorothea Plimm")
    entry.article.publisher = "The Fenmoor Gazette"
    entry.article.title = title
    assert _claim_author(SimpleNamespace(speaker=None), entry, None) == expected
