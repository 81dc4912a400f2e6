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
