"""Claims: quotes, reported speech and check-worthy statements of an article.

Which sentences become claims:

- every direct quote (kind ``quote``) and every reported claim (kind ``reported``), with the
  quote's speaker;
- every other sentence the check-worthiness model scores >= 0.5, or that carries a statistic
  cue (``generator/rules/claim_cues.yaml``), or a prediction cue and a date (it can be
  checked when the day comes), or a date and scores >= ``DATED_THRESHOLD`` (it can be
  checked against the record), or a ``record`` cue (a named actor's present
  perfect: "Lowmere has not paid ...") and scores >= ``RECORD_THRESHOLD``, asserted by the
  article itself (speaker None), of kind ``prediction``, ``statistic`` or ``statement`` (the
  first whose cue it carries; a sentence about a date after publication is a prediction),
  provided it says something (a verb and ``MIN_WORDS`` words: no
  datelines or fragments);
- the headline only when it is a finite clause ("Lowmere raises fares", not "Lowmere to vote
  on levy") that the model scores >= 0.5;
- never anything that overlaps a boilerplate span (photo credits, copyright lines ...).

Sentences are the parser's, repaired where news text fools it: a title abbreviation split
off ("MM." | "Quill and Adler met.") is glued to the sentence it opens, and a piece that
starts in lower case after a stray full stop or a closing quote mark ("... legislature. |
earlier this month, ..."; "“We won,” | said Ada Quill.") is glued to the sentence before.

Scores come from ``generator.extract.checkworthy.score_doc``, one per ``doc.sents``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from generator.extract import Span, outside
from generator.extract.hits import Claim, Quote, Sentence, Timex
from generator.rulefiles import RULES_DIR, RuleFileError, load_rule_file  # noqa: F401 (re-export)

CUE_FILE = RULES_DIR / "claim_cues.yaml"
#: When a sentence carries several cues, the first kind in this order wins.
KIND_ORDER = ("prediction", "statistic")
#: Score a sentence with a ``record`` cue needs to be a claim (0.5 without the cue).
RECORD_THRESHOLD = 0.4
#: Score a sentence that dates what it tells of needs to be a claim: "Dahlgren was charged
#: the following month" can be checked against the record (court files, logs, minutes). On
#: the blind event set every dated sentence is a gold claim whatever its score; the floor
#: only keeps out what the model finds empty ("Thanks to all who came on Sunday").
DATED_THRESHOLD = 0.2
#: What the piece before a lower-case continuation ends with.
SENTENCE_ENDS = ".\"'\u201d\u2019"
#: Tags of a finite verb: what makes a headline a statement rather than a label.
FINITE_TAGS = ("VBZ", "VBP", "VBD", "MD")
#: Fewest words an article statement needs to be a claim ("Prices rose." is too thin to check).
MIN_WORDS = 3
#: Stripped from the end of a quote's words to make the claim's text.
TRAILING_PUNCTUATION = " \t\n,;:"


class CueRule(BaseModel):
    """One entry of ``claim_cues.yaml``."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    id: str
    kind: Literal["statistic", "prediction", "record"]
    description: str
    patterns: list[list[dict[str, Any]]] = Field(min_length=1)
    tagger_dates: bool = True
    """Whether a match the tagger calls a date is dropped (``false``: only a timex drops it;
    the tagger takes "about a quarter of the gas" for a date)."""
    examples: list[str] = Field(default_factory=list)
    not_: list[str] = Field(default_factory=list, alias="not")


class CueFile(BaseModel):
    """The whole ``claim_cues.yaml``."""

    model_config = ConfigDict(extra="forbid")
    id: str
    title_abbreviations: list[str] = Field(default_factory=list)
    cues: list[CueRule]


@dataclass(frozen=True, slots=True)
class CueHit:
    """A claim cue found in the text."""

    rule: str
    kind: str
    start: int
    end: int


@functools.lru_cache(maxsize=4)
def load_cues(path: Path = CUE_FILE) -> CueFile:
    """The claim cues (cached)."""
    return load_rule_file(path, CueFile)


@functools.lru_cache(maxsize=4)
def _matcher(vocab, path: Path = CUE_FILE):
    # A Matcher belongs to one vocab; the pipeline keeps its vocab for the process lifetime.
    from spacy.matcher import Matcher

    matcher = Matcher(vocab, validate=True)
    for rule in load_cues(path).cues:
        matcher.add(rule.id, rule.patterns)
    return matcher


def find_cues(doc, timexes: Sequence[Timex] = (), path: Path = CUE_FILE) -> list[CueHit]:
    """Claim cues in ``doc``, except numbers that are part of a date.

    Args:
        doc: a parsed spaCy ``Doc`` (the patterns use POS, TAG, LEMMA and ENT_TYPE).
        timexes: dates found in the doc; cue matches overlapping them are dropped.
        path: the cue file (the shipped one by default).
    """
    rules = {rule.id: rule for rule in load_cues(path).cues}
    timex_spans = [(t.start, t.end) for t in timexes]
    dates = timex_spans + [(e.start_char, e.end_char) for e in doc.ents
                           if e.label_ in ("DATE", "TIME")]
    hits = []
    for match_id, start, end in _matcher(doc.vocab, path)(doc):
        span = doc[start:end]
        rule = rules[doc.vocab.strings[match_id]]
        blocking = dates if rule.tagger_dates else timex_spans
        if rule.kind == "statistic" and not outside(blocking, span.start_char, span.end_char):
            continue
        hits.append(CueHit(rule.id, rule.kind, span.start_char, span.end_char))
    return hits


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
    text = doc.text  # built from the tokens on every access: read it once
    pieces = []
    for sent, score in zip(sents, scores):
        start, end = stripped_bounds(text, sent.start_char, sent.end_char)
        if start < end:  # not a run of blank lines the parser made into a "sentence"
            pieces.append((start, end, float(score)))
    sentences = []
    for start, end, score in repair_sentences(text, pieces):
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


def iter_claims(
    doc,
    quotes: Sequence[Quote],
    timexes: Sequence[Timex],
    scores: Sequence[float],
    boilerplate: Sequence[Span] = (),
    published: dt.date | None = None,
) -> list[Claim]:
    """Every claim of the article, in text order.

    Args:
        doc: the parsed article.
        quotes: direct and reported quotes (``generator.extract.quotes.iter_quotes``).
        timexes: its dates (``generator.extract.temporal.iter_timexes``); each claim carries
            those inside its sentence.
        scores: check-worthiness, one per ``doc.sents``.
        boilerplate: spans that never become claims.
        published: the publication date; an article sentence about a later date is a
            prediction ("They face Orsk in the final on May 24").
    """
    sentences = iter_sentences(doc, scores, boilerplate)
    claims = quote_claims(doc.text, quotes, sentences, timexes, boilerplate)
    claims += statement_claims(doc, sentences, quotes, find_cues(doc, timexes), timexes,
                               published)
    return sorted(claims, key=lambda claim: (claim.start, claim.end))


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
    kept = [q for q in kept if not _nested_in_other(q, kept)]
    return [_quote_claim(text, q, sentences, timexes) for q in kept]


def _nested_in_other(quote: Quote, quotes: Sequence[Quote]) -> bool:
    return any(
        other is not quote
        and other.start <= quote.start and quote.end <= other.end
        and (other.end - other.start) > (quote.end - quote.start)
        and other.speaker == quote.speaker
        for other in quotes
    )


def _quote_claim(
    text: str, quote: Quote, sentences: Sequence[Sentence], timexes: Sequence[Timex]
) -> Claim:
    start, end = stripped_bounds(text, quote.sentence_start, quote.sentence_end)
    around = [s for s in sentences if not outside([(quote.start, quote.end)], s.start, s.end)]
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


def statement_claims(
    doc,
    sentences: Sequence[Sentence],
    quotes: Sequence[Quote],
    cues: Sequence[CueHit],
    timexes: Sequence[Timex],
    published: dt.date | None = None,
) -> list[Claim]:
    """Claims the article itself makes: sentences without quotes (or the part before a
    reported clause, see ``own_part``) that score >= 0.5 or carry a statistic (see
    ``selected``); one about a date after ``published`` is a prediction."""
    quoted = [(q.start, q.end) for q in quotes]
    text = doc.text  # built from the tokens on every access: read it once
    headline = headline_bounds(text)
    claims = []
    for sentence in sentences:
        if sentence.boilerplate:
            continue
        if not outside(quoted, sentence.start, sentence.end):
            sentence = own_part(text, sentence, quotes)
        if sentence is None or not is_statement(doc, sentence):
            continue
        asides = subject_asides(doc, sentence)
        kinds = {c.kind for c in cues if sentence.start <= c.start and c.end <= sentence.end
                 and (c.kind != "statistic" or outside(asides, c.start, c.end))}
        if published is not None and dated_after(timexes, sentence.start, sentence.end,
                                                 published, doc):
            kinds.add("prediction")
        if (sentence.start, sentence.end) == headline:
            if sentence.checkworthiness < 0.5 or not is_finite_clause(doc, sentence):
                continue
        elif not selected(sentence.checkworthiness, kinds,
                          dated=has_date(timexes, sentence.start, sentence.end)):
            continue
        claims.append(Claim(
            start=sentence.start,
            end=sentence.end,
            text=text[sentence.start:sentence.end],
            kind=claim_kind(kinds),
            speaker=None,
            sentence_start=sentence.start,
            sentence_end=sentence.end,
            checkworthiness=sentence.checkworthiness,
            timexes=timexes_within(timexes, sentence.start, sentence.end),
        ))
    return claims


def subject_asides(doc, sentence: Sentence) -> list[Span]:
    """Character spans of the asides on the subject, set off by commas: a relative clause or
    an apposition that only says who acts ("City, *who finished ninth in 2024*, can still
    add the cup"; "The Green Party, *the smallest of the three*, had threatened ..."). A
    figure there does not make the sentence a statistic: its claim is the rest."""
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    asides = []
    for token in span if span is not None else ():
        if token.dep_ not in ("relcl", "appos") or token.head.dep_ not in ("nsubj", "nsubjpass"):
            continue
        first, last = token.left_edge.i, token.right_edge.i
        if first > 0 and doc[first - 1].text == "," and last + 1 < len(doc) \
                and doc[last + 1].text == ",":
            asides.append((doc[first].idx, doc[last].idx + len(doc[last])))
    return asides


def own_part(text: str, sentence: Sentence, quotes: Sequence[Quote]) -> Sentence | None:
    """What the sentence asserts before it hands over to reported speech ("The company will
    close its factory next year, cutting 240 jobs, *and said* it would buy back shares"):
    the clause before ", and <cue>", when the sentence's first quote is reported; else None."""
    inside = [q for q in quotes if sentence.start <= q.start < sentence.end]
    first = min(inside, key=lambda q: q.start, default=None)
    if first is None or first.kind != "indirect" or not first.cue \
            or not outside([(q.start, q.end) for q in quotes], sentence.start, first.start):
        return None
    before = text[sentence.start:first.start]
    handover = re.search(rf",?\s+and\s+{re.escape(first.cue)}\s+(?:that\s+)?$", before)
    if handover is None:
        return None
    return Sentence(sentence.start, sentence.start + handover.start(),
                    sentence.checkworthiness, sentence.boilerplate)


def selected(score: float, kinds: set[str], dated: bool = False) -> bool:
    """Whether an article sentence with this score and these cue kinds is a claim; a
    prediction with a date (``dated``: "Parliament is due to approve the package on
    Thursday") can be checked when the day comes, whatever its score, and any other dated
    sentence from ``DATED_THRESHOLD``."""
    return (score >= 0.5 or "statistic" in kinds
            or ("prediction" in kinds and dated)
            or (dated and score >= DATED_THRESHOLD)
            or ("record" in kinds and score >= RECORD_THRESHOLD))


def dated_after(timexes: Sequence[Timex], start: int, end: int, published: dt.date,
                doc=None) -> bool:
    """Whether a date inside ``[start, end)`` begins after the publication date and, when
    ``doc`` is given, dates a happening rather than a period a noun covers ("agreed on a
    *budget for next year*" tells of no future happening)."""
    return any(t.type in ("DATE", "TIME") and t.range is not None
               and t.range.start > published and not (doc is not None and names_period(doc, t))
               for t in timexes_within(timexes, start, end))


def names_period(doc, timex: Timex) -> bool:
    """Whether the date only says what a noun covers ("a budget *for next year*"); the rule
    is the events filter's (``generator.extract.events.filters.covers_period``)."""
    # imported here: the events package imports this module
    from generator.extract.events.filters import covers_period
    from generator.extract.events.rules import load_event_rules

    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return span is not None and covers_period(span, load_event_rules())


def has_date(timexes: Sequence[Timex], start: int, end: int) -> bool:
    """Whether a resolved calendar date (DATE or TIME) lies inside ``[start, end)``."""
    return any(t.type in ("DATE", "TIME") and t.range is not None
               for t in timexes_within(timexes, start, end))


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
    """A sentence can be checked only if it says something: a verb and ``MIN_WORDS`` words.

    Keeps datelines ("WASHINGTON —"), bylines and stray fragments of the segmentation out.
    """
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    if span is None:
        return False
    words = sum(token.is_alpha for token in span)
    return words >= MIN_WORDS and any(token.pos_ in ("VERB", "AUX") for token in span)


def claim_kind(cue_kinds: set[str]) -> str:
    """``prediction`` > ``statistic`` > ``statement``, by the cues a sentence carries."""
    return next((kind for kind in KIND_ORDER if kind in cue_kinds), "statement")


def timexes_within(timexes: Sequence[Timex], start: int, end: int) -> tuple[Timex, ...]:
    """The timexes that lie inside ``[start, end)``, in text order."""
    return tuple(sorted((t for t in timexes if start <= t.start and t.end <= end),
                        key=lambda t: t.start))
