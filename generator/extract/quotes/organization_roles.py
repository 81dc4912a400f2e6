"""The organisation a possessive role names: "the mine's operator", "the plant's owner".

Wire copy closes a lede with "..., the mine's operator said." and names the company in the
body by the role's verb ("the Orlo mine, which is run by Minera Pico Verde SA", "Dalven
Steel, which owns the plant"). The role nouns and their verbs are data
(``generator/rules/speakers.yaml`` ``organization_roles``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.organization_mentions import portfolio_before


def organization_in_role(head: Token, lex: Lexicon) -> str | None:
    """The organisation the article names as holding the role ``head`` names of a thing
    ("operator" of "the mine's operator"): the agent of a passive role verb ("run by X")
    or the antecedent of an active one ("X, which operates ..."), in a sentence that names
    the thing too. None for a role of a person ("Kroll's manager") or none named."""
    verbs = lex.organization_roles.get(head.lemma_.casefold())
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if verbs is None or owner is None or owner.pos_ != "NOUN":
        return None
    thing = owner.lemma_.casefold()
    for token in head.doc:
        if token.lemma_.casefold() not in verbs or token.pos_ != "VERB":
            continue
        if not any(t.lemma_.casefold() == thing for t in token.sent):
            continue  # the sentence must name the thing the role is of
        holder = _role_holder(token)
        if holder is not None:
            return holder
    return None


def role_holders(doc: Doc, lex: Lexicon, before: int) -> list[str]:
    """The proper names the article gives as holding a thing's role before offset
    ``before`` ("the Cerro Alto mine, operated by Minera Andesur", "Dalven Steel, which owns
    the plant"), in text order: companies that "the company said" may refer back to when
    NER took the name for a place or a person."""
    verbs = frozenset().union(*lex.organization_roles.values())
    found = []
    for token in doc:
        if token.idx >= before:
            break
        if token.pos_ == "VERB" and token.lemma_.casefold() in verbs:
            holder = _role_holder(token)
            if holder is not None:
                found.append(holder)
    return found


def _role_holder(verb: Token) -> str | None:
    """The proper name that holds the role of ``verb``: its passive agent ("run by Minera
    Pico Verde SA") or the name a relative clause describes ("Halvek Mining, which operates
    the pit"); None when it is no name."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    noun = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if noun is None and verb.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in verb.children):
        noun = verb.head
    if noun is None or noun.pos_ != "PROPN":
        return None
    words = list(noun.doc[noun.left_edge.i : noun.i + 1])
    while words and words[0].pos_ != "PROPN":
        words.pop(0)  # "the" of "the Dalven Steel Company"
    return " ".join(t.text for t in words)


def owned_body_named_before(head: Token, in_quote: list[bool]) -> str | None:
    """"Her group said" after "Rachel Penhallow, who chairs the Tessel Bluetits swimming
    group,": a body noun a person's pronoun owns is the body the same noun last named with
    a proper name before it, by that name (round 53); None when the noun was never so
    named (the last such noun before, unnamed, stops the search)."""
    if not any(c.dep_ == "poss" and c.lower_ in ("her", "his", "their") for c in head.children):
        return None
    lemma = head.lemma_.casefold()
    for noun in reversed(head.doc[: head.i]):
        if noun.pos_ != "NOUN" or noun.lemma_.casefold() != lemma or in_quote[noun.i]:
            continue
        names = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if not names:
            return None
        return head.doc[names[0].left_edge.i : names[-1].i + 1].text
    return None


def office_of_named_holder(doc: Doc, lex: Lexicon, lemma: str) -> str | None:
    """"Transport Ministry" for "the ministry" when the article's one portfolio minister
    is "Transport Minister Ada Quill" (speakers.yaml ``offices_of_titles``); None for none
    or several, or a minister with no portfolio ("Prime Minister")."""
    title = lex.offices_of_titles.get(lemma)
    if title is None:
        return None
    offices = set()
    for token in doc:
        if token.lower_ == title and token.text[:1].isupper():
            portfolio = portfolio_before(token, lex)
            if portfolio:
                offices.add(f"{portfolio} {lemma.capitalize()}")
    return offices.pop() if len(offices) == 1 else None
