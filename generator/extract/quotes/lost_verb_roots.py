"""A name the parser hung on a role noun it made the sentence's root (round 107).

"The broadcaster Imogen Vale, who grew up in X and has backed the charity since 2015,
presented the telethon." is one clause whose subject is the role and the name; with a
who-clause between, the parser may make the role noun the root, the name its apposition and
the real verb a modifier of the name ("acl"). The sentence then has no subject, and a "She
said" after it went to the woman quoted before; the name is who the sentence is about.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.speaker_misparses import name_after_role_word


def name_of_role_root(words: list[Token]) -> Token | None:
    """The person named after a lower-case role noun that is the root of ``words`` (one
    sentence), when the sentence's verb hangs on the name as a modifier; else None."""
    root = next((t for t in words if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "NOUN":  # the cheap test first: a verbless parse
        return None
    name = name_after_role_word(root)
    if name is None or not any(c.dep_ == "acl" and c.pos_ == "VERB" for c in name.rights):
        return None
    return name
