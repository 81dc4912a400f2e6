"""A headline's closing "..., coroner rules" that the tagger read as a plural noun.

"Toddler died from mould exposure in Bradfield flat, coroner rules": headline grammar drops
the article, so the tagger takes "coroner rules" for a noun phrase ("the coroner's rules")
and no verb is left to report the clause. A headline ending, after a comma, in a judging
body's noun (court_rulings.yaml ``finding_bodies``, with at most two words before it) and
"rules" reports the words before the comma as that body's ruling, as "..., a coroner has
ruled" does in the lede (round 80). "Ban on phones, school rules" is no ruling: a school
is no body that judges.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from generator.extract.quotes.cues import RawQuote
from generator.extract.quotes.rulings import finding_rules


def iter_headline_rulings(doc: Doc, paragraphs: list[tuple[int, int]],
                          in_quote: list[bool]) -> Iterator[RawQuote]:
    """The headline's report closed by "BODY rules", if it has one (at most one quote)."""
    if not paragraphs:
        return
    span = doc.char_span(*paragraphs[0], alignment_mode="expand")
    words = [t for t in span if not t.is_space] if span is not None else []
    if len(words) < 4 or words[-1].lower_ != "rules" or words[-1].pos_ == "VERB":
        return
    body = words[-2]
    if body.lower_ not in finding_rules()[1] or body.pos_ != "NOUN":
        return
    comma = next((t for t in reversed(words[:-2]) if t.text == ","), None)
    if comma is None or body.i - comma.i > 3 or comma.i == words[0].i \
            or any(in_quote[t.i] for t in words if t.i < comma.i):
        return
    yield RawQuote(words[0].idx, comma.idx, "indirect", words[-1].text, body,
                   words[0].idx, words[-1].idx + len(words[-1]), "headline-ruling",
                   paragraph=0)
