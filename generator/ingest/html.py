"""Main text and metadata of a saved web page, through trafilatura.

Boilerplate removal on HTML (menus, footers, comment sections) is trafilatura's job; we only
set it up so that it does not guess: a page date comes from the page's metadata or visible
publication markup, never from an "extensive search" that happily returns a copyright year.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

import trafilatura

from generator.ingest.article import IngestError

log = logging.getLogger(__name__)

#: htmldate settings: ``extensive_search`` would read dates from free text and footers
#: ("© 2021" becomes 2021-01-01), so only metadata and marked-up dates count.
DATE_SETTINGS = {"extensive_search": False, "original_date": True}


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
    return HtmlArticle(
        text=text,
        title=document.title or None,
        author=document.author or None,
        publisher=document.sitename or None,
        url=document.url or None,
        published=_date_or_none(document.date),
    )
