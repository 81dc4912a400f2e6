"""A headline's plural speaker that the body names as one body (round 82).

"Water firms allowed to ‘mark their own homework’ on sewage permits, MPs warn" over "Water
companies ... are being allowed to “mark their own homework” ..., a committee of MPs has
warned": the headline's bare plural ("MPs") is the body speaker whose quote repeats every
word of the headline quote and whose subject's phrase holds that noun ("a committee of
MPs"), named
as the body names it (the environmental audit committee).
"""

from __future__ import annotations

import re

from generator.extract.quotes.cues import RawQuote
from generator.extract.quotes.mention_types import Speaker

_WORD = re.compile(r"\w+")

Resolved = list[tuple[RawQuote, Speaker]]


def group_named_by_repeat(text: str, raw: RawQuote, speaker: Speaker,
                          resolved: Resolved) -> Speaker:
    """The body speaker a headline quote's one-word plural speaker stands for; else the
    speaker as it is."""
    if raw.paragraph != 0 or raw.kind != "direct" or speaker.kind != "group" \
            or not speaker.name or " " in speaker.name:
        return speaker
    noun = speaker.name.casefold()
    words = set(_WORD.findall(text[raw.start : raw.end].casefold()))
    for other, found in resolved:
        if other.paragraph == 0 or other.kind != "direct" or not found.name \
                or found.name == speaker.name or not words:
            continue
        phrase = [t.lower_ for t in other.subject.subtree] if other.subject is not None else []
        if noun in phrase \
                and words <= set(_WORD.findall(text[other.start : other.end].casefold())):
            return Speaker(found.name, speaker.mention, found.role, found.kind)
    return speaker
