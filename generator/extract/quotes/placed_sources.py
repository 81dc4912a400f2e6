"""Unnamed sources named by their place or affiliation: "Officials in Orsk" -> "Orsk
officials", "the foreign ministers of Kalvia, Ostrenia and Dobrudja" -> "Kalvia, Ostrenia
and Dobrudja foreign ministers", "In Drevno, residents reached by AFP said" -> "Drevno
residents", and the phrase that says whose a source is ("a spokesperson *for the economy
ministry*"), without a time phrase or an unspecified place.

Split from :mod:`generator.extract.quotes.mention_shapes` (what a mention's own words say
about it); :mod:`.mentions` reads a mention with these.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract.quotes.affiliated_names import AFFILIATION_PREPS
from generator.extract.quotes.appositions import set_off
from generator.extract.quotes.bodies import reached_by
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.phrases import clean_phrase


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
