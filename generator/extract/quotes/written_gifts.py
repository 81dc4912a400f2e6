"""The givers of a card whose text "it read" introduces (round 101).

"On Tuesday, her fourth-period AP class gave her a card signed by all 28 students. “Thank
you for making us care about moles ...,” it read.": "it" is the card the sentence before
gives, and its words are its givers' (as round 95's letter is its signers'), not the last
person quoted. Only a written thing (a card, a letter, a note) given, sent, signed, written
or left by a subject of the sentence before counts.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Written things a person or group hands someone, whose text "it read" quotes.
_WRITTEN = frozenset({"card", "letter", "note", "message", "postcard"})
#: Verbs whose subject is the author or sender of the written thing they take as object.
_GIVING = frozenset({"give", "send", "sign", "write", "leave", "hand", "present", "mail"})
#: Verbs with which "it" introduces a written thing's text.
_READING = frozenset({"read", "say"})


def given_written_thing(pronoun: Token, in_quote: list[bool] | None = None) -> Token | None:
    """The written thing "it" (the subject of "read") stands for: the one card, letter or
    note given in the sentence before ``pronoun``'s; None for any other shape."""
    verb = pronoun.head
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj" \
            or verb.lemma_.casefold() not in _READING or pronoun.sent.start == 0:
        return None
    before = pronoun.doc[pronoun.sent.start - 1].sent
    things = [t for t in before if t.dep_ == "dobj" and not (in_quote and in_quote[t.i])
              and t.lemma_.casefold() in _WRITTEN and t.head.lemma_.casefold() in _GIVING]
    return things[0] if len(things) == 1 else None


def reads_a_given_thing(verb: Token) -> bool:
    """Whether ``verb`` is "read" (or "say") with an "it" for a card given just before:
    a cue, like "the statement read"."""
    return any(c.dep_ == "nsubj" and given_written_thing(c) is not None for c in verb.children)
