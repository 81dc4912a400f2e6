"""Speakers mentioned by their role alone ("Ex-minister says ...", "said the coach").

Headlines and later paragraphs refer to a person by the role the article gave them before
("Former transport minister Gideon Harlan", "the Orrby coach, Hanna Virta"). These functions
find that person among the roles the resolver has collected.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.tokens import Token

from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.names import fold


def _is_role_noun(head: Token | None, lex: Lexicon) -> bool:
    return head is not None and head.tag_ == "NN" and head.lower_ in lex.titles


def _ends_with(role: str, noun: Token) -> bool:
    """Whether the role's head noun is ``noun``: its last word, or the word before "of"
    ("mayor of Vesna" is a mayor)."""
    words = role.split()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return fold(head) == noun.lower_


def role_holder(head: Token | None, roles: Mapping[str, str], lex: Lexicon) -> str | None:
    """The one named person whose role ends with the noun of a bare role mention, the
    headline style ("Ex-minister says ..." about "Former transport minister Gideon
    Harlan"); None for ambiguity, and for "a minister" or "the regional governor", which
    the body's own annotation keeps as given.

    Args:
        head: Head token of the mention.
        roles: Role of each named person of the article.
        lex: The word lists (titles).
    """
    if not _is_role_noun(head, lex):
        return None
    if any(c.dep_ in ("det", "poss", "amod") for c in head.children):
        return None
    holders = {name for name, role in roles.items() if _ends_with(role, head)}
    return holders.pop() if len(holders) == 1 else None


def role_antecedent(head: Token | None, speakers: Iterable[tuple[str, str | None]],
                    roles: Mapping[str, str], lex: Lexicon) -> str | None:
    """"said the coach" after "said the Orrby coach, Hanna Virta": a bare definite role
    (only "the" before it) refers back to the latest person speaker given that role.

    Args:
        head: Head token of the mention.
        speakers: (name, kind) of the speakers so far, latest first.
        roles: Role of each person speaker.
        lex: The word lists (titles).
    """
    if not _is_role_noun(head, lex):
        return None
    modifiers = [c.lower_ for c in head.children if c.dep_ != "punct"]
    if modifiers != ["the"]:
        return None
    return next((name for name, kind in speakers if kind == "person" and name in roles
                 and _ends_with(roles[name], head)), None)
