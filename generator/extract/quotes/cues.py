"""Reporting cues on the parse: which tokens report speech, who their subject is, and how
the cue reads ("said", "told reporters", "expressed concern", "according to")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from generator.extract.quotes.lexicon import Lexicon

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
#: Verbs whose subject is shared with the verb they hang from ("..., saying X",
#: "called for Y and said X", "reiterated the concern, adding X").
_INHERITS_SUBJECT = ("advcl", "xcomp", "conj", "acl", "pcomp")


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


def is_reporting_verb(token: Token, lex: Lexicon) -> bool:
    """A verb from ``reporting_verbs.yaml`` (by lemma; "said" tagged as a noun is rare)."""
    return token.pos_ in ("VERB", "AUX") and token.lemma_.casefold() in lex.reporting_lemmas


def is_non_speaker(token: Token, lex: Lexicon) -> bool:
    """A document or record ("the minutes", "a transcript"): a source, not a speaker."""
    return token.lower_ in lex.non_speakers or token.lemma_.casefold() in lex.non_speakers


def phrase_object(token: Token, lex: Lexicon) -> Token | None:
    """The object that makes ``token`` a phrase cue ("expressed *concern*", "made *clear*")."""
    objects = lex.phrase_cues.get(token.lemma_.casefold())
    if not objects:
        return None
    for child in token.children:
        if child.dep_ in ("dobj", "acomp", "oprd", "ccomp", "attr") and child.lower_ in objects:
            return child
    return None


def subject_of(verb: Token) -> Token | None:
    """The subject of a reporting verb, climbing to the governing verb for participles,
    infinitives and coordinated verbs that have none of their own."""
    current = verb
    for _ in range(4):  # a few levels are enough; deeper chains are parse noise
        for child in current.children:
            if child.dep_ in _SUBJECTS:
                return child
        if current.dep_ not in _INHERITS_SUBJECT or current.head is current:
            return None
        current = current.head
    return None


def cue_text(verb: Token, lex: Lexicon) -> str:
    """The cue as read: the verb plus a particle ("pointed out"), a phrase object
    ("expressed concern") or the audience of "tell" ("told a news conference")."""
    doc = verb.doc
    end = verb.i
    extras = [c for c in verb.children if c.dep_ == "prt" and c.i == end + 1]
    obj = phrase_object(verb, lex)
    if obj is not None:
        extras.append(obj)
    extras += [c for c in verb.children
               if c.dep_ in ("dobj", "dative")
               and (c.lower_ in lex.audiences or c.lemma_.casefold() in lex.audiences)]
    for extra in extras:
        if extra.i > end and extra.i - end <= 4:
            end = max(end, extra.i)
    return doc[verb.i : end + 1].text
