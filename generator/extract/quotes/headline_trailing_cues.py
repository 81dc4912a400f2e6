"""The cue closing a headline whose quoted predicate hangs on the noun before the marks
(round 92).

"Orsk clinic 'not safe for patients', inspectors say": the parser reads the marked words
as modifiers of "clinic" and makes "clinic" a first subject of "say", beside "inspectors"
after the comma; no ancestor of the quote is then reached through anything
but a noun argument, so :func:`.attribution.governing_cue` finds no cue. The cue is the
verb that closes the headline with a subject of its own after the comma, its speaker that
subject; so too the cue inverted after its comma ("Lecturers 'had no choice', says union",
round 100). The quote is direct only, as the set's verbless headlines with a closing cue are
(:func:`.headlines.quoted_predicate_only`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.doctext import doc_text


def cue_closing_headline(quote: Span, candidates: list[Token]) -> Token | None:
    """The candidate cue that closes the headline line holding ``quote`` as above, or
    None."""
    doc = quote.doc
    text = doc_text(doc)
    words = [t for t in quote if not t.is_punct]
    if not words or "\n\n" in text[: words[0].idx]:
        return None  # headlines only: the first paragraph
    outer = {t.head for t in words if not quote.start <= t.head.i < quote.end}
    if len(outer) != 1:
        return None
    noun = outer.pop()
    for cue in candidates:
        subjects = [c for c in cue.children if c.dep_ == "nsubj"]
        if cue.i < quote.end or len(subjects) < 2 or noun not in subjects[:-1] \
                or noun.i > quote.start:
            continue
        speaker = subjects[-1]
        # "..., inspectors say" or inverted, "..., says union" (round 100)
        inverted = speaker.left_edge.i == cue.i + 1
        before = doc[(cue if inverted else speaker.left_edge).i - 1]
        line_end = text.find("\n", cue.idx)
        if before.i > 0 and before.text == "," and speaker.i > quote.end \
                and not any(t.is_alpha for t in doc[max(cue.i, speaker.right_edge.i) + 1 :]
                            if line_end < 0 or t.idx < line_end):
            return cue
    return None
