"""Parties spelt out with their acronyms in brackets are the pair the story names by them
(round 100).

"Velmar: KDU and SDP agree to open coalition talks ... The Christian Democrats (KDU) and
Social Democrats (SDP) in the state of Velmar announced ...": the lede spells out the
pair the headline named by its acronyms; whatever the parser made of the lede ("Democrats
and Social Democrats", "Christian Democrats and Social Democrats"), the speakers are one
pair, named as the story first named them ("KDU and SDP", the gold's joint speaker); so is
a subject that opens such a pair, though read as its first name only.
"""

from __future__ import annotations

import re

from generator.extract.quotes.cues import RawQuote
from generator.extract.quotes.mention_types import Speaker
from generator.extract.quotes.mentions import join_names

#: The parts of a joined name ("A and B", "A, B and C").
_JOINERS = re.compile(r", | and ")


def _acronyms_of(text: str, parts: list[str]) -> list[str] | None:
    """["KDU", "SDP"] of the parts ["Democrats", "Social Democrats"] in ``text``: the
    upper-case word in brackets right after each part ("Christian Democrats (KDU)");
    a part whose words end two spelt-out names takes the acronym the other leaves."""
    candidates = [set(re.findall(rf"\b{re.escape(part)} \(([A-Z]{{2,6}})\)", text))
                  for part in parts]
    taken = {next(iter(c)) for c in candidates if len(c) == 1}
    chosen = [c if len(c) == 1 else c - taken for c in candidates]
    if not all(len(c) == 1 for c in chosen) or len(set().union(*chosen)) != len(parts):
        return None
    return [next(iter(c)) for c in chosen]


Resolved = list[tuple[RawQuote, Speaker]]


def pairs_named_by_acronyms(text: str, resolved: Resolved) -> Resolved:
    """``resolved`` with each joined speaker whose every part the text follows with an
    acronym in brackets renamed to the acronyms joined, when another quote already has
    that pair as its speaker."""
    names = {speaker.name for _, speaker in resolved if speaker.name}
    renamed = []
    for raw, speaker in resolved:
        parts = _JOINERS.split(speaker.name) if speaker.name and " and " in speaker.name \
            else []
        acronyms = _acronyms_of(text, parts) if parts else None
        pair = join_names(acronyms) if acronyms else _pair_opened_by(text, raw)
        if pair is not None and pair != speaker.name and pair in names:
            speaker = Speaker(pair, speaker.mention, speaker.role, speaker.kind)
        renamed.append((raw, speaker))
    return renamed


#: "Christian Democrats (CDU) and Social Democrats (SPD)": two names, each with its acronym.
_SPELT_PAIR = re.compile(r"[\w -]*?\(([A-Z]{2,6})\) and (?:[A-Z][\w-]* )+\(([A-Z]{2,6})\)")


def _pair_opened_by(text: str, raw: RawQuote) -> str | None:
    """"CDU and SPD" of a subject that opens such a pair ("The Christian Democrats (CDU)
    and Social Democrats (SPD) ... announced"), read as its first name only."""
    subject = raw.subject
    if subject is None or raw.start < subject.idx:
        return None  # the pair must be the subject before the report, not a name inside it
    found = _SPELT_PAIR.match(text, subject.idx, subject.idx + 120)
    return join_names([found.group(1), found.group(2)]) if found else None
