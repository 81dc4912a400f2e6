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

from generator.extract.datelines import dateline_place, is_caps_word, is_dash
from generator.extract.doctext import doc_text


def dateline_city(doc: Doc) -> str | None:
    """The dateline's city as the story writes it elsewhere ("Larkfield"), read once per
    document; None without a dateline near the top (``dateline_place``: "LARKFIELD, Ohio
    (AP) —", "PORT ARDEN —"), or when the story never writes the name in lower case letters
    (then the case it takes is unknown)."""
    found = dateline_place(doc)
    if found is None or len(found[1]) < 3:
        return None
    start, caps = found
    pattern = re.compile(rf"\b{re.escape(caps)}\b", re.IGNORECASE)
    return next((m.group(0) for m in pattern.finditer(doc_text(doc), start + len(caps))
                 if m.group(0) != caps), None)


def without_dateline_place(doc: Doc, names: list) -> list:
    """``names`` (with ``start`` offsets) without the dateline's all-caps place, which NER
    may tag an organisation ("SORVAN, March 9 (Reuters) - ... the bank said"): "the bank"
    never refers back to it (round 76)."""
    found = dateline_place(doc)
    if found is None:
        return names
    return [n for n in names if n.start != found[0]]


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


def subject_past_dateline(subject: Token | None) -> Token | None:
    """"SAN JOSE, California, March 4 (Reuters) - Korvath Semiconductor said ...": the
    parser made the dateline's all-caps place the cue's subject and the real subject its
    apposition after the dateline's dash; that apposition speaks (round 82). Any other
    subject is returned as it is."""
    if subject is None or not is_caps_word(subject):
        return subject
    doc = subject.doc
    first = subject.left_edge.i
    # a dateline opens its paragraph; asked of the phrase's first token and as a space
    # token before it (not datelines.opens_paragraph, which reads the line break off any
    # token: the variant the round-82 sets were checked with)
    if first > 0 and not doc[first - 1].is_space:
        return subject
    dash = next((t.i for t in doc[subject.i + 1 : subject.i + 15] if is_dash(t)), None)
    if dash is None:
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.i > dash), subject)
