"""MkDocs adapter: turns the claim files into generated pages (``File.generated``).

All the work is in ``generator.site`` (pure functions, no MkDocs); this module only translates
MkDocs events: read the claims when the config is loaded, add the pages, exports and assets to
the files, fill ``<!-- factcheck:NAME -->`` markers in hand-written pages, and watch ``claims/``.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from generator import site
from generator.scale import ScaleError, scale_from_config
from generator.site import page_language, search_folding, sharing
from generator.speakers import SpeakerRegistryError

log = logging.getLogger("mkdocs.plugins.factcheck")

#: Markdown extensions the generated pages rely on (links with attributes, markdown in HTML
#: blocks, tables, admonitions); added when the site's mkdocs.yml does not list them.
REQUIRED_EXTENSIONS = ("attr_list", "md_in_html", "tables", "admonition", "toc")
#: Assets served from the site itself (no CDN: the site makes no request to another host).
ASSETS = ("factcheck.css", "factcheck.js")
ASSETS_DIR = "assets/factcheck"
#: The attribute by which Material's script finds the repository link and fetches its facts.
_SOURCE_FACTS = re.compile(r'(?<=class="md-source") data-md-component="source"')
#: A marker stands alone on its line, so the docs can show one in `code` without expanding it.
#: An article's or a claim's own page (not their indexes): Open Graph type ``article``.
_ONE_ITEM = re.compile(r"^(?:articles|claims)/(?!index\.md$)[^/]+\.md$")
_MARKER = re.compile(r"^[ \t]*<!--\s*factcheck:([a-z-]+)\s*-->[ \t]*$", re.MULTILINE)


class FactcheckConfig(base.Config):
    """Options of the ``factcheck`` plugin in ``mkdocs.yml``."""

    claims_dir = c.Dir(exists=True, default="claims")
    """Folder of the claim files (``<article-id>.yaml``, ``speakers.yaml``)."""
    templates_dir = c.Optional(c.Dir(exists=True))
    """Folder of templates overriding the packaged ones (same file names)."""
    verdicts = c.Type(list, default=[])
    """The rating scale (name, label, color, rating, description); empty = default scale."""
    publisher = c.Type(str, default="")
    """Name of the fact-checking organisation in ClaimReview (default: site_name)."""
    publisher_url = c.Optional(c.Type(str))
    """Its home page (default: site_url)."""


class FactcheckPlugin(BasePlugin[FactcheckConfig]):
    """Generate claim, article, speaker, timeline and index pages from ``claims/``."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Read and index the claim files; add the Markdown extensions and assets we need."""
        try:
            self._scale = scale_from_config(self.config.verdicts)
        except ScaleError as error:
            raise PluginError(f"factcheck: the rating scale (verdicts:) in "
                              f"{config.config_file_path} is not valid:\n{error}") from error
        claims_dir = Path(self.config.claims_dir)
        try:
            loaded = site.load_claim_files(claims_dir, self._scale)
            names = site.SpeakerNames.from_claims_dir(claims_dir)
        except (site.SiteDataError, SpeakerRegistryError) as error:
            raise PluginError(f"factcheck: cannot publish {claims_dir}:\n{error}") from error
        self._index = site.build_index(loaded, self._scale, names)
        self._env = site.make_env(
            Path(self.config.templates_dir) if self.config.templates_dir else None
        )
        for name in REQUIRED_EXTENSIONS:
            if name not in config.markdown_extensions:
                config.markdown_extensions.append(name)
        if not config.site_url and any(site.is_reviewed(c) for c in self._index.claims.values()):
            log.info("factcheck: site_url is not set in %s, so ClaimReview and claimreview.json "
                     "give each review a relative URL, which search engines ignore: set it to "
                     "the site's published address", Path(config.config_file_path or "").name
                     or "mkdocs.yml")
        config.extra_css.append(f"{ASSETS_DIR}/factcheck.css")
        config.extra_javascript.append(f"{ASSETS_DIR}/factcheck.js")
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        """Add the generated pages, the exports and the assets to the site's files."""
        options = self._render_options(config)
        for page in site.render_pages(self._index, self._env, options):
            # Set inclusion explicitly: build() only re-derives it for UNDEFINED files.
            inclusion = InclusionLevel.INCLUDED if page.in_nav else InclusionLevel.NOT_IN_NAV
            file = File.generated(config, page.src_uri, content=page.markdown, inclusion=inclusion)
            file.edit_uri = page.edit_uri
            _replace(files, file)
        for export in site.render_exports(self._index, options.publisher, options.links):
            _replace(files, File.generated(config, export.src_uri, content=export.content))
        assets = Path(__file__).parent / "assets"  # package data, next to this module
        for name in ASSETS:
            content = (assets / name).read_text(encoding="utf-8")
            _replace(files, File.generated(config, f"{ASSETS_DIR}/{name}", content=content))
        return files

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files):
        """Replace ``<!-- factcheck:NAME -->`` lines with the generated part NAME."""

        def fill(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in site.SNIPPETS:
                raise PluginError(
                    f"factcheck: {page.file.src_uri}: unknown marker <!-- factcheck:{name} --> "
                    f"(expected one of {', '.join(site.SNIPPETS)})"
                )
            return site.render_snippet(name, self._index, self._env, page.file.src_uri)

        return _MARKER.sub(fill, markdown)

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        """Keep the theme's repository link but stop its script from asking the host
        (api.github.com, a GitLab) for stars and forks on every page a reader opens; add the
        Open Graph and Twitter card tags a shared link is previewed with; mark the title of a
        non-English article's page with its language."""
        kind = "article" if _ONE_ITEM.match(page.file.src_uri) else "website"
        output = sharing.add_share_tags(_SOURCE_FACTS.sub("", output), config.site_name, kind)
        meta = page.meta or {}
        return page_language.mark_title_language(output, meta.get("words_lang"),
                                                 meta.get("title_chrome", ""))

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Add accent-folded words to the search index ("Sorensen" finds "Sørensen")."""
        search_folding.fold_search_index_file(
            Path(config.site_dir) / "search" / "search_index.json"
        )

    def on_serve(self, server, /, *, config: MkDocsConfig, builder):
        """Rebuild the preview when a claim file changes."""
        server.watch(self.config.claims_dir)
        return server

    def _render_options(self, config: MkDocsConfig) -> site.RenderOptions:
        publisher = site.Publisher(
            name=self.config.publisher or config.site_name,
            url=self.config.publisher_url or config.site_url,
        )
        edit_base = None
        if config.repo_url and config.edit_uri:
            edit_base = f"{config.repo_url.rstrip('/')}/{config.edit_uri.strip('/')}/"
        return site.RenderOptions(
            publisher=publisher,
            links=site.LinkBase(config.site_url, config.use_directory_urls),
            docs_dir=Path(config.docs_dir),
            edit_base=edit_base,
        )


def _replace(files: Files, file: File) -> None:
    """Add ``file``; a hand-written file with the same path is replaced, with a warning."""
    existing = files.get_file_from_path(file.src_uri)
    if existing is not None:
        log.warning("factcheck: generated %s replaces the file in docs/", file.src_uri)
        files.remove(existing)
    files.append(file)
