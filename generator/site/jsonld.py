"""schema.org ClaimReview for reviewed claims (the markup fact-check search features read).

Only claims an editor has rated get a ClaimReview. Ratings follow the scale: ``ratingValue`` is
the verdict's number, ``bestRating``/``worstRating`` the extremes of the numbered verdicts, and
``alternateName`` the label readers see. Verdicts outside the numbered scale (e.g. unproven)
carry only ``alternateName``, as schema.org allows.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from generator.scale import UNREVIEWED, Verdict
from generator.site.index import ArticleEntry, ClaimEntry, SiteIndex
from generator.site.urls import absolute_url, article_uri, claim_uri, safe_url
from generator.speakers import named_body, unnamed_group
from generator.textfiles import with_name_suffixes

#: A headline's label for an opinion piece ("Opinion: ...", "Op-ed | ..."): its own claims
#: are its writer's, not the publisher's (an editorial, the paper's own voice, is not one).
_OPINION = re.compile(r"^\s*(?:opinion|op-?ed|comment|commentary|column|viewpoint)\s*[:|]\s",
                      re.IGNORECASE)
#: Between the names of a byline: "A, B and C", "A and B", "A; B".
_BYLINE_SEPARATOR = re.compile(r"\s*;\s*|\s*,\s*(?:and\s+)?|\s+and\s+")


@dataclass(frozen=True, slots=True)
class Publisher:
    """Who publishes the fact-checks (ClaimReview ``author``)."""

    name: str
    url: str | None = None


@dataclass(frozen=True, slots=True)
class LinkBase:
    """What absolute URLs are built from."""

    site_url: str | None
    use_directory_urls: bool = True

    def page(self, src_uri: str) -> str:
        """Absolute URL of a generated page."""
        return absolute_url(self.site_url, src_uri, self.use_directory_urls)


def is_reviewed(entry: ClaimEntry) -> bool:
    """True when an editor has given the claim a verdict."""
    return entry.verdict.name != UNREVIEWED.name


def rating(verdict: Verdict, scale: tuple[Verdict, ...]) -> dict:
    """Return the schema.org ``Rating`` of a verdict on ``scale``."""
    result: dict = {"@type": "Rating", "alternateName": verdict.label}
    numbers = [v.rating for v in scale if v.rating is not None]
    if verdict.rating is not None and numbers:
        result.update(ratingValue=verdict.rating, bestRating=max(numbers), worstRating=min(numbers))
    return result


def authors(byline: str | None) -> list[dict]:
    """One schema.org ``Person`` per name of a byline ("A, B and C"; "A; B" in older files);
    a suffix after a comma stays with its name ("John Smith, Jr.")."""
    if not byline:
        return []
    names = with_name_suffixes(_BYLINE_SEPARATOR.split(byline.strip()))
    return [{"@type": "Person", "name": name} for name in names]


def author_kind(speaker: str, registry_kind: str | None) -> str:
    """``Organization`` or ``Person``: the kind ``speakers.yaml`` gives, else ``Organization``
    for an unnamed group or body ("health board", "Officials": ``unnamed_group``), which no
    person's name is, and for a named body ("Harbour Board": ``named_body``); a name in a
    script without letter case stays a ``Person``."""
    if registry_kind is not None:
        return "Organization" if registry_kind in ("organization", "group") else "Person"
    return "Organization" if unnamed_group(speaker) or named_body(speaker) else "Person"


def appearance(article: ArticleEntry, links: LinkBase) -> dict:
    """Return the article as a schema.org ``CreativeWork`` (where the claim appeared)."""
    work: dict = {
        "@type": "CreativeWork",
        "url": safe_url(article.article.url) or links.page(article_uri(article.article.id)),
        "headline": article.article.title,
    }
    if article.article.language:
        work["inLanguage"] = article.article.language
    if article.article.published:
        work["datePublished"] = article.article.published.isoformat()
    people = authors(article.article.author)
    if people:
        work["author"] = people[0] if len(people) == 1 else people
    if article.article.publisher:
        work["publisher"] = {"@type": "Organization", "name": article.article.publisher}
    return work


def claim_review(
    entry: ClaimEntry, index: SiteIndex, publisher: Publisher, links: LinkBase
) -> dict | None:
    """Return the ClaimReview of a claim, or None when it is not reviewed.

    Args:
        entry: The claim (all its appearances).
        index: The site index (articles, scale).
        publisher: The fact-checking organisation.
        links: How to build absolute URLs.
    """
    if not is_reviewed(entry):
        return None
    first_article = index.articles[entry.article_id]
    appearances = [appearance(index.articles[a], links) for a in entry.article_ids]
    item: dict = {"@type": "Claim"}
    author = _claim_author(entry, first_article, index)
    if author is not None:
        item["author"] = author
    item.update(appearance=appearances, firstAppearance=appearances[0])
    if first_article.article.published:
        item["datePublished"] = first_article.article.published.isoformat()
    review: dict = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": links.page(claim_uri(entry.id)),
        "claimReviewed": entry.claim.text,
        "author": _organisation(publisher),
        "reviewRating": rating(entry.verdict, index.scale),
        "itemReviewed": item,
    }
    if entry.review.reviewed:
        review["datePublished"] = entry.review.reviewed.isoformat()
    modified = max((c.date for c in entry.corrections), default=None)
    if modified and (entry.review.reviewed is None or modified > entry.review.reviewed):
        review["dateModified"] = modified.isoformat()  # a correction after the review
    return review


def _claim_author(entry: ClaimEntry, article: ArticleEntry, index: SiteIndex) -> dict | list | None:
    """Who made the claim: the speaker; when the article itself asserts it, the outlet, else
    the people of its byline (first the byline for an opinion piece: ``_OPINION``); None
    when the article names neither (not its headline)."""
    if entry.speaker:
        author = {"@type": author_kind(entry.speaker, entry.speaker_kind), "name": entry.speaker}
        speaker = index.speakers.get(entry.speaker_key or "")
        if speaker is not None and safe_url(speaker.url):
            author["sameAs"] = safe_url(speaker.url)  # the registry's link identifies them
        return author
    people = authors(article.article.author)
    if people and _OPINION.match(article.article.title):
        return people[0] if len(people) == 1 else people
    if article.article.publisher:
        return {"@type": "Organization", "name": article.article.publisher}
    return (people[0] if len(people) == 1 else people) or None


def _organisation(publisher: Publisher) -> dict:
    org: dict = {"@type": "Organization", "name": publisher.name}
    if publisher.url:
        org["url"] = publisher.url
    return org


def claim_review_feed(index: SiteIndex, publisher: Publisher, links: LinkBase) -> dict:
    """Return every ClaimReview of the site as a schema.org ``DataFeed``."""
    reviews = [claim_review(e, index, publisher, links) for e in index.claims.values()]
    return {
        "@context": "https://schema.org",
        "@type": "DataFeed",
        "name": f"{publisher.name} fact-checks",
        "dataFeedElement": [r for r in reviews if r is not None],
    }


def script_json(data: dict) -> str:
    """Serialise JSON for an inline ``<script>``: ``<``, ``>`` and ``&`` are escaped so text
    from an article or a YAML file can never close the script element."""
    text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
