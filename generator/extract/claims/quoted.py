"""Claims from quotes: one per direct quote (``quote``) or reported clause (``reported``)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import accumulate

from generator.extract import Span, outside
from generator.extract.claims.sentences import stripped_bounds, timexes_within
from generator.extract.hits import Claim, Quote, Sentence, Timex

#: Stripped from the end of a quote's words to make the claim's text.
TRAILING_PUNCTUATION = " \t\n,;:"


def quote_claims(
    text: str,
    quotes: Sequence[Quote],
    sentences: Sequence[Sentence],
    timexes: Sequence[Timex],
    boilerplate: Sequence[Span] = (),
) -> list[Claim]:
    """One claim per quote outside boilerplate; a quote nested in another by the same
    speaker (the quoted words inside a reported clause) is the same claim and is dropped.

    ``text`` is the article text (``doc.text``), to trim the sentence bounds of each quote.
    """
    kept = [q for q in quotes if outside(boilerplate, q.start, q.end) and q.end > q.start]
    nesting = _Nesting(kept)
    kept = [q for q in kept if not nesting.nested(q)]
    around = _SentencesAround(sentences)
    return [_quote_claim(text, q, around, timexes) for q in kept]


class _SentencesAround:
    """The sentences that overlap a stretch of text, in order. Sentences come in text
    order, none inside another, so those overlapping ``[start, end)`` are a run found by
    ``bisect`` (a long article has thousands of sentences and a quote in every few);
    otherwise every sentence is tested."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.sentences = list(sentences)
        self.starts = [s.start for s in self.sentences]
        self.ends = [s.end for s in self.sentences]
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:])) \
            and all(a <= b for a, b in zip(self.ends, self.ends[1:]))

    def __call__(self, start: int, end: int) -> list[Sentence]:
        if not self.ordered:
            return [s for s in self.sentences if not outside([(start, end)], s.start, s.end)]
        # overlapping: ends after ``start`` (ends ascending) and starts before ``end``
        return self.sentences[bisect_right(self.ends, start): bisect_left(self.starts, end)]


class _Nesting:
    """``_nested_in_other`` for every quote of a list, each answered by ``bisect`` over the
    quotes of its speaker sorted by start (a long article has hundreds of quotes)."""

    def __init__(self, quotes: Sequence[Quote]) -> None:
        by_speaker: dict[str | None, list[Quote]] = {}
        for quote in quotes:
            by_speaker.setdefault(quote.speaker, []).append(quote)
        self.index = {}
        for speaker, said in by_speaker.items():
            said = sorted(said, key=lambda q: q.start)
            self.index[speaker] = ([q.start for q in said],
                                   list(accumulate((q.end for q in said), max)))

    def nested(self, quote: Quote) -> bool:
        """Whether a quote of the same speaker holds ``quote`` and is longer: one that
        starts before it and ends at or after its end, or starts at or before it and ends
        after it."""
        starts, reach = self.index[quote.speaker]
        before = bisect_left(starts, quote.start)  # those starting before it
        if before and reach[before - 1] >= quote.end:
            return True
        upto = bisect_right(starts, quote.start)  # those starting at or before it
        return bool(upto) and reach[upto - 1] > quote.end


def _nested_in_other(quote: Quote, quotes: Sequence[Quote]) -> bool:
    return any(
        other is not quote
        and other.start <= quote.start and quote.end <= other.end
        and (other.end - other.start) > (quote.end - quote.start)
        and other.speaker == quote.speaker
        for other in quotes
    )


def _quote_claim(
    text: str, quote: Quote, sentences: _SentencesAround, timexes: Sequence[Timex]
) -> Claim:
    start, end = stripped_bounds(text, quote.sentence_start, quote.sentence_end)
    around = sentences(quote.start, quote.end)
    if end <= start and around:  # the quote extractor did not say which sentence
        start, end = around[0].start, around[-1].end
    # The comma that hands a quote over to its attribution ("... conquest," Kirby said) is
    # punctuation of the sentence, not of the claim.
    words = quote.content.rstrip(TRAILING_PUNCTUATION)
    lead = len(words) - len(words.lstrip())  # never start a claim with white space
    words = words.strip()
    return Claim(
        start=quote.start + lead,
        end=quote.start + lead + len(words),
        text=words,
        kind="quote" if quote.kind == "direct" else "reported",
        speaker=quote.speaker,
        sentence_start=start,
        sentence_end=end,
        checkworthiness=max((s.checkworthiness for s in around), default=0.0),
        speaker_role=quote.speaker_role,
        cue=quote.cue,
        timexes=timexes_within(timexes, start, end),
    )
