"""A report the parser read as a relative clause of a setting noun.

"The group said in a statement after a two-hour meeting at its Vienna headquarters that the
cut would run until the end of September": with the cue far away, the parser takes "that"
for a relative pronoun of the last setting noun ("a meeting that the cut would run ...").
A "relative clause" that opens with "that", has a subject of its own and a finite verb, on
a noun of a phrase after a cue that has no clause or object of its own, is what it reports
(round 77), as :func:`.settings.clause_on_audience` reads one on an audience noun. A
clause whose subject is "that" ("a meeting that lasted two hours") is a real relative.
"""

from __future__ import annotations

from spacy.tokens import Token

#: How deep a chain of phrases after the cue is searched ("in a statement after a meeting
#: at its headquarters").
_DEPTH = 3


def report_read_as_setting_relative(verb: Token) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of the report the parser hung as a relative clause on a noun of a
    phrase after the cue (see the module); None when there is none, or when the cue has an
    object of its own ("announced the plan after a meeting that officials held"), bar
    the audience of "told"."""
    if any(c.dep_ == "dobj" for c in verb.children) and verb.lemma_.casefold() != "tell":
        return None
    nouns = [n for p in verb.rights if p.dep_ == "prep" for n in p.children
             if n.dep_ == "pobj"]
    for _ in range(_DEPTH):
        for noun in nouns:
            for clause in noun.rights:
                if clause.dep_ == "relcl" and _opens_with_that_and_subject(clause):
                    return clause, list(clause.subtree)
        nouns = [n for noun in nouns for p in noun.rights if p.dep_ == "prep"
                 for n in p.children if n.dep_ == "pobj"]
    return None


def _opens_with_that_and_subject(clause: Token) -> bool:
    """Whether a clause opens with "that", has a subject that is not that "that" and a
    finite verb ("that the cut would run", not "that lasted two hours")."""
    first = clause.doc[clause.left_edge.i]
    if first.lower_ != "that" or first.dep_ in ("nsubj", "nsubjpass"):
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    finite = clause.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") for c in clause.children)
    return finite and any(s.i > first.i for s in subjects)
