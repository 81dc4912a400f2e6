"""Body names written the French, Spanish or Italian way (round 102): only the first word
capitalised, the head noun first and its modifiers after it, joined by "des", "du", "de"
("Union syndicale des contrôleurs aériens", "Confédération générale du travail").

The tagger reads the name's last word as a common noun and NER keeps only the capitalised
first word ("Union"), so such a name is read here from its words: its head noun is its
first word ("the union" refers to it), and a phrase ending in it is a body's name.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

#: The joiners of such names; English names joined by "of" are Title Case anyway.
_JOINERS = frozenset({"des", "du", "de", "della", "delle", "del", "dei", "degli", "di",
                      "do", "da", "dos", "das"})


def romance_name_words(words: list[str]) -> bool:
    """Whether ``words`` are such a name: three or more, the first capitalised, the rest
    lower case with one of the joiners among them."""
    return len(words) > 2 and words[0][:1].isupper() and all(w.islower() for w in words[1:]) \
        and any(w in _JOINERS for w in words[1:])


def ends_romance_name(head: Token) -> bool:
    """Whether ``head``, a lower-case noun (the tagger's common or proper), closes such a
    name ("aériens" of "the Union syndicale des contrôleurs aériens")."""
    if head.pos_ not in ("NOUN", "PROPN") or not head.is_lower:
        return False
    words = [t for t in head.doc[head.left_edge.i : head.i + 1] if t.pos_ != "DET"]
    return romance_name_words([t.text for t in words])


def with_romance_words(entity: Span) -> Span:
    """An organisation entity NER cut at the first word of such a name ("Union" of "the
    Union syndicale des contrôleurs aériens") run on to the name's last word, the noun its
    words hang on; ``entity`` as it is otherwise."""
    head = entity.root
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    if head.i < entity.end or not ends_romance_name(head):
        return entity
    return entity.doc[entity.start : head.i + 1]
