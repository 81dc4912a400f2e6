"""Mending session 22: the last places a non-English article's words went unmarked. A claim
page's and an article page's ``<title>`` and the header bar's topic (Material writes both from
the page title, where no template reaches), and the event descriptions of the article's
timeline on the site's timeline and on the article page, with the headlines and claims they
link. The site's own words (``<html lang>``, the "Claim:" label) stay English."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from generator.site.page_language import mark_title_language


def soup(site: Path, page: str) -> BeautifulSoup:
    return BeautifulSoup((site / page / "index.html").read_text(encoding="utf-8"), "html.parser")


@pytest.fixture(scope="module")
def dutch_site(fixture_project, tmp_path_factory) -> Path:
    """The fixture site with its letters article given as Dutch."""
    from site_helpers import build_site

    root = tmp_path_factory.mktemp("dutch")
    project = root / "project"
    shutil.copytree(fixture_project, project)
    path = project / "claims" / "letters-ferry.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("\nclaims:", "\n  language: nl\nclaims:", 1), encoding="utf-8")
    return build_site(project, root / "site")


def topic(page: BeautifulSoup):
    return page.select_one('[data-md-component="header-topic"] .md-ellipsis')


def test_a_claim_pages_title_and_header_carry_the_articles_language(dutch_site):
    page = soup(dutch_site, "claims/letters-ferry-stop")
    assert page.html["lang"] == "en"
    title = page.head.title
    assert title["lang"] == "nl" and "Skellig Tor" in title.get_text()
    words = topic(page).find("span", lang="nl")
    assert words is not None and words.get_text().startswith("the ferry to Skellig Tor")
    # the site's own label stays outside the marked words
    assert topic(page).get_text(strip=True).startswith("Claim:")
    assert not words.get_text().startswith("Claim:")
    # the preview tags still read the title
    assert page.head.find("meta", property="og:title")["content"].startswith("Claim: the ferry")


def test_an_article_pages_title_and_header_carry_its_language(dutch_site):
    page = soup(dutch_site, "articles/letters-ferry")
    assert page.head.title["lang"] == "nl"
    assert topic(page).find("span", lang="nl").get_text().startswith("Letters:")


def test_event_descriptions_carry_their_articles_language(dutch_site):
    for name in ("timeline", "articles/letters-ferry"):
        page = soup(dutch_site, name)
        event = page.find("li", attrs={"data-article": "letters-ferry"})
        what = event.select_one(".fc-event__what")
        assert what["lang"] == "nl" and "Skellig Tor" in what.get_text(), name
        links = event.select(".fc-event__links a")
        assert links and all(link["lang"] == "nl" for link in links), name
        assert not event.select_one(".fc-event__who").has_attr("lang")  # names, no language


def test_an_english_articles_title_and_events_stay_unmarked(dutch_site):
    page = soup(dutch_site, "articles/vellmoor-rates")
    assert not page.head.title.has_attr("lang")
    assert topic(page).find("span", lang=True) is None
    timeline = soup(dutch_site, "timeline")
    for event in timeline.find_all("li", attrs={"data-article": "vellmoor-rates"}):
        assert event.select_one(".fc-event__what") is None
        assert not any(link.has_attr("lang") for link in event.select(".fc-event__links a"))
    assert not soup(dutch_site, "claims/vellmoor-rates-capacity").head.title.has_attr("lang")


def test_mark_title_language_on_a_page():
    page = ('<html lang="en"><head><title>Claim: de veerboot - Desk</title></head><body>'
            '<div class="md-header__topic" data-md-component="header-topic">\n'
            '<span class="md-ellipsis">\nClaim: de veerboot\n</span></div>'
            '<p>&lt;title&gt;</p></body></html>')
    marked = mark_title_language(page, "nl", "Claim: ")
    assert '<title lang="nl">Claim: de veerboot - Desk</title>' in marked
    assert 'Claim: <span lang="nl">de veerboot</span>' in marked
    assert marked.count('lang="nl"') == 2
    assert mark_title_language(page, None, "Claim: ") == page
