"""Read one seed file (text, Markdown or saved HTML) into a ``SeedArticle``.

Metadata can come from four places; for each field the first one that gives a value wins:
the ``NAME.meta.yaml`` sidecar, then YAML front matter, then the HTML page's metadata, then what
the text itself says (headline, byline, dateline, date line, "Write to ... at", copyright).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from pathlib import Path

from generator.ids import article_id
from generator.ingest.article import METADATA_KEYS, IngestError, SeedArticle
from generator.ingest.boilerplate import find_boilerplate
from generator.ingest.frontmatter import parse_metadata, read_sidecar, split_front_matter
from generator.ingest.html import read_html
from generator.ingest.markdown import strip_markdown
from generator.ingest.metadata import TextMetadata, extract_text_metadata
from generator.ingest.unwrap import unwrap_lines
from generator.models import is_english
from generator.textfiles import NotUtf8Error, decode_utf8

HTML_SUFFIXES = (".html", ".htm")
MARKDOWN_SUFFIXES = (".md", ".markdown")

Layer = tuple[str, dict[str, object]]


def decode_text(content: bytes, path: str) -> str:
    """UTF-8 text (a BOM is dropped) with ``\\n`` line endings.

    Raises:
        IngestError: The bytes are not UTF-8; the message gives the line of the first bad byte.
    """
    try:
        text = decode_utf8(content)
    except NotUtf8Error as err:
        raise IngestError(path, f"{err.detail}; save it as UTF-8", line=err.line,
                          field="encoding") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_plain(content: bytes, path: Path) -> tuple[str, Layer]:
    """Body text and front matter layer of a .txt or Markdown file."""
    source = path.as_posix()
    yaml_text, body = split_front_matter(decode_text(content, source), source)
    front = parse_metadata(yaml_text, source, 2, "front matter") if yaml_text is not None else {}
    body = unwrap_lines(body)
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        body = strip_markdown(body)
    return body, ("front matter", front)


def _read_page(content: bytes, path: Path) -> tuple[str, Layer]:
    """Main text and metadata layer of a saved HTML page."""
    page = read_html(content, path.as_posix())
    values = {k: v for k, v in asdict(page).items() if k != "text"}
    return page.text, ("html", values)


def date_warnings(path: Path, layer: Layer, values: dict[str, object],
                  origins: dict[str, str]) -> tuple[str, ...]:
    """``path:line: published: ...`` for each page date that is not a date, with the fallback."""
    bad = layer[1].get("bad_dates") or ()
    if not bad or origins.get("published") == "sidecar":
        return ()
    if values.get("published") is not None:
        fallback = (f"{values['published']} from the {origins['published']} is used instead")
    else:
        fallback = ("the article has no publication date, so relative dates stay unresolved: "
                    f"set published: in {path.with_suffix('.meta.yaml').as_posix()}")
    return tuple(f"{path.as_posix()}:{line}: published: page metadata {name} '{value}' is "
                 f"not a date; {fallback}" for line, name, value in bad)


def dateline_warnings(path: Path, content: bytes, found: TextMetadata,
                      values: dict[str, object], origins: dict[str, str]) -> tuple[str, ...]:
    """``path:line: dateline: ...`` when the dateline's day ("MARROW FALLS, March 12 —") is
    not the publication date, which is the one relative dates resolve against."""
    published = values.get("published")
    if found.dateline_date is None or found.dateline is None \
            or not isinstance(published, dt.date):
        return ()
    month, day = (int(part) for part in found.dateline_date.split("-")[2:])
    if (month, day) == (published.month, published.day):
        return ()
    where = _where(path, content, found.dateline, opening_first=True)
    try:
        said = f"{dt.date(2000, month, day):%B} {day}"
    except ValueError:
        said = f"month {month}, day {day}"
    return (f"{where}: dateline: the dateline says {said} but the publication date is "
            f"{published.isoformat()} (from the {origins.get('published', 'text')}), which "
            "relative dates such as 'on Thursday' are resolved against; correct published: "
            "if the dateline is right",)


def _where(path: Path, content: bytes, words: str, *, opening_first: bool = False) -> str:
    """``path:line`` of the first line of the file holding ``words`` (with ``opening_first``,
    a line they open is preferred), or ``path`` alone when no line holds them."""
    lines = content.decode("utf-8", "replace").splitlines()
    line = None
    if opening_first:
        line = next((n for n, text in enumerate(lines, 1)
                     if text.lstrip().startswith(words)), None)
    line = line or next((n for n, text in enumerate(lines, 1) if words in text), None)
    return f"{path.as_posix()}:{line}" if line else path.as_posix()


def impossible_date_warnings(path: Path, content: bytes, found: TextMetadata,
                             values: dict[str, object]) -> tuple[str, ...]:
    """``path:line: published: ...`` when the text's date line is no date and nothing else
    gives the article one."""
    if found.bad_date is None or values.get("published") is not None:
        return ()
    where = _where(path, content, found.bad_date)
    return (f"{where}: published: '{found.bad_date}' is not a date, so the article has no "
            "publication date and relative dates stay unresolved: correct it, or set "
            f"published: in the front matter or {path.with_suffix('.meta.yaml').name}",)


def merge_metadata(layers: list[Layer]) -> tuple[dict[str, object], tuple[tuple[str, str], ...]]:
    """Per field, the value of the first layer that has one.

    Args:
        layers: ``(origin, values)`` from the most to the least trusted.

    Returns:
        The merged values, and ``(field, origin)`` pairs saying where each came from.
    """
    merged: dict[str, object] = {}
    origins: list[tuple[str, str]] = []
    for key in (*METADATA_KEYS, "id"):
        for origin, values in layers:
            if values.get(key) is not None:
                merged[key] = values[key]
                origins.append((key, origin))
                break
    return merged, tuple(origins)


def with_headline(body: str, title: str | None, body_has_headline: bool) -> str:
    """The body with the title on top when the body does not open with a headline.

    Front matter or HTML may give a title that the body lacks; extraction and readers of the
    claim file want "headline + body", so it is prepended, followed by a blank line.
    """
    if body_has_headline or not title:
        return body
    return f"{title}\n\n{body}"


def entry_anchors(text: str, days: dict[str, dt.date]) -> tuple[tuple[int, dt.date], ...]:
    """``(offset, day)`` of each line of ``text`` that is a live blog entry's "Posted" line."""
    anchors, at = [], 0
    for line in text.split("\n"):
        if line in days:
            anchors.append((at, days[line]))
        at += len(line) + 1
    return tuple(anchors)


def _text_value(values: dict[str, object], key: str) -> str | None:
    value = values.get(key)
    return value if isinstance(value, str) else None


def _language_value(values: dict[str, object]) -> str | None:
    """The seed's language tag; English, the site's own language, is left unsaid."""
    value = _text_value(values, "language")
    return None if is_english(value) else value


def _date_value(values: dict[str, object], key: str) -> dt.date | None:
    value = values.get(key)
    return value if isinstance(value, dt.date) else None


def read_article(path: Path) -> SeedArticle:
    """Read a seed article with its metadata.

    Args:
        path: A ``.txt``, ``.md``/``.markdown`` or ``.html``/``.htm`` file. A sidecar
            ``NAME.meta.yaml`` next to it overrides metadata from every other place.

    Returns:
        The article; ``text`` is headline + body and ``boilerplate`` marks credit lines.

    Raises:
        IngestError: The file cannot be read, is not UTF-8, has no text, or its front matter
            or sidecar is invalid; the message names file, line and field.
    """
    path = Path(path)  # callers sometimes pass a str
    source = path.as_posix()
    try:
        content = path.read_bytes()
    except OSError as err:
        raise IngestError(source, f"cannot read: {err.strerror}") from None
    if not content.strip():  # a failed download or save
        raise IngestError(source, f"the file is empty ({len(content)} bytes); skipped: save the "
                          "article in it", field="text")
    reader = _read_page if path.suffix.lower() in HTML_SUFFIXES else _read_plain
    body, layer = reader(content, path)
    if not body.strip():
        raise IngestError(source, "no article text after the front matter; skipped", field="text")
    found_in_text = extract_text_metadata(body)
    layers = [("sidecar", read_sidecar(path)), layer, ("text", asdict(found_in_text))]
    values, origins = merge_metadata(layers)
    title = _text_value(values, "title")
    text = with_headline(body, title, found_in_text.title is not None)
    return SeedArticle(
        slug=_text_value(values, "id") or article_id(title or path.name),
        source=source,
        title=title or path.stem,
        author=_text_value(values, "author"),
        publisher=_text_value(values, "publisher"),
        dateline=_text_value(values, "dateline"),
        url=_text_value(values, "url"),
        published=_date_value(values, "published"),
        text=text,
        boilerplate=tuple(find_boilerplate(text)),
        origins=origins,
        language=_language_value(values),
        anchors=entry_anchors(text, dict(layer[1].get("entry_days") or ())),
        warnings=date_warnings(path, layer, values, dict(origins))
        + dateline_warnings(path, content, found_in_text, values, dict(origins))
        + impossible_date_warnings(path, content, found_in_text, values),
    )
