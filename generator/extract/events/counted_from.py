"""Dates counted from another happening the article dates (rounds 53, 55 and 56): the temporal
stage tags "*two days* after negotiators met" and "*about 58 minutes* after lift-off" as
DURATIONs with no calendar range, so the happening they place had no date. Two ways of
writing it, each counted from the other happening's date:

- a past clause after "after", set after a dated main clause ("called off the walkout on
  Wednesday evening, *two days after negotiators met*"): the clause's happening is that many
  days before the main clause's day, or months before its month ("was charged in October 2025,
  *nine months after Ostline collapsed*", ev196) (``earlier_clause``);
- a length of minutes or hours before "after" or inside "within ... of" a bare noun naming a
  happening the article dates elsewhere ("is due to separate from the rocket *about 58 minutes
  after lift-off*", "expects to confirm contact *within two hours of launch*"): the verb's
  happening is on that happening's day (``after_happening``; a clock time is not counted, the
  minute of a launch within its window being unknown).

A clause or verb with a date of its own keeps it ("the recall comes a day after Lumio released
an update on Tuesday"), and so does a counted day the article gives a clock or a part of
("nine days after an eruption forced them out" ... "the eruption on the morning of October 8":
the happening told at its own time, ev293, ev302, ev37). Lengths of weeks or years, of months
from a day, and approximate or bounded lengths ("nearly three years after it closed", "more than
a year after"), only say how long ago, as the set's early rounds wrote them (ev239's "three
weeks after a wildfire forced its closure": no event), and so does a count from a main clause
not in the past (ev273's "will reopen in April, five months after damp and mould forced its
closure").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import format_value, shift, value_range
from generator.extract.temporal.values import read_length

#: Lengths counted from a main clause: whole days ("two days after"), or whole months from
#: its month ("nine months after").
CLAUSE_UNITS = ("day", "month")
#: Lengths counted from a happening's day: minutes or hours ("58 minutes", "two hours").
HAPPENING_UNITS = ("minute", "hour")
#: Subject dependencies: the clause after "after" tells a happening of its own.
SUBJECTS = ("nsubj", "nsubjpass")


class CountedFrom(BaseModel):
    """The ``counted_from`` section of ``events.yaml``."""

    model_config = ConfigDict(extra="forbid")
    after: list[str] = []
    """Words after a length that count it from the happening they introduce ("two days
    *after* negotiators met")."""
    within: list[str] = []
    """Prepositions before a length that count it from the "of" noun ("*within* two hours
    of launch")."""
    happening_words: dict[str, str] = {}
    """Nouns for a happening the article tells with another word ("lift-off": launch)."""


def earlier_clause(doc, timex: Timex, timexes: Sequence[Timex],
                   rules: CountedFrom) -> tuple[object, Timex] | None:
    """(verb, date) of a past clause after "<n> days after" on a main clause with a day of
    its own ("called off the walkout *on Wednesday evening*, two days after negotiators
    met": the meeting on the Monday), else None."""
    length = read_length(timex.value)
    span = length_span(doc, timex)
    if length is None or length[1] not in CLAUSE_UNITS or span is None \
            or timex.mod is not None or span.end >= len(doc):
        return None
    count = length[0]
    units = ("day", "time") if length[1] == "day" else ("month",)
    word = doc[span.end]
    if word.lower_ not in rules.after:
        return None
    clause = word.head if word.dep_ == "mark" else next(
        (c for c in word.children if c.dep_ == "pcomp"), None)
    if clause is None or clause.tag_ != "VBD" \
            or not any(c.dep_ in SUBJECTS for c in clause.children):
        clause = subject_read_as_object(word)
    if clause is None:
        return None
    repaired = clause.dep_ == "conj"
    main = clause.head if word.dep_ == "mark" or repaired else word.head
    if main.tag_ != "VBD" and not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                      for c in main.children):
        return None  # "will reopen in April, five months after damp forced its closure"
    inside = {t.i for t in clause.subtree}
    sent = span.sent
    days = [t for t in timexes if t.range is not None and t.type in ("DATE", "TIME")
            and t.range.granularity in units and sent.start_char <= t.start < sent.end_char]
    if any(doc.char_span(t.start, t.end, alignment_mode="expand")[0].i in inside
           for t in days):
        return None  # "a day after Lumio released an update on Tuesday": its own date
    base = next((t for t in reversed(days) if t.end <= timex.start
                 and on_verb(doc, t, main)), None)
    if base is None:
        return None
    if units == ("month",):  # "charged in October 2025, nine months after Ostline collapsed"
        month = shift(base.range.start, "month", -count)
        return clause, dated(timex, month, "month")
    day = base.range.start - dt.timedelta(days=count)
    if any(t.range is not None and t.range.granularity == "time" and t.range.start == day
           for t in timexes):
        return None  # "on the morning of October 8": the happening told at its own time
    return clause, dated(timex, day)


def subject_read_as_object(word):
    """The verb of a clause after "after" whose subject the parser took for the object of
    "after" and whose verb for a conjunct of the main verb ("two days after *the contractor*,
    Brayford Civil, *handed* the runway over", ev321): a past verb with no subject right after
    that noun's phrase, else None."""
    noun = next((c for c in word.children if c.dep_ == "pobj"), None)
    if word.dep_ != "prep" or noun is None:
        return None
    doc, at = word.doc, noun.right_edge.i + 1
    while at < len(doc) and doc[at].is_punct:
        at += 1
    verb = doc[at] if at < len(doc) else None
    if verb is None or verb.tag_ != "VBD" or verb.dep_ != "conj" \
            or not any(t.i == verb.head.i for t in word.ancestors) \
            or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    return verb


def after_happening(doc, timex: Timex, dates: Sequence[tuple[object, Timex]],
                    rules: CountedFrom) -> tuple[object, Timex] | None:
    """(verb, date) of a verb with no date of its own placed by minutes or hours after a bare
    noun naming a happening dated elsewhere ("is due to separate from the rocket about 58
    minutes after *lift-off*"; "within two hours of *launch*"), else None. ``dates`` are the
    article's (verb or noun token, date) pairs found so far."""
    span = length_span(doc, timex)
    length = read_length(timex.value)
    if length is None or length[1] not in HAPPENING_UNITS or span is None \
            or span.start == 0 or span.end >= len(doc):
        return None
    before, word = doc[span.start - 1], doc[span.end]
    if word.lower_ in rules.after and word.dep_ == "prep":
        verb = word.head
    elif before.lower_ in rules.within and word.lower_ == "of" and before.dep_ == "prep":
        verb = before.head
    else:
        return None
    noun = next((c for c in word.children if c.dep_ == "pobj"), None)
    if noun is None or verb.pos_ not in ("VERB", "AUX") \
            or any(c.dep_ in ("det", "poss") for c in noun.children):
        return None
    name = doc[noun.left_edge.i:noun.i + 1].text.lower()
    name = rules.happening_words.get(name, noun.lemma_.lower())
    if any(dates_verb(owner, verb) for owner, _ in dates):
        return None  # its clause, or one it hangs from, has a date of its own
    day = next((t for owner, t in dates if t.range is not None and names(owner, name)
                and t.range.granularity in ("day", "time")), None)
    return (verb, dated(timex, day.range.start)) if day is not None else None


def length_span(doc, timex: Timex):
    """The tokens of a DURATION without a mod (no "nearly", "more than"), else None."""
    if timex.type != "DURATION" or timex.mod not in (None, "APPROX"):
        return None
    return doc.char_span(timex.start, timex.end, alignment_mode="expand")


def on_verb(doc, timex: Timex, verb) -> bool:
    """Whether the date lies in ``verb``'s clause (its subtree)."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return span is not None and verb.left_edge.i <= span.root.i <= verb.right_edge.i


def dates_verb(owner, verb) -> bool:
    """Whether ``owner`` (a dated verb) is ``verb`` or one it hangs from, in its sentence."""
    token = verb
    while True:
        if token.i == owner.i:
            return True
        if token.head.i == token.i or token.dep_ in ("conj", "ccomp", "parataxis"):
            return False
        token = token.head


def names(owner, name: str) -> bool:
    """Whether a dated verb or noun names the happening ``name``: itself, its object or what
    its object is an attempt at ("will make a third attempt *to launch*")."""
    if owner.lemma_.lower() == name:
        return True
    near = [c for c in owner.children if c.dep_ in ("dobj", "xcomp")]
    return any(t.lemma_.lower() == name for c in near
               for t in (c, *(g for g in c.children if g.dep_ in ("acl", "xcomp"))))


def dated(timex: Timex, day: dt.date, granularity: str = "day") -> Timex:
    """The length ``timex`` made the DATE of ``day`` (or of its month)."""
    value = format_value(day, granularity)
    return dataclasses.replace(timex, type="DATE", value=value, range=value_range(value),
                               mod=None, rule="events.counted_from")
