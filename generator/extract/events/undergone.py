"""What a subject undergoes: "Rovers *had* two offers *turned down* in June" (round 23).

The parser reads "had two offers turned down" as "have" with a clause of its own whose subject
is "offers"; the happening is the subject of "have"'s ("Rovers have two offers turned down"),
and a clause hung on the participle ("before *agreeing* the fee last Friday") is that
subject's act too, not the offers'.
"""

from __future__ import annotations

from generator.extract.events.nouns import phrase
from generator.extract.events.rules import EventRules

SUBJECT_DEPS = ("nsubj", "nsubjpass")


def undergoing_verb(verb, rules: EventRules):
    """The "have"/"get" of ``rules.undergoing_verbs`` whose subject undergoes what the past
    participle ``verb`` tells ("Rovers *had* two offers turned down"), else None: the
    participle hangs from it as a clause with its own subject before it, and the "have" has a
    subject of its own."""
    head = verb.head
    if verb.tag_ != "VBN" or verb.dep_ not in ("ccomp", "xcomp", "conj") or head.i == verb.i \
            or head.i > verb.i or head.lemma_.lower() not in rules.undergoing_verbs:
        return None
    own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and head.i < c.i < verb.i]
    if not own or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    return head if any(c.dep_ == "nsubj" for c in head.children) else None


def undergone_words(verb, have, who: str, plural: bool) -> str:
    """"Rovers have two offers turned down": the subject of ``have`` (``who``), "have" in
    the present tense, the participle's subject and the participle with its particle."""
    undergoer = next(c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i)
    particle = " ".join(c.text for c in verb.children if c.dep_ == "prt")
    tense = "have" if plural else "has"
    return " ".join(w for w in (who, tense, phrase(undergoer), verb.text, particle) if w)
