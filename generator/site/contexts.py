"""Template contexts: one small dataclass per page kind.

Each field's ``help`` metadata documents it; ``tests/site/test_contract.py`` checks that every
template only uses the fields of its context and documents them in its header comment. The
fields are passed to the template as top-level variables.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from generator import models
from generator.scale import Verdict
from generator.site.dates import ShownDate
from generator.site.highlight import Piece
from generator.site.index import ArticleEntry, ClaimEntry, SiteIndex, SpeakerEntry, TimelineItem


def _f(help_text: str, **kwargs):
    """A dataclass field with its documentation in ``metadata['help']``."""
    return field(metadata={"help": help_text}, **kwargs)


@dataclass(frozen=True, slots=True)
class PageContext:
    """Fields every page and snippet has."""

    src_uri: str = _f("source path of the page being rendered; links are relative to it")
    index: SiteIndex = _f("the whole site index (articles, claims, speakers, scale)")


@dataclass(frozen=True, slots=True)
class ClaimPageContext(PageContext):
    """``claim.md.jinja``: one page per claim (repeats share it)."""

    entry: ClaimEntry = _f("the claim, its shared review and every appearance")
    dates: list[tuple[models.DateMention, ShownDate]] = _f("dates the claim mentions, shown")
    jsonld: str | None = _f("ClaimReview JSON, safe inside <script>; None when unreviewed")
    edit_url: str | None = _f("link to the YAML file holding the review, None without repo_url")


@dataclass(frozen=True, slots=True)
class ArticlePageContext(PageContext):
    """``article.md.jinja``: an article with its claims highlighted."""

    entry: ArticleEntry = _f("the article")
    paragraphs: list[list[tuple[Piece, ClaimEntry | None]]] = _f(
        "the text as paragraphs of (piece, claim page of a highlighted piece or None)"
    )
    claims: list[ClaimEntry] = _f("claim pages of the article's claims, in text order")
    anchors: dict[str, list[str]] = _f(
        "claim page id -> ids of its claims in this article that no highlighted piece carries "
        "(added by hand, overlapping): their anchors go on the claim list"
    )
    speakers: list[SpeakerEntry] = _f("speakers quoted in the article")
    timeline: list[TimelineItem] = _f("the article's dated events, in date order")
    undated: list[TimelineItem] = _f("the article's events without a resolved date")
    edit_url: str | None = _f("link to the article's YAML file, None without repo_url")


@dataclass(frozen=True, slots=True)
class SpeakerPageContext(PageContext):
    """``speaker.md.jinja``: every claim by one speaker."""

    speaker: SpeakerEntry = _f("the speaker, their claims and verdict counts")


@dataclass(frozen=True, slots=True)
class TimelinePageContext(PageContext):
    """``timeline.md.jinja``: all dated events across articles."""

    timeline: list[TimelineItem] = _f("dated events in date order")
    undated: list[TimelineItem] = _f("events without a resolved date")


@dataclass(frozen=True, slots=True)
class ListPageContext(PageContext):
    """``index/*.md.jinja``: the claims, articles and speakers indexes."""

    title: str = _f("page title")


@dataclass(frozen=True, slots=True)
class HomeContext(PageContext):
    """``snippets/home.md.jinja``: the generated part of the home page."""

    latest: list[ClaimEntry] = _f("most recently reviewed claims, newest first")
    verdict_counts: list[tuple[Verdict, int]] = _f("claims per verdict, in scale order")
    articles: list[ArticleEntry] = _f("the newest articles, at most ten, newest first")


@dataclass(frozen=True, slots=True)
class CorrectionsContext(PageContext):
    """``snippets/corrections-log.md.jinja``: every correction, newest first."""

    corrections: list[tuple[models.Correction, ClaimEntry]] = _f("correction and its claim")


def context_fields(cls: type) -> dict[str, str]:
    """Return ``{field name: help}`` of a context class."""
    return {f.name: f.metadata.get("help", "") for f in fields(cls)}


def as_variables(context: PageContext) -> dict:
    """Return the context's fields as template variables (shallow: values stay objects)."""
    return {f.name: getattr(context, f.name) for f in fields(context)}
