"""Open Graph and Twitter card tags: what a page shows when its link is shared or found.

Material writes ``<title>``, ``<meta name="description">`` and (with ``site_url``) the
canonical link, but no preview tags, so a shared claim showed as a bare address. This module
copies those three into ``og:`` and ``twitter:`` tags of the finished page. The values are read
back from the page (already escaped there) and escaped again after unescaping, so a claim that
carries markup stays text; ``og:url`` is given only when the page has an absolute address.
"""

from __future__ import annotations

import html
import re

__all__ = ["add_share_tags"]

_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.DOTALL)  # <title lang="nl">, too
_DESCRIPTION = re.compile(r'<meta name="description" content="([^"]*)"\s*/?>')
_CANONICAL = re.compile(r'<link rel="canonical" href="([^"]*)"\s*/?>')


def add_share_tags(page_html: str, site_name: str, kind: str) -> str:
    """``page_html`` with preview tags before ``</head>``.

    Args:
        page_html: The page as the theme wrote it.
        site_name: ``site_name``, cut from the end of the page title ("Claim: ... - Desk").
        kind: ``article`` for an article or claim page, else ``website`` (Open Graph's type).

    Returns:
        The page, unchanged when it has no ``</head>`` or already has ``og:title``.
    """
    head_end = page_html.find("</head>")
    if head_end < 0 or 'property="og:title"' in page_html[:head_end]:
        return page_html
    head = page_html[:head_end]
    title = _text(_TITLE.search(head))
    suffix = f" - {site_name}"
    if site_name and title.endswith(suffix) and title != suffix:
        title = title[: -len(suffix)]
    description = _text(_DESCRIPTION.search(head))
    url = _text(_CANONICAL.search(head))
    tags = [("property", "og:type", kind), ("property", "og:site_name", site_name),
            ("property", "og:title", title), ("property", "og:description", description),
            ("property", "og:url", url if url.startswith(("https://", "http://")) else ""),
            ("name", "twitter:card", "summary"), ("name", "twitter:title", title),
            ("name", "twitter:description", description)]
    lines = "".join(f'<meta {attr}="{key}" content="{html.escape(value, quote=True)}">\n'
                    for attr, key, value in tags if value)
    return f"{page_html[:head_end]}{lines}{page_html[head_end:]}"


def _text(match: re.Match[str] | None) -> str:
    """The matched value as plain text (entities decoded), stripped."""
    return html.unescape(match.group(1)).strip() if match else ""
