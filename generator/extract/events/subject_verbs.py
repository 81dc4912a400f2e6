"""Round 54: a subject's own past verb the parser hung, as a participle, on the noun of a
phrase on the subject, making the verb coordinated with it the sentence's root ("An
eight-week public *consultation* on the plans *closed* on July 31 and drew 9,400 responses":
"closed" read as "the plans (that were) closed", its "and" hung on "consultation"). The date
is the subject's happening ("The consultation closed"), not a participle on "the plans"."""

from __future__ import annotations

from generator.extract.events.nouns import phrase
from generator.extract.events.rules import true_lemma
from generator.extract.events.wording import finish, third_person

__all__ = ["subject_participle", "subject_participle_event"]


def subject_participle(verb) -> bool:
    """Whether ``verb`` is a bare past participle on the object of a preposition on the
    subject of a past-tense root, the subject holding the "and" that joins the two verbs."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") \
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return False
    noun = verb.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return False
    subject, root = prep.head, verb.sent.root
    return subject.dep_ == "nsubj" and subject.head.i == root.i and root.tag_ == "VBD" \
        and root.i > verb.i and not set_off(verb) and any(
            c.dep_ == "cc" and c.lower_ == "and" and verb.i < c.i < root.i
            for c in subject.children)


def subject_participle_event(verb) -> str:
    """"The consultation closes": the subject's head phrase and the verb in the present tense,
    its particle kept."""
    subject = verb.head.head.head
    lemma = true_lemma(verb)
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    present = lemma if subject.tag_ in ("NNS", "NNPS") else third_person(lemma)
    return finish(f"{phrase(subject)} {present}" + (f" {particle.text}" if particle else ""))


def set_off(token) -> bool:
    """Whether a comma comes right before the word (an aside, "the plans, closed in May")."""
    return token.i > 0 and token.doc[token.i - 1].lower_ == ","
