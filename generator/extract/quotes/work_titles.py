"""A work's title set off by commas after the noun for the work ("The paper, “Acute sleep
loss impairs recall”, was published on Monday"): science and news copy write such titles
in sentence case, so the Title Case test of ``terms.is_title`` misses them, and a long one
would pass for unattributed speech (round 91). A Title Case name between a determiner and
the noun it names ("first proposed in the “Fair Care for All” review") is a title too, even
under a reporting verb (round 96)."""

from __future__ import annotations

import re

from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.marks import MarkedSpan
from generator.extract.quotes.terms import is_title

#: "The paper, " / "their new study, " right before the opening mark: a determiner or a
#: possessive, at most one modifier, the work's noun, then the comma.
_WORK_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+(?:[\w’'-]+\s+)?(\w+),\s*$",
    re.IGNORECASE)
#: A determiner or possessive right before the opening mark.
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s*$",
                                re.IGNORECASE)
#: A lower-case word right after the closing mark (the noun the title names).
_NOUN_AFTER = re.compile(r"^\s+[a-z]+\b")
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


def work_title(text: str, span: MarkedSpan, lex: Lexicon) -> bool:
    """A work's title: set off after the work's noun (:func:`title_after_work_noun`), or
    a Title Case name before its noun (:func:`title_before_its_noun`)."""
    return title_after_work_noun(text, span, lex) or title_before_its_noun(text, span)


def title_before_its_noun(text: str, span: MarkedSpan) -> bool:
    """"in the “Fair Care for All” review", "its “Safe Harbour” plan": Title Case words
    between a determiner and a lower-case noun name a review, plan or campaign; the
    writer's, not speech (round 96)."""
    if span.close is None or not is_title(text[span.start : span.end]):
        return False
    return bool(_DETERMINER_BEFORE.search(text[max(0, span.open - 10) : span.open])) \
        and bool(_NOUN_AFTER.match(text[span.close + 1 : span.close + 30]))
