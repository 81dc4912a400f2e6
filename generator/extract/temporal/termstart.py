"""The start of a term just agreed lies ahead: "from September", "starting in March".

"Referees voted 87-12 to accept a three-year deal on Saturday. It raises match fees by 18
percent from September." (events round 48, ev280, told in January 2027) and "The company signed
a 10-year contract to run freight trains ..., starting in March." (round 49, August 2018): a
year-less month or day after "from" under a verb in the simple present, or after "starting /
beginning (in|on|from)" set off after a clause that signs, agrees or wins a contract or deal,
is when the term begins, the coming one, not the one gone by that the clause's tense picks.
"Prices have risen from September" (a perfect), "Sales rose from September" (a simple past) and
"The figures are from June 17" (where they come from) keep theirs. Nothing here imports spaCy:
it reads the parse of a ``Doc``.
"""

from __future__ import annotations

from generator.extract.temporal.cues import cue_pattern, cue_words
from generator.extract.temporal.governor import date_preposition
from generator.extract.temporal.readings import Reading, needs_year

__all__ = ["start_of_a_term_ahead"]

#: "from" right before the date.
_FROM = cue_pattern("term-from")
#: "starting in" / "beginning on" / "starting from" right before the date, and its participles.
_STARTING = cue_pattern("term-starting")
_PARTICIPLES = cue_words("term-starting", "start")
#: Verbs whose "from" tells where a thing comes from, not when a term starts: "The figures are
#: from June 17" (events round 7) is the nearest June 17.
_ORIGIN_VERBS = frozenset(cue_words("term-origin-verbs", "verb"))
#: Nouns of a term agreed: the object of the clause "starting in March" is set off after.
_TERMS = frozenset(cue_words("term-nouns", "noun"))


def start_of_a_term_ahead(doc, text: str, start: int, end: int, reading: Reading) -> bool:
    """True for a year-less date where a present term's start or a contract's begins."""
    if not needs_year(reading) or reading.month is None or reading.weekday is not None:
        return False
    prep = date_preposition(doc, start, end)
    if prep is None or prep.dep_ != "prep":
        return False
    verb = prep.head
    if _FROM.search(text, max(0, start - 6), start) and prep.lower_ == "from":
        auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        return (verb.tag_ in ("VBZ", "VBP") and not auxes
                and verb.lemma_.lower() not in _ORIGIN_VERBS)
    if _STARTING.search(text, max(0, start - 20), start):
        participle = verb if verb.lower_ in _PARTICIPLES else prep
        if participle.lower_ not in _PARTICIPLES:
            return False
        if text[max(0, participle.idx - 2):participle.idx].strip() != ",":
            return False
        return any(node.lemma_.lower() in _TERMS
                   or any(c.dep_ == "dobj" and c.lemma_.lower() in _TERMS for c in node.children)
                   for node in participle.ancestors)
    return False
