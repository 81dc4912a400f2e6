"""A headline's or standfirst's second verb that shares the first one's subject.

"Outgoing governor admits defeat, says party will be 'loyal opposition'": headline
style joins two verbs of one subject with a comma and drops the "and". The parser reads
the first clause as a complement of "says" and leaves "says" without a subject; the first
verb's subject is the speaker of what "says" reports (round 93). Only at the top of the
story, where such verb pairs are written; in the body a comma before "says" sets off an
inverted or parenthetical cue.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.doctext import doc_text
from generator.extract.quotes.marks import top_of_story


def subject_shared_with_first_verb(cue: Token) -> Token | None:
    """The subject of the verb before ", says" whose clause the parser hung on the cue,
    when the cue has none of its own and reports a clause after it; None otherwise."""
    doc = cue.doc
    if cue.i == 0 or doc[cue.i - 1].text != "," or cue.idx >= top_of_story(doc_text(doc))[1] \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in cue.children) \
            or not any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children):
        return None
    first = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i
                  and c.pos_ == "VERB" and c.right_edge.i == cue.i - 2), None)
    subject = next((c for c in first.children if c.dep_ == "nsubj"), None) \
        if first is not None else None
    # a described voice ("Opposition leader"); a proper noun may be a role the resolver
    # would take for a name ("Quillmark CEO defends ..., says"), left to the body's quote
    return subject if subject is not None and subject.pos_ == "NOUN" else None


#: Possessive pronouns that open the reported clause's subject, never the cue's own.
_POSSESSIVES = frozenset({"his", "her", "its", "their"})


def first_verb_subject_over_possessed_noun(cue: Token, own: Token) -> Token | None:
    """"Billionaire X Pledges $4 Billion ..., Says His Fortune ‘Was Never Really Mine’": in a
    Title Case headline the parser takes "Pledges" for a noun and makes "His Fortune", the
    reported clause's subject, the subject of "Says" (round 103). A subject after the cue
    led by a possessive pronoun is no inverted speaker: the speaker is the subject of the
    clause before ", Says" that the parser hung on the cue."""
    doc = cue.doc
    if own.i < cue.i or cue.i == 0 or doc[cue.i - 1].text != "," \
            or cue.idx >= top_of_story(doc_text(doc))[1] \
            or not any(c.dep_ == "poss" and c.lower_ in _POSSESSIVES and c.i == own.i - 1
                       for c in own.children):
        return None
    first = next((c for c in cue.children if c.dep_ in ("ccomp", "advcl") and c.i < cue.i
                  and c.right_edge.i == cue.i - 2), None)  # "Pledges" read as either
    subject = next((c for c in first.children if c.dep_ == "nsubj"), None) \
        if first is not None else None
    return subject if subject is not None and subject.pos_ in ("PROPN", "NOUN") else None
