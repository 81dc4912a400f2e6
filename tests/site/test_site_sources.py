"""Sources as editors paste them: a citation with no link, the same source twice, a link
with an internationalised host, query and fragment (QA pass 6)."""

from __future__ import annotations

import shutil

from bs4 import BeautifulSoup
from site_helpers import FIXTURE, build_site

from generator.site.urls import safe_url

SOURCES = """\
    sources:
    - title: Draft budget
      url: https://example.org/vellmoor/budget-draft?year=2024&fmt=pdf#page=4
    - title: Vellmoor Courier print edition, 9 March 2024, p. 4 <b>x</b>
    - title: Draft budget
      url: https://example.org/vellmoor/budget-draft?year=2024&fmt=pdf#page=4
    - title: Minutes
      url: https://例え.example/議事録?q=フェリー
"""


def test_an_internationalised_host_is_written_in_punycode():
    assert safe_url("https://例え.example/議事録?q=a b") == \
        "https://xn--r8jz45g.example/%E8%AD%B0%E4%BA%8B%E9%8C%B2?q=a%20b"
    assert safe_url("https://例え.example:8080/") == "https://xn--r8jz45g.example:8080/"


def test_citations_duplicates_and_links_on_the_claim_page(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(FIXTURE, project)
    path = project / "claims" / "vellmoor-rates.yaml"
    text = path.read_text(encoding="utf-8")
    old = ("    sources:\n    - title: Draft budget\n"
           "      url: https://example.org/vellmoor/budget-draft\n")
    assert old in text
    path.write_text(text.replace(old, SOURCES), encoding="utf-8")
    site = build_site(project, tmp_path / "site")
    page = site / "claims" / "vellmoor-rates-three-euros" / "index.html"
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    items = soup.find(id="sources").find_next("ul").find_all("li")
    assert [li.get_text() for li in items] == [
        "Draft budget",
        "Vellmoor Courier print edition, 9 March 2024, p. 4 <b>x</b>",
        "Minutes",
    ]
    links = [li.a for li in items if li.a]
    assert [a["href"] for a in links] == [
        "https://example.org/vellmoor/budget-draft?year=2024&fmt=pdf#page=4",
        "https://xn--r8jz45g.example/%E8%AD%B0%E4%BA%8B%E9%8C%B2?q=%E3%83%95%E3%82%A7%E3%83%AA%E3%83%BC",
    ]
    assert all(a["rel"] == ["nofollow", "noopener"] for a in links)
    assert items[1].a is None and not items[1].find("b")
