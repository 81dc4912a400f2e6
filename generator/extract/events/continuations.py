"""Repairs of where a date hangs that look past the date's own clause (split out of
``anchor``): a participle on a noun in apposition, a sentence the parser split at a stray
full stop, and a gerund with an article that is a noun."""

from __future__ import annotations

VERB_POS = ("VERB", "AUX")
PARTICIPLE_TAGS = ("VBN", "VBG")


def through_apposition(verb):
    """``verb``, or, for a participle describing a noun in apposition, the verb above the
    apposition ("winning a third term as president, a title bestowed ..." -> "winning")."""
    if verb.dep_ != "acl" or verb.tag_ not in PARTICIPLE_TAGS:
        return verb
    token = verb.head
    in_apposition = False
    while token.pos_ not in VERB_POS and token.head.i != token.i:
        in_apposition |= token.dep_ == "appos"
        token = token.head
    return token if in_apposition and token.pos_ in VERB_POS else verb


def opens_continuation(span) -> bool:
    """Whether ``span`` opens (maybe after a preposition) a sentence that starts in lower case
    right after a full stop: the parser split one sentence in two at a stray full stop."""
    sent = span.sent
    first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
    if first is None or not first.text[:1].islower():
        return False
    # the date opens the piece, maybe after its preposition ("on Monday")
    if any(not (t.is_space or t.is_punct or t.pos_ == "ADP") for t in span.doc[first.i:span.start]):
        return False
    previous = [t for t in span.doc[max(0, sent.start - 3):sent.start] if not t.is_space]
    return bool(previous) and previous[-1].text == "."


def last_predicate(sent):
    """The last verb of ``sent`` that is not an auxiliary, or None."""
    verbs = [t for t in sent if t.pos_ == "VERB"]
    return verbs[-1] if verbs else None


#: Dependencies of a noun that a verb of its clause takes.
ARGUMENT_DEPS = ("dobj", "nsubj", "nsubjpass", "attr")


def determined_gerund(verb) -> bool:
    """Whether a gerund with an article is the noun of the clause verb it hangs from ("issued
    *a* red extreme heat *warning* on Tuesday", round 21): a verb takes no article."""
    return verb.tag_ == "VBG" and verb.dep_ in ARGUMENT_DEPS and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in verb.children)
