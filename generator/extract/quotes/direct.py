"""Direct quotes: marked spans that are speech (not scare quotes or titles) and their cue.

Attribution looks at the sentences the quote sits in, outside any quote: the reporting verb
that governs the quoted words wins (this handles "“We are ready,” he said, “to act.”",
where both parts hang from "said", and partial quotes inside a reported clause); otherwise
the nearest reporting verb, looking right first as news style puts the cue after the quote.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from generator.extract.quotes.cues import RawQuote, cue_text, is_reporting_verb, subject_of
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.marks import MarkedSpan

#: A quoted passage without any cue is still speech when it is at least this long;
#: shorter ones ("its “historic” reform") are scare quotes.
MIN_UNATTRIBUTED_WORDS = 8
#: Longest Title Case phrase taken for a title ("the film “Under the Old Bridge”").
MAX_TITLE_WORDS = 8
_SENTENCE_END = ".!?:"
_TITLE_LOWER = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for",
                          "with", "by", "from", "is", "as"})


def tokens_between(doc: Doc, start: int, end: int) -> Span:
    """The tokens that overlap ``[start, end)`` (an empty span if there are none)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None else doc[0:0]


def is_standalone(text: str, span: MarkedSpan) -> bool:
    """The quote opens a paragraph or a sentence, or follows a colon ("said: “...”")."""
    before = text[: span.open].rstrip(" \t")
    return not before or before[-1] in "\n" + _SENTENCE_END or before.endswith(("—", "--"))


def is_title(content: str) -> bool:
    """Title Case words only ("Under the Old Bridge"): a work's title, not speech."""
    words = content.strip(" ,.").split()
    if not words or len(words) > MAX_TITLE_WORDS or content.rstrip()[-1:] in ",.!?":
        return False
    return all(w[:1].isupper() or w.lower() in _TITLE_LOWER for w in words) and words[0][:1].isupper()


def after_naming_word(doc: Doc, span: MarkedSpan, lex: Lexicon) -> bool:
    """The quote follows "called", "dubbed", "so-called", "known as" ...: a term."""
    mark = tokens_between(doc, span.open, span.open + 1)
    if not len(mark):
        return False
    before = doc[max(0, mark.start - 4) : mark.start]
    words = [t.lower_ for t in before if not t.is_punct][-2:]
    return any(w in lex.naming_words for w in words)


def governing_cue(quote: Span, candidates: list[Token]) -> Token | None:
    """The candidate cue that is a syntactic ancestor of a word of the quote."""
    heads = set()
    for token in quote:
        heads.update(a.i for a in token.ancestors)
    ruling = [c for c in candidates if c.i in heads]
    if not ruling:
        return None
    return min(ruling, key=lambda c: abs(c.i - quote.start))


def nearest_cue(quote: Span, candidates: list[Token]) -> Token | None:
    """The candidate closest to the quote, preferring the right side on a tie."""
    if not candidates:
        return None

    def distance(cue: Token) -> tuple[int, int]:
        gap = cue.i - quote.end if cue.i >= quote.end else quote.start - cue.i
        return gap, 0 if cue.i >= quote.end else 1

    return min(candidates, key=distance)


def context_tokens(doc: Doc, span: MarkedSpan, paragraph: tuple[int, int]) -> list[Token]:
    """Tokens of the sentences around the quote, limited to its paragraph(s)."""
    start = doc.char_span(span.open, span.open + 1, alignment_mode="expand")
    end = doc.char_span(span.outer_end - 1, span.outer_end, alignment_mode="expand")
    if start is None or end is None:
        return []
    first = start[0].sent.start
    last = end[-1].sent.end
    return [t for t in doc[first:last] if paragraph[0] <= t.idx < paragraph[1]]


def iter_direct(doc: Doc, spans: list[MarkedSpan], lex: Lexicon, in_quote: list[bool],
                paragraphs: list[tuple[int, int]]) -> Iterator[RawQuote]:
    """Direct quotes among the marked spans, with their cue and subject token.

    Args:
        doc: The parsed article.
        spans: Marked spans from :func:`~generator.extract.quotes.marks.find_marked_spans`.
        lex: The word lists.
        in_quote: For each token, True if it lies inside a marked span (cues there are
            part of the quoted words, not attribution).
        paragraphs: (start, end) of each paragraph, for the attribution window.

    Yields:
        One :class:`RawQuote` per speech span, in text order.
    """
    starts = [p[0] for p in paragraphs]
    text = doc.text  # Doc.text joins every token: build it once
    for span in spans:
        first_par = bisect.bisect_right(starts, span.open) - 1
        last_par = bisect.bisect_right(starts, span.outer_end - 1) - 1
        window = (paragraphs[first_par][0], paragraphs[last_par][1])
        context = context_tokens(doc, span, window)
        candidates = [t for t in context if not in_quote[t.i] and is_reporting_verb(t, lex)]
        quote = tokens_between(doc, span.start, span.end)
        cue = _choose_cue(doc, text, span, quote, candidates, lex)
        if cue is False:
            continue
        sent_start = context[0].sent.start_char if context else span.open
        sent_end = context[-1].sent.end_char if context else span.outer_end
        yield RawQuote(
            span.start, span.end, "direct", cue_text(cue, lex) if cue else None,
            subject_of(cue) if cue else None, sent_start, sent_end,
            "direct-attributed" if cue else "direct-unattributed", paragraph=first_par,
        )


def _choose_cue(doc: Doc, text: str, span: MarkedSpan, quote: Span,
                candidates: list[Token], lex: Lexicon) -> Token | None | bool:
    """The cue of a speech span; None for speech without a cue; False for a scare quote."""
    ruling = governing_cue(quote, candidates)
    if is_standalone(text, span):
        return ruling or nearest_cue(quote, candidates)
    content = text[span.start : span.end]
    if after_naming_word(doc, span, lex) or (ruling is None and is_title(content)):
        return False
    if ruling is not None:
        return ruling
    if len(content.split()) >= MIN_UNATTRIBUTED_WORDS:
        return nearest_cue(quote, candidates)
    return False
