"""Reporting cues on the parse: which tokens report speech, who their speaker is, and how
the cue reads ("said", "told reporters", "expressed concern", "according to"). The verb's
own subject is found by :mod:`generator.extract.quotes.verb_subjects`."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from generator.extract.quotes.accordance import in_accordance
from generator.extract.quotes.headline_pairs import (
    first_verb_subject_over_possessed_noun,
    subject_shared_with_first_verb,
)
from generator.extract.quotes.lexicon import Lexicon, load_lexicon
from generator.extract.quotes.phrase_speakers import subject_of_clause_before_cue
from generator.extract.quotes.relative_misparses import participle_hung_beside_contact_relative
from generator.extract.quotes.rulings import reports_finding
from generator.extract.quotes.speaker_misparses import epithet_before_cue, surname_read_as_noun
from generator.extract.quotes.verb_subjects import subject_of
from generator.extract.quotes.written_gifts import reads_a_given_thing
from generator.extract.token_memo import per_token

#: Entity labels of names that can speak.
_SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@dataclass(frozen=True, slots=True)
class RawQuote:
    """A quote before its speaker mention is resolved."""

    start: int
    end: int
    kind: str
    cue: str | None
    subject: Token | None
    sentence_start: int
    sentence_end: int
    rule: str
    paragraph: int = 0
    label: str | None = None
    """The speaker's name as a transcript label gives it ("Tomas Arriaga"), for turns."""


def is_reporting_verb(token: Token, lex: Lexicon) -> bool:
    """A verb from ``reporting_verbs.yaml`` (by lemma; "said" tagged as a noun is rare),
    one that reports only with its particle right after it ("shot back that"), or one that
    reports only with an issued document as its subject ("the statement read")."""
    if token.pos_ not in ("VERB", "AUX") or object_fronted(token):
        return False
    lemma = token.lemma_.casefold()
    if lemma in lex.particle_cues:
        return _particle_after(token, lex.particle_cues[lemma])
    if lemma in lex.document_cues:  # "the club statement read" (round 45)
        return any(c.dep_ == "nsubj" and c.lemma_.casefold() in lex.issued_documents
                   for c in token.children) or reads_a_given_thing(token)  # "it read" (101)
    return lemma in lex.reporting_lemmas or reports_finding(token)


@per_token("factcheck.quotes.object_fronted")  # asked again for the same tokens; see token_memo
def object_fronted(verb: Token) -> bool:
    """"He accused the brigade of ..., a charge the group denies.": a noun phrase set off by
    a comma and then the verb's subject and the verb: the noun is what the verb denies (a
    relative clause with no "that" the parser may read as the main clause), so the words
    before the comma are no report of the verb (round 96)."""
    doc = verb.doc
    subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or any(c.dep_ in ("ccomp", "xcomp") for c in verb.rights):
        return False  # "a verdict the man's mother said had left ...": a report of its own
    if participle_hung_beside_contact_relative(verb) is not None:
        return False  # "a delay the commissioner says left families ...": its own (round 100)
    if verb.dep_ == "relcl" and verb.head.i < subject.i:
        fronted = verb.head  # "charge" with "the group denies" its relative clause
    else:
        fronted = next((c for c in verb.lefts if c.dep_ == "dobj" and c.i < subject.i), None)
    if fronted is None or fronted.pos_ != "NOUN" or fronted.left_edge.i < 1:
        return False
    return doc[fronted.left_edge.i - 1].text == "," and fronted.i + 1 == subject.left_edge.i


def _particle_after(verb: Token, particle: str) -> bool:
    """Whether the verb's particle follows it ("shot *back*"; the parser may tag it an
    adverb; "put *it* to the witness that", an object)."""
    return any(c.dep_ in ("prt", "advmod", "dobj") and c.lower_ == particle
               and c.i == verb.i + 1 for c in verb.children)


def is_passive_cue(token: Token) -> bool:
    """A passive reporting verb ("staff had been asked to ...", "he was told"): its
    subject is the one addressed, so it is no cue for words quoted inside its clause."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


def is_non_speaker(token: Token, lex: Lexicon) -> bool:
    """A document or record ("the minutes", "a transcript"): a source, not a speaker. A
    document word closing a body's capitalised name is that body ("according to the US
    Geological Survey", round 80)."""
    if _closes_body_name(token):
        return False
    return token.lower_ in lex.non_speakers or token.lemma_.casefold() in lex.non_speakers


def _closes_body_name(token: Token) -> bool:
    """"Survey" of "the US Geological Survey": a capitalised proper noun after two or
    more capitalised words of the same name, not opening its sentence."""
    name = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"
            and c.text[:1].isupper()]
    return token.pos_ == "PROPN" and token.text[:1].isupper() and len(name) >= 2 \
        and not token.is_sent_start


def plausible_speaker(token: Token | None, lex: Lexicon) -> bool:
    """A subject that can speak: a name, a pronoun, or a noun for people or institutions."""
    if token is None:
        return False
    if token.pos_ == "PROPN" or token.ent_type_ in _SPEAKER_ENTITIES:
        return True
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children):
        return True  # "The army chief, Gen. Anders Kalju, indicated that ...": named
    if surname_read_as_noun(token):
        return True  # "Lunares estimated that ..." after "Minister Octavio Lunares"
    words = {token.lower_, token.lemma_.casefold()}
    pronouns = lex.person_pronouns | lex.group_pronouns
    return bool(words & (pronouns | lex.group_nouns | lex.org_nouns | lex.titles))


def according_source(token: Token) -> Token | None:
    """SOURCE of "according to SOURCE" when ``token`` is "according"; none when the phrase
    means "in accordance with" ("set according to each member's capacity", round 77)."""
    if token.lower_ != "according" or in_accordance(token):
        return None
    prep = next((c for c in token.children if c.lower_ == "to"), None)
    source = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    return _document_before_its_author(source) or source if source is not None else None


def _document_before_its_author(source: Token) -> Token | None:
    """The document of "according to a timeline NASCAR released Monday" when the parser
    made the body that put it out the head ("timeline" an adjective on "NASCAR", "released"
    a clause on it): the document is the source, and it says nothing (round 64)."""
    if source.pos_ != "PROPN" or not any(c.dep_ == "acl" and c.pos_ == "VERB" and c.i > source.i
                                         for c in source.children):
        return None
    lefts = list(source.lefts)
    if not lefts or lefts[0].dep_ != "det":
        return None
    non_speakers = load_lexicon().non_speakers
    return next((c for c in lefts[1:] if c.dep_ in ("amod", "compound")
                 and c.lower_ in non_speakers), None)


def cue_subject(cue: Token, lex: Lexicon | None = None) -> Token | None:
    """The speaker token of a cue: the source of "according to", else the verb's subject,
    else a name (or, given ``lex``, a speaker noun) the parser took for the object of an
    inverted cue ("“...?” asked Pia Lund", "“...,” write the authors")."""
    source = according_source(cue)
    if source is not None:
        return source
    own = subject_of(cue)
    if own is not None and own.i > cue.i:  # "“...,” estimated for his part Jan Visk"
        # "X Pledges ..., Says His Fortune ‘...’": the headline's first subject (round 103)
        return first_verb_subject_over_possessed_noun(cue, own) or own
    # "Marsk told reporters in the capital, Port Aster,", "X accused the government of
    # “moving the goalposts”": a subject before the cue is its speaker; a noun after it
    # is no inverted subject
    before = own is not None and own.i < cue.i and not any(
        t.is_quote or t.text in ("«", "»") for t in cue.doc[own.i : cue.i])
    subject = own if before else _subject_after_aside(cue) or own
    if subject is not None:
        return subject
    objects = [c for c in cue.rights if c.dep_ == "dobj"]
    named = next((n for c in objects if (n := name_closing_phrase(c)) is not None), None)
    inverted = next((c for c in objects if _inverted_speaker(c, lex)), None)
    return named or inverted or epithet_before_cue(cue) or _modified_noun(cue) \
        or _name_before(cue) or subject_of_clause_before_cue(cue) or subject_read_as_compound(cue) \
        or subject_shared_with_first_verb(cue)  # "leader concedes ..., says" (round 93)


def _subject_after_aside(cue: Token) -> Token | None:
    """"“...”, warned for her part the president of the union, Greta Solvik": translated
    copy puts an aside ("for his part", "in turn") between the inverted cue and its
    subject, which the parser hangs in apposition to the aside's noun."""
    for prep in cue.rights:
        for noun in prep.children if prep.dep_ == "prep" else ():
            # "declared to AFP the spokesman of ...": the parser may make the subject the
            # object of the audience noun instead
            subject = next((c for c in noun.rights if c.dep_ in ("appos", "dobj")
                            and c.pos_ in ("NOUN", "PROPN")), None)
            if noun.dep_ in ("pobj", "pcomp") and subject is not None:
                return _closing_name(subject) or name_closing_phrase(subject) or subject
    return None


def name_closing_phrase(noun: Token) -> Token | None:
    """"its coordinator in Sarandi, Dr Fabrice Nkoulou", "the spokesman of the civil
    protection, Colonel Anselme Tiendrebo": the last word of a person's name that ends the
    phrase of an inverted subject after a comma, whichever word of the phrase the parser
    hung it on. None when the phrase ends otherwise."""
    words = list(noun.subtree)
    while words and words[-1].is_punct:
        words.pop()
    run: list[Token] = []
    while words and words[-1].pos_ == "PROPN" and words[-1].i > noun.i:
        run.insert(0, words.pop())
    if not run or not any(t.ent_type_ == "PERSON" for t in run):
        return None
    before = noun.doc[run[0].i - 1]
    return run[-1] if before.text == "," else None


def _closing_name(role: Token) -> Token | None:
    """The name that ends the sentence right after a role and a comma ("..., the mayor of
    Elka, Jan Visk."), whatever the parser attached it to."""
    doc = role.doc
    k = role.right_edge.i + 1
    if k >= len(doc) or doc[k].text != ",":
        return None
    run = []
    while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN":
        k += 1
        run.append(doc[k])
    ends = k + 1 >= len(doc) or doc[k + 1].text in (".", "!", "?", ",")
    return run[-1] if run and ends else None


def _modified_noun(cue: Token) -> Token | None:
    """"“...,” tweeted opposition councillor Lisa Hoff": the parser read the cue as an
    adjective of the noun phrase after it; that phrase's head is the speaker."""
    if cue.dep_ not in ("amod", "compound") or cue.head.i < cue.i:
        return None
    head = cue.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head if head.pos_ in ("PROPN", "NOUN") else None


def subject_read_as_compound(cue: Token) -> Token | None:
    """"Ecologists hail ‘a turning point for our rivers’": a headline's plural subject
    right before its verb, which the tagger read as a noun (the verb's bare form is one)
    with the subject as its compound (round 90); None for any other shape."""
    if cue.pos_ != "NOUN" or cue.i == 0:
        return None
    before = cue.doc[cue.i - 1]
    if before.dep_ != "compound" or before.head.i != cue.i \
            or before.tag_ not in ("NNS", "NNPS") and not before.lower_.endswith("s"):
        return None
    return before


def _inverted_speaker(obj: Token, lex: Lexicon | None) -> bool:
    """An object of a subjectless cue that is its speaker: a person's name, or a noun for
    people ("the authors") that is no audience ("told reporters")."""
    if obj.ent_type_ == "PERSON":
        return True
    if lex is None or obj.lemma_.casefold() in lex.audiences or obj.lower_ in lex.audiences:
        return False
    if obj.pos_ == "PROPN" and any(t.lower_.replace(".", "") in lex.titles
                                   for t in obj.subtree if t.i < obj.i):
        return True  # "“...,” declared UN Secretary-General Amara Loisel": NER missed her
    return bool({obj.lower_, obj.lemma_.casefold()} & (lex.group_nouns | lex.titles))


def _name_before(cue: Token) -> Token | None:
    """The last word of a person's name in the words right before the cue, up to the
    nearest punctuation ("“...,” lead author Amira Haddad of the ... told"), for parses
    that lost the subject."""
    doc = cue.doc
    for i in range(cue.i - 1, max(-1, cue.i - 12), -1):
        token = doc[i]
        if token.is_punct:
            return None
        if token.ent_type_ == "PERSON" and (i + 1 >= len(doc) or doc[i + 1].ent_type_ != "PERSON"
                                            or doc[i + 1].ent_iob_ == "B"):
            return token
    return None


def phrase_object(token: Token, lex: Lexicon) -> Token | None:
    """The object that makes ``token`` a phrase cue ("expressed *concern*", "made *clear*")."""
    objects = lex.phrase_cues.get(token.lemma_.casefold())
    if not objects:
        return None
    for child in token.children:
        if child.dep_ in ("dobj", "acomp", "oprd", "ccomp", "attr") and child.lower_ in objects:
            return child
    return None
