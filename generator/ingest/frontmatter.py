"""Metadata written by people: YAML front matter at the top of a seed, or a ``.meta.yaml`` sidecar.

Both hold the same keys (``title``, ``author``, ``publisher``, ``dateline``, ``url``,
``published``, ``language`` and ``id``). Every value is checked, and a bad one raises
``IngestError`` naming the file, the line and the key, because these files are typed by hand.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Callable
from pathlib import Path

import yaml

from generator.ingest.article import METADATA_KEYS, IngestError
from generator.models import language_tag
from generator.textfiles import did_you_mean, missing_colon_hint, syntax_error_mark, tab_hint

#: Keys allowed in front matter and sidecars: the metadata fields plus ``id`` (article slug).
ALLOWED_KEYS = (*METADATA_KEYS, "id")
_FENCE = re.compile(r"^---[ \t]*$")
_CLOSING_FENCE = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def split_front_matter(text: str, path: str) -> tuple[str | None, str]:
    """Split ``---``-fenced YAML front matter from the body.

    Args:
        text: The whole file, line endings already ``\\n``.
        path: The file name for error messages.

    Returns:
        ``(yaml_text, body)``; ``yaml_text`` is None when the file has no front matter. The
        YAML starts on line 2 of the file. Blank lines between the fence and the body are
        dropped so the body starts with its first line of text.

    Raises:
        IngestError: The opening ``---`` has no closing ``---`` (or ``...``).
    """
    lines = text.split("\n")
    if not lines or not _FENCE.match(lines[0]):
        return None, text
    for index in range(1, len(lines)):
        if _CLOSING_FENCE.match(lines[index]):
            body = "\n".join(lines[index + 1 :]).lstrip("\n")
            return "\n".join(lines[1:index]), body
    raise IngestError(path, "opening '---' has no closing '---'", line=1, field="front matter")


def _text(value: object) -> str:
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return " and ".join(v.strip() for v in value)  # several authors
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"expected non-empty text, got {value!r}")
    return value.strip()


def _date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
        try:  # "Sun, 01 Mar 2026 23:30:00 EST", an RSS pubDate: the day it names
            return email.utils.parsedate_to_datetime(value.strip()).date()
        except (TypeError, ValueError):
            pass
    raise ValueError(f"expected a date YYYY-MM-DD, got {value!r}")


def _url(value: object) -> str:
    text = _text(value)
    if not re.match(r"^https?://\S+$", text):
        raise ValueError(f"expected an http(s):// URL, got {value!r}")
    return text


def _language(value: object) -> str:
    return language_tag(_text(value))


def _slug(value: object) -> str:
    text = _text(value)
    if not _SLUG.match(text):
        raise ValueError(f"expected lower-case letters, digits and hyphens, got {value!r}")
    return text


_CHECKS: dict[str, Callable[[object], object]] = {
    "title": _text, "author": _text, "publisher": _text, "dateline": _text,
    "url": _url, "published": _date, "id": _slug, "language": _language,
}


def _mapping_node(
    loader: yaml.SafeLoader, path: str, first_line: int, part: str
) -> yaml.MappingNode | None:
    node = loader.get_single_node()
    if node is None:
        return None
    if not isinstance(node, yaml.MappingNode):
        raise IngestError(path, "expected a mapping of key: value lines",
                          line=node.start_mark.line + first_line, field=part)
    return node


def parse_metadata(
    yaml_text: str, path: str, first_line: int = 1, part: str = "metadata"
) -> dict[str, object]:
    """Parse and check front matter or sidecar YAML.

    Args:
        yaml_text: The YAML mapping.
        path: The file name for error messages.
        first_line: File line number of the first YAML line (2 for front matter).
        part: What the YAML is ("front matter", "sidecar"), named in syntax errors.

    Returns:
        Checked values by key; keys whose value is null are left out (null means unknown).

    Raises:
        IngestError: Invalid or unsafe YAML, a duplicate or unknown key, or a bad value.
    """
    loader = yaml.SafeLoader(yaml_text)
    values: dict[str, object] = {}
    try:
        node = _mapping_node(loader, path, first_line, part)
        for key_node, value_node in node.value if node else []:
            line = key_node.start_mark.line + first_line
            key = key_node.value
            if key not in ALLOWED_KEYS:
                hint = did_you_mean(str(key), ALLOWED_KEYS)
                raise IngestError(path, f"unknown key{hint}; allowed: {', '.join(ALLOWED_KEYS)}",
                                  line=line, field=str(key))
            if key in values:
                raise IngestError(path, "duplicate key", line=line, field=key)
            try:
                # PyYAML's own date constructor raises ValueError for 2023-02-30.
                raw = loader.construct_object(value_node, deep=True)
            except ValueError as err:
                message = f"not a valid value ({err})"
                raise IngestError(path, message, line=line, field=key) from None
            if raw is not None:
                try:
                    values[key] = _CHECKS[key](raw)
                except ValueError as err:
                    raise IngestError(path, str(err), line=line, field=key) from None
    except yaml.MarkedYAMLError as err:
        mark = syntax_error_mark(err)
        line = mark.line + first_line if mark else None
        problem = str(err.problem or err)
        stopped_at = yaml_text.split("\n")[mark.line] if mark and \
            mark.line < yaml_text.count("\n") + 1 else ""
        raise IngestError(path, f"not valid YAML: {problem}{tab_hint(problem)}"
                          f"{missing_colon_hint(problem, stopped_at)}", line=line,
                          field=part) from None
    finally:
        loader.dispose()
    return values


def sidecar_path(article: Path) -> Path:
    """``seeds/x.txt`` -> ``seeds/x.meta.yaml``."""
    return article.with_name(article.stem + ".meta.yaml")


def read_sidecar(article: Path) -> dict[str, object]:
    """Checked values of the article's sidecar, or ``{}`` when it has none.

    Raises:
        IngestError: The sidecar is not UTF-8 or fails ``parse_metadata``.
    """
    path = sidecar_path(article)
    if not path.is_file():
        return {}
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise IngestError(path.as_posix(), f"not UTF-8 text: {err.reason}") from None
    return parse_metadata(text, path.as_posix(), first_line=1, part="sidecar")
