"""An unnamed role at the top of a story that the next paragraphs name in apposition.

Court and news copy opens with "a federal prosecutor told jurors ..." and names the person
a paragraph or two later as "the prosecutor, Alicia Moreno, said ...": the definite role,
with the same head noun and the name set off after it, introduces the person the
indefinite one described. A summary line under the headline ("a prosecutor told jurors
that ...") is read the same way, as is any such description before the naming. A lede's
office ("the chief inspector of prisons has warned") is the person whom the next paragraph
opens by naming as its subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from generator.extract.doctext import doc_text
from generator.extract.quotes.lede import lede_paragraph, paragraph_index

#: How many paragraphs on the naming may come (a byline may sit between).
_PARAGRAPHS_AHEAD = 3


def _title_of_name(token: Token, in_lede: bool) -> bool:
    """"Judge" of "Immigration Judge Harold Brinkerhoff": the role written as the title of
    the name it precedes. British copy writes it in lower case ("senior coroner Alison
    Pryce"), which names the lede's description ("..., a coroner has concluded", round 80);
    further down, "a ... spokesperson said" and "spokesperson Wang Wenbin told reporters"
    may be two people (the seed's gold keeps them apart)."""
    return token.dep_ == "compound" and token.head.pos_ == "PROPN" \
        and token.head.i > token.i and (token.text[:1].isupper() or in_lede)


def named_next_as_role(head: Token, person_name: Callable[[Token], str | None],
                       org_nouns: frozenset[str] = frozenset()) -> str | None:
    """The person that "the ROLE, NAME" (or "ROLE NAME", the role as a title) names in the
    next few paragraphs, for a mention "a ROLE" (an indefinite singular noun with no name
    of its own); None otherwise.

    Args:
        head: The head noun of the speaker mention ("prosecutor" of "a federal prosecutor").
        person_name: The canonical name of the person a token names, or None.
        org_nouns: Nouns of institutions (speakers.yaml ``org_nouns``): a lede's "the civil
            protection" is no office.

    Returns:
        The name, when the first definite mention of the role after ``head`` carries one
        in apposition; None when it does not, or none comes in time.
    """
    if head.tag_ != "NN" or not (any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                     for c in head.children) or (
            _lede_office(head) and head.lemma_.casefold() not in org_nouns)):
        return None
    if any(c.dep_ == "appos" for c in head.children):
        return None  # "a prosecutor, X," names itself
    doc = head.doc
    end = _paragraphs_end(doc_text(doc), head.idx, _PARAGRAPHS_AHEAD)
    lemma = head.lemma_.casefold()
    in_lede = paragraph_index(doc, head.idx) == lede_paragraph(doc)
    for token in doc[head.i + 1 :]:
        if token.idx >= end:
            return None
        if token.lemma_.casefold() == lemma and _title_of_name(token, in_lede):
            return person_name(token.head)  # "a federal judge ... ¶ Judge Ada Vell said"
        if token.lemma_.casefold() != lemma or token.tag_ != "NN":
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
                or token.dep_ == "poss":
            continue  # "The auditor's 62-page report found ...": the office is no speaker
        name = next((c for c in token.children if c.dep_ == "appos"), None)
        return person_name(name) if name is not None else None
    return None


def _lede_office(head: Token) -> bool:
    """"..., the state auditor said Thursday." in the lede, then "State Auditor Renee Okafor
    told reporters": a definite office of the lede is introduced the same way (round 61)."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
        and paragraph_index(head.doc, head.idx) == lede_paragraph(head.doc)


def _paragraphs_end(text: str, at: int, count: int) -> int:
    """The offset where the ``count``-th paragraph after the one holding ``at`` ends."""
    breaks = [m.start() for m in re.finditer(r"\n\s*\n", text) if m.start() >= at]
    return breaks[count] if len(breaks) > count else len(text)


def office_holder_named_next(head: Token, titles: frozenset[str],
                             person_name: Callable[[Token], str | None]) -> str | None:
    """"Prisons are full, the chief inspector of prisons has warned." then "In his annual
    report, Nigel Ashdown said ...": a lede's office ("the TITLE of X", no name of its own)
    is the person the first sentence of the next paragraph names as its main subject, when
    the text has not named that person before and gives no title of their own (round 46).

    Args:
        head: The head noun of the speaker mention ("inspector").
        titles: Title words (speakers.yaml ``titles``).
        person_name: The canonical name of the person a token names, or None.

    Returns:
        The name, or None when the mention is no such office or the next paragraph does
        not open with a named person.
    """
    doc = head.doc
    office = head.tag_ == "NN" and head.lower_ in titles \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children) \
        and not any(c.dep_ == "appos" for c in head.children)
    lede = lede_paragraph(doc)
    if not office or paragraph_index(doc, head.idx) != lede:
        return None
    first = next((t for t in doc[head.i :] if paragraph_index(doc, t.idx) == lede + 1
                  and not t.is_space), None)
    if first is None:
        return None
    subject = next((c for c in first.sent.root.children if c.dep_ == "nsubj"), None)
    name = person_name(subject) if subject is not None and subject.pos_ == "PROPN" else None
    if name is None or any(t.text == subject.text for t in doc[: head.i]):
        return None
    if any(c.dep_ in ("compound", "appos") and c.lower_ in titles for c in subject.children):
        return None  # "Health Minister Ada Quill said": someone with an office of her own
    return name
