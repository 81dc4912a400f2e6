"""Names set off after an organisation in a subject phrase: the holder of a role named
after its affiliation ("The chief executive of Velm Waste, Oskar Lind, said"), the
organisation a spokesperson speaks for ("a spokesperson for her label, Brightwave
Records,"), and the organisation named after the thing it supplies ("The supplier of the
sensor, Ortwin Electronics, said").

Split from :mod:`generator.extract.quotes.appositions`, which keeps the shared tests of an
apposition (set off, a person noun) and the names in apposition to a role.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.quotes.appositions import NAME_ENTITIES, is_person_noun, set_off
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.phrases import mention_span

#: Prepositions that tie a source to its organisation ("a spokesperson for the ministry").
AFFILIATION_PREPS = frozenset({"for", "of", "at", "from", "with", "in", "on"})


def voiced_organization(head: Token, lex: Lexicon) -> Token | None:
    """The organisation set off in apposition to a spokesperson ("a spokesperson for her
    label, Brightwave Records,"), whichever word the parser hung it on."""
    if head.lower_ not in lex.org_voices:
        return None
    return next((c for c in head.rights if c.dep_ == "appos" and c.ent_type_ == "ORG"
                 and c.pos_ == "PROPN" and set_off(head, c)), None) or _name_after_voice(head)


def _name_after_voice(head: Token) -> Token | None:
    """"Britain" of "A spokesperson for the trade body Clean Power Britain said": a
    proper noun the parser split off the "for" phrase, right after it (see cues)."""
    doc, end = head.doc, head.right_edge.i
    follows = doc[end + 1] if end + 1 < len(doc) else None
    if follows is None or follows.pos_ != "PROPN" or not follows.ent_type_ \
            or not any(c.dep_ == "prep" and c.lower_ == "for" for c in head.rights):
        return None
    name = follows
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    return name if name.head.i == head.head.i and name.dep_ == head.dep_ else None


def name_after_affiliation(head: Token, lex: Lexicon) -> tuple[Token, Span] | None:
    """(name, role words) of "The chief executive of Velm Waste, Oskar Lind, said": the
    parser hangs the name on the organisation, but set off by commas right before the verb
    it names the role's holder. Only for role nouns ("executive", "head", "lawyer"); a
    capitalised one ("The Labour MP for Hallowford Central, Anita Desai-Ward, said", the
    tagger's proper noun) too (round 62)."""
    if (head.pos_ != "NOUN" and not _capitalised_role(head, lex)) or head.ent_type_:
        return None
    role = is_person_noun(head, lex) or head.lower_ in lex.title_modifiers
    for org in _affiliation_nouns(head):
        for appos in org.rights:
            named = appos.ent_type_ in NAME_ENTITIES or (role and _full_name(appos))
            if appos.dep_ == "appos" and named and set_off(org, appos) and _ends_subject(appos):
                return appos, head.doc[mention_span(head).start : org.i + 1]
    return None


def _capitalised_role(head: Token, lex: Lexicon) -> bool:
    """"MP" of "The Labour MP for X": a person noun the tagger read as a proper noun."""
    return head.pos_ == "PROPN" and bool(is_person_noun(head, lex))


def organization_after_thing(head: Token) -> Token | None:
    """"The supplier of the sensor, Ortwin Electronics, said": an organisation noun whose
    "of" phrase names a thing, the name set off after it and closing the subject; the parser
    hangs the name on the thing, but it names the organisation (round 42). None otherwise."""
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for thing in prep.children:
            if thing.dep_ != "pobj" or thing.pos_ != "NOUN":
                continue
            for appos in thing.rights:
                if appos.dep_ == "appos" and appos.pos_ == "PROPN" \
                        and appos.ent_type_ not in NAME_ENTITIES and set_off(thing, appos) \
                        and _ends_subject(appos):
                    return appos
    return None


def _full_name(token: Token) -> bool:
    """A proper noun with one capitalised proper noun before it ("Ilse Varo"), whatever
    entity NER gave it."""
    first = [c for c in token.lefts if c.dep_ == "compound"]
    return token.pos_ == "PROPN" and len(first) == 1 and first[0].pos_ == "PROPN" \
        and first[0].text.istitle() and token.text.istitle()


def _affiliation_nouns(head: Token, depth: int = 2) -> list[Token]:
    """The nouns of the affiliation phrases after a role noun, nested ones included
    ("the president *of the union of Velmark*": union, Velmark)."""
    found = []
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ not in AFFILIATION_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj":
                found.append(noun)
                if depth > 1:
                    found += _affiliation_nouns(noun, depth - 1)
    return found


def _ends_subject(appos: Token) -> bool:
    """The apposition closes the subject: a comma after it, then the verb."""
    doc = appos.doc
    after = appos.right_edge.i + 1
    if after < len(doc) and doc[after].text in (".", "!", "?"):
        return True  # "..., warned the president of the union, Greta Solvik."
    if after + 1 >= len(doc) or doc[after].text != ",":
        return False
    verb = after + 1
    if doc[verb].lower_ == "for" and verb + 3 < len(doc) and doc[verb + 1].tag_ == "PRP$":
        verb += 3  # "The mayor of Elka, Jan Visk, for his part estimated that ...": an aside
    while verb + 1 < len(doc) and (doc[verb].text in _OPENING_MARKS or doc[verb].pos_ == "ADV"
                                   and doc[verb - 1].text in _OPENING_MARKS):
        verb += 1  # a verb inside the marks: '..., Jean-Baptiste Mbeki, "firmly condemned"'
    return doc[verb].pos_ in ("VERB", "AUX") or doc[verb].tag_ == "WP"


#: Marks that may open a quoted verb right after the subject (round 59).
_OPENING_MARKS = frozenset({'"', "“", "‘", "'"})
