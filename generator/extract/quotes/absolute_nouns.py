"""A verbless absolute phrase after a cue that the parser made the cue's host: in
"“...,” she said, her left arm in a cast. “...”" it hung "said" on "arm" as a parataxis,
so the phrase would be read as the words reported (round 105). A noun owned by a personal
possessive, set off by the comma after the cue, with no verb of its own, tells how the
speaker looked or spoke, not what was said (the set's "her voice breaking", "his eyes red").
"""

from __future__ import annotations

from spacy.tokens import Token

#: Possessives of the speaker that open such a phrase.
_POSSESSIVES = frozenset({"her", "his", "their"})
#: What the noun may carry and still be a bare phrase.
_BARE = frozenset({"poss", "amod", "compound", "punct", "parataxis"})


def possessed_noun_after_cue(head: Token) -> bool:
    """Whether ``head`` is such a noun: "arm" of ", she said, her left arm in a cast"."""
    if head.pos_ != "NOUN" or not all(c.dep_ in _BARE for c in head.children):
        return False
    owner = next((c for c in head.lefts if c.dep_ == "poss"), None)
    cue = next((c for c in head.lefts if c.dep_ == "parataxis"), None)
    if owner is None or cue is None or owner.lower_ not in _POSSESSIVES or owner.i < 2:
        return False
    comma = head.doc[owner.i - 1]
    return comma.text == "," and cue.right_edge.i == comma.i
