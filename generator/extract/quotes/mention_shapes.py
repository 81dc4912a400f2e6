"""What a speaker mention's own words say about it, for :mod:`.mentions` to read it by.

Small tests on the parse of one noun phrase: whether a proper noun looks like a person's
name, the role words before a name, the named organisation a body belongs to, the group of
a partitive ("one of the residents"), a lone name in a list, and a list opening with a known
given name. Unnamed sources named by their place or affiliation are in :mod:`.placed_sources`.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.quotes.appositions import NAME_ENTITIES
from generator.extract.quotes.hyphenated_given_names import given_name_before
from generator.extract.quotes.lexicon import Lexicon, fold_name
from generator.extract.quotes.names import with_of_phrase
from generator.extract.quotes.organization_names import described_as_organization
from generator.extract.quotes.phrases import (
    APOSTROPHES,
    clean_phrase,
    folded,
    mention_span,
    plural_possessive,
)

ORG_ENTITIES = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})


def body_of(head: Token, lex: Lexicon) -> Token | None:
    """The named organisation a body belongs to ("a panel *of the Court of Appeal*")."""
    if head.lower_ not in lex.org_bodies:
        return None
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    org = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    return org if org is not None and org.pos_ == "PROPN" else None


def partitive_group(head: Token) -> Token | None:
    """The group of a partitive subject ("One of the people", "two of them", "some of
    the residents"), else None."""
    if head.lower_ not in PARTITIVES and head.tag_ != "CD":
        return None
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if group is None or group.pos_ not in ("NOUN", "PRON") or group.tag_ not in ("NNS", "PRP"):
        return None
    return group


#: Quantity words that open a partitive subject ("one of", "some of", "many of").
PARTITIVES = frozenset({"one", "some", "many", "several", "most", "few", "each", "all",
                         "none", "two", "three", "four"})


def counted_group_of(head: Token) -> str | None:
    """"leaders of 42 councils" -> "council leaders": an unnamed plural source whose "of"
    phrase counts bare plural common nouns is named, as the set names unnamed sources,
    by the noun phrase without its post-modifier ("Officials in Orsk" -> "Orsk
    officials"), the counted noun in the singular before the head; a bare family noun's
    "of" phrase (:func:`_kin_of_unnamed`) is dropped."""
    if head.tag_ != "NNS" or head.pos_ != "NOUN":
        return None
    if _kin_of_unnamed(head):
        return head.lower_
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if noun is None or noun.tag_ != "NNS" or noun.pos_ != "NOUN" or list(noun.rights):
        return None
    if [c.dep_ for c in noun.lefts] != ["nummod"]:
        return None  # "leaders of the councils that ..." or "of many councils": leave as is
    return f"{noun.lemma_} {head.text}"


#: Plural family nouns that head an unnamed source ("Families of residents say").
_KIN_GROUPS = frozenset({"families", "relatives", "parents"})


def _kin_of_unnamed(head: Token) -> bool:
    """"Families of residents at a Shropshire care home say" -> "families": a family noun
    with no determiner whose "of" phrase names unnamed people by a plural common noun is
    those people's families, named by the head alone (rounds 66 and 84); "The families of
    the wounded students" (definite) keeps its phrase."""
    if head.lower_ not in _KIN_GROUPS or any(c.dep_ in ("det", "poss", "nummod")
                                             for c in head.lefts):
        return False
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    return noun is not None and noun.tag_ == "NNS" and noun.pos_ == "NOUN" and not any(
        c.dep_ in ("det", "poss") for c in noun.lefts)


def lone_name(token: Token) -> bool:
    """A one-word proper noun with nothing before it ("Ostrand" of "Valdria and Ostrand"):
    joined to a country or an organisation it is one too, whatever NER made of it."""
    return token.pos_ == "PROPN" and not list(token.lefts) and not list(token.rights)


def opens_with_given_name(head: Token, lex: Lexicon) -> bool:
    """Whether a proper-noun phrase of two or more words opens with a given name of
    speakers_given_names.yaml ("Aoife Kielty")."""
    span = mention_span(head)
    words = [t for t in span if t.pos_ == "PROPN"]
    return head.pos_ == "PROPN" and len(words) > 1 and words[0].i == span.start \
        and fold_name(words[0].text) in lex.pronoun_of_given_name


def given_name_before_partner(head: Token, lex: Lexicon) -> bool:
    """"Kirsty and Daniel Pryce said": a lone given name of speakers_given_names.yaml
    joined by "and" to a full name is a person sharing its surname, whatever NER tagged
    it (round 40: an organisation)."""
    if head.pos_ != "PROPN" or len(mention_span(head)) != 1 \
            or fold_name(head.text) not in lex.pronoun_of_given_name:
        return False
    return any(c.dep_ == "conj" and c.pos_ == "PROPN" and len(mention_span(c)) > 1
               for c in head.children)


def looks_like_person(head: Token, span: Span, lex: Lexicon) -> bool:
    """A proper-noun head names a person if NER says so, or a title/honorific precedes it,
    or it is not inside an organisation or place entity."""
    if head.lower_ in lex.org_nouns:  # "Kestria's Defence Ministry", "Veltro Motors"
        return False  # tagged as a name
    if described_as_organization(head, lex):  # "Skyline Connect, a regional carrier,"
        return False
    if head.ent_type_ in NAME_ENTITIES:
        return True
    if head.text.isupper() and folded(head) in lex.post_nominals and any(
            t.pos_ == "PROPN" and t.i < head.i for t in span):
        return True  # "Sarah Cole KC", NER taking the letters for an organisation
    if any(folded(t) in lex.honorifics | lex.titles for t in span):
        return True
    if _articled_body_name(head, span):  # "The Collective for a Decent Life"
        return False
    if any(t.text in APOSTROPHES and not plural_possessive(t) for t in span):
        return True  # "the Council's Kirby": an organisation owns a person
    # "Nadia Haddou, 59," tagged an organisation: a listed given name opening it says person
    return head.ent_type_ not in ORG_ENTITIES or opens_with_given_name(head, lex) \
        or aged_given_name(head, lex) or has_family(head, lex) \
        or _after_person_noun(head, span, lex) or given_name_before(head)  # "Ji-woo Han"


def _after_person_noun(head: Token, span: Span, lex: Lexicon) -> bool:
    """"Sky Sports pundit Gemma Lowry" tagged an organisation: a run of proper nouns right
    after a lower-case noun for one person (speakers.yaml ``group_nouns``, singular) names
    that person (round 54); "rights group Amnesty" has no such noun."""
    first = head
    while first.i > span.start and span.doc[first.i - 1].pos_ == "PROPN":
        first = span.doc[first.i - 1]
    if first.i == span.start or first.i == head.i:
        return False
    noun = span.doc[first.i - 1]
    return noun.tag_ == "NN" and noun.text.islower() and folded(noun) in lex.group_nouns


def _articled_body_name(head: Token, span: Span) -> bool:
    """"The Collective for a Decent Life, which called the protests, said": a proper noun
    after "the" whose name goes on in a capitalised "for" or "of" phrase names a body, never
    a person, whatever NER missed (round 51)."""
    return span.start < head.i and span.doc[span.start].lower_ == "the" \
        and span[-1].i == head.i and with_of_phrase(span).end > span.end


def has_family(head: Token, lex: Lexicon) -> bool:
    """"Marisol Quispe, whose husband and brother are among those trapped,": a name a
    relative clause gives a husband, a mother or a son (speakers.yaml ``kinship``) is a
    person's, whatever NER made of it; an organisation's relatives are its owners."""
    for clause in head.children:
        if clause.dep_ != "relcl":
            continue
        for word in clause.subtree:
            if word.lower_ == "whose" and word.head.lower_ in lex.kinship:
                return True
    return False


def _counts_them(noun: Token) -> bool:
    """"many of them" (or "most", "some", "all") before ``noun``: a share of the group
    before it, which the apposition describes more closely than the group's own noun."""
    return any(c.i < noun.i and c.lower_ in ("many", "most", "some", "all", "several")
               and any(p.lower_ == "of" and any(o.lower_ == "them" for o in p.children)
                       for p in c.children) for c in noun.children)


def aged_given_name(head: Token, lex: Lexicon) -> bool:
    """"Hatice, 54,": a listed given name alone with an age in apposition, as translated
    copy names ordinary people, is a person whatever NER made of it."""
    return head.pos_ == "PROPN" and fold_name(head.text) in lex.pronoun_of_given_name \
        and any(c.dep_ == "appos" and c.like_num for c in head.children)


def left_role(span: Span, name: list[Token], lex: Lexicon) -> str | None:
    """Role words before the name ("National Security Council spokesman John Kirby",
    "Arvand's President Mehmet Ilhan"); a bare possessive owner ("the Council's Kirby") is
    not a role."""
    if not name:
        return None
    before = [t for t in span if t.i < name[0].i]
    if not before or before[-1].text in APOSTROPHES:
        return None  # "the Council's Kirby": an owner, not a role
    return clean_phrase(before, lex) or None


def specific_apposition(head: Token) -> Token | None:
    """"Another witness, a taxi driver, said": after "another", the head noun only repeats
    the kind of source already heard; the indefinite apposition ("a taxi driver") is the
    more specific description, which the speaker is written as. None for other shapes."""
    if head.pos_ == "NOUN" and head.tag_ == "NNS":
        partitive = next((c for c in head.rights if c.dep_ == "appos" and c.tag_ == "NNS"
                          and _counts_them(c)), None)
        if partitive is not None:  # "Opponents, many of them Riverside homeowners," (round 47)
            return partitive
    if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "another"
                                      for c in head.children):
        return None
    return next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "NOUN"
                 and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)),
                None)
