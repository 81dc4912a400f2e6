"""Render the site index into Markdown pages with Jinja2 templates (no MkDocs import).

``render_pages`` is the pure core of the site: index in, ``VirtualPage`` list out. The MkDocs
plugin hands the pages to MkDocs; the same pages could be written to disk for another engine.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import jinja2

from generator.site import contexts as ctx
from generator.site import markup, urls
from generator.site.dates import format_day, show_date
from generator.site.highlight import paragraphs
from generator.site.index import ClaimEntry, SiteIndex
from generator.site.jsonld import LinkBase, Publisher, claim_review, script_json
from generator.site.same_events import merged_timeline

#: How many reviews the home page lists.
LATEST_REVIEWS = 10
#: How many articles (the newest) the home page lists; the articles index has them all.
LATEST_ARTICLES = 10


@dataclass(frozen=True, slots=True)
class VirtualPage:
    """A generated Markdown page."""

    src_uri: str
    """Path under the docs folder ("claims/abc.md")."""
    markdown: str
    edit_uri: str | None = None
    """Path of the YAML source relative to the docs folder's edit root, or None."""
    in_nav: bool = False
    """True for section indexes; claim/article/speaker pages stay out of the navigation."""


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """Site settings the pages depend on."""

    publisher: Publisher
    links: LinkBase
    docs_dir: Path
    """The docs folder: edit links to claim files are relative to it."""
    edit_base: str | None = None
    """``repo_url`` + ``edit_uri`` (ending in "/"), or None when the site has no edit links."""


@jinja2.pass_context
def _link(context: jinja2.runtime.Context, target: str) -> str:
    """Filter: Markdown link from the page being rendered to ``target``."""
    return urls.relative_link(target, context["src_uri"])


def distinct_sources(sources: list) -> list:
    """The review's sources, each listed once (an editor may paste one twice); a source
    with a title and no url is a citation."""
    seen: set = set()
    kept = []
    for source in sources:
        key = ((source.title or "").strip(), (source.url or "").strip())
        if key not in seen:
            seen.add(key)
            kept.append(source)
    return kept


def article_pair(article_id: str, index: SiteIndex) -> list[str]:
    """``[id, shortened title]`` of an article, for the timeline filter's options."""
    return [article_id, markup.shorten(index.articles[article_id].article.title, 60)]


def make_env(templates_dir: Path | None = None) -> jinja2.Environment:
    """Create the Jinja environment: user templates first, then the packaged ones.

    Args:
        templates_dir: Optional folder whose templates override the packaged ones.
    """
    loaders: list[jinja2.BaseLoader] = [jinja2.PackageLoader("generator", "templates")]
    if templates_dir is not None:
        loaders.insert(0, jinja2.FileSystemLoader(str(templates_dir)))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,  # a typo in a template fails the build
        autoescape=False,  # output is Markdown: escaping is explicit, per filter
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.filters.update(
        md=markup.md_inline,
        md_block=markup.md_block,
        html=markup.html_text,
        attr=markup.html_attr,
        shorten=markup.shorten,
        link=_link,
        show_date=show_date,
        day=format_day,
        safe_url=urls.safe_url,
        distinct_sources=distinct_sources,
        article_pair=article_pair,
        css_color=markup.css_color,
        badge_text_color=markup.badge_text_color,
    )
    env.globals.update(
        front_matter=markup.front_matter,
        claim_uri=urls.claim_uri,
        article_uri=urls.article_uri,
        speaker_uri=urls.speaker_uri,
        claim_anchor=urls.claim_anchor,
        timeline_uri=urls.TIMELINE_URI,
        claims_index_uri=urls.CLAIMS_INDEX_URI,
        articles_index_uri=urls.ARTICLES_INDEX_URI,
        speakers_index_uri=urls.SPEAKERS_INDEX_URI,
    )
    return env


def render(env: jinja2.Environment, template: str, context: ctx.PageContext) -> str:
    """Render ``template`` with the fields of ``context`` as variables."""
    return env.get_template(template).render(ctx.as_variables(context))


def render_pages(
    index: SiteIndex, env: jinja2.Environment, options: RenderOptions
) -> list[VirtualPage]:
    """Render every generated page of the site.

    Returns:
        Claim, article and speaker pages, the timeline and the three section indexes.
    """
    pages = [claim_page(e, index, env, options) for e in index.claims.values()]
    pages += [article_page(a, index, env, options) for a in index.articles]
    pages += [speaker_page(k, index, env) for k in index.speakers]
    pages.append(timeline_page(index, env))
    pages += index_pages(index, env)
    return pages


def claim_page(entry: ClaimEntry, index: SiteIndex, env, options: RenderOptions) -> VirtualPage:
    """Render the page of one claim (shared by all its appearances)."""
    uri = urls.claim_uri(entry.id)
    review = claim_review(entry, index, options.publisher, options.links)
    yaml_edit = _edit_uri(index.articles[entry.review_article_id].path, options.docs_dir)
    context = ctx.ClaimPageContext(
        src_uri=uri,
        index=index,
        entry=entry,
        dates=[(d, show_date(d)) for d in entry.claim.dates],
        jsonld=script_json(review) if review else None,
        edit_url=_edit_url(options, yaml_edit),
    )
    return VirtualPage(uri, render(env, "claim.md.jinja", context), yaml_edit)


def article_page(article_id: str, index: SiteIndex, env, options: RenderOptions) -> VirtualPage:
    """Render an article page: metadata, highlighted text, claims, speakers, timeline."""
    entry = index.articles[article_id]
    uri = urls.article_uri(article_id)
    claim_ids = list(dict.fromkeys(entry.canonical[c.id] for c in entry.claims))
    yaml_edit = _edit_uri(entry.path, options.docs_dir)
    pieces = paragraphs(entry.text, entry.claims)
    marked = {p.claim_id for para in pieces for p in para if p.first}
    anchors: dict[str, list[str]] = {}
    for claim in entry.claims:  # a claim page links to each of these (claim.md.jinja)
        if not claim.missing and claim.id not in marked:
            anchors.setdefault(entry.canonical[claim.id], []).append(claim.id)
    context = ctx.ArticlePageContext(
        src_uri=uri,
        index=index,
        entry=entry,
        paragraphs=[
            [(p, index.claims[entry.canonical[p.claim_id]] if p.claim_id else None) for p in para]
            for para in pieces
        ],
        claims=[index.claims[i] for i in claim_ids],
        anchors=anchors,
        speakers=[index.speakers[k] for k in entry.speakers],
        timeline=[i for i in index.timeline if i.article_id == article_id],
        undated=[i for i in index.undated if i.article_id == article_id],
        edit_url=_edit_url(options, yaml_edit),
    )
    return VirtualPage(uri, render(env, "article.md.jinja", context), yaml_edit)


def speaker_page(key: str, index: SiteIndex, env) -> VirtualPage:
    """Render the page of one speaker."""
    uri = urls.speaker_uri(key)
    context = ctx.SpeakerPageContext(src_uri=uri, index=index, speaker=index.speakers[key])
    return VirtualPage(uri, render(env, "speaker.md.jinja", context))


def timeline_page(index: SiteIndex, env) -> VirtualPage:
    """Render the timeline across all articles."""
    context = ctx.TimelinePageContext(
        src_uri=urls.TIMELINE_URI, index=index, timeline=merged_timeline(index.timeline),
        undated=index.undated
    )
    return VirtualPage(urls.TIMELINE_URI, render(env, "timeline.md.jinja", context), in_nav=True)


def index_pages(index: SiteIndex, env) -> list[VirtualPage]:
    """Render the claims, articles and speakers indexes."""
    specs = [
        (urls.CLAIMS_INDEX_URI, "index/claims.md.jinja", "Claims"),
        (urls.ARTICLES_INDEX_URI, "index/articles.md.jinja", "Articles"),
        (urls.SPEAKERS_INDEX_URI, "index/speakers.md.jinja", "Speakers"),
    ]
    return [
        VirtualPage(uri, render(env, template, ctx.ListPageContext(uri, index, title)), in_nav=True)
        for uri, template, title in specs
    ]


#: Snippets that hand-written pages include with ``<!-- factcheck:NAME -->``.
SNIPPETS = ("home", "rating-scale", "corrections-log")


def render_snippet(name: str, index: SiteIndex, env, src_uri: str) -> str:
    """Render the generated part ``name`` for the hand-written page ``src_uri``.

    Raises:
        KeyError: When ``name`` is not one of ``SNIPPETS``.
    """
    template = f"snippets/{name}.md.jinja"
    if name == "home":
        context: ctx.PageContext = home_context(index, src_uri)
    elif name == "rating-scale":
        context = ctx.PageContext(src_uri, index)
    elif name == "corrections-log":
        context = corrections_context(index, src_uri)
    else:
        raise KeyError(
            f"unknown factcheck snippet {name!r} (expected one of {', '.join(SNIPPETS)})"
        )
    return render(env, template, context)


def home_context(index: SiteIndex, src_uri: str) -> ctx.HomeContext:
    """Latest reviews (newest review date first), claim counts per verdict, newest articles."""
    reviewed = [e for e in index.claims.values() if e.review.reviewed is not None]
    reviewed.sort(key=lambda e: (e.review.reviewed, e.id), reverse=True)
    counts = Counter(e.verdict.name for e in index.claims.values())
    return ctx.HomeContext(
        src_uri=src_uri,
        index=index,
        latest=reviewed[:LATEST_REVIEWS],
        articles=list(index.articles.values())[:LATEST_ARTICLES],
        verdict_counts=[(v, counts[v.name]) for v in index.scale if counts[v.name]],
    )


def corrections_context(index: SiteIndex, src_uri: str) -> ctx.CorrectionsContext:
    """Every correction of every claim, newest first."""
    items = [(c, e) for e in index.claims.values() for c in e.corrections]
    items.sort(key=lambda item: (item[0].date, item[1].id), reverse=True)
    return ctx.CorrectionsContext(src_uri=src_uri, index=index, corrections=items)


def _edit_uri(yaml_path: Path, docs_dir: Path) -> str:
    """Path of a claim file relative to the docs folder ("../claims/a.yaml")."""
    return Path(os.path.relpath(yaml_path.resolve(), docs_dir.resolve())).as_posix()


def _edit_url(options: RenderOptions, edit_uri: str) -> str | None:
    if not options.edit_base:
        return None
    # urljoin resolves "../claims/a.yaml" against ".../edit/main/docs/", as MkDocs does.
    return urls.safe_url(urljoin(options.edit_base, edit_uri))
