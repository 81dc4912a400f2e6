"""A minister named after a list of portfolios: "Minister for Roads, Rail and the Waterways
Orla Brennock said".

Irish government copy writes a minister's full title, its portfolios joined by commas and
"and", right before the name. The parser hangs the name on the list as its last conjunct,
so :func:`.appositions.name_after_portfolio` (one portfolio and the name in one run) found
none and the speaker was "Minister" (round 108). The last conjunct's run after "and" (and
an optional "the") holds one portfolio word, then the name: the words NER tags as a person
or the last two.
"""

from __future__ import annotations

from spacy.tokens import Token

#: How far the last portfolio may be from the title's "for": a few portfolios.
_REACH = 14


def name_ending_portfolio_list(obj: Token) -> list[Token] | None:
    """The name ending the portfolio list whose first portfolio is ``obj`` (the object of
    the title's "for"); None when the list is not one of capitalised portfolios with a
    comma, "and" and a name of two words at least after the last portfolio word."""
    last = obj
    while (nxt := next((c for c in last.rights if c.dep_ == "conj"), None)) is not None:
        last = nxt
    if last is obj or last.pos_ != "PROPN" or last.i - obj.i > _REACH \
            or not any(t.text == "," for t in obj.doc[obj.i : last.i]):
        return None
    doc = obj.doc
    start = last.i
    while doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1
    before = start - 1 - (doc[start - 1].lower_ == "the")
    if doc[before].lower_ != "and" or last.i - start < 2:
        return None
    run = list(doc[start + 1 : last.i + 1])  # the first word is the last portfolio
    person = [t for t in run if t.ent_type_ == "PERSON"]
    if person and person[-1] == last and len(person) > 1:
        return run[run.index(person[0]):]
    return run[-2:]
