"""Persons a pronoun cannot stand for: those its own reported clause names. "He said there
would be a role for Powell around the squad" is never Powell speaking of himself; English
would say "for him" (a pronoun's antecedent is never named again below it in its own
clause). News copy names a third person in a report right after quoting someone else, so
the last man quoted, not the man the clause is about, is the speaker (round 97)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from generator.extract.quotes.names import name_text

#: Dependencies of a reporting verb's reported clause.
_CLAUSES = ("ccomp",)


def names_in_own_report(pronoun: Token, in_quote: list[bool],
                        full_name: Callable[[str, int], str]) -> set[str]:
    """The full names of the persons named (outside marks) in the clause that the verb
    ``pronoun`` is the subject of reports, after the verb; empty for any other pronoun."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.i < pronoun.i:
        return set()
    names = set()
    for clause in verb.rights:
        if clause.dep_ not in _CLAUSES:
            continue
        for token in clause.subtree:
            if token.pos_ == "PROPN" and token.ent_type_ == "PERSON" and not in_quote[token.i] \
                    and token.dep_ != "compound":
                names.add(full_name(name_text(token), token.idx))
    return names
