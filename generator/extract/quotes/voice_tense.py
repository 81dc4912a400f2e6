"""A he or she in the present tense of a profile's own voice (round 92).

Features keep each voice in its tense: the person interviewed "says" throughout, others
quoted from print "called" or "wrote". "Writing in the Orsk Review, the critic Tomas Vell
called the novel “...”. ¶ She no longer reads reviews, she says." - the subject of the
sentence before is the critic, whose pronoun the article never gives, but he spoke in the
past tense, and "she says" goes on in the present tense of the one person the article shows
to take "she" who "says" before it. Pronoun resolution still never guesses a gender: the
rule only passes over a candidate of unknown pronoun for a person known to take this one.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Doc, Token

#: Present-tense tags of a reporting verb ("says", "tell").
_PRESENT = frozenset({"VBZ", "VBP"})


def present_voice_over_past(pronoun: Token, word: str, name: str | None,
                            genders: dict[str, str], reporting: frozenset[str],
                            in_quote: list[bool],
                            person_name: Callable[[Token], str | None]) -> str | None:
    """The person to take instead of ``name`` for ``pronoun`` (he/she, ``word``), as above;
    None to keep ``name``.

    Args:
        pronoun: The subject pronoun of a present-tense reporting verb.
        word: "he" or "she".
        name: The antecedent found, kept unless its pronoun is unknown.
        genders: The pronoun each person is known to take.
        reporting: Lemmas of verbs that give someone's words: reporting verbs and verbs of
            calling ("called the novel “...”").
        in_quote: For each token, True inside quotation marks.
        person_name: The canonical name of the person a token names, or None.
    """
    verb = pronoun.head
    if name is None or name in genders or word not in ("he", "she") \
            or pronoun.dep_ != "nsubj" or verb.tag_ not in _PRESENT \
            or verb.lemma_.casefold() not in reporting:
        return None
    voices: dict[str, set[str]] = {}
    verbs = _reporting_verbs(pronoun.doc, reporting)
    for i in verbs[: bisect_left(verbs, pronoun.i)]:
        token = pronoun.doc[i]
        if in_quote[token.i]:
            continue
        speaker = _named_subject(token, person_name)
        if speaker is not None:
            voices.setdefault(speaker, set()).add("present" if token.tag_ in _PRESENT
                                                  else "past" if token.tag_ == "VBD" else "")
    if voices.get(name) != {"past"}:
        return None
    present = [n for n, tenses in voices.items()
               if tenses == {"present"} and genders.get(n) == word]
    return present[0] if len(present) == 1 else None


#: Where :func:`_reporting_verbs` keeps its lists in ``Doc.user_data``.
_VERBS_KEY = "quotes_reporting_verbs"


def _reporting_verbs(doc: Doc, reporting: frozenset[str]) -> list[int]:
    """Indices of the verbs of ``doc`` whose lemma is in ``reporting``, in order, read once
    per doc and word list (every present-tense "she says" looked back over the article)."""
    lists = doc.user_data.setdefault(_VERBS_KEY, {})
    found = lists.get(reporting)
    if found is None:
        found = lists[reporting] = [t.i for t in doc if t.pos_ == "VERB"
                                    and t.lemma_.casefold() in reporting]
    return found


def _named_subject(verb: Token, person_name: Callable[[Token], str | None]) -> str | None:
    """The person named as the verb's subject, or in apposition to it ("the critic Tomas
    Vell"), or after it ("says Aske")."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        named = person_name(subject) or next(
            (n for c in subject.children if c.dep_ == "appos" and (n := person_name(c))), None)
        if named is not None:
            return named
    return None
