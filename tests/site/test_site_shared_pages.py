"""QA pass 10: what a reader gets from an article or claim page without hovering, without
colour, and when the page is shared or found (title, description, canonical, Open Graph)."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup


def soup(site: Path, page: str) -> BeautifulSoup:
    return BeautifulSoup((site / page / "index.html").read_text(encoding="utf-8"), "html.parser")


def test_highlighted_claims_say_their_verdict_in_the_text_not_only_in_a_tooltip(built_site):
    page = soup(built_site, "articles/vellmoor-rates")
    marks = page.select(".fc-article-text mark.fc-mark")
    shown = {}
    for mark in marks:
        link = mark.find("a")
        label = mark.select_one(".fc-mark__verdict")
        assert label is not None, mark
        shown[link["id"]] = label.get_text(" ", strip=True)
    assert shown == {
        "claim-vellmoor-rates-capacity": "verdict: Mostly true",
        "claim-vellmoor-rates-three-euros": "verdict: False",
        "claim-vellmoor-rates-dam-safe": "verdict: Unproven",
        "claim-vellmoor-rates-warnings": "verdict: Unreviewed",
    }
    # the words "verdict:" are for screen readers; sighted readers see the label
    hidden = marks[0].select_one(".fc-mark__verdict .fc-visually-hidden")
    assert hidden is not None and hidden.get_text(strip=True) == "verdict:"


def test_an_article_in_another_language_marks_its_own_text_with_it(fixture_project, tmp_path):
    import shutil

    from site_helpers import build_site

    project = tmp_path / "project"
    shutil.copytree(fixture_project, project)
    path = project / "claims" / "letters-ferry.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\nclaims:", "\n  language: nl\nclaims:", 1), encoding="utf-8")
    built = build_site(project, tmp_path / "site")

    page = soup(built, "articles/letters-ferry")
    assert page.html["lang"] == "en"  # the site's own words stay English
    assert page.select_one(".fc-article-text")["lang"] == "nl"
    assert page.select_one("h1")["lang"] == "nl"
    claim = soup(built, "claims/letters-ferry-stop")
    assert claim.select_one("blockquote.fc-claim-text")["lang"] == "nl"
    sentence = claim.find(id="where-it-appears").find_next("ol").select_one("blockquote span")
    assert sentence["lang"] == "nl" and "Skellig Tor" in sentence.get_text()
    # an English article's page has no lang of its own
    english = soup(built, "articles/vellmoor-rates")
    assert not english.select_one(".fc-article-text").has_attr("lang")
