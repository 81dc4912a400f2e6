"""Marks in a saved page that trafilatura reads only in part: the top-level JSON-LD object, the
``<time datetime>`` tags labelled "Published" or "Updated", and every ``rel="author"`` link of a
byline. trafilatura also reads a page's address only from its canonical link or og:url, not from
the JSON-LD ``url``.

trafilatura reads a live blog's first ``liveBlogUpdate`` as the page's headline, takes the first
``<time>`` of a page whether it says "Updated" or "Published", and keeps only the first author of
"By <a rel=author>A</a> and <a rel=author>B</a>"; ``generator.ingest.html`` corrects those with
what is collected here.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from html.parser import HTMLParser

log = logging.getLogger(__name__)

_UPDATED = re.compile(r"updat|modif|edited|revised", re.IGNORECASE)
_PUBLISHED = re.compile(r"publish|posted|pubdate|first", re.IGNORECASE)
#: schema.org types of an article object, and of who writes and publishes it.
ARTICLE_TYPES = frozenset({
    "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report",
})
PEOPLE = frozenset({"Person"})
ORGANIZATIONS = frozenset({"Organization", "NewsMediaOrganization", "Corporation"})
_ABSOLUTE_URL = re.compile(r"https?://[^\s/]+", re.IGNORECASE)
#: Start tags that begin a new context for the label of a ``<time>``.
_BLOCKS = frozenset({"p", "div", "span", "li", "section", "header", "footer", "dd", "dt"})


class PageMarks(HTMLParser):
    """Feed a page; read ``json_ld``, ``times`` and ``rel_authors``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.json_ld: list[object] = []
        self.times: list[tuple[dt.date, str | None]] = []
        """``(date, "published" | "updated" | None)`` of each ``<time datetime>``."""
        self.time_tags: list[tuple[str, str | None]] = []
        """``(datetime, label)`` of every ``<time datetime>``, in page order."""
        self.rel_authors: list[str] = []
        self._script: list[str] | None = None
        self._author: list[str] | None = None
        self._time: tuple[dict[str, str], list[str]] | None = None
        self._context = ""
        """Class of the latest block and the words since (or since the last ``<time>``)."""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if tag == "script" and values.get("type", "").lower() == "application/ld+json":
            self._script = []
        elif tag == "a" and "author" in values.get("rel", "").lower().split():
            self._author = []
        elif tag == "time" and values.get("datetime"):
            self._time = (values, [])
        elif tag in _BLOCKS:
            self._context = values.get("class", "")

    def _label(self, values: dict[str, str], text: str) -> str | None:
        """``published``/``updated``: from the tag's attributes, else its own words
        ("Published March 14"), else the words and classes just before it ("Updated <time>")."""
        if "pubdate" in values:
            return "published"
        own = " ".join(values.get(k, "") for k in ("class", "itemprop", "id"))
        for context in (own, text, self._context):
            updated, published = _UPDATED.search(context), _PUBLISHED.search(context)
            if updated and not published:
                return "updated"
            if published and not updated:
                return "published"
        return None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)
            return
        if self._author is not None:
            self._author.append(data)
        if self._time is not None:
            self._time[1].append(data)
        else:
            self._context = (self._context + " " + data)[-80:]

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            try:
                self.json_ld.append(json.loads("".join(self._script)))
            except ValueError:
                log.debug("ignoring a JSON-LD block that is not JSON")
            self._script = None
        elif tag == "a" and self._author is not None:
            name = " ".join("".join(self._author).split())
            if name and name not in self.rel_authors:
                self.rel_authors.append(name)
            self._author = None
        elif tag == "time" and self._time is not None:
            values, text = self._time
            label = self._label(values, "".join(text))
            self.time_tags.append((values["datetime"], label))
            try:
                day = dt.date.fromisoformat(values["datetime"][:10])
            except ValueError:
                day = None
            if day is not None:
                self.times.append((day, label))
            self._time, self._context = None, ""

    def _items(self) -> list[dict]:
        """The JSON-LD objects of the page: top-level ones and those of an ``@graph``."""
        items: list[dict] = []
        for block in self.json_ld:
            for item in block if isinstance(block, list) else [block]:
                if isinstance(item, dict):
                    graph = item.get("@graph")
                    items += [g for g in graph if isinstance(g, dict)] \
                        if isinstance(graph, list) else [item]
        return items

    def _article(self) -> dict | None:
        """The page's own article object (not a ``liveBlogUpdate`` inside it)."""
        for item in self._items():
            if _types(item) & ARTICLE_TYPES:
                return item
        return None

    def _named(self, value: object, kinds: frozenset[str]) -> list[str]:
        """Names of the objects in ``value`` (one, a list, or ``{"@id": ...}`` references
        into the ``@graph``) whose ``@type`` is one of ``kinds`` or not given."""
        by_id = {item["@id"]: item for item in self._items() if isinstance(item.get("@id"), str)}
        names: list[str] = []
        for one in value if isinstance(value, list) else [value]:
            if isinstance(one, str):
                one = {"name": one}
            if not isinstance(one, dict):
                continue
            if "name" not in one and isinstance(one.get("@id"), str):
                one = by_id.get(one["@id"], one)
            name = one.get("name")
            if (one.get("@type") is None or _types(one) & kinds) \
                    and isinstance(name, str) and name.strip() and name.strip() not in names:
                names.append(name.strip())
        return names

    def headline(self) -> str | None:
        """The headline of a ``LiveBlogPosting`` (trafilatura reads its first update's)."""
        article = self._article() or {}
        headline = article.get("headline")
        if "LiveBlogPosting" in _types(article) \
                and isinstance(headline, str) and headline.strip():
            return headline.strip()
        return None

    def is_live_blog(self) -> bool:
        """Whether the page's article object is a ``LiveBlogPosting``."""
        return "LiveBlogPosting" in _types(self._article() or {})

    def authors(self) -> list[str]:
        """The people the article object names as ``author`` (trafilatura takes every Person
        of an ``@graph``, an editor-in-chief too)."""
        article = self._article()
        return self._named(article.get("author"), PEOPLE) if article else []

    def publisher(self) -> str | None:
        """The article object's ``publisher`` (trafilatura may take the WebPage's name)."""
        article = self._article()
        names = self._named(article.get("publisher"), ORGANIZATIONS) if article else []
        return names[0] if names else None

    def url(self) -> str | None:
        """The article object's absolute ``url``, else its ``mainEntityOfPage`` (an address or
        a WebPage's ``@id``): the page's address when it has no canonical link or og:url."""
        article = self._article() or {}
        for value in (article.get("url"), article.get("mainEntityOfPage")):
            if isinstance(value, dict):
                value = value.get("@id") or value.get("url")
            if isinstance(value, str) and _ABSOLUTE_URL.match(value.strip()):
                return value.strip()
        return None

    def published_instead_of(self, found: dt.date | None) -> dt.date | None:
        """The "Published" ``<time>`` when ``found`` is the date of an "Updated" one."""
        updated = {day for day, label in self.times if label == "updated"}
        published = sorted(day for day, label in self.times if label == "published")
        if found in updated and published and found not in published:
            return published[0]
        return found

    def byline(self, found: str | None) -> str | None:
        """The article object's authors, else all ``rel="author"`` names when the page names
        several and ``found`` (trafilatura's author) is missing or only one of them; as a byline
        says them ("A, B and C")."""
        names = self.authors()
        if not names:
            names = self.rel_authors
            if len(names) < 2 or (found is not None and found not in names):
                return found
        return join_names(names)


def _types(item: dict) -> set:
    """The ``@type`` of a JSON-LD object as a set (one type or a list of them)."""
    types = item.get("@type")
    return set(types if isinstance(types, list) else [types])


def join_names(names: list[str]) -> str:
    """``["A", "B", "C"]`` -> ``"A, B and C"``."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def page_marks(content: bytes) -> PageMarks:
    """Parse ``content`` (a saved page) for its marks."""
    parser = PageMarks()
    parser.feed(content.decode("utf-8", "replace"))
    parser.close()
    return parser
