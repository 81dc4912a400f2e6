"""Persons only the grammar of their sentence shows, whatever NER tagged the name.

Split out of :mod:`.names` (whose :class:`.names.Name` they are): a proper-noun subject with
an age or a person's post in apposition ("Maja Lund, 44, said"), described by a who-clause,
reporting a clause whose subject is he or she, or owning "her" or "his" is a person, so
"Lund said" is not taken for a company or a place. :mod:`.posts` reads them with the names
set off after a post.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doctext import doc_token_positions
from generator.extract.quotes.hyphenated_given_names import name_start
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.names import Name, fold
from generator.extract.quotes.token_index import proper_nouns


def collect_evident_persons(doc: Doc, lex: Lexicon) -> list[Name]:
    """Proper-noun subjects that only a person can be, whatever NER tagged them: one with
    an age or a person's post in apposition ("Maja Lund, 44, said"), one described by a
    who-clause ("Varga, who had won twice, was gracious") or one reporting a clause whose
    subject is he or she ("Lund said she trusted him")."""
    names = []
    for i in proper_nouns(doc):
        token = doc[i]
        if token.pos_ != "PROPN" or token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        aged = any(c.dep_ == "appos" and c.like_num for c in token.children) or any(
            c.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ == "nsubj" for g in c.children)
            for c in token.children)
        verb = token.head
        reports_self = verb.lemma_.casefold() in lex.reporting_lemmas and any(
            g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("he", "she")
            for c in verb.children if c.dep_ == "ccomp" for g in c.children)
        aged = aged or _in_role(token, lex)
        owns = _owns_personal_pronoun(token)
        full = _full_name_elsewhere(token, lex) if owns else None
        named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.lefts)
        if not (aged or reports_self or owns and (named or full is not None)) \
                or token.lower_ in lex.org_nouns:
            continue
        if full is not None:  # "Lomax checks her list" after "Beatrice Lomax hands out"
            names.append(Name(full.start_char, tuple(fold(t.text) for t in full), full.text))
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        start = name_start(start, doc)  # "Ji-woo Han": not "woo Han"
        while start < token.i and _descriptor(doc[start], token, lex):
            start += 1  # "Cllr Peter Dunn, who ...", "Resident Amy Shaw, 29,"
        titled = [t.i for t in doc[start : token.i] if fold(t.text) in lex.titles]
        if titled:  # "Transport Minister Aino Rask said she ...": the name follows the title
            start = titled[-1] + 1
        words = tuple(fold(t.text) for t in doc[start : token.i + 1])
        names.append(Name(doc[start].idx, words, doc[start : token.i + 1].text))
    return names


def _in_role(name: Token, lex: Lexicon) -> bool:
    """"Morgan Ellis, head of U.S. equity strategy at Castlebridge Securities,": a given
    name and surname with a person's post in apposition (NER may read the name as a firm's)."""
    roles = lex.role_heads | lex.group_nouns | lex.titles
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in name.lefts) and any(
        c.dep_ == "appos" and c.lower_ in roles for c in name.children)


def _full_name_elsewhere(surname: Token, lex: Lexicon) -> Span | None:
    """The given name and surname the article writes elsewhere for a one-word subject
    ("Beatrice Lomax" for "Lomax"), or None if it is not one word or there is none."""
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in surname.lefts):
        return None
    doc = surname.doc
    for i in doc_token_positions(doc).get(surname.text, ()):  # the tokens of its text
        token = doc[i]
        given = doc[token.i - 1] if token.i else None
        if given is not None and given.pos_ == "PROPN" \
                and given.text.istitle() and fold(given.text) not in lex.titles \
                and fold(given.text) not in lex.honorifics:
            return doc[given.i : token.i + 1]
    return None


def _owns_personal_pronoun(subject: Token) -> bool:
    """A name subject whose own clause has "her" or "his" ("Marta Ruiz opened her bakery
    in 1998", "Lomax checks her list"): a company would own "its". The caller asks for a
    full name, here or elsewhere in the article, since a lone name may be a country's."""
    own = {t.i for t in subject.subtree}  # "Paper Crown, her 2021 single,": not the owner
    return any(t.lower_ in ("her", "his") and t.dep_ == "poss" and t.i > subject.i
               and t.i not in own for t in subject.head.subtree)


def _descriptor(word: Token, name_end: Token, lex: Lexicon) -> bool:
    """A capitalised word before a name that is not part of it: a title or honorific, a
    noun for people ("Resident"), or a word outside the PERSON entity the name ends."""
    if fold(word.text) in lex.titles | lex.honorifics | lex.group_nouns | lex.epithets:
        return True
    return name_end.ent_type_ == "PERSON" and word.ent_type_ != "PERSON"
