"""Small, frozen results that the extractors return (textacy style).

Every extractor is a function from a spaCy ``Doc`` (plus the article's publication date where
dates matter) to a list of these hits. Offsets are Python string indices into ``doc.text``, so
``doc.text[hit.start:hit.end]`` is the hit's text. Hits never touch disk: ``generator.store``
turns them into the claim file and ``generator.annotate`` into JSON lines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

#: Granularities a resolved date can have, finest first.
GRANULARITIES = ("time", "day", "week", "month", "quarter", "season", "year", "decade", "century")


@dataclass(frozen=True, slots=True)
class DateRange:
    """The calendar range a date expression covers, e.g. "next week" -> Mon..Sun."""

    start: dt.date
    """First day of the range (inclusive)."""
    end: dt.date
    """Last day of the range (inclusive)."""
    granularity: str
    """One of ``GRANULARITIES``."""
    approximate: bool = False
    """True for "nearly 13 months ago", "around 2010" and other fuzzy dates."""


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression with its TimeML TIMEX3 type, value and modifier."""

    start: int
    end: int
    text: str
    type: str
    """DATE, TIME, DURATION or SET."""
    value: str
    """TIMEX3 value: ``2023-03-17``, ``2023-W12``, ``2023-SP``, ``P6M``, ``PRESENT_REF`` ...
    Relative expressions in an article with no publication date keep an unresolved value
    such as ``XXXX-WXX`` (TimeML's placeholder digits) rather than a guess."""
    mod: str | None = None
    """TIMEX3 mod: APPROX, START, MID, END, MORE_THAN, LESS_THAN, ... or None."""
    range: DateRange | None = None
    """Resolved calendar range for DATE/TIME values; None for durations, sets, *_REF values
    and unresolved dates."""
    rule: str = ""
    """Id of the rule that found it (for debugging and error reports)."""
    tense: str | None = None
    """Tense of the clause it sits in (``past``, ``present``, ``future``), so the value can be
    resolved again, without spaCy, when an editor changes the publication date."""


@dataclass(frozen=True, slots=True)
class Quote:
    """Direct or reported speech with its speaker."""

    start: int
    end: int
    content: str
    """``text[start:end]``: for direct quotes the words inside the marks, for reported speech
    the reported clause."""
    kind: str
    """``direct`` or ``indirect``."""
    speaker: str | None
    """Canonical speaker name ("John Kirby", "US officials"), or None if unknown."""
    speaker_mention: str | None = None
    """The words that name the speaker in this sentence ("Mr. Kirby", "he")."""
    cue: str | None = None
    """The reporting verb or phrase ("said", "told reporters", "according to")."""
    speaker_role: str | None = None
    """The speaker's role as the article gives it ("National Security Council spokesman")."""
    speaker_kind: str | None = None
    """``person``, ``organization`` or ``group`` (unnamed sources such as "US officials")."""
    sentence_start: int = 0
    sentence_end: int = 0
    """Offsets of the sentence(s) the quote sits in."""
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with its check-worthiness score (0..1, >= 0.5 means check-worthy)."""

    start: int
    end: int
    checkworthiness: float
    boilerplate: bool = False
    """True for photo credits, copyright lines and similar: never a claim."""


@dataclass(frozen=True, slots=True)
class Claim:
    """A check-worthy statement, quote or reported claim."""

    start: int
    end: int
    text: str
    kind: str
    """``quote``, ``reported``, ``statement``, ``statistic`` or ``prediction``."""
    speaker: str | None
    """Canonical speaker; None means the publication itself asserts it."""
    sentence_start: int
    sentence_end: int
    checkworthiness: float
    speaker_role: str | None = None
    cue: str | None = None
    timexes: tuple[Timex, ...] = ()
    """Dates mentioned in the claim's sentence."""


@dataclass(frozen=True, slots=True)
class Event:
    """A dated happening: who does what, when, and whether it happened."""

    what: str
    """Short description: "Xi Jinping meets Vladimir Putin in Moscow"."""
    when: Timex
    status: str
    """``happened``, ``planned`` or ``expected``."""
    participants: tuple[str, ...] = ()
    claim_starts: tuple[int, ...] = ()
    """``start`` offsets of the claims it comes from (claims are keyed by position until
    the store gives them ids)."""
    mentions: tuple[tuple[int, int], ...] = field(default=())
    """(start, end) of every sentence that tells of it."""


@dataclass(slots=True)
class Extraction:
    """Everything the extractors found in one article."""

    text: str
    published: dt.date | None
    sentences: list[Sentence] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    anchors: tuple[tuple[int, dt.date], ...] = ()
    """A live blog's entries: ``(offset, day)`` where each starts and the day it was posted."""

    def anchor_at(self, offset: int) -> dt.date | None:
        """The day the dates at ``offset`` resolve against (``day_at``)."""
        return day_at(self.published, self.anchors, offset)


def day_at(published: dt.date | None, anchors: Sequence[tuple[int, dt.date]],
           offset: int) -> dt.date | None:
    """The day the dates at ``offset`` resolve against: the day of the live blog entry it is
    in (``anchors``, in text order), else ``published``."""
    day = published
    for start, entry_day in anchors:
        if start > offset:
            break
        day = entry_day
    return day
