"""Broadcast transcripts with speaker labels ("TOMAS ARRIAGA: There. See that?"): each
guest's turn is that guest's direct speech, though it carries no quotation marks.

Radio and television transcripts open every turn with the speaker's name in capitals, the
first time with the role of the programme's own staff ("AYESHA MOLINA, HOST:", "RHEA
CASTELLANO, BYLINE:"), later often with the surname alone ("CASTELLANO:"). The host's and
the reporter's turns are the programme's narration (the writer's prose, whose reported
speech the other stages find); every other labelled turn is a quote of the person named.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from generator.extract.doctext import doc_text
from generator.extract.quotes.cues import RawQuote

#: "NAME:", "NAME, ROLE:" or "NAME (ROLE):" at the start of a paragraph, the name in
#: capitals (1-4 words); community radio writes the role in brackets (round 104).
LABEL = re.compile(
    r"(?P<name>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3})"
    r"(?:, (?P<role>[A-Z][A-Z ,]+)| \((?P<bracketed>[A-Z][A-Z ,]+)\))?:(?:\s+|$)")
#: Roles of the programme's own staff: their turns are narration, not quotes.
STAFF_ROLES = frozenset({"HOST", "BYLINE", "ANCHOR", "PRESENTER", "REPORTER",
                         "CORRESPONDENT", "NEWSCASTER", "MODERATOR"})
#: Labels that are no person ("Q:", "A:" belong to :mod:`.interview`).
_NOT_NAMES = frozenset({"Q", "A", "NOTE", "UPDATE", "EDITOR'S NOTE", "CORRECTION", "WATCH"})
#: Fewest labelled turns that make an article a transcript when no label has a staff role.
MIN_TURNS = 3


def iter_turns(doc: Doc, paragraphs: list[tuple[int, int]]) -> Iterator[RawQuote]:
    """Guests' turns of a transcript as direct quotes whose ``label`` is the guest's name
    as the label writes it, title-cased ("Tomas Arriaga", "Arriaga"); none unless the
    article is a transcript (a label with a staff role, or several labelled turns).

    Args:
        doc: The parsed article.
        paragraphs: (start, end) of each paragraph.
    """
    text = doc_text(doc)
    turns = [(k, label) for k, (a, b) in enumerate(paragraphs)
             if (label := LABEL.match(text, a, b)) and label["name"] not in _NOT_NAMES]
    staff = {label["name"] for _, label in turns
             if _is_staff(label["role"] or label["bracketed"])}
    if not staff and len(turns) < MIN_TURNS:
        return
    staff_words = {word for name in staff for word in name.split()}
    for k, label in turns:
        name = label["name"]
        if name in staff or set(name.split()) <= staff_words:
            continue  # the host's and reporter's own words
        start, end = label.end(), len(text[: paragraphs[k][1]].rstrip())
        if end - start < 2:
            continue
        yield RawQuote(start, end, "direct", None, None, paragraphs[k][0], paragraphs[k][1],
                       "transcript-turn", paragraph=k, label=_title(name))


def _is_staff(role: str | None) -> bool:
    return bool(role) and any(word in STAFF_ROLES for word in re.split(r"[ ,]+", role))


def _title(name: str) -> str:
    """"TOMAS ARRIAGA" -> "Tomas Arriaga", "MCBRIDE-HALL" -> "Mcbride-Hall"."""
    return " ".join("-".join(part.capitalize() for part in word.split("-"))
                    for word in name.split())
