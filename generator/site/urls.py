"""Where each generated page lives, and how pages link to one another.

Pages link with relative Markdown links to ``.md`` sources, so MkDocs validates every link in
strict mode and turns it into the right URL whatever ``use_directory_urls`` says.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import quote, urlsplit, urlunsplit

from generator.models import is_web_link

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")

TIMELINE_URI = "timeline.md"
CLAIMS_INDEX_URI = "claims/index.md"
ARTICLES_INDEX_URI = "articles/index.md"
SPEAKERS_INDEX_URI = "speakers/index.md"


def safe_name(value: str) -> str:
    """Return ``value`` with every character outside ``[A-Za-z0-9._-]`` replaced by ``-``."""
    return _UNSAFE.sub("-", value).strip("-.") or "-"


def claim_uri(claim_id: str) -> str:
    """Source path of a claim page."""
    return f"claims/{safe_name(claim_id)}.md"


def article_uri(article_id: str) -> str:
    """Source path of an article page."""
    return f"articles/{safe_name(article_id)}.md"


def speaker_uri(key: str) -> str:
    """Source path of a speaker page."""
    return f"speakers/{safe_name(key)}.md"


def claim_anchor(claim_id: str) -> str:
    """HTML id of a claim's highlight on its article page."""
    return f"claim-{safe_name(claim_id)}"


def relative_link(target: str, from_uri: str) -> str:
    """Return the Markdown link from the page ``from_uri`` to ``target`` (both source paths).

    ``target`` may carry a ``#fragment``.
    """
    path, _, fragment = target.partition("#")
    link = posixpath.relpath(path, posixpath.dirname(from_uri) or ".")
    return f"{link}#{fragment}" if fragment else link


def page_url(src_uri: str, use_directory_urls: bool = True) -> str:
    """Return the site-relative URL MkDocs gives the page ``src_uri`` ("claims/a/")."""
    stem = src_uri[: -len(".md")] if src_uri.endswith(".md") else src_uri
    if not use_directory_urls:
        return stem + ".html"
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


def absolute_url(site_url: str | None, src_uri: str, use_directory_urls: bool = True) -> str:
    """Return the page's URL under ``site_url`` (site-relative when no site_url is set)."""
    path = page_url(src_uri, use_directory_urls)
    if not site_url:
        return "/" + path
    return site_url.rstrip("/") + "/" + path


def safe_url(url: str | None) -> str | None:
    """Return an external URL fit for an ``href``, or None when it is unsafe or empty.

    Spaces, parentheses and quotes are percent-encoded so the URL cannot end a Markdown link
    early or break out of an attribute; an internationalised host is written in punycode.
    """
    if not url:
        return None
    url = url.strip()
    if not is_web_link(url):
        return None
    return quote(_ascii_host(url), safe="/:?#[]@!$&'*+,;=%~-._")


def _ascii_host(url: str) -> str:
    """The URL with an internationalised host in punycode (``例え.example`` ->
    ``xn--r8jz45g.example``), which percent-encoding would garble; else as it is."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if host.isascii():
        return url
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return url
    netloc = parts.netloc.replace(host, ascii_host, 1) if host in parts.netloc else parts.netloc
    return urlunsplit(parts._replace(netloc=netloc))
