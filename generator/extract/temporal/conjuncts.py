"""A second verb joined to a first one that carries the modal: "would close 14 stores in January
and cut 1,100 jobs by the end of March".

The tagger reads a bare verb whose past tense looks like its base ("cut", "set", "put", "shut")
as a past tense; when it has no subject or auxiliary of its own it shares the first verb's
"would"/"will", so a date hung on it looks ahead (:mod:`tense`). Never imports spaCy: it only
walks token attributes.
"""

from __future__ import annotations

from generator.extract.temporal.aside import aside_end, participle_aside
from generator.extract.temporal.tense_words import FUTURE_MODALS

__all__ = ["dated_directly", "shares_modal", "sharing_passive_head"]


def shares_modal(verb) -> bool:
    """A bare second verb under the first one's "would"/"will": "would close 14 stores in January
    and cut 1,100 jobs by the end of March". The tagger reads "cut" (also "set", "put", "shut")
    as a past tense; a conjunct with no subject or auxiliary of its own shares the modal."""
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or verb.lower_ != verb.lemma_.lower():
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    head_auxes = {c.lower_ for c in verb.head.children if c.dep_ == "aux"}
    return bool(head_auxes & FUTURE_MODALS) and not head_auxes & {"have", "'ve"}


def sharing_passive_head(verb):
    """The first verb of a passive pair whose auxiliary a second one shares, else ``verb``.

    In "before it is filled with rubbish and burned up in the atmosphere in October" (round 30)
    the tagger reads "burned" as a past tense; with no subject or auxiliary of its own it is a
    participle under the first verb's "is", so the date takes that verb's tense (present, ahead
    of a story told in September). "was filled ... and burned" stays past the same way.
    """
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBN") or verb.head.i == verb.i:
        return verb
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return verb
    if verb.head.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.head.children):
        return verb
    return verb.head


#: Prepositions of a cause told before the verb's own date: "after weak sales in December".
_CAUSE_PREPOSITIONS = {"after", "since", "following", "amid"}


def dated_directly(span, verb) -> bool:
    """True when the date hangs on ``verb`` itself ("cut jobs by March"), not on one of its
    nouns ("cut jobs after weak sales in December", sales told of a month gone by)."""
    head = span.root.head
    if head.i == verb.i:
        return True
    if (head.dep_ == "prep" and participle_aside(head.doc, head.head)
            and head.head.head.i == verb.i and head.i >= aside_end(head.head)):
        return True  # "shut its plant, opened in 1964, by the autumn": by the autumn is shut's
    if head.dep_ != "prep" or head.head.i != verb.i:
        return False
    # the parser hangs "in December" on "cut" in "cut jobs after weak sales in December"
    before = head.doc[head.i - 1]
    return not (before.pos_ == "NOUN" and before.head.lower_ in _CAUSE_PREPOSITIONS)
