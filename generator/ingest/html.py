"""Main text and metadata of a saved web page, through trafilatura.

Boilerplate removal on HTML (menus, footers, comment sections) is trafilatura's job; we only
set it up so that it does not guess: a page date comes from the page's metadata or visible
publication markup, never from an "extensive search" that happily returns a copyright year.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from html.parser import HTMLParser

import trafilatura

from generator.ingest.article import IngestError

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


def _paragraphs(text: str) -> str:
    """trafilatura ends each paragraph with one newline; seeds use blank lines between them."""
    lines = [line.strip() for line in text.split("\n")]
    return "\n\n".join(line for line in lines if line)


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
    published = _date_or_none(document.date)
    return HtmlArticle(
        text=text,
        title=document.title or None,
        author=document.author or None,
        publisher=document.sitename or None,
        url=document.url or None,
        published=published,
        bad_dates=_bad_dates(content) if published is None else (),
    )
