"""Checks on one claim file that its pydantic model cannot express.

They run on the raw data (plain dicts from the YAML loader), not the model, so that they also
run when a type error elsewhere makes the model invalid: ``factcheck check`` reports every
problem at once. Each check yields ``(loc, message)``; the caller turns the loc into a line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from generator.ids import slugify
from generator.models import is_web_link
from generator.scale import UNREVIEWED, Verdict
from generator.textfiles import did_you_mean

Loc = tuple[str | int, ...]
Finding = tuple[Loc, str]

#: The shapes of a TIMEX3 value: a date or time with X placeholders (2024-03, 2024-W12,
#: 2024-SP, 197 for a decade, XXXX-WXX-7, 2024-03-17T14:30), a duration (P6M), a time (T14:30),
#: a reference (PRESENT_REF) or a fiscal year (FY2024).
_TIMEX_VALUE = re.compile(
    r"^(?:[A-Z]+_REF|FY[0-9X]{4}|[0-9X]{1,4}(?:-[0-9A-Z:.+]+)*|P[0-9A-Z.]+|T[0-9A-Z:.]+)$")
#: What ids are made of (``generator.ids.slugify``): they become URLs and anchors.
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CALENDAR_DAY = re.compile(r"^(\d{4})-(\d\d)(?:-(\d\d))?(?:$|T)")

__all__ = ["check_raw", "deleted_claim_refs", "iter_ids", "undated_reviews"]


def check_raw(data: Mapping[str, Any], path: Path, scale: tuple[Verdict, ...]) -> list[Finding]:
    """Every semantic problem in one file's raw data.

    Args:
        data: The file as plain data (a mapping).
        path: The file (its name must match ``article.id``).
        scale: The rating scale verdicts must come from.

    Returns:
        ``(loc, message)`` pairs.
    """
    claims = _mappings(data.get("claims"))
    events = _mappings(data.get("events"))
    return [
        *_check_article_id(data.get("article"), path),
        *_check_verdicts(claims, scale),
        *_check_source_urls(data.get("article"), claims),
        *_check_duplicate_ids("claims", claims),
        *_check_duplicate_ids("events", events),
        *_check_event_refs(events, {c.get("id") for _, c in claims} | _deleted_claims(data)),
        *_check_spans(claims, data.get("text")),
        *_check_date_ranges(claims, events),
    ]


def iter_ids(data: Mapping[str, Any]) -> Iterator[tuple[str, Loc, str]]:
    """``(kind, loc, id)`` of the article, every claim and every event (for site-wide checks)."""
    article = data.get("article")
    if isinstance(article, Mapping) and isinstance(article.get("id"), str):
        yield "article", ("article", "id"), article["id"]
    for name in ("claims", "events"):
        for i, item in _mappings(data.get(name)):
            if isinstance(item.get("id"), str):
                yield name[:-1], (name, i, "id"), item["id"]


def _mappings(items: object) -> list[tuple[int, Mapping[str, Any]]]:
    """(index, item) of the mappings in a list; anything else is the model's to report."""
    if not isinstance(items, list):
        return []
    return [(i, item) for i, item in enumerate(items) if isinstance(item, Mapping)]


def _check_article_id(article: object, path: Path) -> Iterator[Finding]:
    """Site URLs and "edit" links assume ``claims/<article.id>.yaml``."""
    if isinstance(article, Mapping) and isinstance(article.get("id"), str):
        if article["id"] != path.stem:
            yield ("article", "id"), (
                f"article id '{article['id']}' does not match the file name '{path.name}'; "
                f"rename the file to '{article['id']}{path.suffix}' or change the id"
            )


def _check_verdicts(claims: list, scale: tuple[Verdict, ...]) -> Iterator[Finding]:
    """Verdicts come from the scale; a rating other than 'unreviewed' needs evidence."""
    names = [v.name for v in scale]
    for i, claim in claims:
        review = claim.get("review")
        if not isinstance(review, Mapping):
            continue
        verdict = review.get("verdict", UNREVIEWED.name)
        if not isinstance(verdict, str):
            continue  # wrong type: the model reports it
        if verdict not in names:
            yield ("claims", i, "review", "verdict"), (
                f"unknown verdict '{verdict}'{did_you_mean(verdict, names)}; the rating scale "
                f"allows: {', '.join(names)} "
                "(configured in mkdocs.yml, plugin 'factcheck', option 'verdicts')"
            )
        elif verdict != UNREVIEWED.name and not review.get("sources"):
            yield ("claims", i, "review"), (
                f"verdict '{verdict}' has no sources: add at least one under review.sources "
                "(- url: https://..., title: ...) or set the verdict back to 'unreviewed'"
            )


def undated_reviews(data: Mapping[str, Any]) -> Iterator[Finding]:
    """Notes, not problems: each verdict without a ``reviewed`` day. Its ClaimReview is then
    published without ``datePublished`` (no date is made up for it: not the build's, not the
    article's), and fact-check search tools show the review undated."""
    for i, claim in _mappings(data.get("claims")):
        review = claim.get("review")
        if not isinstance(review, Mapping) or claim.get("hidden") is True:
            continue
        verdict = review.get("verdict", UNREVIEWED.name)
        if isinstance(verdict, str) and verdict != UNREVIEWED.name and not review.get("reviewed"):
            yield ("claims", i, "review"), (
                f"verdict '{verdict}' has no reviewed date, so its ClaimReview is published "
                "without datePublished; add reviewed: YYYY-MM-DD, the day the review was "
                "published")


def _deleted_claims(data: Mapping[str, Any]) -> set[str]:
    """Ids of the claims an editor deleted: the ``machine:`` block still records them (that is
    what keeps a rerun from bringing them back), the ``claims:`` list no longer has them."""
    machine = data.get("machine")
    recorded = machine.get("claims") if isinstance(machine, Mapping) else None
    present = {c.get("id") for _, c in _mappings(data.get("claims"))}
    return {i for i in recorded if isinstance(i, str) and i not in present} \
        if isinstance(recorded, Mapping) else set()


def deleted_claim_refs(data: Mapping[str, Any]) -> Iterator[Finding]:
    """Notes, not problems: an event that still lists a claim an editor deleted. The site
    leaves the reference out and the next ``factcheck extract`` removes it from the list."""
    deleted = _deleted_claims(data)
    for i, event in _mappings(data.get("events")):
        refs = event.get("claims")
        for j, ref in enumerate(refs if isinstance(refs, list) else []):
            if isinstance(ref, str) and ref in deleted:
                yield ("events", i, "claims", j), (
                    f"claim '{ref}' was deleted from this file; the site leaves it out of the "
                    "event and the next factcheck extract removes it from this list")


def _check_source_urls(article: object, claims: list) -> Iterator[Finding]:
    """The article's and each source's URL must be a link the site can publish, not
    'example.org/x' or 'javascript:'."""
    url = article.get("url") if isinstance(article, Mapping) else None
    if isinstance(url, str) and not is_web_link(url):
        yield ("article", "url"), _not_a_web_link(url)
    for i, claim in claims:
        review = claim.get("review")
        sources = review.get("sources") if isinstance(review, Mapping) else None
        for j, source in enumerate(sources if isinstance(sources, list) else []):
            url = source.get("url") if isinstance(source, Mapping) else None
            if isinstance(url, str) and not is_web_link(url):
                yield ("claims", i, "review", "sources", j, "url"), _not_a_web_link(url)


def _not_a_web_link(url: str) -> str:
    return (f"not a web link: {url!r}; write it in full, starting with https:// "
            "(or http://, mailto:)")


def _check_duplicate_ids(name: str, items: list) -> Iterator[Finding]:
    """Ids key the merge and the URLs: each must appear once per file, and be a slug (an
    editor's ``Tram Freeze Costs`` was published as ``claims/Tram-Freeze-Costs/``)."""
    first: dict[str, int] = {}
    for i, item in items:
        item_id = item.get("id")
        if not isinstance(item_id, str):
            continue
        if not _SLUG.match(item_id):
            yield (name, i, "id"), (
                f"id '{item_id}' is the page's address: use lower case letters, digits and "
                f"single dashes, such as '{slugify(item_id)}'")
        if item_id in first:
            yield (name, i, "id"), (
                f"duplicate id '{item_id}' (also {name}[{first[item_id]}]); ids must be unique"
            )
        else:
            first[item_id] = i


def _check_event_refs(events: list, claim_ids: set) -> Iterator[Finding]:
    """An event's ``claims`` must name claims of the same file."""
    for i, event in events:
        refs = event.get("claims")
        for j, ref in enumerate(refs if isinstance(refs, list) else []):
            if isinstance(ref, str) and ref not in claim_ids:
                yield ("events", i, "claims", j), (
                    f"event points to claim '{ref}', which is not in this file's claims; "
                    "remove it from the list (factcheck extract does so for a deleted claim)"
                )


def _check_spans(claims: list, text: object) -> Iterator[Finding]:
    """``span`` is ``[start, end]`` inside the article text (for a claim marked ``missing``,
    the text it was found in, which a corrected article may have shortened since)."""
    length = len(text) if isinstance(text, str) else None
    for i, claim in claims:
        span = claim.get("span")
        bound = None if claim.get("missing") is True else length
        if not isinstance(span, list) or not span:
            continue
        if len(span) != 2 or not all(isinstance(x, int) and not isinstance(x, bool) for x in span):
            yield ("claims", i, "span"), "span must be two whole numbers: [start, end]"
        elif not 0 <= span[0] <= span[1] or (bound is not None and span[1] > bound):
            limit = f" and end <= {length} (length of text)" if bound is not None else ""
            yield ("claims", i, "span"), (
                f"span {span} is out of range: need 0 <= start <= end{limit}")


def _check_date_ranges(claims: list, events: list) -> Iterator[Finding]:
    """A date mention's range must not end before it starts (ISO strings compare as dates)."""
    mentions: list[tuple[Loc, object]] = []
    for i, claim in claims:
        dates = claim.get("dates")
        for k, mention in enumerate(dates if isinstance(dates, list) else []):
            mentions.append((("claims", i, "dates", k), mention))
    mentions += [(("events", i, "when"), event.get("when")) for i, event in events]
    for loc, mention in mentions:
        if not isinstance(mention, Mapping):
            continue
        start, end = mention.get("start"), mention.get("end")
        if isinstance(start, str) and isinstance(end, str) and start > end:
            yield (*loc, "end"), f"end {end} is before start {start}"
        value = mention.get("value")
        if isinstance(value, str) and not _timex_value(value):
            yield (*loc, "value"), (
                f"not a TIMEX3 value: {value!r}; write a day 2024-03-17, a month 2024-03, a week "
                "2024-W12, a year 2024 (see docs/schema.md, DateMention)")


def _timex_value(value: str) -> bool:
    """True when ``value`` has a TIMEX3 value's shape and names a day or month that exists."""
    if not _TIMEX_VALUE.match(value):
        return False
    day = _CALENDAR_DAY.match(value)
    try:
        if day:
            dt.date(int(day[1]), int(day[2]), int(day[3] or 1))
    except ValueError:
        return False
    return True
