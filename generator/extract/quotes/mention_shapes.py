"""What a speaker mention's own words say about it, for :mod:`.mentions` to read it by.

Small tests on the parse of one noun phrase: whether a proper noun looks like a person's
name, the role words before a name, the affiliation that says whose an unnamed source is,
the named organisation a body belongs to, the group of a partitive ("one of the
residents"), a lone name in a list, and a list opening with a known given name.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract.quotes.affiliated_names import AFFILIATION_PREPS
from generator.extract.quotes.appositions import NAME_ENTITIES, set_off
from generator.extract.quotes.bodies import reached_by
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


def located_group_of(head: Token, lex: Lexicon) -> str | None:
    """"Islanders on Velsay" -> "Velsay islanders": an unnamed plural source placed by "in"
    or "on" and a proper noun is named, as the set names unnamed sources, without its
    post-modifier, the place before the noun ("Officials in Orsk" -> "Orsk officials";
    round 42). Affiliations ("officials at the agency", "for the ministry") stay as they
    are: they say whose source it is."""
    if head.tag_ != "NNS" or head.pos_ != "NOUN":
        return None
    rights = [c for c in head.rights if c.dep_ != "punct"]
    if len(rights) != 1 or rights[0].dep_ != "prep" or rights[0].lower_ not in ("in", "on"):
        return None
    place = next((c for c in rights[0].children if c.dep_ == "pobj"), None)
    if place is None or place.pos_ != "PROPN" or list(place.rights) or any(
            t.pos_ != "PROPN" for t in place.subtree):
        return None
    words = head.doc[place.left_edge.i : place.i + 1].text
    first = head.doc[head.left_edge.i]
    phrase = clean_phrase(head.doc[first.i : head.i + 1], lex)
    if first.is_sent_start and first.pos_ != "PROPN":
        phrase = phrase[:1].lower() + phrase[1:]  # the sentence's capital, not the noun's
    return f"{words} {phrase}" if phrase else None


def places_group_of(head: Token) -> str | None:
    """"the foreign ministers of Kalvia, Ostrenia and Dobrudja" -> "Kalvia, Ostrenia and
    Dobrudja foreign ministers": an unnamed plural source whose "of" phrase lists places is
    named, as the set names unnamed sources, without its post-modifier, the places before
    the noun ("Officials in Orsk" -> "Orsk officials"; round 44). The first place must be
    tagged one (NER tags the later ones of a list unevenly); an "of" phrase naming an
    organisation is an affiliation and stays as it is."""
    if head.tag_ != "NNS" or head.pos_ != "NOUN":
        return None
    rights = [c for c in head.rights if c.dep_ != "punct"]
    if len(rights) != 1 or rights[0].dep_ != "prep" or rights[0].lower_ != "of":
        return None
    place = next((c for c in rights[0].children if c.dep_ == "pobj"), None)
    if place is None or place.pos_ != "PROPN" or place.ent_type_ not in ("GPE", "LOC"):
        return None
    listed = list(place.subtree)
    if any(t.pos_ not in ("PROPN", "PUNCT", "CCONJ") or t.text in "()" for t in listed):
        return None
    first = head.doc[head.left_edge.i]
    words = [t.text for t in head.doc[first.i : head.i + 1]
             if t.dep_ != "det" and not (t.i == first.i and t.is_sent_start and t.pos_ == "DET")]
    if not words:
        return None
    if first.is_sent_start and first.dep_ != "det" and first.pos_ != "PROPN":
        words[0] = words[0][:1].lower() + words[0][1:]  # the sentence's capital
    places = head.doc[listed[0].i : listed[-1].i + 1].text
    return f"{places} {' '.join(words)}"


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


def with_affiliation(head: Token, span: Span, lex: Lexicon) -> Span:
    """Extend an unnamed source with the phrase that says whose it is ("a spokesperson
    *for the economy ministry*", "officials *at the agency*")."""
    end = span.end
    for child in head.rights:
        affiliation = child.dep_ == "prep" and child.lower_ in AFFILIATION_PREPS \
            and not _time_phrase(child) and not _unspecified_places(child) \
            and not _indefinite_place(child) \
            and not _place_before_description(child) \
            and not _single_source_placed(child, lex) \
            and not (child.lower_ == "in" and head.lower_ in lex.stake_nouns)
        # "people familiar with", "diplomats briefed on the preparations": an adjective or
        # a past participle after the noun says which sources they are
        described = child.dep_ == "amod" or (child.dep_ == "acl" and child.tag_ == "VBN"
                                              and not reached_by(child, lex))
        if (affiliation or described) and child.i == end:
            end = child.right_edge.i + 1
        elif child.dep_ == "appos" and child.left_edge.i == end and not set_off(head, child):
            end = child.right_edge.i + 1  # "partner of developer | Erik Lund" misattached
        else:
            break
    # a relative clause the parser hung on the affiliation's noun ("at the mine, who asked
    # not to be named") describes the source, it does not name it
    comma = next((t.i for t in head.doc[span.end : end] if t.text in (",", "(", "—")), end)
    return head.doc[span.start : comma]


def _unspecified_places(prep: Token) -> bool:
    """"Students *at several campuses*", "Business groups *on both sides*": a plural common
    noun with no name in it says where the sources are, not whose they are, and the set
    writes such sources without it ("students"; round 44, as its other golds do)."""
    if prep.lower_ not in ("at", "in", "on", "from", "across"):
        return False  # "a growing number of sleep specialists": a partitive, kept
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return noun is not None and noun.tag_ == "NNS" and not any(
        t.pos_ == "PROPN" or t.dep_ == "poss" or t.lower_ == "the" for t in noun.subtree)


def _indefinite_place(prep: Token) -> bool:
    """"Residents *of a Worcestershire village* flooded three times ... say": a place
    given with "a" describes where the sources are, it names no one whose they are, and
    the set writes the source without it ("residents"; round 74). A single source's
    origin stays ("an official from a southern member country", round 33)."""
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return prep.lower_ in ("of", "at", "in", "on") and prep.head.tag_ in ("NNS", "NNPS") \
        and noun is not None and noun.tag_ == "NN" \
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _place_before_description(prep: Token) -> bool:
    """"A nurse *in the hospital's intensive care unit*, who asked not to be named,": a
    place of common nouns ("at the mine", "at the centre") before a description set off by
    a comma says where the unnamed source works, not whose it is, and the set writes the
    source without it ("nurse", "union representative", "senior doctor"; rounds 1, 9 and
    46). Without the comma ("A nurse at the clinic who asked ...", round 13) the phrase
    stays, as that gold keeps it; a proper noun in it is a name and stays too."""
    if prep.lower_ not in ("at", "in"):
        return False
    doc = prep.doc
    # the parser hangs the description on the place's noun: the place ends at the comma
    end = next((t.i for t in doc[prep.i : prep.right_edge.i + 1] if t.text == ","), None)
    if end is None or end == prep.i + 1 or end + 1 >= len(doc) \
            or doc[end + 1].lower_ not in ("who", "whom"):
        return False
    return not any(t.pos_ == "PROPN" for t in doc[prep.i + 1 : end])


def _single_source_placed(prep: Token, lex: Lexicon) -> bool:
    """"A diplomat *in Lome*, who asked not to be named,": a named place after a single
    unnamed source says where it is, not whose it is, and the set writes it without the
    place ("Western diplomat", "UN humanitarian official", "diplomat"; rounds 33, 49, 90)."""
    head = prep.head
    if prep.lower_ != "in" or head.tag_ != "NN" or head.lower_ not in lex.group_nouns:
        return False
    place = next((c for c in prep.children if c.dep_ == "pobj"), None)
    # the parser may hang the description ("who asked ...") on the place
    return place is not None and place.ent_type_ in ("GPE", "LOC") \
        and all(t.pos_ == "PROPN" for t in place.doc[place.left_edge.i : place.i + 1]) \
        and all(c.dep_ in ("punct", "relcl") for c in place.rights)


def fronted_place_group(head: Token) -> str | None:
    """"In Drevno, residents reached by AFP said" -> "Drevno residents": a bare plural
    source after a sentence-opening "In PLACE," is written with the place before it, as
    "Residents in Drevno" would be (round 44)."""
    if head.tag_ != "NNS" or head.pos_ != "NOUN" or head.dep_ != "nsubj" \
            or any(c.i < head.i for c in head.children):
        return None
    verb, sentence = head.head, head.sent
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"
                 and c.i == sentence.start), None)
    place = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if place is None or place.ent_type_ not in ("GPE", "LOC") or place.right_edge.i + 2 != head.i \
            or head.doc[place.right_edge.i + 1].text != ",":
        return None
    words = head.doc[place.left_edge.i : place.right_edge.i + 1].text
    return f"{words} {head.text}"


def _time_phrase(prep: Token) -> bool:
    """"Kasundi's opposition leader *on Friday* rejected ...": a date or time the parser
    hung on the subject says when it spoke, not whose source it is (round 40); a
    capitalised "for" phrase NER took for a date ("A spokesperson for Last Summer", the
    campaign group, round 53) is whose."""
    if prep.lower_ == "for" and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in prep.children):
        return False
    if prep.lower_ == "in" and any(c.dep_ == "pobj" and _DECADE.fullmatch(c.lower_) and any(
            g.dep_ == "poss" for g in c.children) for c in prep.children):
        return True  # "A woman in her 70s": her age, not whose she is (round 99)
    return any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree if t.i != prep.i)


#: A decade of someone's age ("in her 70s", "in his early thirties").
_DECADE = re.compile(r"\d0[’']?s|(twen|thir|for|fif|six|seven|eigh|nine)ties")


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
        or _after_person_noun(head, span, lex)


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

