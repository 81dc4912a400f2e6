"""Which year or week a date named in a sentence lends to the year-less dates after it.

"It lost money in the fourth quarter of 2022, after a profit in the first half": the half is
2022's. :func:`~generator.extract.temporal.iter_timexes` keeps a :class:`Lender` for the last
year and the last week named, and asks these functions whether it reaches a later date: not
outside a relative clause, not across a clause joined with its own subject, not from a year a
comparison names as a yardstick ("up 3% on last year"). Split out of the package's
``__init__`` (which was near 400 lines); the parse is only read through token attributes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from generator.extract.temporal.aside import aside_end, participle_aside
from generator.extract.temporal.cues import cue_pattern
from generator.extract.temporal.readings import Reading, needs_year
from generator.extract.temporal.resolve import Resolution

__all__ = ["COMPARED", "Lender", "borrow_year", "day_in_week", "echoes_a_period",
           "joined_clause_after", "lends", "month_told_apart", "past_year_ahead",
           "relative_clause", "yardstick_period"]


def relative_clause(doc, start: int, end: int) -> tuple[int, int] | None:
    """Character span of the relative clause holding ``start:end``, or None.

    "The A330, which entered service in 2005, had last been inspected in April": 2005 belongs
    to the relative clause, so it lends its year to no date outside that clause. A participle
    set off by a comma works the same way ("The jet, delivered in March 2012, passed its last
    inspection in December").
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for token in span.root.ancestors:
        if token.dep_ not in ("relcl", "acl") and not participle_aside(doc, token):
            continue
        sub = list(token.subtree)
        aside = sub[0].i > 0 and doc[sub[0].i - 1].text == ","
        if token.dep_ == "relcl" or aside:
            if token.dep_ == "advcl":  # the aside ends at its comma, whatever the parse hung on
                sub = [t for t in sub if t.i < aside_end(token)]
            return sub[0].idx, sub[-1].idx + len(sub[-1])
    return None


def joined_clause_after(doc, cand, char: int) -> bool:
    """True when ``cand`` sits in a clause joined by "and" with its own subject that starts
    after ``char``: in "The House passed the bill last week, and the Senate approved it
    Monday" the Senate's vote is a new event, so "last week" does not lend it its week."""
    verb = _verb_above(doc, cand)
    while verb is not None and verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head  # "and test trains started running ... in May": the joined verb
    if verb is None or verb.dep_ != "conj":
        return False
    own_subject = any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)
    return own_subject and verb.left_edge.idx > char


def month_told_apart(doc, cand, tense: str | None, lender: Lender,
                      dates_months: bool) -> bool:
    """True for a past date in a clause of its own after a month-year: in "Construction began
    in April 2024, and the shell was completed in August" (told in October 2026) the writer
    gave the year where it differs, so the bare August is the latest one (events round 15).

    A bare year counts too once the story has dated a past month with its year: after
    "Construction began in June 2019.", "The tunnels were finished in 2022, and test trains
    started running in May" leaves the year off May because it is this one (events round 16).
    Without that habit shown, "began in 2024, and the roof was finished in August" is 2024's.

    A later step told in a verb joined to the lender's (no subject of its own) counts too
    when the lent year would put it before the lending month: "was appointed in June 2025
    ... and led Harwick to promotion in May" is the latest May, not May 2025 (events round
    20; see :func:`step_told_after`).
    """
    return tense == "past" and (
        (bool(lender.month or dates_months) and joined_clause_after(doc, cand, lender.start))
        or step_told_after(doc, cand, lender))


def step_told_after(doc, cand, lender: Lender) -> bool:
    """True for a year-less month in a verb joined by "and" after the lender's that the lent
    year would put before the lending month: a narrative tells its steps in order, so "was
    appointed in June 2025 and led the club to promotion in May" cannot mean May 2025. A
    month after the lending one ("and left in December") still takes its year. A year only
    counted back ("was released two years ago and signed with Portland in December", in
    October 1991) gives no year to the step after it either: the latest December (blind
    round 28), nor to a quarter or season ("last reported a loss four years ago and will
    report fourth-quarter results in late January", in 2023: 2023-Q4, blind round 32).
    """
    month = cand.reading.month
    if lender.counted and (month is not None or cand.reading.period is not None):
        return _joined_after(doc, cand, lender)
    if lender.month_number is None or month is None or month >= lender.month_number:
        return False
    return _joined_after(doc, cand, lender)


def _joined_after(doc, cand, lender: Lender) -> bool:
    """True when ``cand`` sits in a verb joined by "and" to the lender's, after it."""
    verb = _verb_above(doc, cand)
    return (verb is not None and verb.dep_ == "conj" and verb.idx > lender.start
            and any(t.lower_ == "and" for t in doc[verb.head.i:verb.i]))


def _verb_above(doc, cand):
    """The nearest verb above the date ``cand`` in the parse, or None."""
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return None
    return next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)


def past_year_ahead(lender: Lender, tense: str | None, published: dt.date | None) -> bool:
    """True for a year gone by before the story's lent to a date told in the future: in "will
    honor their 1966 team at the home game on Nov. 10" (said in 1996) the year names the team,
    and what is still to come cannot happen in 1966 (blind round 27). Nov. 10 is the coming one.
    """
    return (tense == "future" and published is not None and isinstance(lender.value, int)
            and lender.value < published.year)


def inside(clause: tuple[int, int] | None, char: int) -> bool:
    """True when there is no clause boundary to respect or ``char`` lies within it."""
    return clause is None or clause[0] <= char < clause[1]


#: A preposition of comparison before "last year" ("up 3% on last year", "ahead of last
#: year's pace"): the year is a yardstick, not the time the clause tells of, so it lends its
#: year to nothing.
COMPARED = cue_pattern("year-compared-against")


@dataclasses.dataclass(frozen=True, slots=True)
class Lender:
    """A year or week named in a clause, lent to the year-less or week-less dates after it."""

    sentence: int
    tense: str | None
    clause: tuple[int, int] | None
    """Span of the relative clause it sits in (it lends nothing outside), or None."""
    value: Any
    """The year (int) or the first day of the week (date)."""
    scope: bool = False
    """True for a year after "for", the period a plan covers (see :func:`deadline_for_scope`)."""
    budget: bool = False
    """True for a year after "budget for", which is voted on before the year begins."""
    start: int = 0
    """Where the lending date starts in the text."""
    month_number: int | None = None
    """The number of a month named with its year (4 for "April 2024"), or None."""
    counted: bool = False
    """True for a year counted back from the story ("two years ago"), not one written."""

    @property
    def month(self) -> bool:
        """True for a month with its year ("April 2024")."""
        return self.month_number is not None

    def reaches(self, sentence: int, tense: str | None, char: int) -> bool:
        """True for a date at ``char`` in the same sentence and clause, in the same tense or
        in none the parse can tell ("with banks reporting on Tuesday")."""
        return (self.sentence == sentence and tense in (self.tense, None)
                and inside(self.clause, char))


def lends(reading: Reading, unit: str, result: Resolution) -> bool:
    """True for a whole year or week named from the publication date ("last year", "next
    week") that resolved to a calendar value."""
    relative = (reading.unit == unit and reading.shift is not None and reading.anchor == "dct"
                and reading.grain in (None, unit, "echo") and reading.mod is None)
    if unit == "year":
        return relative and result.value.isdigit()
    return relative and result.range is not None and result.range.granularity == "week"


#: A word that makes a week the end of a span ("will stay quiet until next week").
_SPAN_END_BEFORE = cue_pattern("week-ending-a-span")


def week_ends_a_span(text: str, start: int) -> bool:
    """True for a week told as the end of a span ("Many offices will stay quiet until next
    week, with staff taking Wednesday to Friday off", round 57, told on a Wednesday): the days
    told under it come before it, so it lends them no week."""
    return _SPAN_END_BEFORE.search(text, max(0, start - 8), start) is not None


def echoes_a_period(reading: Reading, result: Resolution, words: str) -> bool:
    """True for "a year earlier" that echoed a quarter or month named before it, and for any
    "the same quarter a year earlier" (a comparison, whatever it was counted from).

    The echo is left out of the mentions so that "the quarter" or "For the full year" after
    it still count from the period reported, not from last year's.
    """
    if reading.grain == "echo" and words.lower().startswith("the same "):
        return True
    return (reading.grain in ("echo", "same") and reading.anchor in ("last", "mention")
            and result.range is not None and result.range.granularity in ("quarter", "month"))


#: Words before a period a figure is measured against: "slightly below the previous quarter".
_YARDSTICK_BEFORE = cue_pattern("period-measured-against")


#: A word of comparison right before "a year earlier": "prices were 8.3% higher than a year
#: earlier", "revenue climbed from the same period a year earlier", "a share of 22.4 percent, from
#: 23.9 percent a year ago" (round 33). Not "over", which may be a verb's particle ("who took
#: over two years ago").
COMPARED_BEFORE = cue_pattern("figure-compared-before-echo")



def year_echo_measured_against(reading: Reading, text: str, start: int) -> bool:
    """True for "a year earlier" counted back from the date named last that a figure is
    compared with: "in the quarter ended Sept. 30, from $1.6 billion a year earlier" (round 34,
    October 2021). It is counted from the closing day, so it reads as the year (2020) until the
    quarter is echoed, and as a mention "the same period a year earlier" after it would count a
    second year back (2019-Q3); like the quarter echo it is left out. "A year earlier, it had
    opened its first store" tells of that year and stays a mention."""
    return (reading.grain == "echo" and reading.anchor == "last" and reading.unit == "year"
            and bool(COMPARED_BEFORE.search(text, max(0, start - 32), start)))


def yardstick_period(reading: Reading, text: str, start: int) -> bool:
    """True for a quarter or month counted back from the one named last that a figure is
    measured against: "Revenue dropped to $3.1 billion, slightly below the previous quarter"
    (round 31). Like a "a year earlier" echo it is left out of the mentions, so "the same period
    a year earlier" after it still echoes the quarter reported (2011-Q3), not 2011-Q2; "In the
    previous quarter, it lost $5 million" tells of that quarter and stays a mention. "from this
    time last year" is measured against alike (round 32)."""
    counted_back = (reading.anchor == "last" and reading.unit in ("quarter", "month")
                    or _month_a_year_back(reading))
    return (counted_back and (reading.shift or 0) < 0
            and bool(_YARDSTICK_BEFORE.search(text, max(0, start - 25), start)))


def _month_a_year_back(reading: Reading) -> bool:
    """True for "this time last year", the story's month a year back: "The Dow is still up 4%
    from this time last year, but it has given back all of its gains for the year" (round 32,
    May 2004) measures against it, and "the year" is still 2004."""
    return reading.unit == "year" and reading.grain == "month"


def day_in_week(reading: Reading, monday: dt.date, published: dt.date | None,
                 tense: str | None) -> tuple[Reading, dt.date | None]:
    """A bare weekday after "next week" in its clause is that week's day, not the nearest one.

    A weekday told in the past cannot lie in a week still to come ("Announcing the summit next
    week, a spokesman said Friday"), nor one told in the future in a week gone by.
    """
    bare_weekday = (reading.weekday is not None and reading.month is None
                    and reading.direction is None and reading.unit is None)
    if not bare_weekday or published is None:
        return reading, published
    ahead, behind = monday > published, monday + dt.timedelta(days=6) < published
    if (ahead and tense == "past") or (behind and tense == "future"):
        return reading, published
    day = monday + dt.timedelta(days=reading.weekday - 1)
    if (tense == "future" and day < published) or (tense == "past" and day > published):
        # "Congress, in recess this week, returns on Monday" told on Thursday: the Monday
        # ahead, not the one of this week gone by (round 47)
        return reading, published
    return dataclasses.replace(reading, direction="this"), monday


def borrow_year(reading: Reading, year: int) -> Reading:
    """Give a year-less month, quarter, half or holiday the year written earlier in its sentence.

    "It lost money in the fourth quarter of 2022, after a profit in the first half": the half is
    2022's. The caller only lends a year within one sentence and one tense, so "opened in 2019
    and will close in March" keeps March for the publication date to resolve.
    """
    return dataclasses.replace(reading, year=year) if needs_year(reading) else reading
