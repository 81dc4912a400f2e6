"""A report inside a relative clause of another report (round 69).

"X said Brightpath would appeal the admissions ban, which he argued would punish families
...": the relative clause carries a cue of its own whose clause's subject is the relative
pronoun ("which ... would punish"). The set's golds give the inner cue the words after it
("would punish families ..."), and the outer report stops before the relative clause
("Brightpath would appeal the admissions ban"). The same verb again ("X said the court had
erred in judging lawmakers, who he said had drawn ...") repeats the outer report: one
report, as round 48's gold writes it.

The same holds for an "as" clause with a report of its own: "Growers warn the pact will
cost farms millions, as ministers insist it protects access to Velmar markets" is two
reports (round 87's standfirsts): the outer one stops before "as".
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.lexicon import Lexicon

#: Relative pronouns that may be the subject of the inner cue's clause.
_RELATIVES = frozenset({"which", "who", "that"})


def _fronted_relative(verb: Token, lex: Lexicon) -> Token | None:
    """The relative pronoun of ", which he argued would ...": ``verb`` is a reporting
    cue heading a relative clause set off by a comma, and its clause's subject is that
    pronoun, before the cue; None for any other shape."""
    lemma = verb.lemma_.casefold()
    if verb.dep_ != "relcl" or lemma not in lex.reporting_lemmas or any(
            a.lemma_.casefold() == lemma for a in verb.ancestors):
        return None  # "said ... lawmakers, who he said had drawn ...": the same report
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        pronoun = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                        and c.lower_ in _RELATIVES and c.i < verb.i), None)
        if pronoun is not None and pronoun.i > 0 and verb.doc[pronoun.i - 1].text == ",":
            return pronoun
    return None


def inner_relative_report(verb: Token, clause: list[Token], lex: Lexicon) -> list[Token]:
    """The clause of a cue inside such a relative clause, without the pronoun, the cue
    and its subject ("would punish families ..."); ``clause`` unchanged otherwise."""
    if _fronted_relative(verb, lex) is None:
        return clause
    return [t for t in clause if t.i > verb.i] or clause


def outer_without_relative_report(clause: list[Token], lex: Lexicon) -> list[Token]:
    """``clause`` without a relative clause set off inside it that holds a report of its
    own (the comma before the pronoun, the pronoun, the cue and the cue's clause)."""
    inside = {t.i for t in clause}
    for token in clause:
        if token.dep_ != "relcl" or token.i == clause[0].i:
            continue
        pronoun = _fronted_relative(token, lex)
        if pronoun is None or pronoun.i - 1 not in inside:
            continue
        cut = set(range(pronoun.i - 1, token.right_edge.i + 1))
        return [t for t in clause if t.i not in cut] or clause
    return clause


def outer_without_as_report(clause: list[Token], lex: Lexicon) -> list[Token]:
    """``clause`` without an "as" clause inside it whose verb reports a clause of its own
    with a subject of its own (", as ministers insist it secures ..."); that clause is
    the inner cue's report. "as the minister said" with no clause stays in the outer one."""
    inside = {t.i for t in clause}
    for token in clause:
        mark = next((c for c in token.children if c.dep_ == "mark" and c.lower_ == "as"
                     and c.i < token.i), None)
        if token.dep_ != "advcl" or mark is None or mark.i == clause[0].i \
                or token.lemma_.casefold() not in lex.reporting_lemmas \
                or not any(c.dep_ == "nsubj" for c in token.children) \
                or not any(c.dep_ == "ccomp" and c.i > token.i for c in token.children):
            continue
        start = mark.i - 1 if mark.i - 1 in inside and token.doc[mark.i - 1].text == "," \
            else mark.i
        cut = set(range(start, token.right_edge.i + 1))
        return [t for t in clause if t.i not in cut] or clause
    return clause
