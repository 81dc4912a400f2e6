""""CLAUSE, according to SOURCE" (split out of :mod:`.reported`): the source the phrase
cites and the clause it sources, never a noun it ranks ("Portland's No. 4 prospect according
to MLB Pipeline") nor the source's own relative clause ("..., according to police, who said
they were ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.cues import according_source


def according_to(token: Token) -> tuple[Token, list[Token]] | None:
    """(source, clause) of "according to SOURCE"; the clause is the phrase's head clause."""
    source = according_source(token)
    if source is None or token.head.i == token.i or _sources_a_noun(token):
        return None
    inside = {t.i for t in token.subtree}
    # "CLAUSE, according to X, whose spokesman Y said that ...": a verb the parser joined
    # to the clause after the phrase is a report of its own, not part of the clause
    for verb in token.head.children:
        if verb.i > token.i and verb.pos_ in ("VERB", "AUX") and (
                verb.dep_ == "conj" or opens_with_relative(verb)):
            inside |= {t.i for t in verb.subtree}
    tail = writer_tail(token)
    if tail is not None:  # "..., according to the statistics office, still well above ..."
        inside |= {t.i for t in tail.subtree}
    clause = [t for t in (tail.head if tail is not None else _sourced_clause(token)).subtree
              if t.i not in inside]
    return source, clause


def writer_tail(according: Token) -> Token | None:
    """"Inflation eased to 4.1% in February, according to the statistics office, still well
    above the bank's 2.5% target.": the parser hung the phrase on the verbless phrase set off
    after it (a preposition, adjective or adverb modifying the clause's verb), which is the
    writer's gloss. The phrase sources the verb's clause before it, without the gloss (round
    81). None for any other shape."""
    head, doc = according.head, according.doc
    if head.pos_ not in ("ADP", "ADJ", "ADV") or head.i < according.i or according.i == 0:
        return None
    verb, after = head.head, according.right_edge.i + 1
    return head if verb.pos_ in ("VERB", "AUX") and verb.i < according.i \
        and head.dep_ in ("prep", "advmod", "acomp", "npadvmod") \
        and doc[according.i - 1].text == "," and after < len(doc) and doc[after].text == "," \
        else None


def _sources_a_noun(according: Token) -> bool:
    """"Caleb Wynn, Portland's No. 4 prospect according to MLB Pipeline, ...": the phrase
    ranks a noun inside a clause (no verb of its own), a record, no report (round 67)."""
    return according.head.pos_ in ("NOUN", "PROPN") and according.head.dep_ != "ROOT"


def _sourced_clause(according: Token) -> Token:
    """The head of the clause an "according to" phrase sources: its verb, or, when the
    phrase closes a sentence whose last conjunct the parser hung it on ("A formed ..., and
    B are expected ..., according to X."), the whole coordination: the set's golds give
    the source every conjunct (rounds 27, 30, 41, 44)."""
    head = according.head
    rest = [t for t in head.doc[according.right_edge.i + 1 : head.sent.end] if not t.is_space]
    if head.dep_ == "conj" and head.head.i < head.i and all(t.is_punct for t in rest):
        return head.head
    return head


def opens_with_relative(verb: Token) -> bool:
    """"..., according to police, who said they were ...": the parser hangs the relative
    clause of the source on the clause's verb; its subject "who" makes it the source's own
    report, not part of the clause the phrase cites."""
    return verb.dep_ in ("advcl", "relcl", "ccomp") and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in verb.children)


def source_of_stranded_relative(verb: Token, subject: Token | None) -> Token | None:
    """"..., according to police, who said ...": the source "who" stands for, when the
    parser hung the relative clause on the sentence's verb (see
    :func:`opens_with_relative`); None for a relative clause on its own noun."""
    if subject is None or subject.tag_ != "WP" or not opens_with_relative(verb) \
            or verb.dep_ == "relcl" or subject.i < 2:
        return None
    before = subject.doc[subject.i - 2] if subject.doc[subject.i - 1].text == "," else None
    if before is None or before.dep_ != "pobj" or before.head.lower_ != "to" \
            or before.head.head.lower_ != "according":
        return None
    return before
