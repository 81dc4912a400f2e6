"""Property test: any text escaped with ``md_inline`` renders as exactly that text."""

from __future__ import annotations

import re

import markdown
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.site import markup

#: Characters that mean something to Markdown, HTML or the extensions the site enables.
SPECIAL = "\\`*_{}[]()#+-.!|<>&\"'=:;/~^$%@ \t\n0123456789abcXYZé“”"

MD = markdown.Markdown(extensions=["attr_list", "md_in_html", "tables", "toc", "admonition"])


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=SPECIAL, min_size=1, max_size=60))
def test_escaped_text_renders_literally(text):
    expected = re.sub(r"\s+", " ", text).strip()
    MD.reset()
    html = MD.convert(markup.md_inline(text))
    soup = BeautifulSoup(html, "html.parser")
    assert soup.get_text().strip() == expected
    assert [tag.name for tag in soup.find_all(True)] in ([], ["p"])
