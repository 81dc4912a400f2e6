"""A plural noun ending a relative clause on the speaker, read as a verb and made the cue's
subject: "Achterberg, who competed with Fallowmere for Asian central bank mandates in the
2000s, said ..." (round 105): the tagger read "mandates" as a verb, the parser made it the
subject of "said" and the name its own subject. The name the relative clause describes is
the cue's subject.
"""

from __future__ import annotations

from spacy.tokens import Token


def antecedent_before_noun_read_as_verb(subject: Token) -> Token | None:
    """The name set off before a who-clause whose last noun ``subject`` is ("Achterberg"
    for "mandates"), or None when ``subject`` is no such verb."""
    if subject.tag_ != "VBZ":
        return None
    name = next((c for c in subject.lefts if c.dep_ == "nsubj"), None)
    if name is None or name.pos_ not in ("PROPN", "NOUN") or name.i + 2 >= subject.i:
        return None
    relative = next((c for c in name.rights if c.dep_ == "relcl"), None)
    return name if relative is not None and relative.right_edge.i == subject.i - 1 \
        and name.doc[name.i + 1].text == "," \
        and name.doc[name.i + 2].text.casefold() in ("who", "which", "whose") else None
