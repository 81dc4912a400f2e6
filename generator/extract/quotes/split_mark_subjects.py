"""The speaker of a split quote whose set-off subject the parser hung inside the first piece.

"'We sold 300 tickets,' our treasurer, Mavis Prentice, told me, 'and ...'": with straight
single marks the parser reads the phrase after the closing mark as an apposition of the
quote's last noun and leaves the cue with no subject (round 108's newsletter). A noun
phrase that alone fills the words between the closing mark and a subjectless cue joined to
the quote's verb is the cue's subject. Round 53's proper-noun case ("..., X KC told the
jury") is :func:`generator.extract.quotes.verb_subjects._name_after_closing_mark`.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.nearest_subjects import SUBJECT_DEPS

#: How far back from the cue the closing mark may be: a short set-off name and role.
_REACH = 12


def noun_hung_inside_quote(verb: Token) -> Token | None:
    """The head of the noun phrase between a closing mark and a subjectless cue joined to
    the quote's verb, when the parser hung that phrase on a word inside the quote."""
    quoted = verb.head
    if verb.dep_ != "conj" or quoted.i >= verb.i or any(
            c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    doc = verb.doc
    mark = next((j for j in range(verb.i - 1, max(quoted.i, verb.i - _REACH), -1)
                 if doc[j].tag_ == "''"), None)
    if mark is None or mark + 1 >= verb.i:
        return None
    phrase = doc[mark + 1 : verb.i]
    outer = [t for t in phrase if not t.is_punct and not mark < t.head.i < verb.i]
    if len(outer) != 1:
        return None
    head = outer[0]
    if head.pos_ not in ("NOUN", "PROPN") or head.head.i >= mark \
            or not any(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in phrase):
        return None
    return head
