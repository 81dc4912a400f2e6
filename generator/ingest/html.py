"""Main text and metadata of a saved web page, through trafilatura.

Boilerplate removal on HTML (menus, footers, comment sections) is trafilatura's job; we only
set it up so that it does not guess: a page date comes from the page's metadata or visible
publication markup, never from an "extensive search" that happily returns a copyright year.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import trafilatura

from generator.ingest.article import IngestError
from generator.ingest.boilerplate import boilerplate_rule_for
from generator.ingest.pagemarks import join_names, page_marks

log = logging.getLogger(__name__)

#: htmldate settings: ``extensive_search`` would read dates from free text and footers
#: ("© 2021" becomes 2021-01-01), so only metadata and marked-up dates count.
DATE_SETTINGS = {"extensive_search": False, "original_date": True}

#: ``<meta>`` names (property, name or itemprop, case-folded) that declare the publication date.
#: htmldate silently skips one whose value is not a date; we name it to the user instead.
DATE_META = frozenset({
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
    "publishdate", "publish-date", "publish_date", "publication_date", "dc.date",
    "dc.date.issued", "dcterms.date", "dcterms.issued", "sailthru.date", "parsely-pub-date",
})


#: A paragraph this many words long or longer that only repeats the text above it is a pull
#: quote; shorter ones ("Polls have closed.") may honestly repeat.
REPEAT_WORDS = 6

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    """What trafilatura found in a page; None where the page does not say."""

    text: str
    """Main text, paragraphs separated by blank lines."""
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    url: str | None = None
    published: dt.date | None = None
    bad_dates: tuple[tuple[int, str, str], ...] = ()
    """``(line, meta name, value)`` of each declared publication date that is not a date,
    when the page gives no date at all (for the reader's warning)."""


class _DateMetas(HTMLParser):
    """``(line, name, content)`` of the publication-date ``<meta>`` tags of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "meta":
            return
        values = {key: value or "" for key, value in attrs}
        name = values.get("property") or values.get("name") or values.get("itemprop") or ""
        if name.casefold() in DATE_META and "content" in values:
            self.found.append((self.getpos()[0], name, values["content"]))


def _bad_dates(content: bytes) -> tuple[tuple[int, str, str], ...]:
    """The declared publication dates of the page that do not start with an ISO date."""
    parser = _DateMetas()
    parser.feed(content.decode("utf-8", "replace"))
    parser.close()
    return tuple(item for item in parser.found if _date_or_none(item[2]) is None)


def _date_or_none(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        log.debug("ignoring unreadable page date %r", value)
        return None


def _words(text: str) -> str:
    """Letters and digits of ``text``, case-folded, one space between words (for repeats)."""
    return " ".join(_WORD.findall(text.casefold()))


def _paragraphs(text: str) -> str:
    """trafilatura ends each paragraph with one newline; seeds use blank lines between them.

    A line with no letter or digit (the "·" a "Published · Updated" line of ``<time>`` tags
    leaves) or with only a "Published"/"Updated" label whose time trafilatura dropped is left
    out, and so is a paragraph of ``REPEAT_WORDS`` words or more that only
    repeats the text above it: a pull quote, which would otherwise be a second claim.
    """
    kept: list[str] = []
    seen = ""
    for line in (line.strip() for line in text.split("\n")):
        words = _words(line)
        if not words or boilerplate_rule_for(line) == "date-label" or (
                len(words.split()) >= REPEAT_WORDS and f" {words} " in seen):
            continue
        kept.append(line)
        seen += f" {words} "
    return "\n\n".join(kept)


def _byline(authors: str | None) -> str | None:
    """trafilatura's ``"A; B; C"`` as a byline says it: ``"A, B and C"``."""
    names = [name.strip() for name in (authors or "").split(";") if name.strip()]
    return join_names(names) if names else None


def read_html(content: bytes, path: str) -> HtmlArticle:
    """Extract the article from a saved HTML page.

    Args:
        content: The page as bytes (trafilatura detects the encoding).
        path: File name for error messages.

    Returns:
        The main text with title, author, site name (as publisher), canonical URL and date.

    Raises:
        IngestError: trafilatura finds no article text in the page.
    """
    document = trafilatura.bare_extraction(
        content,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=DATE_SETTINGS,
    )
    text = _paragraphs(document.text or "") if document is not None else ""
    if not text:
        raise IngestError(path, "no article text found in the HTML page", field="html")
    marks = page_marks(content)
    published = marks.published_instead_of(_date_or_none(document.date))
    return HtmlArticle(
        text=text,
        title=marks.headline() or document.title or None,
        author=marks.byline(_byline(document.author)),
        publisher=marks.publisher() or document.sitename or None,
        url=document.url or None,
        published=published,
        bad_dates=_bad_dates(content) if published is None else (),
    )
