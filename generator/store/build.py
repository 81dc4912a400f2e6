"""Fresh machine data for a claim file, from an ``Extraction``.

``build_claim_file`` is pure: plain dicts and lists in the key order the file will show,
nothing read from or written to disk. ``write_claim_file`` then creates the file or merges this
data into the edited one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from generator.extract.hits import Claim, Event, Extraction, Timex
from generator.ids import article_id, claim_id, event_id, unique_ids

__all__ = ["ARTICLE_KEYS", "build_claim_file", "date_mention"]

#: Keys of the ``article`` mapping the machine fills, in file order (``notes`` is the editor's).
ARTICLE_KEYS = ("id", "title", "source", "url", "author", "publisher", "dateline", "published")

#: Decimals kept of a check-worthiness score: enough to rank, few enough to read.
SCORE_DECIMALS = 3


def build_claim_file(
    article: Mapping[str, Any],
    extraction: Extraction,
    tenses: Mapping[int, str] | None = None,
) -> dict[str, Any]:
    """Turn an extraction into the machine-owned content of ``claims/<article-id>.yaml``.

    Args:
        article: The ``article`` header (id, title, source, url, author, publisher,
            dateline, published). A missing ``id`` is derived from the title or source.
        extraction: What the extractors found in the article text.
        tenses: Optional tense per timex, keyed by the timex's start offset; used when the
            ``Timex`` itself carries none.

    Returns:
        ``{"article": ..., "claims": [...], "events": [...], "text": ...}`` with plain values
        (``datetime.date`` for dates) in the order they are written.
    """
    header = _article_header(article, extraction.published)
    ids = unique_ids(claim_id(header["id"], c.text) for c in extraction.claims)
    claims = [
        _claim(c, cid, extraction, tenses or {}) for c, cid in zip(extraction.claims, ids)
    ]
    ids_by_start = {c.start: cid for c, cid in zip(extraction.claims, ids)}
    events = _events(header["id"], extraction, ids_by_start, tenses or {})
    return {"article": header, "claims": claims, "events": events, "text": extraction.text}


def _article_header(article: Mapping[str, Any], published: dt.date | None) -> dict[str, Any]:
    """The article mapping in file order, with an id and the date the dates resolve against."""
    header = {key: article.get(key) for key in ARTICLE_KEYS}
    header["id"] = header["id"] or article_id(header["title"] or header["source"] or "")
    if header["published"] is None:
        header["published"] = published
    if isinstance(header["published"], str):
        header["published"] = dt.date.fromisoformat(header["published"])
    extra = {k: v for k, v in article.items() if k not in header}
    return {**header, **extra}  # unknown keys are kept so that validation reports them


def date_mention(
    timex: Timex, anchor: dt.date | None, tenses: Mapping[int, str] | None = None
) -> dict[str, Any]:
    """A ``DateMention`` mapping for one timex.

    Args:
        timex: The temporal expression.
        anchor: The date it was resolved against (None: unresolved): the publication date,
            or a live blog entry's day.
        tenses: Fallback tense per timex start offset.

    Returns:
        Mapping with text, type, value, mod, start, end, granularity, approximate, tense,
        anchor.
    """
    span = timex.range
    tense = getattr(timex, "tense", None) or (tenses or {}).get(timex.start)
    return {
        "text": timex.text,
        "type": timex.type,
        "value": timex.value,
        "mod": timex.mod,
        "start": span.start if span else None,
        "end": span.end if span else None,
        "granularity": span.granularity if span else None,
        "approximate": bool(span.approximate) if span else False,
        "tense": tense,
        "anchor": anchor,
    }


def _claim(
    claim: Claim, cid: str, extraction: Extraction, tenses: Mapping[int, str]
) -> dict[str, Any]:
    """One claim mapping: machine fields first, then a fresh review for the editor."""
    return {
        "id": cid,
        "text": claim.text,
        "kind": claim.kind,
        "speaker": claim.speaker,
        "speaker_role": claim.speaker_role,
        "cue": claim.cue,
        "sentence": extraction.text[claim.sentence_start : claim.sentence_end],
        "span": [claim.start, claim.end],
        "checkworthiness": round(float(claim.checkworthiness), SCORE_DECIMALS),
        "dates": [date_mention(t, extraction.anchor_at(t.start), tenses) for t in claim.timexes],
        "review": {"verdict": "unreviewed"},
    }


def _events(
    article: str, extraction: Extraction, ids_by_start: Mapping[int, str],
    tenses: Mapping[int, str],
) -> list[dict[str, Any]]:
    """Event mappings with unique ids and the ids of the claims they come from."""
    ids = unique_ids(event_id(article, e.what, e.when.value) for e in extraction.events)
    return [_event(e, eid, extraction, ids_by_start, tenses)
            for e, eid in zip(extraction.events, ids)]


def _event(
    event: Event, eid: str, extraction: Extraction, ids_by_start: Mapping[int, str],
    tenses: Mapping[int, str],
) -> dict[str, Any]:
    """One event mapping; claim offsets become claim ids (unknown offsets are dropped)."""
    claims = [ids_by_start[s] for s in event.claim_starts if s in ids_by_start]
    return {
        "id": eid,
        "what": event.what,
        "when": date_mention(event.when, extraction.anchor_at(event.when.start), tenses),
        "status": event.status,
        "participants": list(event.participants),
        "claims": list(dict.fromkeys(claims)),
    }
