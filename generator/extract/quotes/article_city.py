"""The city a local story is datelined in, for "the city" and "city officials" as speakers.

"LARKFIELD, Ohio (AP) — ... city officials said. The city said in a statement ...": where
an all-caps dateline opens a paragraph at the top of the story, the city it names is the
one "the city" stands for, and "city officials" are its officials; the set writes them
"Larkfield" and "Larkfield officials" (round 66; "the city says" -> "Harwick" in round 47).
Without a dateline, or with "the city" qualified ("the city council", "the city's budget
office", "city and county officials"), the mention stays as written. A dateline's place
the parser made a cue's subject is no speaker (:func:`subject_past_dateline`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from generator.extract.doctext import doc_text

#: An all-caps place opening a paragraph, then a comma, a bracket or a dash:
#: "LARKFIELD, Ohio (AP) —", "HARWICK, Ohionda —", "PORT ARDEN —".
_DATELINE = re.compile(r"(?m)^([A-Z][A-Z'.]+(?:[ -][A-Z][A-Z'.]+)*)(?=,| \(| —| –| - )")
#: How far into the story a dateline may be (headline, dek and byline come before it).
_TOP = 600


def dateline_city(doc: Doc) -> str | None:
    """The dateline's city as the story writes it elsewhere ("Larkfield"), read once per
    document; None without a dateline near the top, or when the story never writes the
    name in lower case letters (then the case it takes is unknown)."""
    text = doc_text(doc)
    found = _DATELINE.search(text[:_TOP])
    if found is None or len(found.group(1)) < 3:
        return None
    caps = found.group(1)
    pattern = re.compile(rf"\b{re.escape(caps)}\b", re.IGNORECASE)
    return next((m.group(0) for m in pattern.finditer(text, found.end())
                 if m.group(0) != caps), None)


def without_dateline_place(doc: Doc, names: list) -> list:
    """``names`` (with ``start`` offsets) without the dateline's all-caps place, which NER
    may tag an organisation ("SORVAN, March 9 (Reuters) - ... the bank said"): "the bank"
    never refers back to it (round 76)."""
    found = _DATELINE.search(doc_text(doc)[:_TOP])
    if found is None:
        return names
    return [n for n in names if n.start != found.start(1)]


def city_speaker(token: Token | None, city: str | None) -> str | None:
    """"the city" -> the dateline's city; "city officials" -> its officials; None for any
    other mention, a qualified one ("the city council", "city and county officials") or
    a story with no dateline city."""
    if token is None or city is None:
        return None
    children = [(c.dep_, c.lower_) for c in token.children]
    if token.lower_ == "city" and children == [("det", "the")]:
        return city
    if token.lower_ == "officials" and children == [("compound", "city")]:
        return f"{city} officials"
    return None


#: Dashes closing a dateline ("TARVO, Kestria (AP) —").
_DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def subject_past_dateline(subject: Token | None) -> Token | None:
    """"SAN JOSE, California, March 4 (Reuters) - Korvath Semiconductor said ...": the
    parser made the dateline's all-caps place the cue's subject and the real subject its
    apposition after the dateline's dash; that apposition speaks (round 82). Any other
    subject is returned as it is."""
    if subject is None or not subject.text.isupper() or len(subject.text) < 2:
        return subject
    doc = subject.doc
    first = subject.left_edge.i
    if first > 0 and not doc[first - 1].is_space:
        return subject  # a dateline opens its paragraph
    dash = next((t.i for t in doc[subject.i + 1 : subject.i + 15]
                 if t.text in _DATELINE_DASHES), None)
    if dash is None:
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > dash), subject)
