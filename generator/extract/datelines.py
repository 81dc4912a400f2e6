"""Datelines: the one place that says what a dateline is, and the questions extractors ask.

"MARROW FALLS, March 12 (Ledger) — The council voted ...", "LONDON (Reuters) - ...",
"PORT ARDEN — ...": a place (maybe a region, a date and a credit) opening a paragraph, closed
by a dash. The patterns are data (``generator/rules/datelines.yaml``, each with examples the
tests run), compiled once per process; the questions below are small functions over text
offsets or spaCy tokens (duck-typed: this module imports no spaCy).

Text (character offsets):

- :func:`dateline_end` / :func:`after_dateline`: where a paragraph's dateline ends (claims);
- :func:`dateline_place`: the top dateline's place, cached per ``Doc`` (quotes' "the city");
- :func:`in_dateline`: whether a span lies before a dateline's closing dash (events' dates).

Tokens (the parser often keeps the dateline in the lede's sentence and misreads it):

- :func:`opens_paragraph`, :func:`is_caps_word`, :func:`is_dash`: the shared vocabulary;
- :func:`token_in_dateline`: a name in the dateline is no participant (events);
- :func:`is_dateline_place`: a dateline's place the parser made a subject (events), closed
  by a dash; :func:`dateline_apposition`: the subject the parser hung on it (events);
- :func:`is_set_off_caps`: the same question as quotes ask it, where a capitalised word
  set off by punctuation counts without a dash but an acronym the verb follows ("UN says")
  is a subject;
- :func:`without_dateline`: a reported clause without the dateline (or transcript label)
  that opens its paragraph (quotes).

The variants differ on purpose: each was tuned on the set of the stage that asks it, and
making them one changes output (the refactor that gathered them here kept every output
byte-identical). A new caller should ask the closest existing question, not add a pattern.
"""

from __future__ import annotations

import functools
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from generator.rulefiles import load_rule_file

#: ``{name}`` placeholders; regex counted repetition such as ``{1,4}`` never matches this.
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
#: Where :func:`dateline_place` keeps its answer in ``Doc.user_data``.
PLACE_KEY = "datelines_top_place"
#: How far into the story the dateline of :func:`dateline_place` may be (headline, dek and
#: byline come before it).
TOP_CHARS = 600


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class DatelineExample(_Strict):
    text: str
    expect: str
    """The text the pattern's question gives: the whole dateline, its place or its dash."""


class DatelinePattern(_Strict):
    id: Literal["paragraph-opening", "top-place", "closing-dash"]
    description: str
    pattern: str
    multiline: bool = False
    max_chars: int | None = None
    examples: list[DatelineExample] = Field(min_length=1)
    not_: list[str] = Field(default_factory=list, alias="not")


class DatelineRules(_Strict):
    fragments: dict[str, str]
    dashes: frozenset[str]
    patterns: list[DatelinePattern]

    @field_validator("patterns")
    @classmethod
    def _all_patterns(cls, patterns: list[DatelinePattern]) -> list[DatelinePattern]:
        ids = sorted(p.id for p in patterns)
        if ids != sorted({"paragraph-opening", "top-place", "closing-dash"}):
            raise ValueError(f"expected each of the three patterns once, got {ids}")
        return patterns

    def pattern(self, pattern_id: str) -> DatelinePattern:
        return next(p for p in self.patterns if p.id == pattern_id)


def expand(pattern: str, fragments: dict[str, str], depth: int = 0) -> str:
    """``{name}`` placeholders replaced by ``(?:fragment)``, recursively."""
    if depth > 5:
        raise ValueError("fragments nest more than 5 levels (a cycle?)")

    def substitute(match: re.Match[str]) -> str:
        return f"(?:{expand(fragments[match.group(1)], fragments, depth + 1)})"

    return _PLACEHOLDER.sub(substitute, pattern)


@functools.lru_cache(maxsize=1)
def load_datelines() -> DatelineRules:
    """The validated ``datelines.yaml`` (read once per process)."""
    return load_rule_file("datelines.yaml", DatelineRules)


@functools.cache
def compiled(pattern_id: str) -> re.Pattern[str]:
    """The pattern ``pattern_id`` of ``datelines.yaml``, fragments expanded, compiled once."""
    rules = load_datelines()
    rule = rules.pattern(pattern_id)
    return re.compile(expand(rule.pattern, rules.fragments),
                      re.MULTILINE if rule.multiline else 0)


def dashes() -> frozenset[str]:
    """The dash tokens that close a dateline: "—", "–", "-", "--"."""
    return load_datelines().dashes


# Read and compiled once, at import: the questions below run on every token and date.
_PARAGRAPH_OPENING = compiled("paragraph-opening")
_TOP_PLACE = compiled("top-place")
_CLOSING_DASH = compiled("closing-dash")
_CLOSING_MAX_CHARS = load_datelines().pattern("closing-dash").max_chars or 0
_DASHES = dashes()


# --- text -----------------------------------------------------------------------------------


def dateline_end(text: str, start: int, end: int) -> int | None:
    """Where the dateline (``paragraph-opening``) that ``text[start:end]`` opens ends, after
    its dash and space; None without one. The caller says ``start`` opens a paragraph."""
    match = _PARAGRAPH_OPENING.match(text, start, end)
    return match.end() if match else None


def after_dateline(text: str, start: int, end: int) -> int:
    """Where the sentence ``text[start:end]`` starts once a dateline opening its paragraph is
    left out; ``start`` when there is none, or when the dateline is all the sentence has. The
    parser may end a sentence inside the dateline ("PORT VELMAR" alone, then "— The city
    council postponed ..."): the sentence after it starts after the dateline's dash too."""
    paragraph = text.rfind("\n", 0, start) + 1
    found = dateline_end(text, paragraph, end)
    return found if found is not None and start <= found < end else start


def top_place(text: str) -> tuple[int, str] | None:
    """(start, place) of the first dateline place (``top-place``) in the top ``TOP_CHARS``
    characters of ``text``, or None."""
    found = _TOP_PLACE.search(text[:TOP_CHARS])
    return (found.start("place"), found.group("place")) if found else None


def dateline_place(doc) -> tuple[int, str] | None:
    """:func:`top_place` of the document's text, found once per ``Doc``."""
    if PLACE_KEY not in doc.user_data:
        from generator.extract.doctext import doc_text

        doc.user_data[PLACE_KEY] = top_place(doc_text(doc))
    return doc.user_data[PLACE_KEY]


def closing_dash(text: str, paragraph: int) -> re.Match[str] | None:
    """The dash (``closing-dash``) closing a dateline that opens the paragraph starting at
    ``paragraph``: its first word is in capitals and the dash is within ``max_chars``."""
    head = text[paragraph:paragraph + _CLOSING_MAX_CHARS]
    words = head.split(maxsplit=1)
    first = words[0].strip(",") if words else ""
    if len(first) < 2 or not first.isupper():
        return None
    return _CLOSING_DASH.search(head)


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sits in a dateline, before the dash that closes it
    (``closing-dash``): "*Sept 18*" of "ORSKVIK, Norvale, Sept 18 (Reuters) - ..."."""
    paragraph = text.rfind("\n", 0, start) + 1
    dash = closing_dash(text, paragraph)
    return dash is not None and end <= paragraph + dash.start()


# --- tokens ---------------------------------------------------------------------------------


def opens_paragraph(token) -> bool:
    """The token is the document's first or follows a line break."""
    return token.i == 0 or "\n" in token.doc[token.i - 1].text_with_ws


def is_caps_word(token, min_len: int = 2) -> bool:
    """A word in capitals of at least ``min_len`` characters ("LONDON", "UN")."""
    return len(token.text) >= min_len and token.text.isupper()


def is_dash(token) -> bool:
    """A dash that may close a dateline."""
    return token.text in _DASHES


def token_in_dateline(token, window: int = 12) -> bool:
    """Whether a token sits in a dateline ("ORSKVIK, Norvale, Sept 18 (*Reuters*) -"): its
    paragraph opens (within ``window`` tokens before it) with a word in capitals, and a dash
    comes within ``window`` tokens from it, with no verb before the dash."""
    doc = token.doc
    start = token.i
    while start > 0 and "\n" not in doc[start - 1].text_with_ws and token.i - start < window:
        start -= 1
    first = doc[start]
    if (start > 0 and "\n" not in doc[start - 1].text_with_ws) or len(first.text) < 2 \
            or not first.text.isupper():  # opens_paragraph and is_caps_word, inlined (speed)
        return False
    for after in doc[token.i:min(len(doc), token.i + window)]:
        if after.text in _DASHES:
            return all(t.pos_ not in ("VERB", "AUX") for t in doc[start:after.i])
    return False


def is_dateline_place(token, window: int = 8) -> bool:
    """A place in capitals opening a paragraph that a dash follows ("TARNBY —"), or a comma
    and, on the same line within ``window`` tokens, a dash ("VESTERHAVN, Norway, April 16
    —"). Events ask it of a verb's subjects: a dateline is none. The place may be the last word
    of several in capitals ("SANTA *VERDE*, Calif., June 16 —", round 53)."""
    doc = token.doc
    if len(token.text) < 2 or not token.text.isupper():
        return False  # the cheapest test first: most tokens are no word in capitals
    first = token
    while not opens_paragraph(first) and is_caps_word(doc[first.i - 1]) \
            and doc[first.i - 1].is_alpha:
        first = doc[first.i - 1]
    if not opens_paragraph(first):
        return False
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is None:
        return False
    if after.text in _DASHES:
        return True
    line = doc[token.i + 1:token.i + 1 + window]
    return after.text == "," and any(t.text in _DASHES for t in line) \
        and not any("\n" in t.text_with_ws for t in line)


def dateline_apposition(place):
    """The first noun the parser hung on a dateline's place after its dash: the subject it
    stands in for ("VESTERHAVN, Norway, April 16 — *The launch* ... was scrubbed"; "SANTA
    VERDE, Calif., June 16 — *A juror* in the trial brought by ..., the singer Tessa Marlowe,
    was dismissed", round 53, not a later apposition nearer the verb)."""
    dash = next((t.i for t in place.doc[place.i:place.i + 12] if is_dash(t)), place.i)
    return next((a for a in place.children if a.dep_ == "appos"
                 and a.pos_ in ("NOUN", "PROPN") and a.i > dash), None)


def is_set_off_caps(token) -> bool:
    """A word in capitals opening a paragraph, heading no phrase, and set off by
    punctuation or the rest of a place in capitals ("DETROIT (Reuters) -", "SAN JOSE,"):
    quotes' dateline subject. Unlike :func:`is_dateline_place` it needs no dash (quotes
    meet datelines the parser cut anywhere); an acronym the verb follows ("UN says ...",
    "EU warns ...") is a subject, not a dateline."""
    if len(token.text) < 2 or not token.text.isupper() or not opens_paragraph(token):
        return False  # the cheapest test first: most tokens are no word in capitals
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    set_off = following is None or following.is_punct or following.text.isupper()
    return token.left_edge.i == token.i and set_off


def without_dateline(tokens: list, window: int = 10) -> list:
    """``tokens`` without a dateline ("DUNMORE —", "TARVO, Kestria (AP) —") or a
    transcript's speaker label ("CASTELLANO:") that opens them: a word in capitals, then a
    dash (or, right after the capitals, a colon) within ``window`` tokens; or an agency's
    credit in brackets, then a dash ("(Reuters) -"), after a city the clause left out."""
    words = [t for t in tokens[:window] if not t.is_punct]
    agency = bool(tokens) and tokens[0].text == "("
    if not words or len(words[0].text) < 2 or not (words[0].text.isupper() or agency):
        return tokens
    for k, token in enumerate(tokens[:window]):
        if token.text in _DASHES:
            return tokens[k + 1 :]
        if token.text == ":" and all(t.text.isupper() or t.text == "," for t in tokens[:k]):
            return tokens[k + 1 :]
    return tokens
