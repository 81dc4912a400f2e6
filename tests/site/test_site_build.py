"""The fixture project builds strictly and its HTML has every page, link and escape it needs."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup

FIXTURE_CLAIM_IDS = {
    "vellmoor-rates-capacity",
    "vellmoor-rates-three-euros",
    "vellmoor-rates-warnings",
    "vellmoor-rates-dam-safe",
    "harrowgate-delay-postponed",
    "letters-ferry-stop",
    "letters-ticket-price",
}


def soup(site: Path, page: str) -> BeautifulSoup:
    return BeautifulSoup((site / page / "index.html").read_text(encoding="utf-8"), "html.parser")


def html_files(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_claim_has_a_page_and_repeats_share_one(built_site):
    pages = {p.parent.name for p in (built_site / "claims").glob("*/index.html")}
    assert pages == FIXTURE_CLAIM_IDS
    assert not (built_site / "claims" / "harrowgate-delay-three-euros").exists()


def test_repeated_claim_lists_every_appearance_first_marked(built_site):
    page = soup(built_site, "claims/vellmoor-rates-three-euros")
    section = page.find(id="where-it-appears").find_next("ol")
    items = section.find_all("li", recursive=False)
    assert len(items) == 2
    assert "First appearance" in items[0].get_text()
    assert "First appearance" not in items[1].get_text()
    assert "Harrowgate budget vote delayed" in items[1].get_text()


def test_article_highlights_link_to_the_shared_claim_page(built_site):
    page = soup(built_site, "articles/harrowgate-delay")
    mark = page.find(id="claim-harrowgate-delay-three-euros")
    assert mark.name == "a" and mark.find_parent("mark") is not None
    assert mark["href"] == "../../claims/vellmoor-rates-three-euros/"
    repeat = page.select_one(".fc-repeat")
    assert "first made in" in repeat.get_text() and repeat.a["href"] == "../vellmoor-rates/"


def test_claim_page_shows_verdict_speaker_review_sources_and_edit_link(built_site):
    page = soup(built_site, "claims/vellmoor-rates-capacity")
    badge = page.select_one(".fc-claim-meta .fc-badge")
    assert badge.get_text() == "Mostly true" and "#5a9e2f" in badge["style"]
    assert page.select_one('.fc-claim-meta a[href="../../speakers/ilse-marrow/"]')
    text = page.get_text()
    assert "37 percent" in text and "Nadia Okoro" in text
    assert page.select_one('a[href="https://example.org/harrowgate/capacity-2024.pdf"]')
    edit = page.select_one("a.fc-edit")
    assert (
        edit["href"] == "https://git.example.org/desk/vellmoor/edit/main/claims/vellmoor-rates.yaml"
    )
    assert "An earlier version gave the board" in page.find(id="corrections").find_next("ul").text


def test_claim_dates_show_precision_and_approximation(built_site):
    page = soup(built_site, "claims/vellmoor-rates-dam-safe")
    time = page.select_one("#dates-mentioned ~ ul time")
    assert time["datetime"] == "2022-03"
    assert "fc-date--approx" in time["class"] and time.get_text() == "about March 2022"
    unresolved = soup(built_site, "claims/letters-ferry-stop").select_one(".fc-date--unresolved")
    assert "XXXX-WXX" in unresolved.get_text()


def test_unknown_publication_date_is_visible(built_site):
    page = soup(built_site, "articles/letters-ferry")
    assert "Publication date unknown" in page.select_one(".admonition.warning").get_text()


def test_speaker_page_lists_claims_across_articles_with_counts(built_site):
    page = soup(built_site, "speakers/ilse-marrow")
    claims = page.find(id="claims").find_next("ul").find_all("li", recursive=False)
    assert len(claims) == 2
    badges = [b.get_text() for b in page.select("article > p .fc-badge")]
    assert badges == ["Mostly true", "False"]


def test_a_renamed_or_merged_speakers_old_page_url_leads_to_the_new_page(built_site):
    # Renaming or merging a speaker in speakers.yaml moved their page to the new name's URL:
    # links from outside to the old one (an alias now) ended on a 404.
    page = soup(built_site, "speakers/harrowgate-water-authority")
    refresh = page.find("meta", attrs={"http-equiv": "refresh"})["content"]
    assert refresh == "0; url=../harrowgate-water-board/"
    assert page.find("link", rel="canonical")["href"] == \
        "https://factcheck.example.org/speakers/harrowgate-water-board/"
    assert page.find("a")["href"] == "../harrowgate-water-board/"
    assert "Harrowgate Water Board" in page.get_text()
    assert (built_site / "speakers" / "ilse-marrow" / "index.html").exists()


def test_timeline_is_in_date_order_and_marks_planned_and_approximate(built_site):
    page = soup(built_site, "timeline")
    events = page.select("ol.fc-timeline > li.fc-event")
    starts = [e.find("time")["datetime"] for e in events]
    # by year; in a year, the periods longer than a month first, then month by month
    assert starts == ["2022-03", "2024-03-20", "2024-03-04", "2024-W11", "2024-04"]
    assert [h.get_text(strip=True).rstrip("¶") for h in page.select("h2")][:2] == ["2022", "2024"]
    planned = page.select_one("li.fc-event--planned")
    assert planned.select_one(".fc-status--planned").get_text() == "Planned"
    assert page.select("li.fc-event time.fc-date--approx")
    assert page.select("ul.fc-timeline--undated li.fc-event")
    assert page.select_one("[data-fc-filter]").has_attr("hidden")  # shown only by the script


def test_timeline_files_a_season_or_a_year_under_no_single_month(built_site):
    # The spring (20 March - 20 June) was listed under "March 2024", and a year-level event
    # ("since 2021") under "January 2021": a month heading for an event of no month.
    page = soup(built_site, "timeline")
    spring = page.select_one('li.fc-event time[datetime="2024-03-20"]').find_parent("ol")
    assert spring.find_previous("h3").get_text(strip=True).rstrip("¶") == "2024: longer periods"
    day = page.select_one('li.fc-event time[datetime="2024-03-04"]').find_parent("ol")
    assert day.find_previous("h3").get_text(strip=True).rstrip("¶") == "March 2024"


def test_every_internal_link_resolves(built_site):
    broken = []
    for path in html_files(built_site):
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for tag in page.find_all(["a", "link", "script", "img"]):
            ref = tag.get("href") or tag.get("src")
            if not ref or urlsplit(ref).scheme or ref.startswith(("#", "//")):
                continue
            link = unquote(urlsplit(ref).path)
            # 404.html uses root-relative links (site_url's path is "/").
            base = built_site if link.startswith("/") else path.parent
            target = (base / link.lstrip("/")).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{path.relative_to(built_site)} -> {ref}")
    assert broken == []


@pytest.mark.parametrize("section", ["claims", "articles", "speakers", "timeline"])
def test_generated_pages_have_one_h1_and_never_skip_a_heading_level(built_site, section):
    for path in (built_site / section).rglob("index.html"):
        article = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").select_one(
            "article"
        )
        levels = [int(h.name[1]) for h in article.find_all(re.compile(r"^h[1-6]$"))]
        assert levels[0] == 1 and levels.count(1) == 1, path
        assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), f"{path}: {levels}"


def test_html_ids_are_unique_on_every_page(built_site):
    for path in html_files(built_site):
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        ids = [tag["id"] for tag in page.find_all(id=True)]
        assert len(ids) == len(set(ids)), f"{path}: {sorted(i for i in ids if ids.count(i) > 1)}"


def test_no_resource_is_loaded_from_another_host(built_site):
    external = []
    for path in html_files(built_site):
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for tag in page.find_all(["link", "script", "img", "iframe", "source"]):
            ref = tag.get("src") or (tag.get("href") if tag.name == "link" else None)
            if ref and urlsplit(ref).netloc and tag.get("rel") != ["canonical"]:
                external.append(f"{path.relative_to(built_site)}: {tag.name} {ref}")
    assert external == []


def test_text_from_articles_and_yaml_is_escaped(built_site):
    for path in html_files(built_site):
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for script in page.find_all("script"):
            if script.get("type") != "application/ld+json":
                assert "__fcInjected" not in script.get_text(), path
        assert not page.select("[onerror]"), path
        assert not page.select('a[href^="javascript:"]'), path
    page = soup(built_site, "claims/letters-ferry-stop")
    assert "<script>window.__fcInjected = 3</script>" in page.get_text()
    assert "Operator" in page.find(id="sources").find_next("ul").get_text()
    ticket = soup(built_site, "claims/letters-ticket-price")
    assert "*tickets* [cost](javascript:alert(1))" in ticket.select_one(".fc-claim-text").get_text()


def test_html_title_and_description_are_escaped(built_site):
    raw = (built_site / "articles" / "letters-ferry" / "index.html").read_text(encoding="utf-8")
    head = raw.split("</head>")[0]
    assert "<script>window" not in head
    assert "&lt;script&gt;window.__fcInjected = 1&lt;/script&gt;" in head


def claim_reviews(site: Path) -> list[dict]:
    found = []
    for path in (site / "claims").glob("*/index.html"):
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        found += [json.loads(s.string) for s in page.select('script[type="application/ld+json"]')]
    return found


def test_reviewed_claims_carry_valid_claimreview(built_site):
    reviews = claim_reviews(built_site)
    assert len(reviews) == 5  # reviewed claims only; the repeated claim has one page
    for review in reviews:
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["url"].startswith("https://factcheck.example.org/claims/")
        assert review["claimReviewed"] and review["author"]["name"] == "Vellmoor Fact Desk"
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", review["datePublished"])
        assert review["itemReviewed"]["@type"] == "Claim"
        assert review["itemReviewed"]["appearance"][0]["url"]
        assert review["reviewRating"]["alternateName"]
    rated = next(r for r in reviews if r["claimReviewed"].startswith("Every household"))
    assert rated["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "False",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert rated["itemReviewed"]["author"] == {"@type": "Person", "name": "Ilse Marrow"}
    assert rated["itemReviewed"]["datePublished"] == "2024-03-08"
    assert len(rated["itemReviewed"]["appearance"]) == 2
    board = next(r for r in reviews if r["claimReviewed"] == "the dam was safe")
    assert board["itemReviewed"]["author"] == {
        "@type": "Organization",
        "name": "Harrowgate Water Board",
        "sameAs": "https://example.org/harrowgate",
    }
    assert "ratingValue" not in board["reviewRating"]  # unproven is outside the numbered scale


def test_exports_are_built_and_match_the_pages(built_site):
    data = json.loads((built_site / "claims.json").read_text(encoding="utf-8"))
    assert {c["id"] for c in data["claims"]} == FIXTURE_CLAIM_IDS
    assert {a["id"] for a in data["articles"]} == {
        "vellmoor-rates",
        "harrowgate-delay",
        "letters-ferry",
    }
    assert len(data["events"]) == 6
    assert "notes" not in json.dumps(data)
    feed = json.loads((built_site / "claimreview.json").read_text(encoding="utf-8"))
    assert feed["@type"] == "DataFeed"
    assert len(feed["dataFeedElement"]) == len(claim_reviews(built_site))


def test_home_page_has_latest_reviews_counts_articles_and_timeline_link(built_site):
    page = BeautifulSoup((built_site / "index.html").read_text(encoding="utf-8"), "html.parser")
    latest = page.find(id="latest-reviews").find_next("ul").find_all("li")
    assert "ferry to Skellig Tor" in latest[0].get_text()  # reviewed 2024-03-20, the newest
    counts = {
        li.select_one(".fc-badge").get_text(): li.get_text() for li in page.select(".fc-counts li")
    }
    assert counts.keys() == {
        "True",
        "Mostly true",
        "Mostly false",
        "False",
        "Unproven",
        "Unreviewed",
    }
    assert page.select_one(".fc-counts a")["href"] == "claims/#verdict-true"
    claims_index = soup(built_site, "claims")
    assert "Every household" in claims_index.find(id="verdict-false").find_next("ul").get_text()
    assert page.select_one('a[href="timeline/"]')
    assert len(page.find(id="articles-covered").find_next("ul").find_all("li")) == 3


def test_trust_pages_render_scale_and_corrections_log(built_site):
    scale = soup(built_site, "rating-scale")
    assert [b.get_text() for b in scale.select("table .fc-badge")][:2] == ["True", "Mostly true"]
    log = soup(built_site, "corrections").select_one("article ul")
    assert "An earlier version" in log.get_text()
    assert log.find("a")["href"] == "../claims/vellmoor-rates-capacity/"


def test_search_index_has_claims_speakers_and_verdicts(built_site):
    docs = json.loads((built_site / "search" / "search_index.json").read_text())["docs"]
    claim_docs = [d for d in docs if d["location"] == "claims/vellmoor-rates-capacity/"]
    assert claim_docs
    text = " ".join(d["text"] for d in claim_docs)
    assert "Ilse Marrow" in text and "Mostly true" in text and "40 percent" in text
    assert all("__fcInjected = 1</script>" not in d["title"] for d in docs)


def test_search_index_finds_accented_names_typed_without_accents(built_site):
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    texts = [doc["text"] for doc in index["docs"] if "Sørensen" in doc["text"]]
    assert texts, "the corrections page's names are in the index"
    for text in texts:  # the folded forms are indexed, hidden from the result snippet
        hidden = text[text.index('<span class="fc-folded" hidden>') :]
        for word in ("Sorensen", "Lucia", "Lukasz", "Weiss"):
            assert word in hidden
        assert "Sørensen" in text  # the name as written stays
