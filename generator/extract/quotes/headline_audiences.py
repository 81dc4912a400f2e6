"""A headline's "tells AUDIENCE" before a verbless clause with a quoted predicate ("Orsk
bank chief tells lawmakers inflation fight 'not yet over'"): the parser read the audience
as a modifier of the clause's noun and hung the marked words on the cue. The noun phrase
after the audience and the marked words make the report, as round 78's "says budget 'on a
knife edge'" (:func:`.headlines.object_with_quoted_predicate`) does with no audience
(round 91)."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.doctext import doc_text
from generator.extract.quotes.lexicon import Lexicon

_OPENING = frozenset({"'", "‘", '"', "“"})
_CLOSING = frozenset({"'", "’", '"', "”"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def told_clause_with_quoted_predicate(verb: Token,
                                      lex: Lexicon) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of the verbless report in the shape above, or None."""
    if verb.lemma_ != "tell" or "\n\n" in doc_text(verb.doc)[: verb.idx]:
        return None
    doc = verb.doc
    noun = next((c for c in verb.children if c.dep_ in ("dobj", "ccomp") and c.i > verb.i
                 and c.pos_ == "NOUN"), None)
    if noun is None or noun.i + 2 >= len(doc) or doc[noun.i + 1].text not in _OPENING:
        return None
    audience = noun.left_edge
    if audience.i >= noun.i or audience.lower_ not in lex.audiences:
        return None
    close = next((t for t in doc[noun.i + 2 : noun.i + 12]
                  if t.text in _CLOSING or "\n" in t.text), None)
    if close is None or "\n" in close.text:
        return None
    inside = doc[noun.i + 2 : close.i]
    # a participle is the predicate with its "is" dropped ('not yet won'); a finite verb
    # would make the marked words a clause of their own
    if not len(inside) or any(t.pos_ == "AUX" or t.tag_ in _FINITE for t in inside) \
            or not any(t.head.i in (verb.i, noun.i) for t in inside):
        return None
    return noun, list(doc[audience.i + 1 : close.i + 1])
