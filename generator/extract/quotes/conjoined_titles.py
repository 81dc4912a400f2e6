"""A name the parser made the conjunct of the title before it.

"co-founder and CEO Ada Quill said", "Chief executive and founder Ola Berg said": tech and
business copy stacks two titles one person holds before her name, joined by "and". The
parser may make the first title the subject and hang the name, with the second title, on it
as a conjunct; the person speaks, not the title (nor "President and Ada Quill", round 104).
A title with a determiner ("the president and Ada Quill said") is someone else.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.lexicon import Lexicon


def name_conjoined_to_title(subject: Token, lex: Lexicon) -> Token:
    """The name when ``subject`` is a bare title whose conjunct is a name opening with a
    title of its own right after "and"; else ``subject`` itself."""
    if subject.pos_ not in ("NOUN", "PROPN") or not _title_word(subject.lower_, lex):
        return subject
    if any(c.dep_ in ("det", "poss") for c in subject.children):
        return subject  # "the president and Ada Quill": two speakers
    name = next((c for c in subject.rights if c.dep_ == "conj"), None)
    if name is None or name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return subject
    opening = name.left_edge
    doc = subject.doc
    if opening.i == 0 or doc[opening.i - 1].lower_ != "and" or opening.i == name.i \
            or not _title_word(opening.lower_, lex):
        return subject
    return name


def _title_word(word: str, lex: Lexicon) -> bool:
    return word in lex.titles or word in lex.epithets or word in lex.title_abbreviations
