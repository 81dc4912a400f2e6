"""Subheadings that quote the story's speakers.

BBC-style copy breaks a story with a short subheading in single marks ('We will be back
stronger') while its body quotes in double marks, so the double-mark scan of
:mod:`.marks` never sees it. A subheading whose words a later body quote holds word for
word is that speaker's direct quote, as a headline repeating a body quote is (the set's
subheading convention, rounds 90 and 93); one that repeats no body quote is left alone
(it may be the writer's label).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.extract.quotes.cues import RawQuote
from generator.extract.quotes.marks import MarkedSpan, iter_paragraphs, top_of_story

#: A paragraph that is nothing but a short phrase in single marks: 'We are stretched'.
_SUBHEADING = re.compile(r"^[‘'](?P<words>[^\"“”«»]+)[’']$")
#: A single mark inside those words that is no apostrophe between letters ("It's").
_INNER_MARK = re.compile(r"(?<!\w)['‘’]|['‘’](?!\w)")
#: A subheading is a few words; a longer line in single marks is a quoted paragraph.
MAX_SUBHEADING_WORDS = 12


def subheading_spans(text: str, spans: list[MarkedSpan]) -> list[MarkedSpan]:
    """The single-marked subheadings below the top of the story that no found span
    covers."""
    _, top_end = top_of_story(text)
    found = []
    for start, end in iter_paragraphs(text):
        line = text[start:end].strip()
        match = _SUBHEADING.match(line)
        if start < top_end or match is None or not match.group("words").strip() \
                or _INNER_MARK.search(match.group("words")) \
                or len(line.split()) > MAX_SUBHEADING_WORDS or line[-2] in ".,;:":
            continue
        opened = start + text[start:end].index(line)
        closed = opened + len(line) - 1
        if any(s.open <= closed and opened <= (s.close or s.end) for s in spans):
            continue
        found.append(MarkedSpan(opened, closed, opened + 1, closed))
    return found


def repeated_subheadings(text: str, subheadings: list[MarkedSpan],
                         accepted: set[str]) -> Iterator[RawQuote]:
    """The subheadings whose folded words a body quote (``accepted``, folded words of
    each) holds as one phrase; their speaker comes from that quote
    (:func:`.narration.headline_speaker`, which reads them like a headline's)."""
    for span in subheadings:
        phrase = " " + " ".join(re.findall(r"\w+", text[span.start : span.end].casefold())) + " "
        if any(phrase in f" {body} " for body in accepted):
            yield RawQuote(span.start, span.end, "direct", None, None, span.open,
                           span.close + 1, "direct-headline-repeat", paragraph=0)
