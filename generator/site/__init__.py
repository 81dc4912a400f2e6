"""The static site: claim files -> ``SiteIndex`` -> Markdown pages and JSON exports.

Nothing here imports MkDocs or spaCy; ``generator.plugin`` adapts it to MkDocs.
"""

from generator.site.exports import ExportFile, render_exports
from generator.site.index import SiteIndex, build_index
from generator.site.jsonld import LinkBase, Publisher, claim_review, is_reviewed
from generator.site.load import SiteDataError, load_claim_files
from generator.site.output import write_site_sources
from generator.site.render import (
    SNIPPETS,
    RenderOptions,
    VirtualPage,
    make_env,
    render_pages,
    render_snippet,
)
from generator.site.speakers import SpeakerNames

__all__ = [
    "SNIPPETS",
    "ExportFile",
    "LinkBase",
    "Publisher",
    "RenderOptions",
    "SiteDataError",
    "SiteIndex",
    "SpeakerNames",
    "VirtualPage",
    "build_index",
    "claim_review",
    "is_reviewed",
    "load_claim_files",
    "make_env",
    "render_exports",
    "render_pages",
    "render_snippet",
    "write_site_sources",
]
