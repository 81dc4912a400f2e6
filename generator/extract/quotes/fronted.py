"""Subjects the parser hung on a prepositional phrase that opens the sentence.

"In mitigation, defence counsel X said ..." and "Among the marchers in Paris, Nadia Haddou,
59, a nurse, estimated that ...": the parser may take the name for the phrase's object (or
a conjunct of it) and leave the cue with no subject. A person's name that closes the
phrase right before the cue, after a comma, with at most its own appositions between, is
the cue's subject. An opening "For X, who ...," phrase of a sentence whose subject is no
person names who the next "she said" means (round 51: "For Teresa Alvarado, who has asthma
..., the alert meant a day off without pay").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.quotes.lexicon import fold_name, load_lexicon
from generator.extract.quotes.verb_groups import verb_group_start


def name_ending_fronted_phrase(verb: Token) -> Token | None:
    """The subject of ``verb`` that the parser hung on the sentence's opening
    prepositional phrase (see the module docstring), or None."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for prep in verb.lefts:
        if not _opening_phrase(prep):
            continue
        last = verb.doc[prep.right_edge.i]
        if last.i + 1 == verb.i and last.pos_ == "PROPN" and last.ent_type_ == "PERSON" \
                and any(t.text == "," for t in verb.doc[prep.i : last.i]):
            return last
        found = _name_before_its_appositions(prep, verb) or _list_closing_phrase(prep, verb)
        if found is not None:
            return found
    return None


def _list_closing_phrase(prep: Token, verb: Token) -> Token | None:
    """"On the other side, Veldran, Ostria and the Baltic states argue that ...": a list of
    names, set off by a comma, that the parser put in apposition to the phrase's object
    and that runs on to the cue; its first name (which heads the list) is the subject."""
    doc = verb.doc
    for token in prep.subtree:
        if token.dep_ == "appos" and token.pos_ == "PROPN" \
                and token.right_edge.i == verb.i - 1 and token.i > 0 \
                and doc[token.i - 1].text == "," \
                and any(c.dep_ == "conj" for c in token.children):
            return token
    return None


def person_ending_fronted_phrase(verb: Token) -> Token | None:
    """The unnamed subject of ``verb`` that the parser hung on the sentence's opening
    prepositional phrase (:func:`_person_described_by_who`), or None. A speaker of the cue
    only: a later "she said" goes to the speaker this cue gave, as for any unnamed source."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((found for prep in verb.lefts if _opening_phrase(prep)
                 for found in [_person_described_by_who(prep, verb)] if found is not None),
                None)


def _person_described_by_who(prep: Token, verb: Token) -> Token | None:
    """"At Marlowe University in Kent, where managers announced 300 job cuts in January, a
    senior lecturer in history, who asked not to be named, said ...": an unnamed person,
    "a"/"an" and a noun set off by a comma, that the parser put in apposition to a noun
    of the opening phrase, with a "who" or "whose" clause (on it or hung elsewhere: "an
    elderly neighbour of the accused, whose house faces the scene,") that runs on to the
    comma before the cue. The relative clause makes it the subject (round 83); a clause not
    set off ("In X, a woman who runs a bakery near the station said ...") runs on to the
    cue itself (round 107)."""
    doc = verb.doc
    if verb.i < 1:
        return None
    end = verb.i - 2 if doc[verb.i - 1].text == "," else verb.i - 1
    for token in prep.subtree:
        if token.dep_ != "appos" or token.pos_ != "NOUN" or token.i >= verb.i:
            continue
        first = token.left_edge
        if first.i < 1 or doc[first.i - 1].text != "," or first.lower_ not in ("a", "an"):
            continue
        who = who_clause_after(token, ("who", "whose"))
        if who is not None and who.right_edge.i == end:
            return token
    return None


def who_clause_after(noun: Token, pronouns: tuple[str, ...] = ("who",)) -> Token | None:
    """The verb of the "who" clause (or of one opening with another of ``pronouns``:
    "whose house faces ...") describing ``noun``: inside its phrase (on it, or on the last
    noun of its post-modifier: "a nurse in the clinic, who ..."), or right after the phrase
    and a comma, hung by the parser on another word."""
    doc = noun.doc
    own = next((c for c in noun.subtree if c.dep_ == "relcl" and c.i > noun.i
                and doc[c.left_edge.i].lower_ in pronouns), None)
    if own is not None:
        return own
    end = noun.right_edge.i
    if end + 2 < len(doc) and doc[end + 1].text == "," and doc[end + 2].lower_ in pronouns:
        clause = next((a for a in doc[end + 2].ancestors if a.dep_ == "relcl"), None)
        if clause is not None and clause.left_edge.i == end + 2:
            return clause
    return None


def _opening_phrase(token: Token) -> bool:
    """A phrase opening the sentence: a prepositional one ("Among the marchers,") or a
    participle's ("Speaking to the agency,", as translated agency copy opens; "Asked about
    the ruling at a meet in Sydney,", round 71)."""
    return token.i == token.sent.start and (
        token.dep_ == "prep" or (token.dep_ == "advcl" and token.tag_ in ("VBG", "VBN")))


def _end_of_name_phrase(name: Token) -> int:
    """Where a name and what describes it end: its own subtree, or the relative clause
    right after it that the parser hung on another word ("Hatice, 54, who lost her house
    in the quake," with "who lost" hung on the agency named before)."""
    end = name.right_edge.i
    doc = name.doc
    # "Lam Siu-fong, 63, who has run ...": the comma after the age may hang elsewhere too
    skip = 2 if end + 2 < len(doc) and doc[end + 1].text == "," else 1
    after = doc[end + skip] if end + skip < len(doc) else None
    if after is not None and after.lower_ in ("who", "whose") and after.head.dep_ == "relcl":
        return after.head.right_edge.i
    return end


def _name_before_its_appositions(prep: Token, verb: Token) -> Token | None:
    """"Among the marchers in Paris, Nadia Haddou, 59, a nurse at ..., estimated": a name
    the parser made a conjunct inside the phrase, set off by a comma, whose own subtree
    (its age and role in apposition) runs on to the comma before the cue. NER may tag such
    a name anything, so it must open with a given name of speakers_given_names.yaml or be
    tagged a person. "Asked about the ruling at a meet in Sydney, Australia's Holly Kerr,
    who finished fourth, said:": the parser may set the name in apposition to the phrase's
    last noun instead (round 71); NER must then tag it a person."""
    doc = verb.doc
    at = verb_group_start(verb)  # "In East Austin, Dorothy Pruitt, 84, has spent" (r106)
    if at < 1 or doc[at - 1].text != ",":
        return None
    for token in prep.subtree:
        # the comma before the cue hangs on the name or on the cue
        # "..., set up in the gym, Marlene Fitch, 67, sat": or a noun of the participle's
        if token.dep_ not in ("conj", "npadvmod", "appos") or token.pos_ != "PROPN" \
                or _end_of_name_phrase(token) not in (at - 2, at - 1) \
                or (token.dep_ == "appos" and token.ent_type_ != "PERSON"):
            continue
        first = token.left_edge
        if first.i < 1 or doc[first.i - 1].text != "," or first.pos_ != "PROPN":
            continue
        if token.ent_type_ == "PERSON" or fold_name(first.text) in \
                load_lexicon().pronoun_of_given_name:
            return token
    return None


#: Prepositions opening a sentence about a person: "For Teresa Alvarado, who has asthma,
#: the alert meant a day off without pay" (round 51), "To Ada Quill, the ruling ...".
_ABOUT_PREPOSITIONS = frozenset({"for", "to"})


def person_the_sentence_is_about(sentence: Span) -> Token | None:
    """"For Teresa Alvarado, who has asthma and works at a plant nursery in Cheney, the
    alert meant a day off without pay. “...,” she said.": a person's name that an opening
    "for"/"to" phrase, set off by a comma, gives a sentence is who the next "she said"
    means when the sentence has no person subject (the caller's check; round 51); None
    otherwise."""
    first = sentence[0]
    if first.lower_ not in _ABOUT_PREPOSITIONS or first.dep_ != "prep":
        return None
    name = next((c for c in first.children if c.dep_ == "pobj"), None)
    if name is None or name.pos_ != "PROPN" or not _person_name(name):
        return None
    after = name.right_edge.i + 1
    if after >= len(sentence.doc) or sentence.doc[after].text != ",":
        return None
    return name


def _person_name(name: Token) -> bool:
    """A name NER tagged a person, one opening with a listed given name (NER may tag
    "Teresa Alvarado" a work of art), or one a "who" clause describes."""
    first = name.doc[name.left_edge.i]
    return name.ent_type_ == "PERSON" or fold_name(first.text) in \
        load_lexicon().pronoun_of_given_name or any(
            c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children)
            for c in name.children)
