"""A described person above the story's body ("Key points: ... A marine scientist says bull
sharks ...") who the body names with the same description ("Marine scientist Meg Kellaway
said ..."): the summary lines above the lede (ABC's Key points, a deck) describe the story's
sources by their trade and leave the name to the body, so the one person the body quotes with
that description is the speaker (round 103). Only an indefinite singular ("A marine
scientist"), and only when one named person of the body's quotes carries the description."""

from __future__ import annotations

import re

from generator.extract.doctext import doc_text
from generator.extract.quotes.cues import RawQuote
from generator.extract.quotes.mention_types import Speaker

Resolved = list[tuple[RawQuote, Speaker]]


def described_above_named_below(resolved: Resolved, top_end: int, lede: int) -> Resolved:
    """``resolved`` with each such described person above the body replaced by the one
    person the body quotes under the same description; ``top_end`` ends the headline and
    standfirst, ``lede`` is the lede's paragraph index."""
    return [(raw, _named_below(raw, speaker, resolved, top_end, lede) or speaker)
            for raw, speaker in resolved]


def _named_below(raw: RawQuote, speaker: Speaker, resolved: Resolved, top_end: int,
                 lede: int) -> Speaker | None:
    head = raw.subject
    if head is None or speaker.kind != "group" or not speaker.name or head.tag_ != "NN" \
            or not (raw.paragraph < lede or raw.start < top_end or _summary_line(raw)) \
            or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.lefts):
        return None
    described = speaker.name.casefold()
    named = {found.name: found for other, found in resolved
             if other.start > raw.start and not _summary_line(other) and found.kind == "person"
             and found.name and found.mention and described in found.mention.casefold()
             and found.mention.casefold().index(described) == 0}
    if len(named) != 1:
        return None
    found = next(iter(named.values()))
    return Speaker(found.name, speaker.mention, found.role, "person")


def _summary_line(raw: RawQuote) -> bool:
    """Whether the quote sits on a line with no closing stop (a Key points bullet, a
    standfirst) before the story's first full sentence: the summary above the body."""
    text = doc_text(raw.subject.doc) if raw.subject is not None else ""
    line_start = text.rfind("\n", 0, raw.start) + 1
    line_end = text.find("\n", raw.start)
    line = text[line_start : line_end if line_end >= 0 else len(text)].rstrip()
    if not line or line[-1] in _STOPS:
        return False
    return not any(_STOP_AT_END.search(earlier) for earlier in text[:line_start].split("\n")[1:])


#: What ends a full sentence of the body (a mark may close it).
_STOPS = frozenset(".!?\"”’'")
_STOP_AT_END = re.compile(r"[.!?][\"”’']?\s*$")
