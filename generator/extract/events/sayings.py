"""Round 54: who says a dated saying. Two sayings told in different sentences on one day are
one happening when one sayer is told twice ("Corvane Energy said on Wednesday" ... "On
Wednesday Corvane said"), two when the sayers differ ("..., the bank said on Monday" ... "The
Financial Conduct Authority said on Monday that it would review ..."), as two figures that
moved in one year are two happenings (``merge.same_event``)."""

from __future__ import annotations

from generator.extract.events.rules import EventRules
from generator.extract.events.sentences import SUBJECT_DEPS

#: Words of a sayer's phrase that do not say who it is.
FILLERS = frozenset({"the", "a", "an", "of", "and", "its", "his", "her", "their", "our", "'s",
                     "’s", "mr", "mrs", "ms", "dr"})


def sayer_words(verb, rules: EventRules) -> frozenset[str]:
    """The words naming who says, for a verb of ``rules.saying_verbs`` whose subject is a
    name or a noun (its whole phrase, an apposed name included), else none: a pronoun says
    nothing of who it is."""
    if verb.lemma_.lower() not in rules.saying_verbs:
        return frozenset()
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.pos_ == "PRON":
        return frozenset()
    return frozenset(t.lower_.strip(".") for t in subject.subtree
                     if t.is_alpha and t.lower_ not in FILLERS)


def different_sayers(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether two sayings are told of two sayers: both named, sharing no word."""
    return bool(first) and bool(second) and not first & second
