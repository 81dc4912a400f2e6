"""Speakers the parser hung somewhere else than on the cue's subject.

Split from :mod:`generator.extract.quotes.misparses` (which keeps the reports the parser
misplaced). Here: "Harlow, asked about the incident, said:" (the participle read as the
verb); "The 44-year-old added that ..." with the epithet read as an adjective of the verb;
a news agency's credit in a dateline made the subject ("SEOUL, Nov. 24 (Yonhap) -- Prime
Minister X urged ..."); from British court and police copy, "Mitigating, X's barrister, Y,
said" with the fronted role made the subject and "said police spokesperson Sgt. | Ada
Rune." with the sentence ended at the title's full stop; a surname opening a sentence
tagged as a common noun ("Lunares estimated that ..."); the name that owns a voice
("X's voice cracked as she said"); and a role noun before a name read as a verb whose
object is the name ("At the station, commuter X, who ..., said", round 47). The speaker
inside the subject's own phrase ("Families whose babies died ... say") is found in
:mod:`.phrase_speakers`.
"""

from __future__ import annotations

import functools

from spacy.tokens import Token

from generator.extract.datelines import is_caps_word, is_dash
from generator.extract.doctext import doc_entities
from generator.extract.quotes.fronted import (
    name_ending_fronted_phrase,
    person_ending_fronted_phrase,
)
from generator.extract.quotes.lexicon import load_lexicon
from generator.extract.quotes.participle_asides import name_before_clausal_aside


def subject_before_participle(verb: Token) -> Token | None:
    """The speaker of "Harlow, asked about the incident after the match, said: ...": the
    parser takes the participle for the verb of a clause the cue reports ("Harlow asked
    ...") or for an adverbial clause holding the name, and leaves the cue with no subject;
    a name set off by a comma before a participle phrase that a comma closes right before
    the cue is the cue's subject."""
    found = participle_after_name(verb)
    return found[0] if found else name_ending_fronted_phrase(verb) \
        or person_ending_fronted_phrase(verb) or name_before_clausal_aside(verb)


def name_before_relative_read_as_clause(verb: Token) -> Token | None:
    """The speaker of "Linda Farrow, whose 91-year-old mother, Joan, has lived at Beechgrove
    for six years, said the news had come as ...": the parser read the relative clause's
    verb as a complement of the cue before it, with the name as its subject, and left the
    cue with no subject and a second complement after it; the noun set off by a comma right
    before "whose" (or "who") is the cue's subject (round 77), also when the name's own
    affiliation comes before that comma ("Velma Torr at the University of Orsk, who wasn’t
    involved in the work, says ...", round 91). None for any other shape."""
    doc = verb.doc
    if verb.i < 1 or doc[verb.i - 1].text != "," or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            or not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return None
    clause = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "ccomp"), None)
    subject = next((c for c in clause.lefts if c.dep_ in ("nsubj", "nsubjpass")), None) \
        if clause is not None else None
    if subject is None or subject.pos_ not in ("PROPN", "NOUN"):
        return None
    end = subject.right_edge.i  # after "at the University of Orsk", if the name has one
    end -= doc[end].text == ","  # the parser may hang the comma itself on the name
    return subject if any(
        at + 2 < verb.i and doc[at + 1].text == "," and doc[at + 2].tag_ in ("WP$", "WP")
        for at in (subject.i, end)) else None


def participle_after_name(verb: Token) -> tuple[Token, Token] | None:
    """(name, participle) of "NAME, asked about ..., said" (see
    :func:`subject_before_participle`), or None."""
    doc = verb.doc
    if verb.i < 1 or doc[verb.i - 1].text != "," or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for clause in verb.lefts:
        if clause.dep_ not in ("ccomp", "advcl") or clause.tag_ not in ("VBN", "VBD"):
            continue
        name = clause.left_edge
        if name.pos_ == "PROPN" and name.i + 2 == clause.i and doc[name.i + 1].text == ",":
            return name, clause
        noun = _speaker_noun_set_off(clause, verb)
        if noun is not None:
            return noun, clause
    return None


def _speaker_noun_set_off(participle: Token, verb: Token) -> Token | None:
    """"aide" of "A senior Republican aide, granted anonymity to discuss ..., said": a noun
    for people (speakers.yaml ``group_nouns``, ``titles``) that the parser made the subject
    of the participle though a comma sets it off, the participle's phrase closed by a comma
    right before the cue (round 73); a finite clause puts no comma between its subject and
    its verb."""
    doc = participle.doc
    if participle.i < 2 or doc[participle.i - 1].text != "," \
            or doc[participle.right_edge.i + 1].text != "," \
            or participle.right_edge.i + 2 != verb.i:
        return None
    noun = doc[participle.i - 2]
    lex = load_lexicon()
    words = {noun.lower_, noun.lemma_.casefold()}
    return noun if noun.head.i == participle.i and noun.dep_ in ("nsubj", "nsubjpass") \
        and noun.pos_ == "NOUN" and words & (lex.group_nouns | lex.titles) else None


def name_read_as_role_object(verb: Token) -> Token | None:
    """"At Reading station on Wednesday, commuter Sarah Leigh, who travels ..., said ...":
    the parser may read the role noun before the name as a clause of its own ("commuter"
    an adverbial clause, or a verb beside the cue) with the name as its object, and leave
    the cue with no subject; a person's name right after such a noun, whose phrase a comma
    closes right before the cue, is the subject (round 47)."""
    doc = verb.doc
    if verb.i < 1 or doc[verb.i - 1].text != "," or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for clause in verb.lefts:
        if clause.dep_ in ("advcl", "ccomp", "parataxis") \
                and clause.right_edge.i in (verb.i - 2, verb.i - 1):
            name = name_after_role_word(clause)
            if name is not None:
                return name
    return None


def name_after_role_word(word: Token) -> Token | None:
    """"Tomas Renner" of "commuter Tomas Renner" when the tagger read the lower-case role
    word as a verb (or a clause's noun) and the name as its object: the name, else None
    (the subject "commuter" of such a parse is the name too; round 47)."""
    if not word.is_lower or word.tag_ not in ("NN", "VB", "VBP"):
        return None
    return next((c for c in word.rights if c.dep_ in ("dobj", "appos", "npadvmod")
                 and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"
                 and c.left_edge.i == word.i + 1), None)


def epithet_read_as_modifier(verb: Token) -> Token | None:
    """"The 44-year-old added that ...": the parser may read the age epithet as an
    adjective of the verb (and "The" as the verb's determiner), leaving the cue with no
    subject; the epithet's "old" is the subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return next((c for c in verb.lefts if c.dep_ == "amod" and c.lower_ == "old" and c.i >= 2
                 and c.doc[c.i - 2].lower_ in ("year", "years")), None)


def epithet_before_cue(cue: Token) -> Token | None:
    """"“...,” the 27-year-old told reporters.": the parser may read the epithet and the
    cue as adjectives of the audience ("the 27-year-old told reporters" one noun phrase);
    the epithet's "old" before the cue is the speaker."""
    if cue.dep_ != "amod" or cue.head.i < cue.i:
        return None
    return next((c for c in cue.head.lefts if c.dep_ == "amod" and c.lower_ == "old"
                 and 2 <= c.i < cue.i and c.doc[c.i - 2].lower_ in ("year", "years")), None)


def subject_after_agency_credit(subject: Token) -> Token:
    """The real subject of "SEOUL, Nov. 24 (Yonhap) -- Prime Minister X urged ...": the
    parser may make the news agency in the dateline's brackets the subject and the
    subject after the dash its apposition."""
    doc = subject.doc
    bracketed = 0 < subject.i < len(doc) - 1 and doc[subject.i - 1].text == "(" \
        and doc[subject.i + 1].text == ")"
    if bracketed:
        return next((c for c in subject.rights if c.dep_ == "appos" and c.i > subject.i + 1),
                    subject)
    return _subject_after_dateline_city(subject)


def _subject_after_dateline_city(subject: Token) -> Token:
    """"CALDWELL, Marlow (AP) — Gov. Ellen Varga on Tuesday called ...": the parser may
    make the dateline's capitalised city the subject and the subject after the dash its
    apposition (round 42), or its conjunct ("BRUSSELS, March 11 (Reuters) - European Union
    antitrust regulators on Wednesday blocked ..., saying", round 85)."""
    doc = subject.doc
    if subject.left_edge.i != subject.sent.start or not is_caps_word(subject):
        return subject  # "PORT ORSK, March 2 ...": a city of two words too
    for child in subject.rights:
        # a conjunct may take the date and the dash in as its modifiers
        between = doc[subject.i + 1 : child.left_edge.i if child.dep_ == "appos" else child.i]
        if child.dep_ in ("appos", "conj") and any(is_dash(t) for t in between):
            return child
        # "WELLINGTON, March 2 (Reuters) - Reserve Bank of Velmar Governor Ada Quill told":
        # the subject apposed to the bracketed agency, the person inside its "of" phrase
        # (round 91)
        after = next((g for g in child.rights if g.dep_ == "appos" and any(
            is_dash(t) for t in doc[child.i + 1 : g.left_edge.i])), None)
        last = after.right_edge if after is not None and doc[child.i - 1].text == "(" else None
        if last is not None and last.ent_type_ == "PERSON" and last.dep_ == "pobj":
            return last
    return subject


def subject_after_fronted_participle(subject: Token) -> Token:
    """The real subject of "Mitigating, Coll's barrister, Paul Renwick, said ...": British
    court copy fronts the role a lawyer plays ("Prosecuting,", "Defending,") as a lone
    -ing word set off by a comma, which the parser may take for the subject and the
    speaker for its conjunct, or (after a word of speakers.yaml ``fronted_roles``) for
    its apposition. Returns that speaker, else the subject itself (a name ending in
    "-ing", "Kessling, a Kansas Republican,", is no participle)."""
    doc = subject.doc
    lone = subject.left_edge.i == subject.i == subject.sent.start
    fronted = lone and subject.lower_.endswith("ing") and subject.i + 1 < len(doc) \
        and doc[subject.i + 1].text == "," and not subject.ent_type_ \
        and not _surname_of_named_person(subject)
    # a name in apposition only after a word of the list ("Kessling, a Kansas Republican,")
    deps = ("conj", "appos") if subject.lower_ in load_lexicon().fronted_roles else ("conj",)
    speaker = next((c for c in subject.children if c.dep_ in deps), None)
    if fronted and speaker is not None:
        return speaker
    return _name_closing_participle_phrase(subject) or _name_after_participle_object(subject) \
        or subject


def _name_after_participle_object(subject: Token) -> Token | None:
    """"Sentencing Chan, Judge X said ...": a court participle (speakers.yaml
    ``fronted_roles``) and its object opening the sentence, which the parser (and NER) read
    as one capitalised name made the subject, with the speaker in apposition or conjunct
    after the comma; the person's name that ends right before the verb is the subject."""
    first = subject.doc[subject.left_edge.i]
    if first.i != subject.sent.start or first.i == subject.i \
            or first.lower_ not in load_lexicon().fronted_roles:
        return None
    return next((c for c in subject.rights if c.dep_ in ("appos", "conj")
                 and c.ent_type_ == "PERSON" and c.right_edge.i + 1 == subject.head.i
                 and subject.doc[c.left_edge.i - 1].text == ","), None)


def _name_closing_participle_phrase(subject: Token) -> Token | None:
    """"Reporting from Ain Safra, Al Jazeera's Rania Khoury said ...": a participle phrase
    opening the sentence, which the parser took for the subject, with the speaker's name
    hung inside it; the person's name that ends the phrase after a comma, right before
    the verb, is the subject."""
    if subject.i != subject.sent.start or subject.tag_ != "VBG" \
            or not any(c.dep_ == "prep" for c in subject.children):
        return None
    last = subject.doc[subject.right_edge.i]
    if last.i + 1 != subject.head.i or last.pos_ != "PROPN" or last.ent_type_ != "PERSON":
        return None
    commas = [t for t in subject.subtree if t.text == "," and t.i < last.i]
    return last if commas and last.dep_ in ("appos", "conj") else None


def surname_read_as_noun(token: Token) -> bool:
    """Whether a capitalised word the tagger read as a common noun ("Lunares estimated
    that ...", opening the sentence) is the surname of a person the article names in full
    ("Interior Minister Octavio Lunares"): a speaker for verbs that need one."""
    return token.pos_ == "NOUN" and _surname_of_named_person(token)


def _surname_of_named_person(token: Token) -> bool:
    """Whether a capitalised word is the last word of a person the article names in full."""
    return token.text[:1].isupper() and any(
        ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == token.text
        for ent in doc_entities(token.doc))


def name_after_title_stop(subject: Token) -> Token:
    """The speaker of "“...,” said police spokesperson Sgt. Ada Rune.": the tokenizer splits
    a title's abbreviation from its full stop, the parser may end the sentence there and
    take the title for the subject; the name right after the stop (or after a chain of
    them, "Det. Sgt. Ada Rune") is the speaker (its last word is returned). Any other
    subject is returned as it is."""
    doc = subject.doc
    at = subject.i
    while at + 2 < len(doc) and doc[at + 1].text == "." and not doc[at].whitespace_ \
            and doc[at].lower_ in _title_words() and doc[at].text[:1].isupper():
        at += 2
    if at == subject.i or doc[at].pos_ != "PROPN" or not doc[at].text[:1].isupper():
        return subject
    while at + 1 < len(doc) and doc[at + 1].pos_ == "PROPN" and doc[at + 1].text[:1].isupper():
        at += 1
    return doc[at]


@functools.lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Titles and their abbreviations (speakers.yaml ``titles``, ``title_abbreviations``)."""
    lex = load_lexicon()
    return lex.titles | frozenset(lex.title_abbreviations)
