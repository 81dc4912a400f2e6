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
