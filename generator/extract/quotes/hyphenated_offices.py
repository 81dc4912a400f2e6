"""Offices written with a hyphen: "the UN secretary-general", "the state attorney-general".

The tagger reads the "general" of these offices as a proper noun, so the mention reader
took it for a person named "General" with the title before it as the role (round 104). The
office is a noun phrase, like "the UN envoy": an unnamed holder, the phrase as written.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.lexicon import Lexicon

#: Second halves that make an office of the title before the hyphen.
_SECOND_HALVES = frozenset({"general"})
#: First halves of such offices that are no title alone ("attorney-general", "auditor-general").
_FIRST_HALVES = frozenset({"attorney", "solicitor", "auditor", "surgeon", "postmaster",
                           "procurator", "comptroller", "accountant", "registrar"})


def hyphenated_office(head: Token, lex: Lexicon) -> bool:
    """Whether ``head`` is the second half of an office written with a hyphen after a
    title ("secretary-general", "Director-General"), with no name after it."""
    if head.lower_ not in _SECOND_HALVES or head.i < 2:
        return False
    doc = head.doc
    hyphen, title = doc[head.i - 1], doc[head.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or title.whitespace_:
        return False
    following = doc[head.i + 1] if head.i + 1 < len(doc) else None
    return (title.lower_ in lex.titles or title.lower_ in _FIRST_HALVES) and not (
        following is not None and following.pos_ == "PROPN")
