"""A group named right before a headline quote with no cue (round 74).

"Little Brampton flooding: Residents 'can't get insurance'": the BBC's headline gives the
quote to the plural noun before its opening mark, the unnamed group the lede has speak
("Residents of a Worcestershire village ... say"); that group is the speaker, though one
resident's body quote repeats the words ("We can't get insurance ..."). Only a group noun
(speakers.yaml ``group_nouns``) in the plural counts: "Hospital 'failed' patient" quotes
someone about the hospital, and a name before the marks is left to the repetition rule.
"""

from __future__ import annotations

import re

from generator.extract.quotes.cues import RawQuote
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.mentions import Speaker

#: The label before a headline's colon or dash ("Little Brampton flooding:").
_LABEL_END = re.compile(r"[:—–]\s")
_WORDS = re.compile(r"[A-Z][\w'’-]*(?: [a-z][\w'’-]*){0,2}")


def group_before_headline_quote(text: str, raw: RawQuote, speaker: Speaker,
                                lex: Lexicon) -> Speaker:
    """``speaker``, or the plural group noun set right before a cue-less headline quote
    that ends the headline (see the module's docstring)."""
    if raw.kind != "direct" or raw.paragraph != 0 or raw.cue or raw.start < 1:
        return speaker
    line_start = text.rfind("\n", 0, raw.start) + 1
    line_end = text.find("\n", raw.end)
    after = text[raw.end + 1 : line_end if line_end >= 0 else len(text)]
    if after.strip(" .!?'’\"”"):
        return speaker  # words of the headline's own after the quote
    before = _LABEL_END.split(text[line_start : raw.start - 1])[-1].strip()
    if _WORDS.fullmatch(before) is None:
        return speaker
    noun = before.split()[-1].casefold()
    if noun not in lex.group_nouns or not noun.endswith("s"):
        return speaker
    return Speaker(before, before, None, "group")

