"""A body's qualified kind noun whose modifier ends the body's name.

"The housing association said" after "Pennine Vale Housing": the article writes the
organisation's sector word ("housing", "water", "rail", "energy") as the modifier of its
kind noun, and the name it gave ends in that word. The one organisation named before whose
name ends so is the speaker (round 80); with none or several, the mention stays as given.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.names import Name, fold


def body_named_by_modifier(head: Token, named_before: list[Name],
                           lex: Lexicon) -> str | None:
    """The name among ``named_before`` (organisations before the mention) whose last word
    is the single noun modifier of ``head`` ("housing" of "the housing association"), with
    at least one word before it; None unless exactly one name fits. A modifier that is a
    body's noun itself names another body: "the hospital trust" runs "Harwick General
    Hospital", it is not the hospital (round 12's gold)."""
    modifiers = [c for c in head.lefts if c.dep_ in ("compound", "amod")]
    if head.pos_ != "NOUN" or len(modifiers) != 1 or modifiers[0].pos_ != "NOUN" \
            or not modifiers[0].is_lower or modifiers[0].lemma_.casefold() in lex.org_nouns:
        return None
    word = fold(modifiers[0].text)
    names = {o.text for o in named_before if len(o.words) >= 2 and o.words[-1] == word}
    return names.pop() if len(names) == 1 else None
