"""The office a name is set off after, when a title of address (or none) stands before it.

British and Irish copy introduces office holders as "the Mayor of Hebble, Cllr Ada Quill" or
"the chairman of the committee, Alderman Ivo Renn": the name carries a title of address of
its own, which the mention reader takes for the person's role, so "The mayor told the crowd"
later found no holder (round 104). The office in apposition is the role the article gives;
so it is when the name has no title at all and the parser hung it on the office's place ("The
mayor of Tarn, Ann Cole,": Cole in apposition to Tarn).
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.appositions import set_off
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.names import fold
from generator.extract.quotes.office_entities import office_read_as_name


def office_before_name(name: Token, lex: Lexicon) -> Token | None:
    """The definite title noun ``name`` is set off after in apposition ("Mayor" of "the
    Mayor of Hebble, Cllr Ada Quill"), also when the parser hung the name on the place of
    the office's "of" phrase; None otherwise."""
    if name.dep_ != "appos":
        return None
    office = name.head
    if office.dep_ == "pobj" and office.head.lower_ == "of" and office.head.head.i < office.i:
        office = office.head.head  # "the Mayor of Hebble, Cllr X": X hung on Hebble
    if (office.lower_ not in lex.titles and not office_read_as_name(office, lex)) \
            or office.i > name.i \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in office.lefts) \
            or not set_off(name.head, name):
        return None
    return office


def address_only(role: str, lex: Lexicon) -> bool:
    """A role that is only titles written before a name ("Cllr", "Alderman"), which say
    how the person is addressed rather than which office the article gives them."""
    words = [fold(w) for w in role.split()]
    # "the Very Rev": a clerical style and its honorific are address too (round 108)
    return bool(words) and all(w in lex.titles or w in lex.title_abbreviations
                               or w in lex.honorifics or w in lex.honorific_styles
                               for w in words)
