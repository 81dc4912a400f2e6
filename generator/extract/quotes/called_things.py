"""A thing introduced with the participle of its name: "a column called “Back Shop Notes,”".

"wrote a column called “Back Shop Notes,” in which he reviewed pies": the participle of
calling hangs on the noun it names, with no one doing the calling, so the marks hold the
thing's name (a column's, a group's, a programme's), not anyone's verdict; with an agent
("a plan called “reckless” by critics") the critics speak (round 104). A comma inside the
closing mark, as US style sets it, kept the name from looking like a title.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Participles of naming that hang on the noun they name.
_NAMING = frozenset({"called", "named", "titled", "entitled"})


def thing_called(verb: Token) -> bool:
    """Whether ``verb`` (the verb of calling that governs a quote) is the participle of a
    noun's name right after the noun, with no one calling ("a column called “...”"; not "a
    result his challenger called “...”", whose subject the parser may hang on the noun)."""
    return verb.lower_ in _NAMING and verb.dep_ == "acl" and verb.tag_ == "VBN" \
        and verb.head.pos_ == "NOUN" and verb.head.i == verb.i - 1 \
        and not any(c.dep_ in ("agent", "nsubj") for c in verb.children)
