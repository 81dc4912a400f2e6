"""Saved web pages: main text and metadata through trafilatura."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.ingest import IngestError, read_article
from generator.ingest.html import read_html

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Quay lights switched off to save power</title>{head}</head>
<body><nav>Home | News | Sport</nav><article>
<p>PORT ELLIS — The harbor board switched off half of the quay lights on Monday to cut its power bill by a third.</p>
<p>"Nobody needs floodlights on an empty quay at three in the morning," said board chair Tomas Brevik.</p>
<p>Fishermen said the darker quay made night landings harder, and asked the board to think again.</p>
</article><footer><p>© 2021 The Port Ellis Herald. All rights reserved.</p></footer></body></html>
"""


def test_page_metadata_and_text(fixtures):
    article = read_article(fixtures / "fish-market.html")
    assert article.title == "Fish market moves to the old rail yard"
    assert article.author == "Ilse Marrow"
    assert article.publisher == "The Valdoria Courier"
    assert article.url == "https://courier.example/news/fish-market"
    assert article.published == dt.date(2024, 2, 9)
    assert article.dateline == "PORT ELLIS"  # from the text: pages have no dateline field
    assert article.text.startswith("Fish market moves to the old rail yard\n\nPORT ELLIS — ")
    assert "Home | News" not in article.text
    assert "Share this article" not in article.text
    assert dict(article.origins)["published"] == "html"
    assert dict(article.origins)["dateline"] == "text"


def test_page_without_date_does_not_take_the_copyright_year(write):
    article = read_article(write("quay.html", PAGE.format(head="")))
    assert article.published is None


def test_title_missing_from_the_body_is_put_on_top(write):
    article = read_article(write("quay.html", PAGE.format(head="")))
    assert article.title == "Quay lights switched off to save power"
    assert article.text.startswith("Quay lights switched off to save power\n\nPORT ELLIS — ")


def test_sidecar_completes_a_page(write):
    write("quay.meta.yaml", "published: 2023-01-16\nauthor: Maren Kolstad\n")
    article = read_article(write("quay.html", PAGE.format(head="")))
    assert (article.published, article.author) == (dt.date(2023, 1, 16), "Maren Kolstad")


def test_page_without_article_text_is_an_error(write):
    page = "<html><head><title>Quay</title></head><body></body></html>"
    with pytest.raises(IngestError, match=r"empty\.html: html: no article text found"):
        read_article(write("empty.html", page))


def test_an_invalid_page_date_is_reported_with_its_line_and_the_fallback(write):
    head = '\n<meta property="article:published_time" content="2024-13-45T10:00:00Z">'
    article = read_article(write("quay.html", PAGE.format(head=head)))
    assert article.published is None
    (warning,) = article.warnings
    assert warning.startswith(f"{article.source}:3: published: ")
    assert "article:published_time '2024-13-45T10:00:00Z' is not a date" in warning
    assert "no publication date" in warning and "quay.meta.yaml" in warning


def test_an_invalid_page_date_says_which_date_is_used_instead(write):
    head = '\n<meta name="date" content="last Tuesday">'
    body = PAGE.replace("<article>\n", "<article>\n<p>May 3, 2024</p>\n")
    article = read_article(write("quay.html", body.format(head=head)))
    assert article.published == dt.date(2024, 5, 3)
    (warning,) = article.warnings
    assert "date 'last Tuesday' is not a date" in warning
    assert "2024-05-03 from the text is used instead" in warning


def test_a_valid_page_date_gives_no_warning(write):
    head = '\n<meta property="article:published_time" content="2024-03-05T10:00:00Z">'
    article = read_article(write("quay.html", PAGE.format(head=head)))
    assert article.published == dt.date(2024, 3, 5)
    assert article.warnings == ()


SHORT_LIVE_BLOG = b"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Storm Odile live</title>
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Storm Odile live",
 "datePublished":"2026-10-20T08:00:00+01:00"}
</script></head><body><article><h1>Storm Odile live</h1>
<div class="entry"><time datetime="2026-10-20T09:05:00+01:00">09:05</time>
<p>The ferry operator cancelled all crossings, its spokesman said.</p></div>
<div class="entry"><time datetime="2026-10-23T10:15:00+01:00">10:15</time>
<p>The ferry sails again on October 22 for the first time in a week.</p></div>
</article></body></html>
"""


def test_a_short_page_keeps_its_paragraphs_and_entry_times():
    """QA pass 6: under 250 characters trafilatura fell back to a whole-body reading that
    joined headline, entry times and paragraphs into one line ('Storm Odile live 09:05 The
    ferry ... 10:15 The ferry sails ...'): the 'Posted' lines became claims and events, and
    the entries lost their days."""
    page = read_html(SHORT_LIVE_BLOG, "storm.html")
    assert page.text.split("\n\n") == [
        "Posted 20 October 2026, 09:05",
        "The ferry operator cancelled all crossings, its spokesman said.",
        "Posted 23 October 2026, 10:15",
        "The ferry sails again on October 22 for the first time in a week.",
    ]
    assert [day for _, day in page.entry_days] == [dt.date(2026, 10, 20), dt.date(2026, 10, 23)]


@pytest.mark.parametrize("declared", [
    '"url": "https://herald.example/2024/quay-lights"',
    '"mainEntityOfPage": {"@type": "WebPage", "@id": "https://herald.example/2024/quay-lights"}',
    '"mainEntityOfPage": "https://herald.example/2024/quay-lights"',
])
def test_the_address_declared_only_in_json_ld_is_the_articles_url(write, declared):
    head = ('<script type="application/ld+json">{"@context": "https://schema.org", '
            f'"@type": "NewsArticle", "headline": "Quay lights switched off", {declared}}}'
            '</script>')
    assert read_article(write("quay.html", PAGE.format(head=head))).url == \
        "https://herald.example/2024/quay-lights"


def test_a_canonical_link_wins_over_json_ld_and_a_relative_address_is_none(write):
    head = ('<link rel="canonical" href="https://herald.example/canonical">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "url": "/quay"}</script>')
    assert read_article(write("quay.html", PAGE.format(head=head))).url == \
        "https://herald.example/canonical"
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "url": "/quay"}</script>'
    assert read_article(write("quay.html", PAGE.format(head=head))).url is None


def test_script_code_in_the_headline_or_between_paragraphs_is_no_text(write):
    # An ad script inside the <h1> made the title 'Quay lights switched offdocument.write(...)'.
    page = PAGE.format(head="").replace(
        "<article>",
        "<article><h1>Quay lights switched off<script>document.write('<span>Ad</span>')"
        "</script></h1><script>googletag.cmd.push(function() { show('ad-1'); });</script>")
    page = page.replace("</p>\n<p>Fishermen", "</p><noscript>Enable JavaScript to comment."
                        "</noscript><style>p { color: red }</style>\n<p>Fishermen")
    article = read_article(write("quay.html", page))
    assert article.title == "Quay lights switched off"
    for code in ("document.write", "googletag", "Enable JavaScript", "color: red"):
        assert code not in article.text and code not in article.title
