"""A bare company noun right after a sentence whose subject is a company: "Halvorsen
Dynamics, one of the losing bidders, filed a protest ... . In a summary posted on the GAO's
website, the company argued that ..." is Halvorsen Dynamics, not "Veridian Aerosystems, a
drone company," described paragraphs before, nor the last body that spoke; "Ofwat said
Severn Vale Water had left faulty monitors unrepaired ... ¶ The firm, which supplies 1.4
million homes, said" is the company of the sentence before, the last subject in it that is
no public body (round 86; as "it" opening a report takes such a subject,
:func:`.antecedents.body_subject_before`).

When that subject is a company's short name NER took for a person ("Lundara, which is
listed in London and Toronto, rejected the claim. In a filing to the London Stock Exchange,
the company said"), the company is the full name it shortens ("Lundara Copper", named
before), not the exchange the filing went to (round 88).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from generator.extract.quotes.antecedents import subject_just_before
from generator.extract.quotes.names import Name


def company_subject_just_before(head: Token, subjects: list[Name],
                                excluded: Callable[[str], bool]) -> str | None:
    """The last organisation subject (``subjects``: the resolver's, with names NER tagged
    persons that end in a company's trade word) of the sentence before ``head``'s that is
    not ``excluded`` (a public body, a news outlet: "Orvia Air is preparing ..., Reuters
    reported"; a person's surname NER took for a body), for a company noun that is its
    clause's subject; None when that sentence has none."""
    sentence = head.sent
    if head.dep_ != "nsubj" or sentence.start == 0:
        return None
    before = head.doc[sentence.start - 1].sent
    found = [o for o in subjects if before.start_char <= o.start < before.end_char
             and not excluded(o.text)]
    return found[-1].text if found else None


def shortened_company_just_before(head: Token, text: str, in_quote: list[bool],
                                  endings: frozenset[str]) -> str | None:
    """The full company name, written before, that the proper-noun subject of the sentence
    before ``head``'s shortens: the same word followed by a company's trade word
    (``endings``: speakers.yaml ``company_name_endings``), for a company noun that is its
    clause's subject; None otherwise."""
    if head.dep_ != "nsubj":
        return None
    subject = subject_just_before(head, text)
    if subject is None or in_quote[subject.i] or subject.pos_ != "PROPN" \
            or any(c.dep_ == "compound" for c in subject.children):
        return None
    doc = subject.doc
    return next((f"{t.text} {doc[t.i + 1].text}" for t in doc[: subject.i]
                 if t.text == subject.text and doc[t.i + 1].pos_ == "PROPN"
                 and doc[t.i + 1].lower_ in endings), None)
