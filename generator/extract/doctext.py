"""A document's text, built once.

spaCy's ``Doc.text`` is not stored: every read joins the text of every token again. The
extractors read it hundreds of times per article (paragraph breaks, windows before a
mention, regular expressions over the whole text), which made those joins about a third of
extraction time. ``doc_text`` keeps the string in ``Doc.user_data`` on first use; a
document's text never changes after it is made (retokenizing keeps it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the site build and the date resolver import extract without spaCy
    from spacy.tokens import Doc

#: Where ``doc_text`` keeps the text in ``Doc.user_data``.
TEXT_KEY = "factcheck.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined from the tokens on the first call only."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text
