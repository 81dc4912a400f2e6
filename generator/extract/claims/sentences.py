"""Sentences of an article as claims see them: repaired, trimmed, and tested for content.

The parser's sentences are repaired where news text fools it: a title abbreviation split off
("MM." | "Quill and Adler met.") is glued to the sentence it opens, and a piece that starts
in lower case after a stray full stop or a closing quote mark ("... legislature. | earlier
this month, ..."; "“We won,” | said Ada Quill.") is glued to the sentence before. A
dateline opening a paragraph ("MARROW FALLS, March 12 (Ledger) — ") is left out
(:func:`generator.extract.datelines.after_dateline`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from generator.extract import Span, outside
from generator.extract.claims.cues import load_cues
from generator.extract.datelines import after_dateline
from generator.extract.doctext import doc_text
from generator.extract.hits import Sentence, Timex

#: What the piece before a lower-case continuation ends with.
SENTENCE_ENDS = ".\"'\u201d\u2019"
#: Tags of a finite verb: what makes a headline a statement rather than a label.
FINITE_TAGS = ("VBZ", "VBP", "VBD", "MD")
#: Fewest words an article statement needs to be a claim ("Prices rose." is too thin to check).
MIN_WORDS = 3


def stripped_bounds(text: str, start: int, end: int) -> Span:
    """``(start, end)`` narrowed so that ``text[start:end]`` has no outer white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def iter_sentences(
    doc, scores: Sequence[float], boilerplate: Sequence[Span] = ()
) -> list[Sentence]:
    """The article's sentences with their check-worthiness.

    Pieces the parser split off by mistake are glued back (see ``repair_sentences``); a glued
    sentence keeps the highest score of its pieces.

    Args:
        doc: the parsed article.
        scores: one check-worthiness score per ``doc.sents``, in order.
        boilerplate: spans that are never claims; sentences overlapping them are marked
            ``boilerplate`` and score 0.

    Raises:
        ValueError: when there are not as many scores as sentences.
    """
    sents = list(doc.sents)
    if len(sents) != len(scores):
        raise ValueError(f"iter_sentences: {len(scores)} scores for {len(sents)} sentences")
    text = doc_text(doc)
    pieces = []
    for sent, score in zip(sents, scores):
        start, end = stripped_bounds(text, sent.start_char, sent.end_char)
        if start < end:  # not a run of blank lines the parser made into a "sentence"
            pieces.append((start, end, float(score)))
    sentences = []
    for start, end, score in repair_sentences(text, pieces):
        start = after_dateline(text, start, end)
        flagged = not outside(boilerplate, start, end)
        sentences.append(Sentence(start, end, 0.0 if flagged else score, flagged))
    return sentences


def repair_sentences(
    text: str, pieces: Sequence[tuple[int, int, float]]
) -> list[tuple[int, int, float]]:
    """Glue back what the parser split by mistake: a lone title abbreviation ("MM.") to the
    sentence after it (whose score it takes), and a piece that goes on with the sentence
    before (see ``continues``) to it (the higher score wins)."""
    titles = {t.lower().rstrip(".") for t in load_cues().title_abbreviations}
    repaired: list[tuple[int, int, float]] = []
    glue_next = False
    for start, end, score in pieces:
        if glue_next and repaired:
            first, _, _ = repaired.pop()
            repaired.append((first, end, score))
        elif repaired and continues(text, repaired[-1][1], start):
            first, _, before = repaired.pop()
            repaired.append((first, end, max(before, score)))
        else:
            repaired.append((start, end, score))
        piece = text[start:end]
        glue_next = piece.endswith(".") and piece[:-1].lower() in titles \
            and "\n" not in text[end:end + 2]
    return repaired


def continues(text: str, previous_end: int, start: int) -> bool:
    """Whether the piece at ``start`` goes on with the sentence that ends at ``previous_end``:
    it opens with a lower-case letter after a full stop or a closing quote mark (``"We won,"
    | said Ada Quill.``), on the same line."""
    between = text[previous_end:start]
    return (text[start].islower() and text[previous_end - 1] in SENTENCE_ENDS
            and not between.strip() and "\n" not in between)


def headline_bounds(text: str) -> Span | None:
    """``(start, end)`` of the headline: a first line of its own, with no final full stop,
    that more text follows, else None."""
    start, _ = stripped_bounds(text, 0, len(text))
    end = text.find("\n", start)
    if end < 0 or not text[end:].strip():
        return None
    start, end = stripped_bounds(text, start, end)
    return (start, end) if start < end and text[end - 1] not in ".!?" else None


def is_finite_clause(doc, sentence: Sentence) -> bool:
    """Whether the sentence has a verb in a finite form with a subject ("Lowmere raises
    fares"), unlike a headline's label ("Lowmere to vote on harbour levy")."""
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    return span is not None and any(
        t.tag_ in FINITE_TAGS and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        for t in span)


def is_statement(doc, sentence: Sentence) -> bool:
    """A sentence can be checked only if it says something: a verb (maybe one the tagger
    misread, see ``misread_verb``) and ``MIN_WORDS`` words.

    Keeps datelines ("WASHINGTON —"), bylines and stray fragments of the segmentation out.
    """
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    if span is None:
        return False
    words = sum(token.is_alpha for token in span)
    return words >= MIN_WORDS and (any(token.pos_ in ("VERB", "AUX") for token in span)
                                   or misread_verb(span.root))


def misread_verb(root) -> bool:
    """Whether the root of a verbless sentence is a verb the tagger read as an adjective
    with a subject ("Pre-orders *open* on Friday") or as a plural noun after a noun and
    before a preposition ("The 24-team tournament *runs* from June 12"); a label such as
    "Additional reporting by Ada Quill" has neither."""
    if root.pos_ == "ADJ":
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)
    return root.tag_ == "NNS" and any(
        c.dep_ in ("compound", "nsubj") and c.pos_ == "NOUN" for c in root.lefts) \
        and any(c.dep_ == "prep" for c in root.rights)


def timexes_within(timexes: Sequence[Timex], start: int, end: int) -> tuple[Timex, ...]:
    """The timexes that lie inside ``[start, end)``, in text order."""
    starts = _ordered_starts(timexes)
    if starts is None:
        return tuple(sorted((t for t in timexes if start <= t.start and t.end <= end),
                            key=lambda t: t.start))
    found = []
    for k in range(bisect_left(starts, start), len(starts)):  # those from ``start`` on
        timex = timexes[k]
        if timex.start > end:
            break  # it and all after it end after ``end``
        if timex.end <= end:
            found.append(timex)
    return tuple(found)


#: The sequences of timexes ``timexes_within`` was last asked about (the latest first), each
#: with its length and its starts (None when not in text order): a document's claims ask
#: about the same lists for every sentence and quote, and a long article has thousands.
#: Statement claims ask about two lists in turn (the timexes and ``_counted_dates``), so one
#: remembered list was read again at every call: quadratic in a long article.
_last_timexes: list[tuple] = []
#: How many lists ``_last_timexes`` keeps.
_KEPT_TIMEXES = 4


def _ordered_starts(timexes: Sequence[Timex]) -> list[int] | None:
    """The start of each timex when ``timexes`` is a list or tuple in text order, none
    ending before it starts; else None (the caller then tests every timex)."""
    if not isinstance(timexes, (list, tuple)):
        return None
    for kept, size, starts in _last_timexes:
        if kept is timexes and size == len(timexes):
            return starts
    starts = [t.start for t in timexes]
    ordered = all(a <= b for a, b in zip(starts, starts[1:])) \
        and all(t.start <= t.end for t in timexes)
    _last_timexes.insert(0, (timexes, len(timexes), starts if ordered else None))
    del _last_timexes[_KEPT_TIMEXES:]
    return _last_timexes[0][2]
