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
from collections.abc import Sequence

from generator.extract.doctext import doc_text
from generator.extract.hits import Extraction, Timex

Span = tuple[int, int]
Anchor = tuple[int, dt.date]

__all__ = ["Extraction", "extract_doc", "find_timexes", "outside"]


def outside(spans: Sequence[Span], start: int, end: int) -> bool:
    """True when ``[start, end)`` overlaps none of ``spans``."""
    return all(end <= s or start >= e for s, e in spans)


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
