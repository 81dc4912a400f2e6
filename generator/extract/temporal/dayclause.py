"""Whether a day named in a sentence dates the clause of a part of the day in it.

"Officials counted through the night and released results at 7 p.m. Thursday": the night and
the Thursday belong to one telling (joined verbs), so the night is Thursday's. "Shares fell in
morning trading after the company said late Thursday that ...": the Thursday dates the saying,
in a clause of its own under "after", and the morning stays on the story's day (blind round 23),
as does "was down 1.1% in the afternoon, after falling 1.7% on Thursday", where the clause is a
gerund under the preposition (``pcomp``, blind round 29).
"""

from __future__ import annotations

from generator.extract.hits import Timex

#: Dependency labels that open a clause of its own under another verb.
_SUBORDINATE = frozenset({"advcl", "ccomp", "relcl", "acl", "pcomp"})
_VERBS = frozenset({"VERB", "AUX"})


def _head_token(doc, timex: Timex):
    """The syntactic head of a timex's words, or None when they do not align with tokens."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _clause_verb(token):
    """The verb whose clause holds ``token`` (the token itself if it is a verb)."""
    # spaCy makes a new Token object on each access: compare positions, never identity
    while token.pos_ not in _VERBS and token.head.i != token.i:
        token = token.head
    return token


def dates_other_clause(doc, part: Timex, day: Timex) -> bool:
    """True when ``day`` sits in a clause subordinate to the clause of ``part``.

    Args:
        doc: the parsed spaCy ``Doc`` the two expressions come from.
        part: a part of the day or clock ("morning" in "morning trading").
        day: a day named later in the same sentence ("late Thursday").

    Returns:
        True when the path from the day's verb up to the part's verb crosses a subordinate
        clause edge (advcl, ccomp, relcl, acl); False for one clause or joined verbs.
    """
    part_tok, day_tok = _head_token(doc, part), _head_token(doc, day)
    if part_tok is None or day_tok is None:
        return False
    part_verb, verb = _clause_verb(part_tok), _clause_verb(day_tok)
    if verb.i == part_verb.i or not any(a.i == part_verb.i for a in verb.ancestors):
        return False
    while verb.i != part_verb.i:
        if verb.dep_ in _SUBORDINATE:
            return True
        verb = verb.head
    return False


def passes_over_earlier_days(doc, part: Timex, earlier: list[Timex]) -> bool:
    """True when every day named before ``part`` in its sentence dates another clause.

    "The index, which fell 387 points yesterday, was down 1.2% in early afternoon trading":
    "yesterday" dates the relative clause on the subject, not the main clause the afternoon
    is in, so the afternoon does not count from it (blind round 25). "The index fell
    yesterday and was down again in early afternoon trading" joins the verbs: one telling.

    Args:
        doc: the parsed spaCy ``Doc`` the expressions come from.
        part: a part of the day told without its day.
        earlier: the days named before it in its own sentence.

    Returns:
        False when there are no such days or one of them dates the part's own clause.
    """
    return bool(earlier) and all(dates_other_clause(doc, part, day) for day in earlier)
