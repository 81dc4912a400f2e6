"""Relatives of the article's persons: family members named by first name or by kinship.

Human-interest copy names relatives the way people speak of them: "Pruett's wife, Carol,"
(no surname) and "her father says" (no name at all). Family members usually share a
surname, which is what these functions rely on; where that leaves more than one candidate
they give up rather than guess.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from generator.extract.doctext import doc_text
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.names import Name, fold, name_text
from generator.extract.quotes.token_index import indices_where

#: "Col and " right before a full name: a partner given by first name.
_PARTNER = re.compile(r"\b([A-Z][a-z]+) and $")

#: Possessive pronouns and the personal pronoun of their person.
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she"}


def first_names_of_relatives(doc: Doc, lex: Lexicon, full_name: Callable[[str, int], str],
                             pronoun_owner: Callable[[Token], str | None] = lambda t: None,
                             ) -> dict[str, str]:
    """Folded first name -> full name for "Pruett's wife, Carol," and "Her husband, Pablo,":
    a relative given by first name alone, in apposition to a family noun, takes the
    possessor's surname ("Carol Pruett").

    Args:
        doc: The parsed article.
        lex: The word lists (``kinship``).
        full_name: The article's full form of a name found at an offset.
        pronoun_owner: The full name a possessive pronoun ("her") refers to, or None.
    """
    found: dict[str, str] = {}
    of_the_family: list[str] = []
    for i in indices_where(doc, LOWER, lambda word: word in lex.kinship):
        token = doc[i]
        if token.lower_ not in lex.kinship or token.pos_ != "NOUN":
            continue
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        first = next((c for c in token.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                      and (doc[c.i - 1].text == "," or c.i == token.i + 1)  # "His son Lukas,"
                      and not any(g.dep_ in ("compound", "flat") for g in c.children)), None)
        if first is None and _first_name_after(token):  # "Her brother Mateus, 6," (round 98)
            first = token.head
            owner = owner or next((c for c in first.children if c.dep_ == "poss"), None)
        if owner is None or first is None:
            continue
        if owner.lower_ in lex.group_of_people or owner.lower_ in lex.households:
            of_the_family.append(first.text)  # "The couple's older son, Daniel,": see below
            continue
        if owner.pos_ == "PROPN":  # a family noun's possessor is a person, whatever NER says
            possessor = full_name(name_text(owner), owner.idx)
        elif owner.lower_ in POSSESSIVE_PRONOUNS:  # "Her husband, Pablo,": her full name
            possessor = pronoun_owner(owner)
            possessor = possessor if possessor and len(possessor.split()) > 1 else None
        else:
            continue
        if possessor:
            found.setdefault(fold(first.text), f"{first.text} {possessor.split()[-1]}")
    _name_children_of_the_family(of_the_family, found)
    return found


def _first_name_after(kin: Token) -> bool:
    """"Her brother Mateus, 6, was ...": the parser may make the family noun a compound of
    the first name right after it, the possessive hung on the name; a name of one word."""
    name = kin.head
    return kin.dep_ == "compound" and name.i == kin.i + 1 and name.pos_ == "PROPN" \
        and not any(g.dep_ in ("compound", "flat") and g.i != kin.i for g in name.children)


def _name_children_of_the_family(first_names: list[str], found: dict[str, str]) -> None:
    """"The couple's older son, Daniel,": a relative of a couple or family takes the one
    surname the article's named relatives share ("her husband, Luis," made Luis Mejía);
    with no such surname, or more than one family, the first name stays alone."""
    surnames = {full.split()[-1] for full in found.values()}
    if len(surnames) != 1:
        return
    surname = surnames.pop()
    for first in first_names:
        found.setdefault(fold(first), f"{first} {surname}")


def family_owner(head: Token | None, lex: Lexicon) -> Token | None:
    """The possessor of a family noun ("her" of "her father", "Tess's" of "Tess's
    father"); None if ``head`` is no family noun or has no possessor."""
    if head is None or head.lower_ not in lex.kinship:
        return None
    return next((c for c in head.children if c.dep_ == "poss"), None) or _double_genitive(head)


def _double_genitive(head: Token) -> Token | None:
    """"A cousin of Keller's": the possessor in an "of" phrase with its own "'s"."""
    return next((noun for prep in head.rights if prep.dep_ == "prep" and prep.lower_ == "of"
                 for noun in prep.children if noun.dep_ == "pobj" and noun.pos_ == "PROPN"
                 and any(c.dep_ == "case" for c in noun.children)), None)


def relative_sharing_surname(possessor: str, family_noun: Token, persons: Iterable[Name],
                             genders: Mapping[str, str], lex: Lexicon) -> str | None:
    """The one other person of the article with the possessor's surname whose pronoun fits
    the family noun (Lou Berendt is "her father" for Tess Berendt); None for none or
    several.

    Args:
        possessor: Full name of the person whose relative is meant.
        family_noun: The family noun ("father").
        persons: Every person named in the article.
        genders: Pronoun each person takes, where known.
        lex: The word lists (``gendered_titles``).
    """
    surname = fold(possessor.split()[-1])
    takes = lex.pronoun_of_title.get(family_noun.lower_)
    kin = {p.text for p in persons if p.words[-1] == surname and len(p.words) > 1
           and p.text != possessor and genders.get(p.text, takes) == takes}
    return kin.pop() if len(kin) == 1 else None


def introduced_relatives(family_noun: Token) -> list[Token]:
    """The names set in apposition to the same family noun before ``family_noun`` ("Her
    son, Marcus Harbin, said ..." before "her son said"), last word of each."""
    doc = family_noun.doc
    return [c for t in doc[: family_noun.i] if t.lower_ == family_noun.lower_
            and t.pos_ == "NOUN" for c in t.rights if c.dep_ == "appos" and c.pos_ == "PROPN"]


def relatives_written_in_full(doc: Doc, first_names: Mapping[str, str],
                              in_quote: list[bool]) -> list[Name]:
    """Where the article writes a relative known by first name in full ("the long fight to
    clear Callum Reddish" in a headline NER misses, after "Her son, Callum,"): the first
    occurrence of each, outside quotation marks, so a bare surname can reach the person
    introduced first.

    Args:
        doc: The parsed article.
        first_names: Folded first name -> full name (:func:`first_names_of_relatives`).
        in_quote: For each token, True inside quotation marks.
    """
    if not first_names:
        return []  # most articles name no relative by first name: no walk over the doc
    found: dict[str, Name] = {}
    for token in doc[:-1]:
        full = first_names.get(fold(token.text))
        if full is None or full in found or in_quote[token.i] or not token.text.istitle():
            continue
        following = doc[token.i + 1]
        if fold(following.text) == fold(full.split()[-1]):
            words = tuple(fold(w) for w in full.split())
            found[full] = Name(token.idx, words, full)
    return list(found.values())


def partners_sharing_a_surname(doc: Doc, persons: Iterable[Name]) -> list[Name]:
    """"Col and Maree Dunstan": the first name before "and" takes the surname of the full
    name after it (a couple or siblings). Each partner is placed just after the full name,
    so a surname alone with no other clue still goes to the partner written in full.

    Args:
        doc: The parsed article.
        persons: The persons found so far (the full name "Maree Dunstan" among them).
    """
    text, found = doc_text(doc), []
    for person in persons:
        if len(person.words) < 2:
            continue
        before = text[max(0, person.start - 30) : person.start]
        match = _PARTNER.search(before)
        words_before = before[: match.start(1)].split() if match else []
        if match and not (words_before and words_before[-1][:1].isupper()
                          and words_before[-1][-1].isalpha()):  # "Jess Cullinane and Tom ..."
            first = match.group(1)
            full = f"{first} {person.text.split()[-1]}"
            found.append(Name(person.start + 1, (fold(first), person.words[-1]), full))
    return found


def kin_first_names(doc: Doc, lex: Lexicon) -> set[str]:
    """Folded first names of persons introduced in apposition to a family noun ("Her
    nephew, Jonas Brandvik", "their daughter, Celeste", "Tricia Delgado, Maya's mother,"):
    relatives of the person the article is about, who keep their first name where the
    surname alone means the other."""
    found = set()
    for i in indices_where(doc, LOWER, lambda word: word in lex.kinship):
        token = doc[i]
        if token.lower_ not in lex.kinship or token.pos_ != "NOUN":
            continue
        named = [c for c in token.rights if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if token.dep_ == "appos" and token.head.pos_ == "PROPN" \
                and any(c.dep_ == "poss" for c in token.children):
            named.append(token.head)  # the name first, the kin noun with its owner after
        for name in named:
            first = next((c for c in name.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"),
                         name)
            found.add(fold(first.text))
    return found
