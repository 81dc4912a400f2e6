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

"the carriers" of a dek above the lede ("..., which the carriers said would help them
compete ...") are the two companies the lede names next ("blocked Skyward Airlines’
planned $6.8 billion acquisition of Pinnacle Air"; round 81's leftover).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from generator.extract.quotes.antecedents import subject_just_before
from generator.extract.quotes.names import Name

#: Nouns set in apposition that make a name a company's: "Ukrenergo, the national grid
#: operator," (round 96).
_BODY_APPOSITIONS = frozenset({"company", "firm", "operator", "group", "corporation",
                               "utility", "provider", "supplier", "manufacturer"})


def company_subject_just_before(head: Token, subjects: list[Name],
                                excluded: Callable[[str], bool]) -> str | None:
    """The last organisation subject (``subjects``: the resolver's, with names NER tagged
    persons that end in a company's trade word) of the sentence before ``head``'s that is
    not ``excluded`` (a public body, a news outlet: "Orvia Air is preparing ..., Reuters
    reported"; a person's surname NER took for a body), for a company noun that is its
    clause's subject; None when that sentence has none."""
    described = described_subject_just_before(head, excluded)
    if described is not None:  # "Ukrenergo, the national grid operator, announced"
        return described
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


def companies_of_lede(names: list[Name], lede: tuple[int, int],
                      excluded: Callable[[str], bool]) -> str | None:
    """"A and B": the first two distinct organisations of ``names`` in the lede (``lede``:
    its character bounds) that are not ``excluded`` (a public body, a news outlet), for a
    plural company noun above it; None when the lede names fewer."""
    found: list[tuple[int, str]] = []
    for name in names:
        if lede[0] <= name.start < lede[1] and not excluded(name.text) \
                and name.text not in {f[1] for f in found}:
            found.append((name.start, name.text))
    found.sort()
    return " and ".join(f[1] for f in found[:2]) if len(found) >= 2 else None


def trade_named_in(doc: Doc, bounds: tuple[int, int], endings: frozenset[str]) -> list[Name]:
    """Names in ``bounds`` that end in a company's trade word ("Skyward Airlines’ planned
    acquisition", which NER may miss): capitalised words before an ending of ``endings``."""
    found = []
    for token in doc:
        if not bounds[0] <= token.idx < bounds[1] or token.lower_ not in endings \
                or not token.text[:1].isupper() or token.i == 0:
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
            start -= 1
        if start < token.i:
            span = doc[start : token.i + 1]
            found.append(Name(span.start_char, tuple(t.lower_ for t in span), span.text))
    return found


def described_subject_just_before(head: Token, excluded: Callable[[str], bool]) -> str | None:
    """"Ukrenergo, the national grid operator, announced outages ... . "...," the company
    said" and "Microchip database PetTrace UK said ... . ..., according to the company":
    a company noun (the subject of its clause, or the source of "according to") right
    after a sentence whose subject is a name the article itself calls a body, by a
    company noun set in apposition or by common nouns before the name, that NER took for
    no organisation (round 96; round 94's leftover): that name, not a company described
    earlier nor the last body named. None for a name ``excluded`` (a public body, an
    outlet, a person: "Passenger Eilidh Munro" has a noun before it but is a person)."""
    according = head.dep_ == "pobj" and head.head.lower_ == "to" \
        and head.head.head.lower_ == "according"
    if not (head.dep_ == "nsubj" or according) or head.sent.start == 0:
        return None
    before = head.doc[head.sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or not subject.text[:1].isupper():
        return None
    names = [c for c in subject.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    name = " ".join(t.text for t in [*names, subject])
    # a body's own kind in apposition: "Ukrenergo, the national grid operator,"
    apposed = any(c.dep_ == "appos" and c.lemma_.casefold() in _BODY_APPOSITIONS
                  for c in subject.children)
    described = any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < subject.i
                    for c in subject.lefts) and subject.ent_type_ != "PERSON"
    return name if (apposed or described) and not excluded(name) else None
