"""The site's view of all claim files: articles, claims, speakers and the timeline.

``build_index`` is a pure function from validated claim files to a ``SiteIndex``. Every page is
rendered from the index alone, so the renderer never reads files and tests can build an index
from objects.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from generator import models
from generator.scale import UNREVIEWED, Verdict
from generator.site.load import LoadedFile
from generator.site.repeats import group_repeats
from generator.site.speakers import SpeakerNames

log = logging.getLogger("mkdocs.plugins.factcheck")


@dataclass(slots=True)
class Appearance:
    """One place a claim appears: an article and the claim as that article's file holds it."""

    article_id: str
    claim: models.Claim
    first: bool


@dataclass(slots=True)
class ClaimEntry:
    """A published claim; repeated claims share one entry (and one page, one review)."""

    id: str
    """Id of the first appearance: the page URL."""
    claim: models.Claim
    """The first appearance."""
    article_id: str
    speaker: str | None
    """Canonical speaker name; None means the publication itself."""
    speaker_key: str | None
    """Key of the speaker's page; None for the publication and for an unnamed group."""
    speaker_kind: str | None
    """person, organization or group when ``speakers.yaml`` says so."""
    review: models.Review
    """The shared review (first reviewed appearance)."""
    review_article_id: str
    """Article whose file holds the shared review (where "edit this claim" points)."""
    verdict: Verdict
    appearances: list[Appearance]
    corrections: list[models.Correction]

    @property
    def article_ids(self) -> list[str]:
        """The articles it appears in, each once (an article may say it twice)."""
        return list(dict.fromkeys(a.article_id for a in self.appearances))


@dataclass(slots=True)
class ArticleEntry:
    """An article and its published claims and events."""

    article: models.Article
    path: Path
    text: str
    claims: list[models.Claim]
    """Visible claims in text order."""
    events: list[models.Event]
    canonical: dict[str, str] = field(default_factory=dict)
    """Claim id in this article -> id of the claim page."""
    speakers: list[str] = field(default_factory=list)
    """Speaker keys in order of first appearance."""


@dataclass(slots=True)
class SpeakerEntry:
    """A person or organisation and every claim they make across articles."""

    key: str
    name: str
    roles: list[str]
    """The role from ``speakers.yaml`` first, then the roles articles give."""
    url: str | None
    """Link about the speaker from ``speakers.yaml``."""
    claims: list[ClaimEntry]
    verdict_counts: list[tuple[Verdict, int]]


#: Granularities a timeline files under the month they start in (a week may straddle two).
_MONTH_OR_SHORTER = frozenset({"time", "day", "week", "month"})


@dataclass(slots=True)
class TimelineItem:
    """A dated event with the article and claims it comes from."""

    event: models.Event
    article_id: str
    claim_ids: list[str]
    """Ids of claim pages."""
    speakers: list[str]
    """Canonical names of the speakers of its claims and of its participants (for filtering),
    without the places of the article's dateline (which the parser may read into a clause)
    and without unnamed groups ("officials"), which are no one speaker and have no page."""
    also: list[TimelineItem] = field(default_factory=list)
    """The same event as other articles tell it, on the site's timeline
    (``generator.site.same_events``); empty on an article's own page."""

    @property
    def month(self) -> int:
        """Month the timeline files it under; 0 for a date longer than a month (a season, a
        quarter, a year), which no month heading describes."""
        when = self.event.when
        start, end = when.start, when.end or when.start
        if start is None or end is None:
            return 0
        within = (start.year, start.month) == (end.year, end.month)
        return start.month if within or when.granularity in _MONTH_OR_SHORTER else 0


@dataclass(slots=True)
class SiteIndex:
    """Everything the renderer needs, keyed for lookup."""

    scale: tuple[Verdict, ...]
    articles: dict[str, ArticleEntry]
    claims: dict[str, ClaimEntry]
    speakers: dict[str, SpeakerEntry]
    timeline: list[TimelineItem]
    """Resolved events in date order."""
    undated: list[TimelineItem]
    """Events whose date could not be resolved."""
    moved_speakers: dict[str, str] = field(default_factory=dict)
    """Old page key -> page key of a speaker renamed or merged in ``speakers.yaml`` (an alias
    whose key has no page of its own)."""


def build_index(
    files: list[LoadedFile], scale: tuple[Verdict, ...], names: SpeakerNames | None = None
) -> SiteIndex:
    """Build the site index from validated claim files.

    Args:
        files: Claim files (any order; articles are ordered newest first).
        scale: The rating scale.
        names: Speaker names and keys (``claims/speakers.yaml``); an empty registry if None.

    Returns:
        The index; hidden claims and events are left out, and so are missing events and
        missing claims nobody reviewed.
    """
    names = names or SpeakerNames()
    articles = {e.article.id: e for e in sorted(map(_article_entry, files), key=_article_order)}
    claims = _claim_entries(articles, scale, names)
    for entry in claims.values():
        for appearance in entry.appearances:
            articles[appearance.article_id].canonical[appearance.claim.id] = entry.id
    for article in articles.values():
        article.speakers = _unique(
            claims[article.canonical[c.id]].speaker_key for c in article.claims
        )
    timeline, undated = _timeline(articles, claims, names)
    speakers = _speakers(claims, scale, names)
    moved = {old: new for old, new in names.moved_keys().items()
             if new in speakers and old not in speakers}
    return SiteIndex(scale, articles, claims, speakers, timeline, undated, moved)


def _article_entry(loaded: LoadedFile) -> ArticleEntry:
    data = loaded.data
    return ArticleEntry(
        article=data.article,
        path=loaded.path,
        text=data.text,
        # A claim a rerun no longer finds keeps its page only when it was reviewed: an
        # unreviewed one is a proposal for words the article no longer has.
        claims=sorted((c for c in data.claims if not c.hidden and not (
            c.missing and c.review.verdict == UNREVIEWED.name)), key=_claim_position),
        # An event a rerun no longer finds (missing) was dated anew or dropped by the article:
        # its stale date stays in the file for the record, off the timelines.
        events=[e for e in data.events if not e.hidden and not e.missing],
    )


def _claim_position(claim: models.Claim) -> tuple[int, str]:
    return (claim.span[0] if claim.span else 1 << 30, claim.id)


def _article_order(entry: ArticleEntry) -> tuple[int, str]:
    """Newest first; articles with an unknown date last."""
    published = entry.article.published
    return (-published.toordinal() if published else 0, entry.article.id)


def _claim_entries(
    articles: dict[str, ArticleEntry], scale: tuple[Verdict, ...], names: SpeakerNames
) -> dict[str, ClaimEntry]:
    """Group repeated claims (oldest article first) and build one entry per group."""
    oldest_first = sorted(articles.values(), key=_first_appearance_order)
    items = [(a.article.id, c) for a in oldest_first for c in a.claims]
    groups = group_repeats(
        items, speaker_of=lambda it: names.key(it[1].speaker), text_of=lambda it: it[1].text
    )
    verdicts = {v.name: v for v in scale}
    entries = [_claim_entry(group, verdicts, names) for group in groups]
    return {e.id: e for e in entries}


def _first_appearance_order(entry: ArticleEntry) -> tuple[dt.date, str]:
    return (entry.article.published or dt.date.max, entry.article.id)


def _claim_entry(
    group: list[tuple[str, models.Claim]], verdicts: dict[str, Verdict], names: SpeakerNames
) -> ClaimEntry:
    article_id, first = group[0]
    reviewed = [(a, c) for a, c in group if c.review.verdict != UNREVIEWED.name]
    review_article, review_claim = reviewed[0] if reviewed else group[0]
    _warn_conflicting_reviews(first.id, reviewed)
    corrections = sorted((k for _, c in group for k in c.corrections), key=lambda k: k.date)
    return ClaimEntry(
        id=first.id,
        claim=first,
        article_id=article_id,
        speaker=names.canonical(first.speaker),
        speaker_key=names.page_key(first.speaker),
        speaker_kind=names.kind(first.speaker),
        review=review_claim.review,
        review_article_id=review_article,
        verdict=verdicts.get(review_claim.review.verdict, UNREVIEWED),
        appearances=[Appearance(a, c, i == 0) for i, (a, c) in enumerate(group)],
        corrections=corrections,
    )


def _warn_conflicting_reviews(claim_id: str, reviewed: list[tuple[str, models.Claim]]) -> None:
    """A repeated claim has one review: differing verdicts are an editing mistake."""
    verdicts = {c.review.verdict for _, c in reviewed}
    if len(verdicts) > 1:
        where = ", ".join(f"{a}: {c.id} = {c.review.verdict}" for a, c in reviewed)
        log.warning(
            "factcheck: repeated claim %s has different verdicts (%s); the first is published",
            claim_id,
            where,
        )


def _speakers(
    claims: dict[str, ClaimEntry], scale: tuple[Verdict, ...], names: SpeakerNames
) -> dict[str, SpeakerEntry]:
    """One entry per speaker key, claims in first-appearance order, names sorted."""
    grouped: dict[str, list[ClaimEntry]] = {}
    for entry in claims.values():
        if entry.speaker_key is not None:
            grouped.setdefault(entry.speaker_key, []).append(entry)
    speakers = [_speaker_entry(key, entries, scale, names) for key, entries in grouped.items()]
    return {s.key: s for s in sorted(speakers, key=lambda s: (s.name.casefold(), s.key))}


def _speaker_entry(
    key: str, entries: list[ClaimEntry], scale: tuple[Verdict, ...], names: SpeakerNames
) -> SpeakerEntry:
    counts = Counter(e.verdict.name for e in entries)
    name = entries[0].speaker or key
    roles = _distinct_roles(
        [names.role(name), *(a.claim.speaker_role for e in entries for a in e.appearances)]
    )
    return SpeakerEntry(
        key=key,
        name=name,
        roles=roles,
        url=names.url(name),
        claims=entries,
        verdict_counts=[(v, counts[v.name]) for v in scale if counts[v.name]],
    )


def _distinct_roles(roles: list[str | None]) -> list[str]:
    """Drop roles another kept role already contains ("Mayor" beside "Mayor of Vellmoor")."""
    kept: list[str] = []
    for role in _unique(roles):
        if not any(role.casefold() in other.casefold() for other in kept):
            kept = [k for k in kept if k.casefold() not in role.casefold()] + [role]
    return kept


def _timeline(
    articles: dict[str, ArticleEntry], claims: dict[str, ClaimEntry], names: SpeakerNames
) -> tuple[list[TimelineItem], list[TimelineItem]]:
    """Split events into resolved (sorted by date) and unresolved ones."""
    items = [
        _timeline_item(event, article, claims, names)
        for article in articles.values()
        for event in article.events
    ]
    dated = [i for i in items if i.event.when.start is not None]
    undated = [i for i in items if i.event.when.start is None]
    dated.sort(key=timeline_order)
    return dated, undated


def _timeline_item(
    event: models.Event, article: ArticleEntry, claims: dict[str, ClaimEntry], names: SpeakerNames
) -> TimelineItem:
    if any(c not in article.canonical for c in event.claims):  # hidden, or deleted by hand
        event = event.model_copy(update={"claims": [c for c in event.claims
                                                    if c in article.canonical]})
    claim_ids = _unique(article.canonical.get(c) for c in event.claims)
    dateline = {place.strip().casefold() for place in (article.article.dateline or "").split(",")}
    participants = [p for p in event.participants if p.strip().casefold() not in dateline]
    speakers = _unique(  # no unnamed group ("officials"): no one speaker, and no page
        name for name in [*(claims[c].speaker for c in claim_ids),
                          *map(names.canonical, participants)] if names.page_key(name)
    )
    return TimelineItem(event, article.article.id, claim_ids, speakers)


def timeline_order(item: TimelineItem) -> tuple[dt.date, dt.date, str, str]:
    """Sort key: start, then shorter ranges first (a day before its week), then ids."""
    when = item.event.when
    assert when.start is not None
    return (when.start, when.end or when.start, item.article_id, item.event.id)


def _unique(values) -> list:
    """Drop None and repeats, keeping the first-seen order."""
    seen: dict = {}
    for value in values:
        if value is not None and value not in seen:
            seen[value] = None
    return list(seen)
