"""A subheading that is a quote alone (round 92).

"'We waited all night'" on a line of its own inside a BBC story, over "“We waited all
night and nobody came to see him,” said Tomas Brenn": house styles
head a section with the words of the quote it builds to, with no cue, as a headline does
('Plan "will rip heart out of villages"'). The line is that body quote's speaker's, not
the voice of the paragraph before it, which a cue-less quote standing alone would take
(:mod:`.narration`). A subheading that adds words of the writer's ("'Illegal' stoppage")
is left alone; :func:`.marks.find_marked_spans` reads single marks on such lines as it
does a headline's.
"""

from __future__ import annotations

import re

from generator.extract.quotes.cues import RawQuote
from generator.extract.quotes.resolve import Speaker

#: Marks that end a sentence inside the quote: a subheading has none.
_SENTENCE_END = (".", "!", "?", "…", ",")


def subheading_speaker(text: str, raw: RawQuote, speaker: Speaker,
                       resolved: list[tuple[RawQuote, Speaker]]) -> Speaker:
    """For a cue-less direct quote alone on a body line with no sentence's end, the
    speaker of the first direct quote after it that holds its words in their order;
    ``speaker`` for any other quote, or when no quote after it does."""
    if raw.kind != "direct" or raw.cue is not None or raw.paragraph == 0 \
            or not _alone_on_line(text, raw):
        return speaker
    phrase = f" {' '.join(_words(text[raw.start : raw.end]))} "
    return next((Speaker(found.name, None, found.role, found.kind)
                 for other, found in resolved
                 if other.kind == "direct" and other.start > raw.end and found.name
                 and phrase in f" {' '.join(_words(text[other.start : other.end]))} "),
                speaker)


def _alone_on_line(text: str, raw: RawQuote) -> bool:
    """Whether the line holding the quote is its marks and words alone."""
    start = text.rfind("\n", 0, raw.start) + 1
    end = text.find("\n", raw.end)
    line = text[start : end if end >= 0 else len(text)].strip()
    content = text[raw.start : raw.end].strip()
    return bool(content) and not content.endswith(_SENTENCE_END) \
        and len(line) - len(content) <= 2 and content in line


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())
