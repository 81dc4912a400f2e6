"""The organisation behind a description that closes its own report: "Greyline Capital
Management has built a stake in Pellworth ..., the activist investor said in a letter".
Wire copy names the body as the subject of the report and describes it after the report
by what it does ("the activist investor", "the family-owned miller"); a singular "the"
description with no name, no person's title and no institution noun (those have rules of
their own) is the organisation the report's subject names (round 97)."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.lexicon import Lexicon


def organization_reporting_itself(head: Token, lex: Lexicon) -> str | None:
    """The name of the organisation the report before ``head``'s cue has as its subject,
    when ``head`` is such a description (see the module docstring); None otherwise."""
    verb = head.head
    if head.dep_ != "nsubj" or head.tag_ != "NN" or verb.i < head.i \
            or verb.lemma_.casefold() not in lex.reporting_lemmas \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts) \
            or any(c.pos_ == "PROPN" or c.dep_ == "poss" for c in head.lefts):
        return None
    lower = head.lower_
    if lower in lex.titles or lower in lex.pronoun_of_title or lower in lex.kinship \
            or lower in lex.org_nouns or lower in lex.company_nouns:
        return None
    clause = next((c for c in verb.lefts if c.dep_ == "ccomp"), None)
    if clause is None or head.left_edge.i < 1 or head.doc[head.left_edge.i - 1].text != ",":
        return None
    subject = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
    if subject is None or subject.ent_type_ != "ORG" or subject.pos_ != "PROPN":
        return None
    start = subject.i  # the whole name, though NER may leave its first word out
    while start > 0 and head.doc[start - 1].dep_ == "compound" \
            and head.doc[start - 1].pos_ == "PROPN" and head.doc[start - 1].head == subject:
        start -= 1
    return head.doc[start : subject.i + 1].text
