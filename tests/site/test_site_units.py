"""Unit tests of the site's small pure functions (dates, repeats, highlights, escaping, URLs)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import markdown
import pytest

from generator import site
from generator.models import Claim, DateMention
from generator.scale import DEFAULT_SCALE
from generator.site import dates, highlight, markup, repeats, urls
from generator.site.jsonld import rating


def mention(**kw) -> DateMention:
    return DateMention(text=kw.pop("text", "x"), **kw)


@pytest.mark.parametrize(
    ("kw", "label", "value", "granularity"),
    [
        (
            dict(
                value="2024-03-04",
                start=dt.date(2024, 3, 4),
                end=dt.date(2024, 3, 4),
                granularity="day",
            ),
            "4 March 2024",
            "2024-03-04",
            "day",
        ),
        (
            dict(
                value="2023-W12",
                start=dt.date(2023, 3, 20),
                end=dt.date(2023, 3, 26),
                granularity="week",
            ),
            "week 12, 20\u201326 March 2023",
            "2023-W12",
            "week",
        ),
        (
            dict(
                value="2023-02",
                start=dt.date(2023, 2, 1),
                end=dt.date(2023, 2, 28),
                granularity="month",
            ),
            "February 2023",
            "2023-02",
            "month",
        ),
        (
            dict(
                value="2023-SP",
                start=dt.date(2023, 3, 20),
                end=dt.date(2023, 6, 20),
                granularity="season",
            ),
            "spring 2023",
            "2023-03-20",
            "season",
        ),
        (
            dict(
                value="2022-02",
                mod="APPROX",
                start=dt.date(2022, 2, 1),
                end=dt.date(2022, 2, 28),
                granularity="month",
                approximate=True,
            ),
            "about February 2022",
            "2022-02",
            "month",
        ),
        (
            dict(
                value="2023-03",
                mod="START",
                start=dt.date(2023, 3, 1),
                end=dt.date(2023, 3, 10),
                granularity="month",
            ),
            "early March 2023",
            "2023-03",
            "month",
        ),
    ],
)
def test_show_date_keeps_precision(kw, label, value, granularity):
    shown = dates.show_date(mention(**kw))
    assert (shown.label, shown.datetime, shown.granularity) == (label, value, granularity)
    assert shown.resolved


@pytest.mark.parametrize(("value", "start", "end", "granularity", "label"), [
    # QA pass 6: "the autumn of 2025" showed as "1 September – 30 November 2025", "the
    # 1990s" as "1 January 1990 – 31 December 1999": bounds the article never gave.
    ("2025-FA", dt.date(2025, 9, 1), dt.date(2025, 11, 30), "season", "autumn 2025"),
    ("2025-WI", dt.date(2025, 12, 1), dt.date(2026, 2, 28), "season", "winter 2025\u201326"),
    ("2026-Q2", dt.date(2026, 4, 1), dt.date(2026, 6, 30), "quarter",
     "Q2 2026 (April\u2013June)"),
    ("199", dt.date(1990, 1, 1), dt.date(1999, 12, 31), "decade", "the 1990s"),
    ("19", dt.date(1900, 1, 1), dt.date(1999, 12, 31), "century", "the 20th century"),
    ("21", dt.date(2000, 1, 1), dt.date(2099, 12, 31), "century", "the 21st century"),
])
def test_periods_are_shown_as_the_article_gave_them(value, start, end, granularity, label):
    shown = dates.show_date(mention(value=value, start=start, end=end, granularity=granularity))
    assert shown.label == label


def test_unresolved_and_duration_dates_say_so():
    assert (
        dates.show_date(mention(value="XXXX-WXX", granularity="week")).label
        == "unresolved (XXXX-WXX)"
    )
    assert dates.show_date(mention(value="P6M", type="DURATION")).label == "duration P6M"
    shown = dates.show_date(mention(value="PRESENT_REF"))
    assert (shown.label, shown.datetime, shown.resolved) == ("the present", None, False)


def test_range_across_years():
    assert (
        dates.format_range(dt.date(2023, 12, 28), dt.date(2024, 1, 3))
        == "28 December 2023 \u2013 3 January 2024"
    )


def test_repeats_group_same_speaker_near_identical_words_only():
    items = [
        ("a", "Every household will pay less than 3 euros more per month,"),
        ("a", "every household will pay less than 3 euros more per month."),
        ("b", "Every household will pay less than 3 euros more per month"),
        ("a", "Every household will pay more than 3 euros less per month"),
        ("a", "Every household will pay less than 4 euros more per month"),
        (None, "The vote was delayed."),
        (None, "The vote was delayed."),
    ]
    groups = repeats.group_repeats(items, speaker_of=lambda i: i[0], text_of=lambda i: i[1])
    assert [len(g) for g in groups] == [2, 1, 1, 1, 1, 1]
    assert groups[0][0] is items[0]


def claim(cid: str, span: list[int], missing: bool = False) -> Claim:
    return Claim(id=cid, text="t", kind="statement", sentence="s", span=span, missing=missing)


def test_paragraphs_mark_claims_and_skip_overlaps_and_missing():
    text = "One two three.\n\nFour five six."
    claims = [
        claim("a", [4, 13]),
        claim("b", [8, 20]),
        claim("c", [16, 20], missing=True),
        claim("d", [21, 25]),
    ]
    paras = highlight.paragraphs(text, claims)
    assert [[(p.text, p.claim_id) for p in para] for para in paras] == [
        [("One ", None), ("two three", "a"), (".", None)],
        [("Four ", None), ("five", "d"), (" six.", None)],
    ]


def test_claim_crossing_a_line_break_is_marked_in_both_lines():
    paras = highlight.paragraphs("ab\ncd", [claim("x", [1, 4])])
    assert [[(p.text, p.claim_id, p.first) for p in para] for para in paras] == [
        [("a", None, True), ("b", "x", True)],
        [("c", "x", False), ("d", None, True)],
    ]
    # only the last part is followed by the verdict in words
    assert [[p.last for p in para if p.claim_id] for para in paras] == [[False], [True]]


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "*stars* _under_ `code` [link](javascript:alert(1)) # not a heading",
        "1. not a list & <b>bold</b> \\backslash {: .cls } | pipe | !bang",
        "a &amp; b &lt; c",
    ],
)
def test_md_inline_renders_the_exact_text(text):
    md = markdown.Markdown(extensions=["attr_list", "md_in_html", "tables", "toc"])
    html = md.convert(markup.md_inline(text))
    assert (
        html.startswith("<p>") and "<script" not in html and "<img" not in html and "<a" not in html
    )
    from bs4 import BeautifulSoup

    assert BeautifulSoup(html, "html.parser").get_text() == text


def test_front_matter_escapes_title_for_material():
    fm = markup.front_matter(title='<b>"x"</b>', description=None)
    assert fm == "---\ntitle: '&lt;b&gt;&quot;x&quot;&lt;/b&gt;'\n---\n"


def test_css_color_rejects_anything_but_a_colour():
    assert markup.css_color("#1b7f3b") == "#1b7f3b"
    assert markup.css_color("teal") == "teal"
    assert markup.css_color("red;background:url(https://evil.example/x)") == "#757575"


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/a b(c)", "https://example.org/a%20b%28c%29"),
        ("javascript:alert(1)", None),
        ("JaVaScRiPt:alert(1)", None),
        ("data:text/html,<script>", None),
        ("mailto:desk@example.org", "mailto:desk@example.org"),
        ("", None),
    ],
)
def test_safe_url(url, safe):
    assert urls.safe_url(url) == safe


def test_relative_links_and_page_urls():
    assert urls.relative_link("claims/a.md", "articles/b.md") == "../claims/a.md"
    assert urls.relative_link("articles/b.md#claim-x", "timeline.md") == "articles/b.md#claim-x"
    assert urls.page_url("claims/a.md") == "claims/a/"
    assert urls.page_url("claims/index.md") == "claims/"
    assert urls.page_url("claims/a.md", use_directory_urls=False) == "claims/a.html"
    assert urls.claim_uri("a/b c") == "claims/a-b-c.md"


def test_rating_uses_scale_extremes_and_label():
    false, unproven = DEFAULT_SCALE[4], DEFAULT_SCALE[5]
    assert rating(false, DEFAULT_SCALE) == {
        "@type": "Rating",
        "alternateName": "False",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
    }
    assert rating(unproven, DEFAULT_SCALE) == {"@type": "Rating", "alternateName": "Unproven"}


@pytest.mark.parametrize(
    ("background", "text"),
    [
        ("#c62828", "#fff"),
        ("#1b7f3b", "#fff"),
        ("#ffd54f", "#000"),
        ("#fff", "#000"),
        ("teal", "#fff"),
    ],
)
def test_badge_text_colour_keeps_contrast(background, text):
    assert markup.badge_text_color(background) == text


def test_write_site_sources_writes_markdown_pages_and_exports(tmp_path):
    from site_helpers import FIXTURE

    from generator.site import Publisher, write_site_sources

    written = write_site_sources(FIXTURE / "claims", tmp_path, DEFAULT_SCALE, Publisher("Desk"))
    names = {p.relative_to(tmp_path).as_posix() for p in written}
    assert {"timeline.md", "claims/index.md", "claims.json", "claimreview.json"} <= names
    assert "claims/vellmoor-rates-capacity.md" in names
    page = (tmp_path / "claims" / "vellmoor-rates-capacity.md").read_text(encoding="utf-8")
    assert page.startswith("---\ntitle: ") and "lost 40 percent" in page


def test_claim_no_longer_in_the_text_links_to_its_article_without_an_anchor(tmp_path):
    """A claim kept only for the editors' work (``missing: true``) is not marked in the article,
    so its page links to the article itself, not to an anchor that is not there."""
    import shutil

    from site_helpers import FIXTURE

    from generator.site import Publisher, write_site_sources

    claims = tmp_path / "claims"
    shutil.copytree(FIXTURE / "claims", claims)
    path = claims / "vellmoor-rates.yaml"
    text = path.read_text(encoding="utf-8")
    marker = "- id: vellmoor-rates-capacity\n"
    path.write_text(text.replace(marker, marker + "  missing: true\n", 1), encoding="utf-8")

    write_site_sources(claims, tmp_path / "out", DEFAULT_SCALE, Publisher("Desk"))
    page = (tmp_path / "out" / "claims" / "vellmoor-rates-capacity.md").read_text(encoding="utf-8")
    assert "(no longer found in the article text)" in page
    assert "#claim-vellmoor-rates-capacity" not in page
    kept = tmp_path / "out" / "claims" / "vellmoor-rates-three-euros.md"
    assert "#claim-vellmoor-rates-three-euros" in kept.read_text(encoding="utf-8")


def test_a_moved_speaker_page_without_site_url_links_relatively():
    # Without site_url the canonical link was '/speakers/<key>/', wrong on a site served
    # under a sub-path; it is relative like the refresh then.
    from generator.site.redirects import speaker_redirects

    claims = Path(__file__).parents[1] / "fixtures" / "site" / "claims"
    index = site.build_index(site.load_claim_files(claims, DEFAULT_SCALE), DEFAULT_SCALE,
                             site.SpeakerNames.from_claims_dir(claims))
    pages = {p.src_uri: p.content for p in speaker_redirects(index, site.LinkBase(None, True))}
    page = pages["speakers/marrow/index.html"]
    assert '<link rel="canonical" href="../ilse-marrow/">' in page
    assert 'content="0; url=../ilse-marrow/"' in page


def test_the_timeline_filter_leaves_out_the_places_of_the_dateline(tmp_path):
    # 'Kessel, Norway — The mayor will open the new pier on Friday.' gives the event the
    # participants Kessel and Norway (the parser reads the dateline into the clause), so the
    # timeline's speaker filter listed every article's dateline town beside the people.
    claims = tmp_path / "claims"
    claims.mkdir()
    source = (FIXTURE_CLAIMS / "vellmoor-rates.yaml").read_text(encoding="utf-8")
    source = source.replace("  dateline: VELLMOOR\n", "  dateline: VELLMOOR, Norway\n")
    source = source.replace("  participants:\n  - Ilse Marrow\n",
                            "  participants:\n  - Ilse Marrow\n  - Vellmoor\n  - Norway\n")
    (claims / "vellmoor-rates.yaml").write_text(source, encoding="utf-8")
    index = site.build_index(site.load_claim_files(claims, DEFAULT_SCALE), DEFAULT_SCALE)
    names = {name for item in index.timeline for name in item.speakers}
    assert "Ilse Marrow" in names
    assert not names & {"Vellmoor", "Norway", "VELLMOOR"}


def test_the_timeline_filter_leaves_out_unnamed_groups(tmp_path):
    # An event whose claim 'officials' made offered 'officials' in the speaker filter, beside
    # the people: one entry for every article's unnamed officials, which are no one speaker
    # (they get no speaker page either).
    claims = tmp_path / "claims"
    claims.mkdir()
    source = (FIXTURE_CLAIMS / "vellmoor-rates.yaml").read_text(encoding="utf-8")
    source = source.replace("  participants:\n  - Ilse Marrow\n",
                            "  participants:\n  - Ilse Marrow\n  - officials\n  - Officials\n")
    (claims / "vellmoor-rates.yaml").write_text(source, encoding="utf-8")
    index = site.build_index(site.load_claim_files(claims, DEFAULT_SCALE), DEFAULT_SCALE)
    names = {name for item in index.timeline for name in item.speakers}
    assert "Ilse Marrow" in names and "Harrowgate Water Board" in names
    assert not names & {"officials", "Officials"}


FIXTURE_CLAIMS = Path(__file__).parents[1] / "fixtures" / "site" / "claims"


def test_an_event_no_longer_in_the_article_leaves_the_timelines(tmp_path):
    """A rerun that dates an event anew (a corrected publication date, a live blog's entry
    day) gives it a new id and marks the old one ``missing: true``: both were on the article's
    and the site's timeline, the stale date looking as current as the new one."""
    import shutil

    from site_helpers import FIXTURE

    claims = tmp_path / "claims"
    shutil.copytree(FIXTURE / "claims", claims)
    path = claims / "vellmoor-rates.yaml"
    text = path.read_text(encoding="utf-8")
    marker = "- id: ev-storm-loss\n"
    path.write_text(text.replace(marker, marker + "  missing: true\n", 1), encoding="utf-8")

    index = site.build_index(site.load_claim_files(claims, DEFAULT_SCALE), DEFAULT_SCALE)
    assert "ev-storm-loss" not in {i.event.id for i in [*index.timeline, *index.undated]}
    assert "ev-storm-loss" not in {e.id for e in index.articles["vellmoor-rates"].events}


def test_a_claim_added_by_hand_has_the_anchor_its_page_links_to(tmp_path):
    # QA pass 7: an editor adds a claim extract missed (id, text, kind, sentence; no span).
    # Its page linked to '<article>/#claim-<id>', an anchor the article page did not have (only
    # highlighted claims carried one): mkdocs said so and the link led to the top of the page.
    # A claim not highlighted in the text carries its anchor in the article's claim list.
    import shutil

    from site_helpers import FIXTURE

    from generator.site import Publisher, write_site_sources

    claims = tmp_path / "claims"
    shutil.copytree(FIXTURE / "claims", claims)
    path = claims / "vellmoor-rates.yaml"
    added = ("- id: council-review-added\n  text: The council will review the rates in 2027.\n"
             "  kind: prediction\n  speaker: Vellmoor council\n"
             "  sentence: The council will review the rates in 2027.\n")
    path.write_text(path.read_text(encoding="utf-8").replace("events:\n", added + "events:\n", 1),
                    encoding="utf-8")

    write_site_sources(claims, tmp_path / "out", DEFAULT_SCALE, Publisher("Desk"))
    page = (tmp_path / "out" / "claims" / "council-review-added.md").read_text(encoding="utf-8")
    assert "#claim-council-review-added" in page
    article = (tmp_path / "out" / "articles" / "vellmoor-rates.md").read_text(encoding="utf-8")
    html = markdown.markdown(article, extensions=["attr_list", "md_in_html"])
    assert html.count('id="claim-council-review-added"') == 1
    assert html.count('id="claim-vellmoor-rates-capacity"') == 1  # highlighted: one anchor


def test_an_article_its_outlet_withdrew_says_so(tmp_path):
    # QA pass 7: an outlet retracts or unpublishes an article after its claims were reviewed.
    # The claim file had nowhere to say so (article.notes is never published): the article
    # page went on presenting the text as published, its link led to a dead page, and readers
    # of a claim page could not know the claim's source was withdrawn. article.withdrawn
    # (date, note) is shown on the article page and on each of its claims' pages.
    import shutil

    from site_helpers import FIXTURE

    from generator.site import Publisher, write_site_sources

    claims = tmp_path / "claims"
    shutil.copytree(FIXTURE / "claims", claims)
    path = claims / "vellmoor-rates.yaml"
    text = path.read_text(encoding="utf-8")
    marker = "  dateline: VELLMOOR\n"
    path.write_text(text.replace(marker, marker + "  withdrawn:\n    date: 2024-03-20\n"
                                 "    note: The Courier retracted the story <after> a complaint.\n",
                                 1), encoding="utf-8")

    write_site_sources(claims, tmp_path / "out", DEFAULT_SCALE, Publisher("Desk"))
    article = (tmp_path / "out" / "articles" / "vellmoor-rates.md").read_text(encoding="utf-8")
    html = markdown.markdown(article, extensions=["attr_list", "md_in_html", "admonition"])
    assert "Withdrawn by its outlet on 20 March 2024" in html
    assert "retracted the story &lt;after&gt; a complaint" in html
    claim = (tmp_path / "out" / "claims" / "vellmoor-rates-capacity.md").read_text(
        encoding="utf-8")
    assert "withdrawn by its outlet on 20 March 2024" in claim
    exported = (tmp_path / "out" / "claims.json").read_text(encoding="utf-8")
    assert '"withdrawn": {' in exported


def test_an_unreviewed_claim_the_article_no_longer_has_leaves_the_site(tmp_path):
    # QA pass 7: a Markdown seed re-extracted after a correction (here: its <a href> tags
    # read as words) kept the old claim 'The <a href="...">full vote record</a> lists ...'
    # with missing: true beside the new one, and the article page listed both: a claim nobody
    # reviewed, from words the article no longer has. As a missing event leaves the
    # timelines, an unreviewed missing claim leaves the site; a reviewed one keeps its page.
    import shutil

    from site_helpers import FIXTURE

    from generator.site import Publisher, write_site_sources

    claims = tmp_path / "claims"
    shutil.copytree(FIXTURE / "claims", claims)
    path = claims / "vellmoor-rates.yaml"
    text = path.read_text(encoding="utf-8")
    for cid in ("vellmoor-rates-warnings", "vellmoor-rates-capacity"):
        marker = f"- id: {cid}\n"
        text = text.replace(marker, marker + "  missing: true\n", 1)
    path.write_text(text, encoding="utf-8")

    write_site_sources(claims, tmp_path / "out", DEFAULT_SCALE, Publisher("Desk"))
    pages = tmp_path / "out" / "claims"
    assert not (pages / "vellmoor-rates-warnings.md").exists()
    assert (pages / "vellmoor-rates-capacity.md").exists()
    article = (tmp_path / "out" / "articles" / "vellmoor-rates.md").read_text(encoding="utf-8")
    assert "vellmoor-rates-warnings" not in article


def test_the_home_page_lists_the_latest_articles_and_links_to_all(tmp_path):
    # QA pass 9, a newsroom of 150 articles: the home page listed every article covered, a
    # 6,000-pixel page of headlines below the latest reviews. It lists the ten newest now,
    # with a link to the articles index that has them all.
    from generator.site.render import make_env, render_snippet

    for n in range(1, 13):
        (tmp_path / f"story-{n}.yaml").write_text(
            f"article:\n  id: story-{n}\n  title: Ferry story {n}\n  source: seeds/{n}.txt\n"
            f"  published: '2025-03-{n:02d}'\nclaims:\n- id: story-{n}-fares\n"
            f"  text: Fares rose {n} percent.\n  kind: statistic\n"
            f"  sentence: Fares rose {n} percent.\n", encoding="utf-8")
    index = site.build_index(site.load_claim_files(tmp_path, DEFAULT_SCALE), DEFAULT_SCALE)
    html = markdown.markdown(render_snippet("home", index, make_env(), "index.md"),
                             extensions=["attr_list", "md_in_html"])
    covered = html.split('id="articles-covered"', 1)[1] if 'id="articles-covered"' in html \
        else html.split("Articles covered", 1)[1]
    items = covered.split("</ul>", 1)[0].count("<li>")
    assert items == 10
    assert covered.index("Ferry story 12") < covered.index("Ferry story 3<")
    assert "Ferry story 2<" not in covered and "Ferry story 1<" not in covered
    assert '<a href="articles/index.md">All 12 articles</a>' in covered
