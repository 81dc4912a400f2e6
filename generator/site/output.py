"""Write the generated pages and exports to a folder, without MkDocs.

The pages are plain Markdown with front matter, so another static site generator (or a
reviewer reading a diff) can use them as they are. This is what ``factcheck render --out DIR``
is for; the MkDocs plugin hands the same pages to MkDocs in memory instead.
"""

from __future__ import annotations

from pathlib import Path

from generator.scale import Verdict
from generator.site.exports import render_exports
from generator.site.index import build_index
from generator.site.jsonld import LinkBase, Publisher
from generator.site.load import load_claim_files
from generator.site.render import RenderOptions, make_env, render_pages
from generator.site.speakers import SpeakerNames


def write_site_sources(
    claims_dir: Path,
    out_dir: Path,
    scale: tuple[Verdict, ...],
    publisher: Publisher,
    site_url: str | None = None,
) -> list[Path]:
    """Render every page and export of ``claims_dir`` into ``out_dir``.

    Args:
        claims_dir: The claims folder.
        out_dir: Where to write (``claims/<id>.md``, ``timeline.md``, ``claims.json`` ...).
        scale: The rating scale (see ``generator.scale.load_scale``).
        publisher: The fact-checking organisation for ClaimReview.
        site_url: Base of absolute URLs in JSON-LD and exports.

    Returns:
        The written paths, pages first.

    Raises:
        SiteDataError: The claim files are invalid (every problem listed).
    """
    index = build_index(
        load_claim_files(claims_dir, scale), scale, SpeakerNames.from_claims_dir(claims_dir)
    )
    links = LinkBase(site_url)
    options = RenderOptions(publisher=publisher, links=links, docs_dir=out_dir)
    outputs = [(p.src_uri, p.markdown) for p in render_pages(index, make_env(), options)]
    outputs += [(e.src_uri, e.content) for e in render_exports(index, publisher, links)]
    written = []
    for src_uri, content in outputs:
        path = out_dir / src_uri
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        written.append(path)
    return written
