"""A bare company noun right after a sentence whose subject is a company: "Halvorsen
Dynamics, one of the losing bidders, filed a protest ... . In a summary posted on the GAO's
website, the company argued that ..." is Halvorsen Dynamics, not "Veridian Aerosystems, a
drone company," described paragraphs before, nor the last body that spoke; "Ofwat said
Severn Vale Water had left faulty monitors unrepaired ... ¶ The firm, which supplies 1.4
million homes, said" is the company of the sentence before, the last subject in it that is
no public body (round 86; as "it" opening a report takes such a subject,
:func:`.antecedents.body_subject_before`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

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
