"""A work's title set off by commas after the noun for the work ("The paper, “Acute sleep
loss impairs recall”, was published on Monday"): science and news copy write such titles
in sentence case, so the Title Case test of ``terms.is_title`` misses them, and a long one
would pass for unattributed speech (round 91)."""

from __future__ import annotations

import re

from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.marks import MarkedSpan

#: "The paper, " / "their new study, " right before the opening mark: a determiner or a
#: possessive, at most one modifier, the work's noun, then the comma.
_WORK_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+(?:[\w’'-]+\s+)?(\w+),\s*$",
    re.IGNORECASE)
#: The comma that closes the apposition, inside the marks (US style) or after them.
_CLOSING_COMMA = re.compile(r"^\s*,")


def title_after_work_noun(text: str, span: MarkedSpan, lex: Lexicon) -> bool:
    """The marks sit between two commas right after a written work's noun (a paper, study
    or report of ``non_speakers``): the apposition names the work. A statement, letter or
    post speaks for whoever issued it (``issued``), so its quoted words stay speech."""
    if span.close is None:
        return False
    before = _WORK_BEFORE.search(text[max(0, span.open - 40) : span.open])
    if before is None:
        return False
    noun = before.group(1).casefold()
    if noun not in lex.non_speakers or noun in lex.issued_documents:
        return False
    content = text[span.start : span.end]
    return content.endswith(",") or bool(_CLOSING_COMMA.match(text[span.close + 1 :]))
