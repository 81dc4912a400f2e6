"""Subheadings that quote the body: "'We are already stretched'" above a nurse's "“We are
already stretched. On a bad night ...,” she said.", "'Illegal' stoppage" above a ministry
that "said ... the stoppage was "illegal"". A subheading has no cue of its own; its words in
marks are speech when a quote in the paragraphs right after it holds them, and they are
that quote's speaker's (rounds 90 and 91); otherwise they are the writer's label and no
quote. Which paragraphs are subheadings is :func:`.marks.is_subheading`."""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.extract.quotes.cues import RawQuote
from generator.extract.quotes.marks import MarkedSpan
from generator.extract.quotes.mention_types import Speaker

#: How many paragraphs after the subheading the quote repeating it may come.
SUBHEADING_REACH = 3
RULE = "direct-subheading-repeat"


_WORD = re.compile(r"\w+")


def _words(content: str) -> str:
    return f" {' '.join(_WORD.findall(content.casefold()))} "


def repeated_subheading_quotes(text: str, subheads: list[tuple[MarkedSpan, int]],
                               body: list[tuple[int, int, str]],
                               paragraphs: list[tuple[int, int]]) -> Iterator[RawQuote]:
    """The subheading spans (with their paragraph index) whose words one of the ``body``
    quotes ((start, end, folded words) of each direct quote found) after them holds."""
    for span, par in subheads:
        reach = paragraphs[min(par + SUBHEADING_REACH, len(paragraphs) - 1)][1]
        words = _words(text[span.start : span.end])
        if words.strip() and any(span.end < start < reach and words in held
                                 for start, _, held in body):
            line_start, line_end = paragraphs[par]
            yield RawQuote(span.start, span.end, "direct", None, None, line_start, line_end,
                           RULE, paragraph=par)


def body_words(text: str, start: int, end: int) -> tuple[int, int, str]:
    """(start, end, folded words) of a body quote, as :func:`repeated_subheading_quotes`
    reads it."""
    return start, end, _words(text[start:end])


def subheading_speaker(text: str, raw: RawQuote, speaker: Speaker,
                       resolved: list[tuple[RawQuote, Speaker]]) -> Speaker:
    """The speaker of the first direct quote after the subheading that holds its words."""
    if raw.rule != RULE:
        return speaker
    words = _words(text[raw.start : raw.end])
    found = next((s for other, s in resolved if other.kind == "direct" and other.rule != RULE
                  and other.start > raw.end and s.name
                  and words in _words(text[other.start : other.end])), None)
    return Speaker(found.name, None, found.role, found.kind) if found else speaker
