"""Escaping and small Markdown/HTML helpers used as Jinja filters.

Text from articles and claim files is untrusted: it may contain ``<script>``, Markdown syntax
or both. ``md_inline`` makes any string render as exactly its characters in Markdown; inside raw
HTML blocks the templates use ``html_text``/``html_attr`` instead.
"""

from __future__ import annotations

import html
import re

import yaml

from generator.scale import CSS_COLOR

# Python-Markdown's escapable characters (core + the tables extension's "|"): a backslash before
# them yields the literal character; before any other character it would show up itself.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|])")
_SPACE = re.compile(r"\s+")


def html_text(value: object) -> str:
    """Escape ``& < >`` for HTML text content."""
    return html.escape(str(value), quote=False)


def html_attr(value: object) -> str:
    """Escape a value for a double- or single-quoted HTML attribute."""
    return html.escape(str(value), quote=True)


def md_inline(value: object) -> str:
    """Escape text so Markdown shows it literally on one line (runs of whitespace become one
    space; leading and trailing spaces are kept so pieces of a sentence join correctly).

    Markdown syntax is backslash-escaped and HTML special characters become entities, so
    ``<img onerror=...>`` shows as text and ``*word*`` stays with its stars.
    """
    flat = _SPACE.sub(" ", str(value))
    return html_text(_MD_SPECIAL.sub(r"\\\1", flat))


def md_block(value: object) -> str:
    """Escape multi-line text: blank-line separated paragraphs, each escaped with ``md_inline``."""
    paragraphs = re.split(r"\n\s*\n", str(value).strip())
    return "\n\n".join(md_inline(p.strip()) for p in paragraphs if p.strip())


def shorten(value: object, width: int = 80) -> str:
    """Cut text at a word boundary to at most ``width`` characters, adding an ellipsis."""
    text = _SPACE.sub(" ", str(value)).strip()
    if len(text) <= width:
        return text
    cut = text[: width - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "\u2026"


def front_matter(**meta: object) -> str:
    """Return a YAML front matter block.

    ``title`` and ``description`` are HTML-escaped because Material prints them unescaped into
    ``<title>`` and a ``<meta content="...">`` attribute.
    """
    clean = {
        k: html_attr(shorten(v, 160)) if k in ("title", "description") else v
        for k, v in meta.items()
        if v is not None
    }
    dumped = yaml.safe_dump(clean, allow_unicode=True, sort_keys=False, width=1000)
    return f"---\n{dumped}---\n"


_COLOR = CSS_COLOR  # the scale's own test of its colours (generator.scale)


def css_color(value: object, fallback: str = "#757575") -> str:
    """Return ``value`` if it is a hex or named CSS colour, else ``fallback``.

    Colours come from ``mkdocs.yml`` and go into a ``style`` attribute: anything else (a
    ``url(...)``, a ``;``) could load from another host or inject style rules.
    """
    text = str(value).strip()
    return text if _COLOR.match(text) else fallback


def _luminance(color: str) -> float | None:
    """WCAG relative luminance of a ``#rgb``/``#rrggbb`` colour, None for other forms."""
    digits = color.lstrip("#")
    if not re.fullmatch(r"[0-9A-Fa-f]{3}|[0-9A-Fa-f]{6}", digits):
        return None
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    channels = [int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def badge_text_color(background: object) -> str:
    """Return white or black, whichever contrasts more with ``background`` (WCAG ratio).

    A scale colour chosen in ``mkdocs.yml`` may be light (a yellow "half true"); the label
    must stay readable. Named colours get white.
    """
    luminance = _luminance(css_color(background))
    if luminance is None:
        return "#fff"
    on_white = 1.05 / (luminance + 0.05)
    on_black = (luminance + 0.05) / 0.05
    return "#fff" if on_white >= on_black else "#000"
