"""Pages at a renamed or merged speaker's old URL that send the reader to the new one.

A speaker's page lives at ``speakers/<key>/``, the key coming from the canonical name; a rename
or a merge in ``claims/speakers.yaml`` moves it. The old name stays as an alias, so its old
URL gets a small page (refresh, canonical link, a plain link for readers without refresh) and
outside links keep working.
"""

from __future__ import annotations

from html import escape

from generator.site.exports import ExportFile
from generator.site.index import SiteIndex
from generator.site.jsonld import LinkBase
from generator.site.urls import page_url, speaker_uri

PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{name}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="{canonical}">
<meta http-equiv="refresh" content="0; url={href}">
</head><body><article><h1>{name}</h1>
<p>This page has moved: <a href="{href}">{name}</a>.</p></article></body></html>
"""


def speaker_redirects(index: SiteIndex, links: LinkBase) -> list[ExportFile]:
    """One redirect page per old speaker key of ``index.moved_speakers``."""
    pages = []
    for old, new in sorted(index.moved_speakers.items()):
        old_url = page_url(speaker_uri(old), links.use_directory_urls)
        new_url = page_url(speaker_uri(new), links.use_directory_urls)
        if links.use_directory_urls:
            src_uri, href = f"{old_url}index.html", f"../{new_url.split('/', 1)[1]}"
        else:
            src_uri, href = old_url, new_url.split("/", 1)[1]
        pages.append(ExportFile(src_uri, PAGE.format(
            name=escape(index.speakers[new].name), href=escape(href),
            canonical=escape(links.page(speaker_uri(new)) if links.site_url else href))))
    return pages
