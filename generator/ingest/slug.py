"""Article slugs: ``generator.ids.slugify`` when it exists, else a small equivalent here.

The store helper owns ``generator/ids.py``; this fallback only keeps ingest usable (and tested)
on its own, and gives the same kind of result: lower-case ASCII words joined by hyphens.
"""

from __future__ import annotations

import re
import unicodedata

MAX_SLUG_CHARS = 80


def fallback_slugify(text: str) -> str:
    """``"US seeks to thwart … Ukraine"`` -> ``"us-seeks-to-thwart-ukraine"``.

    Accents are folded to ASCII, anything else that is not a letter or digit separates words,
    and the result is cut at a word boundary to at most ``MAX_SLUG_CHARS`` characters.
    Returns ``"article"`` when nothing usable is left.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > MAX_SLUG_CHARS:
        slug = slug[:MAX_SLUG_CHARS].rsplit("-", 1)[0]
    return slug or "article"


def slugify(text: str) -> str:
    """Slug of ``text`` with the project's ``generator.ids.slugify`` if installed."""
    try:
        from generator.ids import slugify as project_slugify
    except ImportError:  # ids.py not written yet: keep ingest working on its own
        return fallback_slugify(text)
    return project_slugify(text) or fallback_slugify(text)
