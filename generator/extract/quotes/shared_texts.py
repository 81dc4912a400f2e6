"""The member of a group who shares a text that holds their own words.

"The two former keepers ... said they had complained ... One of them shared an email,
reviewed by the AP, in which she wrote to a supervisor that the elephants were "shivering
in the mornings"": "she" is the one of them who shared it, a single member of the group
("former keeper"), not the person quoted last (round 83). The sharer is the subject "one of
them" / "one of the N" of the verb whose object the relative clause holding the pronoun
describes; a named sharer ("Ada Morrow shared a letter in which she wrote") is already the
nearest person subject.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Token

from generator.extract.quotes.mention_types import Mention, Speaker
from generator.extract.quotes.mentions import read_mention

if TYPE_CHECKING:
    from generator.extract.quotes.resolve import SpeakerResolver

#: Pronouns that can stand for one member of a group.
_MEMBER_PRONOUNS = frozenset({"he", "she"})


def member_sharing_text(pronoun: Token) -> Token | None:
    """The "One" subject ("One of them") of the verb whose object a relative clause with
    ``pronoun`` as its subject describes ("One of them shared an email ... in which she
    wrote"); None for any other shape."""
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in _MEMBER_PRONOUNS \
            or clause.dep_ != "relcl":
        return None
    noun = clause.head
    if noun.dep_ != "dobj":
        return None
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ != "one" or subject.i > noun.i:
        return None
    return subject if any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children) \
        else None


def member_sharing(resolver: SpeakerResolver, mention: Mention) -> Speaker | None:
    """The speaker of a he/she ``mention`` that :func:`member_sharing_text` finds, one
    member of the group as ``resolver`` names it; None when there is none."""
    member = member_sharing_text(mention.token) if mention.token is not None else None
    if member is None:
        return None
    found = resolver.resolve(replace(read_mention(member, resolver.lex), one_of=True),
                             member.idx, member.sent)
    return Speaker(found.name, mention.text, None, found.kind) if found.name else None
