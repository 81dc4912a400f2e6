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
    import json

    review = json.loads(claim.find("script", type="application/ld+json").string)
    assert review["itemReviewed"]["appearance"][0]["inLanguage"] == "nl"
    heading = claim.select_one("h1 span[lang]")
    assert heading["lang"] == "nl" and "Skellig Tor" in heading.get_text()
    # wherever the claim is listed (claims page, speaker page, home), its words carry the lang
    listed = soup(built, "claims").find("a", href="letters-ferry-stop/")
    assert listed["lang"] == "nl"
    speaker = soup(built, "speakers/bram-oduya").find("a", href="../../claims/letters-ferry-stop/")
    assert speaker["lang"] == "nl"
    # an English article's page has no lang of its own
    english = soup(built, "articles/vellmoor-rates")
    assert not english.select_one(".fc-article-text").has_attr("lang")
    assert not soup(built, "claims").find("a", href="vellmoor-rates-capacity/").has_attr("lang")


def meta(page: BeautifulSoup, key: str) -> str | None:
    tag = page.head.find("meta", attrs={"property": key}) or page.head.find(
        "meta", attrs={"name": key})
    return tag["content"] if tag else None


def test_a_shared_claim_link_previews_its_words_verdict_and_address(built_site):
    import json

    page = soup(built_site, "claims/vellmoor-rates-capacity")
    canonical = page.head.find("link", rel="canonical")["href"]
    assert canonical == "https://factcheck.example.org/claims/vellmoor-rates-capacity/"
    review = json.loads(page.find("script", type="application/ld+json").string)
    assert review["url"] == canonical == meta(page, "og:url")
    assert meta(page, "og:type") == "article"
    assert meta(page, "og:site_name") == "Vellmoor Fact Desk"
    assert meta(page, "og:title").startswith("Claim: the Harrowgate reservoir lost 40 percent")
    assert not meta(page, "og:title").endswith("Vellmoor Fact Desk")
    # the preview says what the fact-checkers found, not only what was said
    description = meta(page, "description")
    assert description.startswith("Rated Mostly true. Ilse Marrow: the Harrowgate reservoir")
    assert meta(page, "og:description") == description == meta(page, "twitter:description")
    assert meta(page, "twitter:card") == "summary"
    assert meta(page, "twitter:title") == meta(page, "og:title")


def test_an_unreviewed_claim_preview_says_so(built_site):
    page = soup(built_site, "claims/vellmoor-rates-warnings")
    assert meta(page, "og:description").startswith("Not yet reviewed. Tomas Feld: the board")


def test_share_tags_carry_markup_from_a_claim_as_text(built_site):
    page = soup(built_site, "claims/letters-ferry-stop")
    assert meta(page, "og:title").endswith("next week <img src=x…")
    assert '<img src=x onerror="window.__fcInjected' in meta(page, "og:description")
    assert not page.head.find_all("img")
    article = soup(built_site, "articles/letters-ferry")
    assert meta(article, "og:title").startswith("Letters: <script>window.__fcInjected = 1</script>")
    assert not article.head.find_all("script", string=lambda s: s and "__fcInjected" in s)


def test_home_and_hand_written_pages_are_websites_with_their_own_description(built_site):
    home = soup(built_site, "")
    assert meta(home, "og:type") == "website"
    assert meta(home, "og:url") == "https://factcheck.example.org/"
    assert meta(home, "og:title") == "Vellmoor Fact Desk"


def test_without_site_url_no_page_claims_an_address(fixture_project, tmp_path):
    import shutil

    from site_helpers import build_site

    project = tmp_path / "project"
    shutil.copytree(fixture_project, project)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("site_url: https://factcheck.example.org/\n",
                                                 ""))
    built = build_site(project, tmp_path / "site")
    page = soup(built, "claims/vellmoor-rates-capacity")
    assert page.head.find("link", rel="canonical") is None
    assert meta(page, "og:url") is None  # a relative og:url is ignored by every reader of it
    assert meta(page, "og:title").startswith("Claim: the Harrowgate reservoir")


def test_the_articles_list_shows_how_far_each_review_has_got(built_site):
    # QA pass 10: an editor looking for what is still to review found only "4 claims"
    page = soup(built_site, "articles")
    items = {li.a.get_text(): li.get_text(" ", strip=True) for li in page.select("article li")}
    vellmoor = items["Vellmoor water rates to rise as reservoir repairs begin"]
    assert vellmoor.endswith("— 4 claims, 3 reviewed, 1 unreviewed")
    assert items["Harrowgate budget vote delayed"].endswith("all reviewed")


def test_the_claims_list_says_which_article_each_claim_is_from(built_site):
    page = soup(built_site, "claims")
    waiting = page.find(id="verdict-unreviewed").find_next("ul")
    items = waiting.find_all("li")
    assert len(items) == 2
    (item,) = [li for li in items if "12 warnings" in li.get_text()]
    links = [a["href"] for a in item.find_all("a")]
    assert "../articles/vellmoor-rates/#claim-vellmoor-rates-warnings" in links
    assert "in Vellmoor water rates to rise" in item.get_text(" ", strip=True)


def test_a_shared_article_link_previews_its_outlet_date_and_verdicts(built_site):
    # QA pass 10: an article's preview said only "Fact-check of the article: <headline>"
    page = soup(built_site, "articles/vellmoor-rates")
    assert meta(page, "og:title") == "Vellmoor water rates to rise as reservoir repairs begin"
    assert meta(page, "og:description") == (
        "Fact-check of an article of The Vellmoor Courier, 8 March 2024: 4 claims; Mostly true 1, "
        "False 1, Unproven 1, Unreviewed 1.")
    assert meta(page, "og:type") == "article"
