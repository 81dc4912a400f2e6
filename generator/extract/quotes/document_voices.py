"""The voice of a document the article has already quoted (round 107).

A memo, statement or letter the article quotes several times speaks for the same issuer
each time: "Chief people officer X told staff in a memo ... “...,” the memo says. ¶ “...,”
it says. ¶ ... (paragraphs later) ..., the memo says." The issuer is read off the verb that
carried the document ("told staff in a memo", :mod:`.issuers`) only within a few
paragraphs; after that, and for the "it" that continues the memo's words, the speaker the
same document was last given is who speaks, not the company the article names most.
"""

from __future__ import annotations

from generator.extract.quotes.mention_types import Speaker
from generator.extract.quotes.names import fold


def document_noun(mention_text: str | None, documents: frozenset[str]) -> str | None:
    """The document noun a speaker mention ends with ("the memo", "The statement"), when
    the mention is "the" and that noun alone; else None."""
    words = fold(mention_text or "").split()
    return words[1] if len(words) == 2 and words[0] == "the" and words[1] in documents \
        else None


def voice_of_document(noun: str, history: list[Speaker]) -> Speaker | None:
    """The speaker the last quote of "the ``noun``" was given, when it has a name."""
    return next((s for s in reversed(history) if s.name
                 and fold(s.mention or "").split()[:2] == ["the", noun]), None)


def document_just_quoted(history: list[Speaker], documents: frozenset[str]) -> Speaker | None:
    """The speaker of the quote before, when its mention was a document ("the memo"): the
    "it" of "“...,” it says" that follows is the same document. Quotes given to "it" in
    between (a report and the partial inside it) continue that document."""
    last = next((s for s in reversed(history) if fold(s.mention or "") != "it"), None)
    if last is None or document_noun(last.mention, documents) is None:
        return None
    return last if last.name else None
