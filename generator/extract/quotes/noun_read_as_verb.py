"""A reported clause whose first noun the tagger read as a verb.

"... after keepers say barn heat failed": headlines drop the determiner, and the tagger may
read the bare noun opening the clause ("barn") as a present-tense verb, which the parser
makes the cue's complement (xcomp) with the real clause ("heat failed") hung on it. Such a
"verb" right after the cue, with no subject, object or particle of its own and a clause
whose subject follows it at once, is the first word of that clause's subject: the report is
the noun and the clause (round 83).

"Pelham Bridge flood wall delay 'a kick in the teeth', says MP": the tagger may also read a
headline's last noun before the marks as a bare verb ("delay", VB) with the nouns before it
its subject. A bare form heads no clause of its own without an auxiliary, a modal or "to"
(and a reporting verb takes no subjunctive), so it is the noun phrase's head (round 86).
"""

from __future__ import annotations

from spacy.tokens import Token

#: What the parser makes of the misread noun on the cue.
_MISREAD_DEPS = frozenset({"xcomp", "prep", "dep"})


def clause_under_noun_read_as_verb(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of the clause of "keepers say barn heat failed" (see the module
    docstring), or None for any other shape."""
    noun = _misread_noun(verb)
    clause = next((c for c in noun.children if c.dep_ == "ccomp"), None) \
        if noun is not None else None
    if clause is None or not _opens_right_after(clause, noun):
        return None
    return clause, [noun, *(t for t in clause.subtree if not t.is_space)]


def with_noun_read_as_verb(verb: Token, clause: Token, words: list[Token]) -> list[Token]:
    """The words of the cue's clause ``clause`` with the noun opening it that the parser
    hung on the cue as a childless "verb" ("say barn | heat failed"), if there is one."""
    noun = _misread_noun(verb)
    if noun is None or any(True for _ in noun.children) or not _opens_right_after(clause, noun):
        return words
    return [noun, *words]


def _misread_noun(verb: Token) -> Token | None:
    """The word right after the cue that the parser hung on it (as its xcomp, or as a
    preposition or a loose dependent), tagged a bare or present-tense verb, with no
    children but a clause."""
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return None
    noun = doc[verb.i + 1]
    if noun.dep_ not in _MISREAD_DEPS or noun.head.i != verb.i or noun.tag_ not in ("VBP", "VB") \
            or any(c.dep_ != "ccomp" for c in noun.children):
        return None
    return noun


def _opens_right_after(clause: Token, noun: Token) -> bool:
    """The clause has a subject and starts right after ``noun``, with its subject phrase."""
    first = clause.doc[clause.left_edge.i]
    return clause.left_edge.i == noun.i + 1 and first.dep_ in ("nsubj", "compound", "amod") \
        and any(c.dep_ == "nsubj" for c in clause.children)


def bare_verb_read_from_noun(token: Token) -> bool:
    """Whether ``token`` is a noun the tagger read as a bare verb (see the module
    docstring): tagged VB, with a subject, and no auxiliary, modal or "to" of its own."""
    return token.tag_ == "VB" and any(c.dep_ == "nsubj" for c in token.children) \
        and not any(c.dep_ in ("aux", "auxpass") or c.tag_ in ("MD", "TO")
                    for c in token.children)
