"""A headline under a masthead: a newsletter's or magazine's title lines above it.

"THE BRANCH LINE / Newsletter of the ... Society / Issue 87 · Spring 2024 / SHOW REPORT /
‘Look at it now’: a record crowd for the ... Show / By Keith Armitage, Newsletter Editor":
the story's headline is the line right above the byline, not the first line of the text;
the lines above it are short labels with no sentence in them (a masthead, an issue line, a
section rubric). A quote opening that headline with no speaker of its own is the body
voice whose words it repeats, as a first-line headline's is (round 106).
"""

from __future__ import annotations

import re

from generator.extract.quotes.marks import iter_paragraphs

#: "By Keith Armitage, Newsletter Editor": a byline line; also with the piece's kind before
#: "by" ("Show report by Pat Lee, Newsletter Editor", "Words by ...", round 108).
_BYLINE = re.compile(r"\s*(?:By|(?:[A-Z][a-z]+ )?(?:[Rr]eport|[Ww]ords|[Ss]tory|[Tt]ext)"
                     r" by) [A-Z][^\n.]*$")
#: Longest byline, and longest label line above a headline, in words.
_BYLINE_WORDS = 12
_LABEL_WORDS = 10
#: Most label lines a masthead and rubric take.
_MAX_LABELS = 6


def headline_under_masthead(text: str, paragraph: int) -> bool:
    """Whether line ``paragraph`` (0-based, as :func:`.marks.iter_paragraphs` counts) is a
    headline under label lines: the next line a byline, every line above a short label."""
    if not 0 < paragraph <= _MAX_LABELS:
        return False
    lines = iter_paragraphs(text)
    if paragraph + 1 >= len(lines):
        return False
    byline = text[slice(*lines[paragraph + 1])]
    if _BYLINE.match(byline) is None or len(byline.split()) > _BYLINE_WORDS:
        return False
    return all(_label(text[slice(*line)]) for line in lines[:paragraph])


def _label(line: str) -> bool:
    """A short line with no sentence end and no quotation mark."""
    words = line.split()
    return 0 < len(words) <= _LABEL_WORDS and not re.search(r"[.!?:;]\s*$|[\"“”‘’']\W", line)
