"""Extraction: one spaCy ``Doc`` in, an ``Extraction`` of small hits out.

Each extractor lives in its own module and is a plain function of the ``Doc``:

- ``temporal.iter_timexes``  dates, times, durations and sets, resolved against ``published``
- ``quotes.iter_quotes``     direct quotes and reported speech with their speakers
- ``checkworthy.score_doc``    per-sentence check-worthiness (a small spaCy text classifier)
- ``claims.iter_claims``     quotes, reported speech and check-worthy statements as claims
- ``events.iter_events``     dated statements as events

``extract_doc`` runs them in that order; later stages read what earlier ones found.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from itertools import accumulate

from generator.extract.doctext import doc_text
from generator.extract.hits import Extraction, Timex

Span = tuple[int, int]
Anchor = tuple[int, dt.date]

__all__ = ["Extraction", "extract_doc", "find_timexes", "outside"]


def outside(spans: Sequence[Span], start: int, end: int) -> bool:
    """True when ``[start, end)`` overlaps none of ``spans``."""
    return all(end <= s or start >= e for s, e in spans)


class SpanSet:
    """``spans`` for many :func:`outside` questions, each answered by ``bisect`` rather than a
    look at every span (every sentence of a long article against all its quotes)."""

    def __init__(self, spans: Iterable[Span]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))  # furthest end so far

    def outside(self, start: int, end: int) -> bool:
        """``outside(spans, start, end)``: no span starts before ``end`` and ends after
        ``start``."""
        before = bisect_left(self.starts, end)  # the spans that start before ``end``
        return before == 0 or self.reach[before - 1] <= start


def find_timexes(doc, published: dt.date | None, boilerplate: Sequence[Span],
                 anchors: Sequence[Anchor] = ()) -> list[Timex]:
    """The document's temporal expressions, leaving out those in boilerplate (a copyright
    line's year is not a date the article talks about).

    ``anchors`` (a live blog's entries: where each starts and the day it was posted) give
    the text after each its own day to resolve against; the text before the first keeps
    ``published``. The tagger scans the document once, whatever the number of days.
    """
    from generator.extract import temporal

    timexes = temporal.iter_timexes(doc, published, anchors)
    return sorted((t for t in timexes if outside(boilerplate, t.start, t.end)),
                  key=lambda t: t.start)


def extract_doc(
    doc, published: dt.date | None, boilerplate: Sequence[Span] | None = None,
    anchors: Sequence[Anchor] = (),
) -> Extraction:
    """Run every extractor over ``doc``.

    Args:
        doc: a parsed spaCy ``Doc`` of the article text.
        published: the article's publication date; ``None`` leaves relative dates unresolved.
        boilerplate: spans (photo credits, copyright lines, ...) that yield neither dates nor
            claims; found with ``generator.ingest.find_boilerplate`` when not given.
        anchors: ``(offset, day)`` where each entry of a live blog starts and the day it was
            posted; its relative dates resolve against that day (``find_timexes``).
    """
    from generator.extract import checkworthy, claims, events, quotes
    from generator.extract.quotes.captions import quote_fence

    if boilerplate is None:
        from generator.ingest import find_boilerplate

        boilerplate = find_boilerplate(doc_text(doc))
    boilerplate = list(boilerplate)
    timexes = find_timexes(doc, published, boilerplate, anchors)
    fence = quote_fence(doc_text(doc), boilerplate)  # a caption's speech is kept
    found_quotes = [q for q in quotes.iter_quotes(doc) if outside(fence, q.start, q.end)]
    scores = checkworthy.score_doc(doc)
    sentences = claims.iter_sentences(doc, scores, boilerplate)
    found_claims = claims.iter_claims(
        doc, found_quotes, timexes, scores, boilerplate, published=published
    )
    found_events = events.iter_events(doc, timexes, found_claims, published, anchors)
    return Extraction(
        text=doc_text(doc),
        published=published,
        anchors=tuple(anchors),
        sentences=list(sentences),
        timexes=timexes,
        quotes=found_quotes,
        claims=list(found_claims),
        events=list(found_events),
    )
