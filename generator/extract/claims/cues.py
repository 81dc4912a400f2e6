"""Claim cues: the patterns of ``generator/rules/claim_cues.yaml`` and what they make a claim.

A cue is a ``statistic`` (a figure, a count, a rank, a comparison), a ``prediction`` (a plan
or forecast) or a ``record`` (a named actor's present perfect). A sentence carrying several
is of the first kind in ``KIND_ORDER``; one carrying none is a ``statement``.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from spacy.attrs import IDX

from generator.extract import SpanSet
from generator.extract.doctext import doc_entities
from generator.extract.hits import Timex
from generator.rulefiles import RULES_DIR, load_rule_file

CUE_FILE = RULES_DIR / "claim_cues.yaml"
#: When a sentence carries several cues, the first kind in this order wins.
KIND_ORDER = ("prediction", "statistic")


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
    dated: bool = False
    """Whether a match may lie inside a date (a length of time: "lasted *17 days*")."""
    checkable: bool = False
    """Whether a sentence carrying the cue is a claim whatever its score: it says what
    follows when a stated condition is met ("If the appeal fails, Rovers *would* stay
    21st"), which can be checked when it is (round 54)."""
    examples: list[str] = Field(default_factory=list)
    not_: list[str] = Field(default_factory=list, alias="not")


class CueFile(BaseModel):
    """The whole ``claim_cues.yaml``."""

    model_config = ConfigDict(extra="forbid")
    id: str
    subject_ordinals: list[str] = Field(default_factory=list)
    title_abbreviations: list[str] = Field(default_factory=list)
    handover_subordinators: list[str] = Field(default_factory=list)
    """Words opening an adverbial clause whose reporting verb hands over to reported speech
    ("The route was changed *after* residents complained that ..."): what comes before the
    reported clause is the article's own claim."""
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
    return SentenceCues(doc, timexes, path).matched(doc)


class SentenceCues:
    """The claim cues of a doc, found only in the stretches asked about.

    Only about a fifth of an article's tokens are in sentences whose cue kinds are read (the
    rest are quotes, boilerplate, or not statements), and the matcher was the costliest step
    of claim extraction: it checks every pattern's first token at every token. A match lies
    inside a stretch of tokens exactly when the matcher finds it running over that stretch
    alone (the matcher emits a match of tokens ``s..e`` from those tokens only, whatever
    comes before or after), so ``within`` gives every hit of ``find_cues`` inside it.
    """

    def __init__(self, doc, timexes: Sequence[Timex] = (), path: Path = CUE_FILE) -> None:
        self.rules = {rule.id: rule for rule in load_cues(path).cues}
        self.matcher = _matcher(doc.vocab, path)
        self.timex_spans = [(t.start, t.end) for t in timexes]
        self.dates = self.timex_spans + [(e.start_char, e.end_char) for e in doc_entities(doc)
                                         if e.label_ in ("DATE", "TIME")]
        self.starts: list[int] | None = None
        self._blocking: dict[str, SpanSet] = {}  # each of the two, indexed when first read

    def _blocked_by(self, which: str) -> SpanSet:
        """``self.dates`` or ``self.timex_spans`` (``which``) as a ``SpanSet``."""
        if which not in self._blocking:
            self._blocking[which] = SpanSet(getattr(self, which))
        return self._blocking[which]

    def within(self, doc, start: int, end: int) -> list[CueHit]:
        """The hits among the tokens that overlap characters ``[start, end)``; hits that
        reach outside the characters are the caller's to drop."""
        if self.starts is None:
            self.starts = doc.to_array(IDX).tolist()  # token offsets, no Token each
        first = bisect.bisect_right(self.starts, start) - 1
        if first < 0 or doc[first].idx + len(doc[first]) <= start:
            first += 1  # ``start`` is before the first token or in the space after one
        last = bisect.bisect_left(self.starts, end)
        return self.matched(doc[first:last]) if first < last else []

    def matched(self, doclike) -> list[CueHit]:
        """The hits in a ``Doc`` or a ``Span`` of it."""
        offset = 0 if doclike is doclike.doc else doclike.start
        doc = doclike.doc
        hits = []
        for match_id, start, end in self.matcher(doclike):
            span = doc[start + offset:end + offset]
            rule = self.rules[doc.vocab.strings[match_id]]
            if rule.kind == "statistic" and not rule.dated and not self._blocked_by(
                    "dates" if rule.tagger_dates else "timex_spans").outside(
                    span.start_char, span.end_char):
                continue
            hits.append(CueHit(rule.id, rule.kind, span.start_char, span.end_char))
        return hits


def identifies_subject(doc, hit: CueHit) -> bool:
    """Whether a statistic cue is only an ordinal that says which one the subject is ("The
    *first patient* was admitted on Aug. 9"; ``subject_ordinals``) or the object of a
    relative clause is ("that had blocked *the only road*"), not a ranking."""
    span = doc.char_span(hit.start, hit.end, alignment_mode="expand")
    if span is None or hit.kind != "statistic":
        return False
    ordinals = set(load_cues().subject_ordinals)
    if any(t.lower_ in ordinals and t.i + 1 < len(doc) and doc[t.i + 1].like_num
           and doc[t.i + 1].head.i == t.head.i for t in span):
        return False  # round 48: "*the first 600,000 doses* were delivered": a count
    return any(t.dep_ == "amod" and t.head.i < span.end and (
        (t.lower_ in ordinals and t.head.dep_ in ("nsubj", "nsubjpass"))
        or (t.lower_ in ordinals | {"only"} and in_relative_clause_object(t.head)))
        for t in span)


def in_relative_clause_object(noun) -> bool:
    """Whether ``noun`` is the object of a relative clause, which only describes the noun it
    hangs from ("a landslide *that had blocked the only road* into the valley"): the ordinal
    says which one, the sentence asserts no ranking."""
    return noun.dep_ == "dobj" and noun.head.dep_ == "relcl"


def checkable(hits: Sequence[CueHit], start: int, end: int, path: Path = CUE_FILE) -> bool:
    """Whether a cue inside ``[start, end)`` makes its sentence a claim whatever its score."""
    rules = {rule.id: rule for rule in load_cues(path).cues}
    return any(start <= hit.start and hit.end <= end and rules[hit.rule].checkable
               for hit in hits)


def claim_kind(cue_kinds: set[str]) -> str:
    """``prediction`` > ``statistic`` > ``statement``, by the cues a sentence carries."""
    return next((kind for kind in KIND_ORDER if kind in cue_kinds), "statement")
