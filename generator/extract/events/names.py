"""Who a name or pronoun in an event description stands for.

News text names a person in full once ("Chinese leader Xi Jinping") and then by surname
("Mr. Xi", "Xi", "he", "his"); an event description reads best with the full name every time.
This module resolves pronouns and earlier subjects; the full name a short name stands for is
found in :mod:`.full_names`.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.doctext import doc_entities as entities
from generator.extract.events.full_names import (
    NAME_LABELS,
    apposed_name,
    entity_name,
    entity_of,
    firm_full_name,
    full_name,
    relative_antecedent,
)
from generator.extract.events.hidden_subjects import plural_speaker
from generator.extract.events.name_kinds import is_person, known_non_person, names_origin
from generator.extract.events.pronoun_limits import (
    aged_name,
    counterpart_owner,
    in_byline,
    is_age_epithet,
    quoted_title,
    titled_speaker,
    untyped_person,
    untyped_speaker,
    work_owner,
)
from generator.extract.events.rules import load_event_rules
from generator.extract.events.sayers import in_dateline, itself_sayer, names_speaker
from generator.extract.events.sentences import SUBJECT_DEPS, is_apposed, sentences_back
from generator.extract.events.things import stands_for_thing, thing_antecedent
from generator.extract.hits import Claim

PERSONAL_PRONOUNS = ("he", "she")
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "my": "i", "our": "we"}
#: Round 43: an object pronoun that is the subject of an infinitive ("His coach expects *him*
#: to attempt the world record") is never the subject of its own clause, nor its speaker.
OBJECT_PRONOUNS = {"him": "he"}
#: What "they" may stand for: a team, a party, a country ("Orsk Rovers ... They face").
GROUP_LABELS = ("ORG", "NORP", "GPE")
#: Pronouns that stand for whoever speaks, inside a direct quote.
FIRST_PERSON = ("i", "we")
RELATIVE_PRONOUNS = ("which", "that", "who")
#: What kind of name a pronoun may stand for.
PRONOUN_LABELS = {"he": ("PERSON",), "she": ("PERSON",), "it": ("ORG", "GPE")}
#: Entity types of a firm's one-word name the tagger missed or took for a title ("Vantor's":
#: WORK_OF_ART); "it" may stand for it.
FIRM_SLIP_LABELS = ("", "WORK_OF_ART", "PRODUCT")
#: How many sentences back a pronoun looks for the subject it stands for.
LOOKBACK_SENTENCES = 3


def resolve_pronoun(pronoun, claims: Sequence[Claim] = ()) -> str | None:
    """What a subject or possessive pronoun stands for, or None when that is not clear.

    - "which"/"that"/"who" opening a relative clause: the noun the clause hangs from (the
      caller names it);
    - "he"/"she"/"his"/"her": the speaker of a claim in its sentence, else the subject of the
      sentence or of the sentences before (if a person), else the last person named before;
    - "I"/"we"/"my"/"our" inside a direct quote: its speaker;
    - "they": the nearest subject before, if it names a group (team, party, country);
    - "it"/"its": the speaker of a claim in its sentence unless a person ("Nordnet said it
      expected ..."), else as above with an organisation or place.
    """
    objective = pronoun.lower_ in OBJECT_PRONOUNS
    word = OBJECT_PRONOUNS.get(pronoun.lower_) or POSSESSIVE_PRONOUNS.get(pronoun.lower_,
                                                                         pronoun.lower_)
    if word in FIRST_PERSON:
        return quoted_speaker(pronoun, claims)
    if word == "they":
        return nearest_subject_name(pronoun, GROUP_LABELS)
    labels = PRONOUN_LABELS.get(word)
    if labels is None:
        return None
    at = pronoun.idx
    speakers = [c.speaker for c in claims
                if c.speaker and c.sentence_start <= at < max(c.sentence_end, c.end)]
    if word in PERSONAL_PRONOUNS and speakers and not objective \
            and not known_non_person(speakers[0], pronoun.doc) \
            and not plural_speaker(speakers[0], pronoun.sent):  # round 61: "Prosecutors say he"
        return full_name(apposed_name(speakers[0], pronoun.doc, at), pronoun.doc)
    thing = thing_antecedent(pronoun)  # "It should be finished by June, the council said"
    if thing is not None:  # never a body that says it (things._reported)
        return None
    if word == "it" and speakers and not is_person(speakers[0], pronoun.doc) \
            and not titled_speaker(speakers[0], pronoun.sent) \
            and names_speaker(speakers[0], pronoun.sent):  # "Orlin said it would"
        # "Nordnet said it expected ...": the speaker is a company, by its full name
        role = speakers[0]  # "The largest union, Fedra, said": a role set off before a name
        named = role if any(w[:1].isupper() for w in role.split()[1:]) \
            else apposed_name(role, pronoun.doc, at, NAME_LABELS)
        return firm_full_name(named, pronoun.doc)
    sayer = itself_sayer(pronoun, load_event_rules()) if word == "it" else None
    if sayer is not None and sayer.pos_ == "PROPN":  # "Silvana Coal said it planned to ..."
        return untyped_name(sayer)
    if word == "it" and stands_for_thing(pronoun):
        return None  # "The derby has been moved to Sunday. It kicks off at 4 p.m."
    if word == "it" and (antecedent := relative_antecedent(pronoun)) is not None:
        return antecedent  # "Pennant Ridge Capital, which lost £43m before *it* was wound up"
    # "His coach, Samuel Tanui, expects *him* to ...": from the sentence before
    subject = earlier_subject(pronoun.sent[0] if objective else pronoun, labels)
    if subject is not None:
        return subject
    named = [e for e in entities(pronoun.doc) if e.label_ in labels
             and e.end_char <= pronoun.idx and not in_byline(e) and not names_origin(e)
             and not in_dateline(e)]
    if named and (owner := counterpart_owner(named[-1])) is not None \
            and POSSESSIVE_PRONOUNS[owner.lower_] == word:  # "his counterpart, Ratna ..."
        return resolve_pronoun(owner, claims)
    return entity_name(named[-1][0]) if named else None


def quoted_speaker(pronoun, claims: Sequence[Claim]) -> str | None:
    """The speaker of the direct quote ``pronoun`` sits in ("“*We* will meet them on Monday,”
    Ada Quill said" -> "Ada Quill"), or None outside quotes."""
    at = pronoun.idx
    speakers = [c.speaker for c in claims
                if c.kind == "quote" and c.speaker and c.start <= at < c.end]
    return full_name(speakers[0], pronoun.doc) if speakers else None


def firm_as_person(token) -> bool:
    """Whether the token is a one-word name the tagger calls a person but no longer name of a
    person in the article holds ("Pell shipped 50.1 million phones"): more often a firm (see
    ``is_person``), which "it" can stand for."""
    return token.ent_type_ == "PERSON" and token.pos_ == "PROPN" \
        and len(entity_of(token)) == 1 and not is_person(token.text, token.doc) \
        and not any(c.dep_ in ("compound", "nummod") for c in token.children)


def nearest_subject_name(pronoun, labels: Sequence[str]) -> str | None:
    """The name the nearest subject before ``pronoun`` (same sentence or the one before)
    gives, when it is one of ``labels``; None when that subject is no name ("Officials said
    *they* ..." keeps "they"). Relative pronouns are passed over."""
    for sent in sentences_back(pronoun, 2):
        for token in reversed(sent):
            if token.i >= pronoun.i or token.dep_ not in SUBJECT_DEPS \
                    or token.lower_ in RELATIVE_PRONOUNS:
                continue
            if token.pos_ == "PROPN" and (not token.ent_type_ or token.tag_ == "NNPS"):
                # a team the tagger missed or took for a person ("Orsk Rovers"); "Sarne and
                # Tolvia have said *they* will need until 2027": both
                return " and ".join(untyped_name(t) for t in conjuncts(token))
            named = [named_in(t, labels) for t in conjuncts(token)]
            return " and ".join(n for n in named if n) if named[0] else None
    return None


def conjuncts(token) -> list:
    """``token`` and the proper nouns coordinated with it ("Sarne *and Tolvia*")."""
    return [token, *(c for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN")]


def untyped_name(token) -> str:
    """The proper nouns of a name the tagger did not type, up to ``token`` ("Orsk Rovers")."""
    return " ".join(t.text for t in token.doc[token.left_edge.i:token.i + 1]
                    if t.pos_ == "PROPN")


def earlier_subject(pronoun, labels: Sequence[str]) -> str | None:
    """The nearest subject before ``pronoun`` (same sentence first, then up to
    ``LOOKBACK_SENTENCES`` back) that is a name of one of ``labels``."""
    thing = pronoun.lower_ in ("it", "its")
    for sent in sentences_back(pronoun, LOOKBACK_SENTENCES):
        for token in reversed(sent):
            if token.i >= pronoun.i:
                continue
            if token.dep_ in SUBJECT_DEPS or not thing and aged_name(token):
                owner = None if thing else work_owner(token)
                if owner is not None:  # "Dalton's third album, Paper Moons, ...": Dalton
                    if owner:
                        return full_name(owner, token.doc)
                    continue
                if thing and (titled(token) or in_dateline(token.doc[token.i:token.i + 1])):
                    continue  # "chief executive Marcus Feld said", an ORG to the tagger
                named = named_in(token, labels)
                if named is None and thing and firm_as_person(token):
                    named = token.text  # "Pell, which led ..., shipped ... *It* releases ..."
                if named is None and thing:  # "The film, the epic "Ninth Winter", ..."
                    named = quoted_title(token)
                if named is None and thing:  # "Fennimore said it": "Fennimore Homes"
                    named = untyped_firm(token)
                    named = firm_full_name(named, token.doc) if named is not None else None
                if named is None and not thing:
                    named = epithet_name(token)  # "The 24-year-old passed ... *He* is ..."
                if named is None and not thing:
                    named = surname_of_person(token)  # "Lanz, 61, ... has pleaded"
                if named is None and not thing:
                    named = untyped_speaker(token)  # "“...,” Vidal said. She plays ..."
                if named is not None:
                    return named
            elif thing and token.dep_ == "poss" and token.head.dep_ in ("attr", *SUBJECT_DEPS):
                named = untyped_firm(token)  # "The recall is *Vantor's* second this year."
                if named is not None:
                    return named
    return None


def surname_of_person(token) -> str | None:
    """The full name of a person the story named before whose surname alone the tagger typed
    otherwise ("former mayor *Victor Lanz* ... *Lanz*, 61, ... has pleaded not guilty", an
    organisation to the tagger, or a common noun untyped: "Corrin wrote", round 17), else
    None: "he" stands for that person (round 13)."""
    if token.ent_type_ == "PERSON" or not (token.pos_ == "PROPN" or token.is_title):
        return None
    name = full_name(token.text, token.doc)
    return name if name != token.text and name.split()[-1] == token.text else None


def titled(token) -> bool:
    """Whether a name carries a person's title: a common noun in lower case compounded with it
    ("chief *executive* Marcus Feld") or one of ``rules.person_titles`` ("*Governor* Ilse
    Varga", a work to the tagger)."""
    titles = load_event_rules().person_titles
    return token.pos_ == "PROPN" and any(
        c.dep_ in ("compound", "amod") and (c.pos_ == "NOUN" and c.is_lower
                                            or c.lower_ in titles)
        for c in token.children)


def untyped_firm(token) -> str | None:
    """The name of a firm the tagger gave no type, or a slip of one, that "it" can stand for
    ("*Vantor Motors* will recall ...", "The recall is *Vantor's* second"), or None."""
    if token.pos_ != "PROPN" or token.ent_type_ not in FIRM_SLIP_LABELS:
        return None
    start = token.left_edge.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN" \
            and token.doc[start - 1].whitespace_ == " ":
        start -= 1  # a name the sentence splitter cut ("Vantor | Motors will recall")
    return " ".join(t.text for t in token.doc[start:token.i + 1] if t.pos_ == "PROPN")


def named_in(subject, labels: Sequence[str]) -> str | None:
    """The name a subject phrase carries: its own entity, or one in apposition ("His Foreign
    Minister, Dmytro Kuleba")."""
    if subject.ent_type_ in labels:
        if subject.tag_ == "NNPS" and "PERSON" in labels:
            return None  # "Orsk Rovers" is a team, not the "she" looked for
        return entity_name(subject)
    for child in subject.children:
        if is_apposed(child) and child.ent_type_ in labels:
            return entity_name(child)
    return None


def epithet_name(token) -> str | None:
    """The person a definite age epithet stands for ("Harwick signed striker Kwame Osei ...
    *The 24-year-old* passed a medical": Kwame Osei): the nearest person subject before, else
    the last person named before; None when ``token`` is no such epithet."""
    if not is_age_epithet(token):
        return None
    named = earlier_subject(token, ("PERSON",))
    if named is not None:
        return named
    people = [e for e in entities(token.doc)
              if e.label_ == "PERSON" and e.end_char <= token.idx and not names_origin(e)
              and not in_byline(e)]
    if people:
        return entity_name(people[-1][0])
    return next((n for sent in sentences_back(token, LOOKBACK_SENTENCES) for t in sent
                 if t.i < token.i and (n := untyped_person(t)) is not None), None)
