"""What ingest hands to extraction: ``SeedArticle``, and ``IngestError`` for unreadable input."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

Span = tuple[int, int]

#: Metadata fields that front matter, sidecars, HTML and the text itself may give.
METADATA_KEYS = ("title", "author", "publisher", "dateline", "url", "published", "language")


class IngestError(ValueError):
    """A seed file cannot be read; ``str()`` names the file, line and field.

    Attributes:
        path: The file, as given.
        line: 1-based line of the problem, or None when it has no line.
        field: The metadata field or part of the file at fault ("published", "front matter").
        message: What is wrong and what is expected.
    """

    def __init__(self, path: str, message: str, *, line: int | None = None, field: str = ""):
        self.path, self.line, self.field, self.message = path, line, field, message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {field}: {message}" if field else f"{where}: {message}")


@dataclass(frozen=True, slots=True)
class SeedArticle:
    """One article read from ``seeds/``, ready for spaCy.

    ``text`` is what extraction runs on and what the claim file stores: the headline, then the
    body, with the source's characters kept (Markdown markers are removed, line endings become
    ``\\n``); every offset the extractors report points into it.
    """

    slug: str
    """Safe file/URL name: ``id:`` from the metadata, else ``generator.ids.article_id`` of the
    title, else of the file name."""
    source: str
    """The path as given, in POSIX form."""
    title: str
    """Headline; the file name when no headline is found."""
    author: str | None
    publisher: str | None
    dateline: str | None
    """Place in the dateline ("WASHINGTON")."""
    url: str | None
    published: dt.date | None
    """Publication date; None when no metadata or date line gives it (a copyright year never
    does), in which case relative dates stay unresolved."""
    text: str
    boilerplate: tuple[Span, ...] = ()
    """``(start, end)`` of credit, copyright and share lines in ``text``: never claims."""
    origins: tuple[tuple[str, str], ...] = ()
    """``(field, origin)`` for every metadata field that has a value, origin being ``sidecar``,
    ``front matter``, ``html`` or ``text`` (why a value is what it is)."""
    anchors: tuple[tuple[int, dt.date], ...] = ()
    """``(offset, day)`` where each entry of a live blog starts in ``text`` (its "Posted" line)
    and the day it was posted: the relative dates of the text after it count from that day."""
    language: str | None = None
    """The text's language tag (``es``) when the seed states one other than English."""
    warnings: tuple[str, ...] = ()
    """``path:line: field: message`` for metadata that was unusable and what is used instead
    (a page date that is not a date); the article is still extracted."""
