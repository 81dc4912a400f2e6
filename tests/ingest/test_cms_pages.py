"""Saved pages in the shapes newsroom CMSs produce: JSON-LD, live blogs, pull quotes, embeds,
paywall and correction notices. What ingest keeps as article text, and what it marks as
boilerplate (never claims, never dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.ingest import read_article
from generator.ingest.boilerplate import boilerplate_rule_for


@pytest.fixture
def tunnel(fixtures):
    return read_article(fixtures / "cms-tunnel-audit.html")


def _boilerplate_lines(article) -> list[str]:
    return [article.text[start:end] for start, end in article.boilerplate]


def test_json_ld_metadata(tunnel):
    assert tunnel.title == "Port Velmar tunnel costs rise to 1.2 billion, audit finds"
    assert tunnel.published == dt.date(2025, 3, 14)  # datePublished, not dateModified
    assert tunnel.publisher == "The Velmar Ledger"
    assert tunnel.url == "https://ledger.example/2025/03/tunnel-audit"


def test_authors_of_a_json_ld_list_are_joined_as_a_byline_says_them(tunnel):
    assert tunnel.author == "Ines Calloway and Rafael Ortuño"


def test_the_dateline_is_found_under_a_published_updated_line(tunnel):
    """The `<time>` line leaves a lone '·' behind; it must not hide the lead paragraph."""
    assert "\n·\n" not in tunnel.text
    assert tunnel.dateline == "PORT VELMAR"


def test_a_pull_quote_that_repeats_the_article_is_kept_once(tunnel):
    assert tunnel.text.count("We were told the geology was simple") == 1


def test_paywall_correction_and_embed_attribution_are_boilerplate(tunnel):
    flagged = _boilerplate_lines(tunnel)
    assert "You have read 3 of 5 free articles this month. Subscribe now for unlimited access." \
        in flagged
    assert any(line.startswith("Correction, March 15: An earlier version") for line in flagged)
    assert "— Dana Kiel (@danakiel) March 14, 2025" in flagged
    # the embedded post itself is what the speaker said: it stays article text
    assert not any(line.startswith("The tunnel will open in 2027") for line in flagged)


def test_newsletter_box_related_links_caption_and_footer_are_left_out(tunnel):
    for furniture in ("morning briefing", "Tunnel delayed again", "Workers inside the half-built",
                      "All rights reserved", "Privacy"):
        assert furniture not in tunnel.text


def test_a_live_blog_takes_its_own_headline_not_its_first_update(fixtures):
    blog = read_article(fixtures / "cms-liveblog.html")
    assert blog.title == "Live: Valdoria election night, as it happened"
    assert blog.slug == "live-valdoria-election-night-as-it-happened"
    assert blog.published == dt.date(2025, 5, 18)


@pytest.mark.parametrize("line", [
    "You have read 3 of 5 free articles this month.",
    "You've read 2 of your 10 free stories. Subscribe for unlimited access.",
    "This article is for subscribers only.",
    "Subscribe now for unlimited access.",
    "Correction: An earlier version of this article misstated the mayor's name.",
    "Clarification, June 2: A previous version of this story said the vote was on Monday.",
    "An earlier version of this article gave the wrong date for the vote.",
    "— Dana Kiel (@danakiel) March 14, 2025",
    "·",
    "* * *",
])
def test_cms_furniture_lines_are_boilerplate(line):
    assert boilerplate_rule_for(line) is not None


@pytest.mark.parametrize("line", [
    "You have read the report, the minister told MPs, so you know the figures are right.",
    "Correction officers went on strike on Monday.",
    "An earlier version of the bill was rejected by parliament in 2019.",
    "— and then the lights went out, she said.",
    "Subscribers rose to 40,000 in 2024.",
])
def test_sentences_that_look_like_furniture_are_not(line):
    assert boilerplate_rule_for(line) is None


def test_time_tags_published_wins_over_updated_and_every_rel_author_is_kept(fixtures):
    """No metadata: only "Updated <time>" then "Published <time pubdate>", and a byline of two
    ``rel="author"`` links. trafilatura takes the first ``<time>`` and the first author."""
    page = read_article(fixtures / "cms-time-bylines.html")
    assert page.published == dt.date(2025, 6, 18)
    assert page.author == "Maren Kolstad and Ole Strand"
    assert page.dateline == "SKELLIG TOR, Norway"
    assert "Updated" not in page.text and "\n\nPublished\n\n" not in page.text


@pytest.mark.parametrize(("html", "published"), [
    ('<p>Published <time datetime="2025-06-18">June 18</time> · Updated '
     '<time datetime="2025-06-20">June 20</time></p>', "published"),
    ('<time itemprop="dateModified" datetime="2025-06-20">June 20</time>', "updated"),
    ('<span class="label">Last updated</span> <time datetime="2025-06-20">x</time>', "updated"),
    ('<time datetime="2025-06-20">Updated June 20</time>', "updated"),
    ('<time datetime="2025-06-20">June 20</time>', None),
])
def test_time_labels(html, published):
    from generator.ingest.pagemarks import page_marks
    assert page_marks(html.encode()).times[0][1] == published


def test_a_json_ld_graph_gives_the_article_authors_and_publisher(fixtures):
    """A WordPress (Yoast) ``@graph``: the author is an ``@id`` reference, the graph also holds
    the editor-in-chief as a Person, and the WebPage's name is longer than the publisher's."""
    page = read_article(fixtures / "cms-yoast-graph.html")
    assert page.author == "Henrik Aalto"
    assert page.publisher == "Korvik Post"
    assert page.published == dt.date(2025, 2, 11)


@pytest.mark.parametrize("line", [
    "This article was amended on 15 March 2025 to correct the year the council approved it.",
    "This story has been updated with comment from the mayor.",
    "Editor’s note: This article is part of our series on the harbor.",
    "Updated March 15, 2025 at 5:05 p.m.",
    "Published 14 March 2025, 08:30 CET",
    "Workers inside the tunnel on Tuesday. Photo: Mira Holt/Velmar Ledger",
])
def test_notes_about_the_page_and_captions_that_annotate_made_claims_or_events_of(line):
    """Each of these was a claim (checkworthiness up to 0.89) or an event ('Updates', 'Workers
    inside the tunnel') from `factcheck annotate`."""
    assert boilerplate_rule_for(line) is not None


def test_live_blog_entries_keep_their_times(fixtures):
    """trafilatura drops ``<time>`` tags, so a live blog's entries lost the time they were
    posted: 'Turnout reached 61 percent at 8pm' could not be told from a claim made the next
    morning. Each entry now opens with a 'Posted <day>, <clock>' line: shown with the article,
    boilerplate for the extractor (no claim, no event of its own)."""
    blog = read_article(fixtures / "cms-liveblog.html")
    lines = blog.text.split("\n\n")
    at = lines.index("Posted 18 May 2025, 23:40")
    assert lines[at + 1].startswith("Prime minister Arla Vend conceded defeat.")
    assert lines.index("Posted 18 May 2025, 20:05") + 1 == lines.index(
        "Turnout reached 61 percent at 8pm, the electoral commission said, the highest since 1998.")
    flagged = _boilerplate_lines(blog)
    assert [line for line in flagged if line.startswith("Posted")] == [
        "Posted 18 May 2025, 23:40", "Posted 18 May 2025, 22:15", "Posted 18 May 2025, 20:05",
        "Posted 18 May 2025, 18:00"]


def test_a_page_without_a_live_blog_keeps_no_time_lines(tunnel):
    assert "Posted" not in tunnel.text


PULL_QUOTE_FIRST = """<html><head><title>Harbor bridge vote</title></head><body><article>
<h1>Harbor bridge vote</h1>
<p>The council will vote on the harbor bridge on Friday, its clerk said on Monday.</p>
<blockquote class="pullquote"><p>“We have waited twelve years for this bridge,”
said Mayor Ines Calloway.</p></blockquote>
<p>Residents are impatient. “We have waited twelve years for this bridge,” said Mayor Ines
Calloway. “Friday will settle it.”</p>
<p>The bridge is expected to cost 40 million euros, according to the council's budget papers.</p>
</article></body></html>
"""


def test_a_pull_quote_placed_before_the_paragraph_it_repeats_is_kept_once(tmp_path):
    # The pull quote was only recognised after the paragraph it repeats; placed before it (as
    # many CMSs do), it stayed in the text and became a second claim.
    page = tmp_path / "bridge.html"
    page.write_text(PULL_QUOTE_FIRST, encoding="utf-8")
    text = read_article(page).text
    assert text.count("We have waited twelve years for this bridge") == 1
    assert "Residents are impatient. “We have waited twelve years" in text


def test_a_paragraph_said_twice_is_kept_once_and_short_ones_may_repeat():
    from generator.ingest.html import _paragraphs
    text = ("Polls have closed.\nTurnout reached 61 percent at 8pm, the commission said.\n"
            "Polls have closed.\nTurnout reached 61 percent at 8pm, the commission said.\n")
    assert _paragraphs(text).split("\n\n") == [
        "Polls have closed.", "Turnout reached 61 percent at 8pm, the commission said.",
        "Polls have closed."]


def test_a_byline_name_with_a_suffix_is_one_author(tmp_path):
    # trafilatura reads <meta name="author" content="John Smith, Jr."> as "John Smith; Jr",
    # which the byline then said as two people: "John Smith and Jr".
    page = tmp_path / "dam.html"
    page.write_text(
        '<html><head><meta name="author" content="John Smith, Jr."><title>Dam repairs to finish'
        '</title></head><body><article><h1>Dam repairs to finish</h1><p>The county said on '
        'Tuesday that repairs to the Orlen dam would finish next spring, a year later than '
        'planned, after engineers found more cracks.</p></article></body></html>',
        encoding="utf-8")
    assert read_article(page).author == "John Smith, Jr"


def test_live_blog_entries_anchor_the_text_after_them_at_their_day(fixtures):
    """Each 'Posted' line starts the stretch of text whose relative dates count from its
    day: ``anchors`` holds its offset in ``text`` and the day (the page's own clock)."""
    blog = read_article(fixtures / "cms-liveblog.html")
    assert [(blog.text[at:].split("\n")[0], day) for at, day in blog.anchors] == [
        (line, dt.date(2025, 5, 18)) for line in (
            "Posted 18 May 2025, 23:40", "Posted 18 May 2025, 22:15", "Posted 18 May 2025, 20:05",
            "Posted 18 May 2025, 18:00")]


def test_a_page_without_a_live_blog_has_no_entry_anchors(tunnel):
    assert tunnel.anchors == ()
