"""Light Markdown stripping: the stored text reads as prose."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from generator.ingest.markdown import strip_markdown


def test_markers_are_removed_and_words_kept():
    source = (
        "# Ferry *strike* ends #\n\n"
        "**NORTH HAVEN** — Crews on the [Brenn Sound](https://ferries.example/b) route"
        " returned.\n"
        "> \"We got most of it,\" said `Ilse Marrow`.\n\n"
        "![Ferry](ferry.jpg)\n"
        "- fares rise __next year__\n"
        "* * *\n"
        "Up 4\\% and 2\\*3, see <https://ferries.example>. <!-- desk note -->\n"
        "[1]: https://ferries.example/notes\n"
    )
    assert strip_markdown(source) == (
        "Ferry strike ends\n\n"
        "NORTH HAVEN — Crews on the Brenn Sound route returned.\n"
        "\"We got most of it,\" said Ilse Marrow.\n\n"
        "\n"
        "fares rise next year\n"
        "\n"
        "Up 4% and 2*3, see https://ferries.example. \n"
        "\n"
    )


def test_underscores_inside_words_and_lone_asterisks_stay():
    text = "The file_name_here stays, and 2 * 3 = 6 too."
    assert strip_markdown(text) == text


def test_setext_underline_disappears():
    text = "Ferry strike ends\n=================\n\nBody."
    assert strip_markdown(text) == "Ferry strike ends\n\n\nBody."


plain_words = st.text(
    alphabet=st.characters(
        whitelist_categories=("Lu", "Ll", "Nd"), whitelist_characters=" ,.;'\"—\n"
    ),
    max_size=200,
)


@given(plain_words)
def test_text_without_markdown_characters_is_unchanged(text):
    # Dashes form a marker only when a line is nothing but dashes (a rule or an underline).
    if any(set(line.strip()) == {"-"} for line in text.split("\n")):
        return
    assert strip_markdown(text) == text


def test_character_references_read_as_the_characters_they_stand_for():
    """QA pass 6: a Markdown seed pasted from a CMS with 'findings &amp; fixes' and
    'council&#8217;s' showed '&amp;' and '&#8217;' on the site, as no Markdown reader shows
    them; AT&T and a backslash-escaped \\&amp; stay as written."""
    assert strip_markdown("Findings &amp; fixes at the council&#8217;s &quot;hub&quot;") == \
        "Findings & fixes at the council\u2019s \"hub\""
    assert strip_markdown("AT&T said &lt;b&gt; is a tag") == "AT&T said <b> is a tag"
    assert strip_markdown(r"Write \&amp; for an ampersand") == "Write &amp; for an ampersand"


def test_inline_html_keeps_its_words_not_its_tags():
    # QA pass 7: a Markdown seed's <em>, <b> and <a href> were stored as they were typed, so a
    # speaker came out as '<em', a claim read 'The <a href="...">full vote record</a> lists ...'
    # and the article page showed the tags as text.
    source = ("According to the <em>Riders' Union</em>, fares rose. The figure \"is an estimate "
              "<b>only</b>\".<br>The <a href=\"https://transit.example/vote\">full vote record</a>"
              " lists seven votes.<img src=\"x.png\" alt=\"\">\n")
    assert strip_markdown(source) == (
        "According to the Riders' Union, fares rose. The figure \"is an estimate only\".\n"
        "The full vote record lists seven votes.\n")


def test_html_looking_text_that_is_no_formatting_tag_stays_as_written():
    # Words about HTML ("used <script> tags", "2 < 3 > 1") and escaped tags are the article's
    # text; the site escapes them.
    for text in ('The wave used "<script>alert(1)</script> & fake invoices".',
                 "Turnout rose 2 < 3 > 1 in the count.",
                 "He typed &lt;em&gt; by hand."):
        assert strip_markdown(text) == text.replace("&lt;", "<").replace("&gt;", ">")


def test_tables_are_no_prose():
    # A pipe table and an HTML <table> were kept as '| 2019 | 1.9 million |' lines, which
    # made an event '| | 1.9 million |' on the timeline. Tables are dropped, as they are from
    # a saved web page; the paragraphs around them keep their lines.
    source = ("Ridership fell.\n\n| Year | Trips |\n|------|-------|\n| 2019 | 1.9 million |\n"
              "| 2025 | 1.3 million |\n\n<table>\n<tr><td>2019</td><td>1.9</td></tr>\n</table>\n\n"
              "Fares rise in January.\n")
    assert strip_markdown(source) == "Ridership fell.\n\n\n\n\n\n\n\n\n\n\nFares rise in January.\n"
    kept = "The vote was 7 | 2 in favour.\n"
    assert strip_markdown(kept) == kept
