"""Main text and metadata of a saved web page, through trafilatura.

Boilerplate removal on HTML (menus, footers, comment sections) is trafilatura's job; we only
set it up so that it does not guess: a page date comes from the page's metadata or visible
publication markup, never from an "extensive search" that happily returns a copyright year.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from html.parser import HTMLParser

import trafilatura
from trafilatura.settings import use_config

from generator.ingest.article import IngestError
from generator.ingest.boilerplate import boilerplate_rule_for
from generator.ingest.pagemarks import PageMarks, join_names, page_marks
from generator.models import language_tag
from generator.textfiles import with_name_suffixes

log = logging.getLogger(__name__)

#: htmldate settings: ``extensive_search`` would read dates from free text and footers
#: ("© 2021" becomes 2021-01-01), so only metadata and marked-up dates count.
DATE_SETTINGS = {"extensive_search": False, "original_date": True}

#: trafilatura's settings with no minimum size for the main extraction: below its default
#: (250 characters) it falls back to a whole-body reading that joins every paragraph, the
#: headline and a live blog's entry times into one line (a short brief, a two-entry blog).
EXTRACTION_CONFIG = use_config()
EXTRACTION_CONFIG.set("DEFAULT", "MIN_EXTRACTED_SIZE", "0")

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
#: A ``<time>`` element with its attributes, and a ``datetime`` attribute with a value.
_TIME_TAG = re.compile(r"<time\b([^>]*)>.*?</time\s*>", re.IGNORECASE | re.DOTALL)
_DATETIME = re.compile(r"\bdatetime\s*=\s*[\"']?[^\"'\s>]", re.IGNORECASE)


#: Elements whose content is code or a fallback, never the article's words: a script (not
#: the JSON-LD, which ``pagemarks`` reads from the page as saved), a style sheet, a
#: ``<noscript>`` notice, a ``<template>``. trafilatura leaves them out of the text but reads
#: an ``<h1>``'s title with the code of an ad script inside it.
_CODE = re.compile(r"<(script|style|noscript|template)\b(?![^>]*application/ld\+json)[^>]*>"
                   r".*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def _without_code(content: bytes) -> bytes:
    """The page with each ``_CODE`` element emptied to its line breaks (lines stay put)."""
    try:
        page = content.decode("utf-8")
    except UnicodeDecodeError:
        return content  # another encoding: trafilatura detects it, and drops scripts itself
    return _CODE.sub(lambda m: "\n" * m.group(0).count("\n"), page).encode("utf-8")


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
    language: str | None = None
    """The page's ``<html lang>``, when it is a language tag."""
    entry_days: tuple[tuple[str, dt.date], ...] = ()
    """A live blog's ``Posted 4 May 2025, 22:05`` lines in ``text``, with the day of each."""


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


def _paragraphs(text: str, entry_times: Collection[str] = frozenset()) -> str:
    """trafilatura ends each paragraph with one newline; seeds use blank lines between them.

    A line with no letter or digit (the "·" a "Published · Updated" line of ``<time>`` tags
    leaves) or with only a "Published"/"Updated" label (and the time trafilatura may keep) is
    left out, unless it is one of a live blog's ``entry_times``; so is a paragraph that another
    says in full (``_repeats``): a pull quote, which would otherwise be a second claim.
    """
    lines = [(line, _words(line)) for line in (line.strip() for line in text.split("\n"))]
    lines = [(line, words) for line, words in lines if words and (
        line in entry_times or boilerplate_rule_for(line) != "date-label")]
    repeats = _repeats([words.split() for _, words in lines])
    return "\n\n".join(line for i, (line, _) in enumerate(lines) if i not in repeats)


def _repeats(paragraphs: list[list[str]]) -> set[int]:
    """Indices of the paragraphs of ``REPEAT_WORDS`` words or more that another paragraph
    says word for word: one inside a longer paragraph (a pull quote, placed before or after
    the text it repeats), or one the same as an earlier paragraph.

    Candidates come from an index of every run of ``REPEAT_WORDS`` words, so the text is read
    a fixed number of times however many paragraphs it has.
    """
    runs: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    for i, words in enumerate(paragraphs):
        for at in range(len(words) - REPEAT_WORDS + 1):
            runs[tuple(words[at:at + REPEAT_WORDS])].append((i, at))
    repeats = set()
    for i, words in enumerate(paragraphs):
        if len(words) < REPEAT_WORDS:
            continue
        for j, at in runs[tuple(words[:REPEAT_WORDS])]:  # among them, its own first words
            other = paragraphs[j]
            if j != i and other[at:at + len(words)] == words and (len(other) > len(words) or j < i):
                repeats.add(i)
                break
    return repeats


def _entry_time_line(value: str) -> tuple[str, dt.date] | None:
    """``2025-05-04T22:05:00+01:00`` -> ``Posted 4 May 2025, 22:05`` and its day (the page's
    own clock)."""
    try:
        when = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    day = f"Posted {when.day} {when:%B %Y}"
    return (day if len(value.strip()) <= 10 else f"{day}, {when:%H:%M}"), when.date()


def _with_entry_times(content: bytes, marks: PageMarks) -> tuple[bytes, dict[str, dt.date]]:
    """A live blog with each entry's time kept: trafilatura drops ``<time>`` tags, so every
    one that no "Published"/"Updated" label marks becomes a ``<p>Posted 4 May 2025, 22:05</p>``
    (a date-label line: shown with the text, never a claim). Returns the page and those
    lines with the day each was posted. Other pages, or one whose tags this cannot line up
    with ``marks``, are left as they are."""
    if not marks.is_live_blog():
        return content, {}
    try:
        page = content.decode("utf-8")
    except UnicodeDecodeError:
        return content, {}
    tags = [tag for tag in _TIME_TAG.finditer(page) if _DATETIME.search(tag.group(1))]
    if len(tags) != len(marks.time_tags):
        return content, {}
    pieces, lines, done = [], {}, 0
    for tag, (value, label) in zip(tags, marks.time_tags):
        found = None if label else _entry_time_line(value)
        if found:
            pieces += [page[done:tag.start()], f"<p>{found[0]}</p>"]
            lines[found[0]] = found[1]
            done = tag.end()
    return "".join([*pieces, page[done:]]).encode("utf-8"), lines


def _byline(authors: str | None) -> str | None:
    """trafilatura's ``"A; B; C"`` as a byline says it: ``"A, B and C"`` (it cuts
    "John Smith, Jr." into ``"John Smith; Jr"``)."""
    names = with_name_suffixes((authors or "").split(";"))
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
    marks = page_marks(content)
    content, entry_times = _with_entry_times(content, marks)
    document = trafilatura.bare_extraction(
        _without_code(content),
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params=DATE_SETTINGS,
        config=EXTRACTION_CONFIG,
    )
    text = _paragraphs(document.text or "", entry_times) if document is not None else ""
    if not text:
        raise IngestError(path, "no article text found in the HTML page", field="html")
    published = marks.published_instead_of(_date_or_none(document.date))
    return HtmlArticle(
        text=text,
        title=marks.headline() or document.title or None,
        author=marks.byline(_byline(document.author)),
        publisher=marks.publisher() or document.sitename or None,
        url=document.url or marks.url(),
        published=published,
        bad_dates=_bad_dates(content) if published is None else (),
        entry_days=tuple(entry_times.items()),
        language=_html_lang(content),
    )


#: The ``lang`` attribute of the page's ``<html>`` tag.
_HTML_LANG = re.compile(rb"<html\b[^>]*?\slang\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.IGNORECASE)


def _html_lang(content: bytes) -> str | None:
    """The page's declared language tag, or None (none declared, or not a tag)."""
    found = _HTML_LANG.search(content)
    try:
        return language_tag(found.group(1).decode("ascii")) if found else None
    except ValueError:
        return None
