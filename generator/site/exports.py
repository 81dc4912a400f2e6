"""Machine-readable exports written next to the pages: ``claims.json`` and ``claimreview.json``
(and, from ``redirects``, the pages at renamed speakers' old URLs).

``claims.json`` holds every published claim (repeats merged, with all appearances), event,
article and review; editor-only fields (``notes``) and hidden items are left out. The format is
documented on the site's "Data" page; bump ``EXPORT_VERSION`` when a field changes meaning.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from generator import models
from generator.site.index import ArticleEntry, ClaimEntry, SiteIndex, TimelineItem
from generator.site.jsonld import LinkBase, Publisher, claim_review_feed
from generator.site.urls import article_uri, claim_uri, speaker_uri

EXPORT_VERSION = 1
CLAIMS_JSON = "claims.json"
CLAIMREVIEW_JSON = "claimreview.json"


@dataclass(frozen=True, slots=True)
class ExportFile:
    """A non-page file of the built site."""

    src_uri: str
    content: str


def _dump(model) -> dict:
    """A pydantic model as JSON-ready data without editor-only notes."""
    return model.model_dump(mode="json", exclude={"notes"})


def article_record(entry: ArticleEntry, links: LinkBase) -> dict:
    """Return an article without its text (the text is on its page)."""
    return {**_dump(entry.article), "page": links.page(article_uri(entry.article.id))}


def claim_record(entry: ClaimEntry, links: LinkBase) -> dict:
    """Return a claim with its shared review and every appearance."""
    first = entry.claim
    return {
        "id": entry.id,
        "page": links.page(claim_uri(entry.id)),
        "text": first.text,
        "kind": first.kind,
        "speaker": entry.speaker,
        "speaker_page": links.page(speaker_uri(entry.speaker_key)) if entry.speaker_key else None,
        "speaker_role": first.speaker_role,
        "verdict": entry.verdict.name,
        "verdict_label": entry.verdict.label,
        "review": _dump(entry.review),
        "corrections": [_dump(c) for c in entry.corrections],
        "appearances": [
            _appearance_record(a.article_id, a.claim, a.first) for a in entry.appearances
        ],
    }


def _appearance_record(article_id: str, claim: models.Claim, first: bool) -> dict:
    return {
        "article": article_id,
        "claim_id": claim.id,
        "first": first,
        "sentence": claim.sentence,
        "span": claim.span,
        "cue": claim.cue,
        "checkworthiness": claim.checkworthiness,
        "missing": claim.missing,
        "dates": [_dump(d) for d in claim.dates],
    }


def event_record(item: TimelineItem) -> dict:
    """Return an event with its article and the pages of its claims."""
    data = _dump(item.event)
    data.pop("hidden", None)
    return {**data, "article": item.article_id, "claim_pages": item.claim_ids}


def claims_export(index: SiteIndex, links: LinkBase) -> dict:
    """Return the content of ``claims.json``."""
    return {
        "version": EXPORT_VERSION,
        "scale": [
            {"name": v.name, "label": v.label, "rating": v.rating, "description": v.description}
            for v in index.scale
        ],
        "articles": [article_record(a, links) for a in index.articles.values()],
        "claims": [claim_record(c, links) for c in index.claims.values()],
        "events": [event_record(i) for i in [*index.timeline, *index.undated]],
    }


def render_exports(index: SiteIndex, publisher: Publisher, links: LinkBase) -> list[ExportFile]:
    """Return the export files of the site (deterministic: no build timestamp)."""
    from generator.site.redirects import speaker_redirects  # it builds on ExportFile

    return [
        ExportFile(CLAIMS_JSON, _to_json(claims_export(index, links))),
        ExportFile(CLAIMREVIEW_JSON, _to_json(claim_review_feed(index, publisher, links))),
        *speaker_redirects(index, links),
    ]


def _to_json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
