"""Conjuncts the parser joined to the wrong clause: a verb with no subject of its own after an
adverbial clause, hung on that clause's verb though its auxiliary does not agree with that
clause's subject ("Kestrel's *shares fell* 4 percent on Thursday afternoon after *the delay* was
announced *and have lost* a fifth of their value since January", round 57: "have" cannot go
with "the delay"). Its subject is that of the clause the adverbial clause hangs from, when
that one agrees (``subjects.find_subject``). Round 61: a conjunct with a date of its own
joined to the verb of a "when" clause on the date before ("*Building stopped* for five months
in 2024, when the main contractor went into administration, *and restarted in January 2025*":
the building restarted, not the contractor)."""

from __future__ import annotations

#: Auxiliaries that go with a plural subject (or "I", "you"), and with a singular one.
PLURAL_AUXILIARIES = frozenset({"have", "are", "do", "were"})
SINGULAR_AUXILIARIES = frozenset({"has", "is", "does", "was"})


def plural(noun) -> bool | None:
    """Whether the noun is plural, singular (False), or neither is known (None)."""
    if noun.tag_ in ("NNS", "NNPS"):
        return True
    if noun.tag_ in ("NN", "NNP"):
        return False
    return None


def agrees(auxiliary, noun) -> bool | None:
    """Whether the auxiliary agrees in number with the noun, None when it cannot tell."""
    number = plural(noun)
    word = auxiliary.lower_
    if number is None or word not in PLURAL_AUXILIARIES | SINGULAR_AUXILIARIES:
        return None
    return number == (word in PLURAL_AUXILIARIES)


def misjoined_subject(verb):
    """The subject of the clause above an adverbial clause that ``verb``, a subjectless
    conjunct of that clause's verb, was joined to (``disagreeing_subject``,
    ``when_conjunct_subject``), else None."""
    return disagreeing_subject(verb) or when_conjunct_subject(verb)


def disagreeing_subject(verb):
    """The subject above, when the conjunct's first auxiliary disagrees with the adverbial
    clause's subject and agrees with the one above, else None."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= verb.i or head.dep_ != "advcl" or head.head.i == head.i \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    auxiliary = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), None)
    inner = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    outer = next((c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if auxiliary is None or inner is None or outer is None:
        return None
    return outer if agrees(auxiliary, inner) is False and agrees(auxiliary, outer) else None


def when_conjunct_subject(verb):
    """The subject of the clause a "when" clause hangs on (through its date: "in 2024, when
    ..."), when ``verb`` is a subjectless conjunct of the "when" clause's verb with a date of
    its own, else None."""
    head = verb.head
    if verb.dep_ != "conj" or head.i >= verb.i or head.dep_ not in ("relcl", "advcl") \
            or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in head.children) \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children) \
            or not any(t.ent_type_ in ("DATE", "TIME") for c in verb.children
                       if c.dep_ == "prep" for t in c.subtree):
        return None
    owner = head.head
    while owner.dep_ in ("pobj", "prep") and owner.head.i != owner.i:  # "in 2024, when"
        owner = owner.head
    return next((c for c in owner.children if c.dep_ in ("nsubj", "nsubjpass")), None) \
        if owner.pos_ in ("VERB", "AUX") else None
