"""Claims: quotes, reported speech and check-worthy statements of an article.

Which sentences become claims:

- every direct quote (kind ``quote``) and every reported claim (kind ``reported``), with the
  quote's speaker (``quoted``);
- every other sentence the check-worthiness model scores >= 0.5, or that carries a statistic
  cue (``generator/rules/claim_cues.yaml``), or a prediction cue and a date, or a date and a
  score >= ``DATED_THRESHOLD``, or a ``record`` cue and a score >= ``RECORD_THRESHOLD``,
  asserted by the article itself (speaker None), of kind ``prediction``, ``statistic`` or
  ``statement`` (``statements``), provided it says something (a verb, maybe one the tagger
  misread, and ``MIN_WORDS`` words: no datelines or fragments);
- the headline only when it is a finite clause ("Lowmere raises fares", not "Lowmere to vote
  on levy") that the model scores >= 0.5;
- never anything that overlaps a boilerplate span (photo credits, copyright lines ...).

Modules: ``cues`` (the cue file, its matcher, the kind a sentence's cues give), ``sentences``
(the parser's sentences repaired, the headline, whether a sentence says something),
``quoted`` (claims from quotes) and ``statements`` (claims the article makes itself). This
module runs them; the names below are re-exported so callers import from
``generator.extract.claims`` only.

Scores come from ``generator.extract.checkworthy.score_doc``, one per ``doc.sents``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from generator.extract import Span
from generator.extract.claims.cues import (
    CUE_FILE,
    KIND_ORDER,
    CueFile,
    CueHit,
    CueRule,
    SentenceCues,
    claim_kind,
    find_cues,
    load_cues,
)
from generator.extract.claims.quoted import TRAILING_PUNCTUATION, quote_claims
from generator.extract.claims.sentences import (
    FINITE_TAGS,
    MIN_WORDS,
    SENTENCE_ENDS,
    continues,
    headline_bounds,
    is_finite_clause,
    is_statement,
    iter_sentences,
    repair_sentences,
    stripped_bounds,
    timexes_within,
)
from generator.extract.claims.statements import (
    DATED_THRESHOLD,
    RECORD_THRESHOLD,
    dated_after,
    has_date,
    names_period,
    own_part,
    selected,
    sentence_kinds,
    statement_claims,
    subject_asides,
)
from generator.extract.doctext import doc_text
from generator.extract.hits import Claim, Quote, Timex
from generator.rulefiles import RuleFileError, load_rule_file

__all__ = [
    "CUE_FILE", "DATED_THRESHOLD", "FINITE_TAGS", "KIND_ORDER", "MIN_WORDS", "RECORD_THRESHOLD",
    "SENTENCE_ENDS", "TRAILING_PUNCTUATION", "CueFile", "CueHit", "CueRule", "RuleFileError",
    "SentenceCues",
    "claim_kind", "continues", "dated_after", "find_cues", "has_date", "headline_bounds",
    "is_finite_clause", "is_statement", "iter_claims", "iter_sentences", "load_cues",
    "load_rule_file", "names_period", "own_part", "quote_claims", "repair_sentences",
    "selected", "sentence_kinds", "statement_claims", "stripped_bounds", "subject_asides",
    "timexes_within",
]


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
    claims = quote_claims(doc_text(doc), quotes, sentences, timexes, boilerplate)
    claims += statement_claims(doc, sentences, quotes, SentenceCues(doc, timexes), timexes,
                               published)
    return sorted(claims, key=lambda claim: (claim.start, claim.end))
