"""``read_article`` on text and Markdown seeds: metadata precedence, text, slugs, boilerplate."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.ingest import IngestError, SeedArticle, read_article


def test_seed_like_article_has_no_date_despite_copyright_year(fixtures):
    article = read_article(fixtures / "seed-like.txt")
    assert article.published is None
    assert article.title == "Valdoria seeks to block any Ostrian call for a harbor truce"
    assert article.dateline == "PORT ELLIS"
    assert article.author == "Ana de la Fuente"
    assert article.publisher == "Valdoria Media Group"
    assert article.slug == "valdoria-seeks-to-block-any-ostrian-call-for-a-harbor-truce"
    assert article.text == (fixtures / "seed-like.txt").read_text(encoding="utf-8")
    flagged = [article.text[s:e] for s, e in article.boilerplate]
    assert flagged[0] == "Ilya Voronin/Associated Press"
    assert flagged[-1] == "Leave a comment"


def test_source_is_the_path_as_given(fixtures, monkeypatch):
    monkeypatch.chdir(fixtures.parent)
    assert read_article(Path("fixtures/seed-like.txt")).source == "fixtures/seed-like.txt"


def test_front_matter_wins_over_text_and_is_not_in_the_text(fixtures):
    article = read_article(fixtures / "harbor-vote.txt")
    assert article.title == "Port Ellis council votes to rebuild the harbor wall"
    assert (article.author, article.publisher) == ("Maren Kolstad", "The Valdoria Courier")
    assert article.url == "https://courier.example/news/harbor-wall"
    assert article.published == dt.date(2024, 5, 2)
    assert article.dateline == "PORT ELLIS"
    assert article.text.startswith(f"{article.title}\n\nPORT ELLIS")
    assert "---" not in article.text
    assert dict(article.origins) == {
        "title": "front matter", "author": "front matter", "publisher": "front matter",
        "dateline": "text", "url": "front matter", "published": "front matter",
    }


def test_markdown_is_stripped_and_offsets_refer_to_plain_text(fixtures):
    article = read_article(fixtures / "ferry-strike.md")
    assert article.title == "Ferry strike ends after three weeks"
    assert article.text.startswith(f"{article.title}\n\nNORTH HAVEN, Valdoria –")
    assert "Brenn Sound route" in article.text and "](" not in article.text
    assert "Fares will rise by 4% next year" in article.text
    assert article.dateline == "NORTH HAVEN, Valdoria"
    assert (article.author, article.published) == ("Ana de la Fuente", dt.date(2023, 11, 20))


def test_text_date_line_and_byline(fixtures):
    article = read_article(fixtures / "dated-byline.txt")
    assert article.published == dt.date(2008, 3, 6)
    assert article.author == "Tomas Brevik and Maren Kolstad"
    assert dict(article.origins)["published"] == "text"


def test_body_dates_and_copyright_year_leave_published_unknown(fixtures):
    article = read_article(fixtures / "body-dates-only.txt")
    assert article.published is None
    flagged = [article.text[s:e] for s, e in article.boilerplate]
    assert flagged == ["© 2022 The Port Ellis Herald Ltd"]


def test_sidecar_wins_over_front_matter_and_text(fixtures):
    article = read_article(fixtures / "with-sidecar.txt")
    assert article.title == "Lighthouse keepers return to Skerry Point"
    assert article.slug == "skerry-point-keepers"
    assert article.published == dt.date(2022, 8, 14)
    assert article.url == "https://herald.example/skerry-point"
    assert article.author == "Front Matter Author"  # the sidecar does not say: front matter does
    assert article.dateline == "SKERRY POINT"
    # The body opens with its own headline, so the sidecar's title is not added on top.
    assert article.text.startswith("Lighthouse keepers return to Skerry Point\n\nSKERRY POINT")
    assert dict(article.origins)["title"] == "sidecar"


def test_front_matter_title_goes_on_top_of_a_body_without_headline(write):
    path = write("a.txt", "---\ntitle: Harbor wall vote\n---\nThe council voted 7-2 on Thursday.\n")
    assert read_article(path).text == "Harbor wall vote\n\nThe council voted 7-2 on Thursday.\n"


def test_no_title_anywhere_falls_back_to_the_file_name(write):
    article = read_article(write("0042_ab12.txt", "The council voted 7-2 on Thursday.\n"))
    assert (article.title, article.slug) == ("0042_ab12", "0042-ab12")
    assert article.text == "The council voted 7-2 on Thursday.\n"


def test_crlf_and_bom_are_normalised(write, tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes("\ufeffHarbor vote\r\n\r\nThe council voted.\r\n".encode())
    assert read_article(path).text == "Harbor vote\n\nThe council voted.\n"


def test_not_utf8_names_the_line(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Harbor vote\n\nCaf\u00e9 owners protested.\n".encode("latin-1"))
    with pytest.raises(IngestError) as err:
        read_article(path)
    assert (err.value.line, err.value.field) == (3, "encoding")


def test_empty_file_is_an_error(write):
    with pytest.raises(IngestError, match="empty.txt: text: no article text after the front "
                                          "matter; skipped"):
        read_article(write("empty.txt", "---\ntitle: Nothing\n---\n\n"))


def test_a_zero_byte_file_says_it_is_empty(write):
    # QA pass 9: a seed saved as 0 bytes (a failed download) said only 'no article text'.
    with pytest.raises(IngestError, match=r"^[^:]*zero\.txt: text: the file is empty \(0 bytes\); "
                                          "skipped: save the article in it"):
        read_article(write("zero.txt", ""))


def test_result_is_frozen(fixtures):
    article = read_article(fixtures / "seed-like.txt")
    assert isinstance(article, SeedArticle)
    with pytest.raises(AttributeError):
        article.title = "Changed"  # type: ignore[misc]


SEED_NAME = "000_5ec67cc4433767fa.txt"
SEED_PLACES = (Path(__file__).parents[2] / "seeds", Path("/work/shared/seeds"))
SEED = next((d / SEED_NAME for d in SEED_PLACES if (d / SEED_NAME).is_file()), None)


@pytest.mark.skipif(SEED is None, reason="the project's seed article is not in this checkout")
def test_seed_article_matches_the_gold_metadata():
    article = read_article(SEED)
    assert article.title == "US seeks to thwart any Chinese call for ceasefire in Ukraine"
    assert (article.dateline, article.author) == ("WASHINGTON", "Charles Hutzler")
    assert article.publisher == "Dow Jones & Company"
    assert article.published is None
    assert len(article.boilerplate) == 5


def test_a_dateline_date_that_is_not_the_publication_date_is_named(tmp_path):
    """QA pass 6: 'MARROW FALLS, March 12 —' in a story published on March 14 (front matter)
    was ignored silently; the editor is told which line disagrees with which date."""
    seed = tmp_path / "ferry.md"
    seed.write_text("---\ntitle: Ferry fares rise\npublished: 2026-03-14\n---\n\n"
                    "MARROW FALLS, March 12 (Ledger) — The council voted on Thursday to raise "
                    "fares.\n", encoding="utf-8")
    article = read_article(seed)
    assert article.dateline == "MARROW FALLS"
    warning, = article.warnings
    assert warning.startswith(f"{seed.as_posix()}:6: dateline: ")
    assert "March 12" in warning and "2026-03-14" in warning


def test_a_dateline_date_that_matches_the_publication_date_is_quiet(tmp_path):
    seed = tmp_path / "ferry.md"
    seed.write_text("---\ntitle: Ferry fares rise\npublished: 2026-03-12\n---\n\n"
                    "MARROW FALLS, March 12 — The council voted on Thursday to raise "
                    "fares.\n", encoding="utf-8")
    assert read_article(seed).warnings == ()


def test_an_impossible_date_line_in_the_text_is_named(tmp_path):
    """QA pass 6: 'Published: 2026-02-30' under the headline was dropped silently and the
    article extracted with published: null (a front-matter date so wrong is an error)."""
    seed = tmp_path / "clinic.txt"
    seed.write_bytes(b"\xef\xbb\xbfRiverside clinic wait times double\r\n\r\n"
                     b"Published: 2026-02-30\r\n\r\nWait times have doubled since January.\r\n")
    article = read_article(seed)
    assert article.published is None
    warning, = article.warnings
    assert warning.startswith(f"{seed.as_posix()}:3: published: 'Published: 2026-02-30' is not")
    assert "published:" in warning and ".meta.yaml" in warning


def test_a_hard_wrapped_wire_story_is_one_line_per_paragraph(write):
    text = ("VELSKA RIDGE, April 3 (Northwire) - Rescue crews pulled the last of eleven miners\n"
            "from the Velska Ridge mine on Thursday.\n\n"
            "Board chairman Anselm Rooke said that \"nobody will pay more than ten pounds\n"
            "extra a month,\" and the board agreed,\n"
            "Kestrava said. \"This is a giveaway the budget cannot carry,\" said councillor\n"
            "Bram Hollister, who added that the transit authority had already warned of a\n"
            "deficit.\n")
    article = read_article(write("wire.txt", text))
    assert article.text == text.replace("miners\nfrom", "miners from").replace(
        "pounds\nextra", "pounds extra").replace("agreed,\nKestrava", "agreed, Kestrava").replace(
        "councillor\nBram", "councillor Bram").replace("a\ndeficit", "a deficit")
    assert len(article.text) == len(text)


def test_a_wrapped_markdown_paragraph_is_joined_but_not_its_headline_byline_or_list(write):
    text = ("# Corvell council freezes tram fares\n"
            "By Marta Quillon\n"
            "dquillon@courier.example\n\n"
            "The freeze would cost the city\n"
            "about 6 million euros next year.\n\n"
            "- fares stay at 2 euros\n"
            "- passes stay at 40 euros\n")
    body = read_article(write("tram.md", text)).text
    assert "The freeze would cost the city about 6 million euros next year." in body
    assert "By Marta Quillon\ndquillon@courier.example\n" in body
    assert "fares stay at 2 euros\npasses stay at 40 euros\n" in body
    assert body.startswith("Corvell council freezes tram fares\nBy Marta Quillon\n")


def test_a_headline_over_its_byline_and_a_subhead_stay_lines_of_their_own(write):
    text = ("Corvell council votes to freeze tram fares until January after a long debate\n"
            "By Marta Quillon\n\n"
            "The freeze would cost the city about 6 million euros next year, the council\n"
            "said on Tuesday.\n\n"
            "What comes next\n"
            "The council will review the freeze in September.\n")
    assert read_article(write("tram.txt", text)).text == text.replace(
        "council\nsaid", "council said")


@pytest.mark.parametrize("byline", ["by marta quillon", "by Marta Quillon", "By: Marta Quillon",
                                    "Written by Marta Quillon", "by marta quillon and keir wendle"])
def test_a_byline_in_lower_case_or_with_a_colon_is_read(write, byline):
    # 'by marta quillon' (a CMS export) and 'By: Marta Quillon' left the article authorless.
    article = read_article(write("tram.txt", f"Corvell council freezes tram fares\n\n{byline}\n\n"
                                             "The council voted 9 to 4 on Tuesday.\n"))
    assert article.author.startswith("Marta Quillon")


@pytest.mark.parametrize("line", ["by the numbers", "by popular demand", "by and large"])
def test_a_lower_case_phrase_with_by_is_no_byline(write, line):
    article = read_article(write("tram.txt", f"Corvell council freezes tram fares\n\n{line}\n\n"
                                             "The council voted 9 to 4 on Tuesday.\n"))
    assert article.author is None
