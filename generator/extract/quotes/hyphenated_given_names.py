"""A romanised Korean or Chinese given name written before the family name ("Ji-woo Han",
"Seo-yeon Park"): the tokenizer splits it at its hyphen, NER often misses it, and may tag
the family name after it a nationality ("Han") or an organisation, so the mention would be
read as a body with its last piece for a name ("woo Han", round 105). The given name's
shape says person: a short capitalised syllable, a glued hyphen and a lower-case syllable,
right before the capitalised family name. English prefixes ("Co-op", "Anti-war",
"Non-profit") are no given names.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

#: One romanised syllable: consonants, one to three vowels, a final nasal or stop
#: ("woo", "yeon", "jun", "hyun", "ling", "kyung"); "war", "profit", "wife" are no syllables.
_SYLLABLE = re.compile(r"[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|k|l|m|p|t)?")
#: English prefixes written with a capital before a hyphen.
_PREFIXES = frozenset({"co", "ex", "pre", "pro", "anti", "non", "post", "mid", "re", "sub",
                       "vice", "self", "semi", "all", "bi", "de"})


def given_name_before(head: Token) -> bool:
    """Whether a hyphenated romanised given name ends right before ``head`` ("Ji", "-",
    "woo" before "Han")."""
    return head.i >= 3 and head.text[:1].isupper() and bool(head.doc[head.i - 1].whitespace_) \
        and _second_piece(head.doc[head.i - 1])


def name_start(start: int, doc) -> int:
    """``start``, or the first piece of a hyphenated given name ending there ("Ji" when a
    name was read from its lower-case second piece, "woo Han")."""
    return start - 2 if start >= 2 and _second_piece(doc[start]) else start


def _second_piece(second: Token) -> bool:
    """Whether ``second`` is the lower-case syllable of a hyphenated given name, glued to
    a hyphen glued to a capitalised syllable ("woo" of "Ji-woo")."""
    doc, i = second.doc, second.i
    if i < 2 or not second.text.islower() or not _SYLLABLE.fullmatch(second.text):
        return False
    first, hyphen = doc[i - 2], doc[i - 1]
    return hyphen.text == "-" and not first.whitespace_ and not hyphen.whitespace_ \
        and first.is_alpha and first.text[:1].isupper() and first.text[1:].islower() \
        and len(first.text) <= 4 and first.lower_ not in _PREFIXES \
        and bool(_SYLLABLE.fullmatch(first.lower_))


def given_name_piece(token: Token) -> bool:
    """Whether ``token`` is a piece of a hyphenated given name, whatever the tagger made of
    it ("Seo" tagged a common noun, "yeon" of "Seo-yeon")."""
    doc, i = token.doc, token.i
    return _second_piece(token) or any(i + k < len(doc) and _second_piece(doc[i + k])
                                       for k in (1, 2))  # the hyphen, the first piece
