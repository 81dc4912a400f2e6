"""Where a year written in a sentence lends itself to the year-less dates after it, and not.

:func:`~generator.extract.temporal.iter_timexes` lets a year ("in 2021", "last year") lend
itself to a year-less month or day later in its clause. A year written as a deadline ("by
2026"), a starting point ("since 2019"), a model year ("its 1998 models") lends nothing; a year
a plan covers ("the budget for 2027") lends nothing to a deadline or a coming day, and a
budget's year ("the budget for next year") nothing to a coming month either; a date after
"since" in a present perfect borrows nothing; and a year-less date in a present perfect that
names a target takes its nearest occurrence. Split out of the package's ``__init__`` (which was
near 400 lines). Nothing here imports spaCy: the functions read the text, a reading and, for
the perfect, the parse of a ``Doc`` through :mod:`perfect`. The cue words are data:
``generator/rules/temporal_context.yaml`` (``module: yearlend``).
"""

from __future__ import annotations

from generator.extract.temporal.clockday import possessive_after
from generator.extract.temporal.cues import cue_pattern
from generator.extract.temporal.perfect import in_present_perfect
from generator.extract.temporal.readings import Reading, needs_year

__all__ = ["SCOPE", "SINCE", "budget_scope", "deadline_for_scope", "lends_no_year",
           "names_a_thing", "open_in_perfect", "since_in_perfect", "year_less"]


#: "by" before a year ("by 2026", "by the end of 2026"): a deadline says when something must be
#: done, not when the rest of the clause happens ("will cut jobs by the end of 2026, after a
#: loss in the third quarter"), so the year lends itself to nothing after it.
_DEADLINE = cue_pattern("year-deadline")


def lends_no_year(text: str, start: int, end: int) -> bool:
    """True for a year written as a deadline, a starting point or a model year ("by 2026",
    "since 2019", "its 1998 models") or the date of a figure compared with ("down from 190,400
    in October 2004", "an hour earlier than in 2009"): it does not say when the rest of its
    sentence happens ("the first strike since 2019, and talks resume on Dec. 4"; "prices on its
    1998 models ... when they arrive in the fall" of 1997)."""
    since = SINCE.search(text, max(0, start - 8), start) and not _WHEN_CLAUSE.match(text, end)
    return bool(_DEADLINE.search(text, max(0, start - 40), start) or since
                or _MODEL_YEAR.match(text, end)
                or _COMPARED_FIGURE.search(text, max(0, start - 50), start)
                or _THAN.search(text, max(0, start - 10), start))


#: The date of a figure compared with ("sold 148,600 cars, down from 190,400 in October 2004"):
#: the point of comparison, not when the rest of the sentence happens ("as buyers who rushed to
#: showrooms in the summer stayed away" is the summer just gone, blind round 24).
_COMPARED_FIGURE = cue_pattern("year-compared-figure")
#: A year after "than" ("an hour earlier than in 2009", round 55): a yardstick.
_THAN = cue_pattern("year-after-than")


def names_a_thing(text: str, end: int, tense: str | None) -> bool:
    """True for a relative year in the possessive outside the past ("Registration for next
    year's race opens on Nov. 2"): it says which race, not when the clause happens, so Nov. 2
    is this year's (event blind round 18). Told in the past, the thing is mostly what happened
    then ("Last year's race was held on May 4"), so the year still lends itself."""
    return tense != "past" and possessive_after(text, end)


#: A clause that tells what happened in the year just named: "since 1991, when offices closed
#: in July" (that July is 1991's).
_WHEN_CLAUSE = cue_pattern("year-when-clause")


#: "for" before a year: "its spending plan for 2027", "the budget for 2027" name the year a
#: plan covers, which is drawn up before that year begins.
SCOPE = cue_pattern("year-plan-scope")


def deadline_for_scope(text: str, scope: bool, cand, tense: str | None,
                       budget: bool = False) -> bool:
    """True for a deadline or a coming day after a year a plan covers: in "must present its
    spending plan for 2027 by Sept. 30" the plan is due in the September before 2027, so the
    deadline borrows no year (event blind round 7), nor does the meeting in "will set water
    rates for 2027 at its next meeting, on Dec. 16" (event blind round 12); the tense then
    picks the coming day. After a budget's year (``budget``, see :func:`budget_scope`) the
    month or season a step of its passage is dated in borrows none either: "the budget for next
    year will be set in October" is the October before that year (event blind round 14), "would
    present the budget for next year in the autumn" this autumn (event round 31), and "was
    approved in December" the December before it. A part of the year ("revenue for 2027 to
    rise in the first half") and what the budget does ("will cut fares in March") still lie
    inside the year."""
    start = cand.start
    coming_day = tense == "future" and cand.reading.day is not None
    passage = (budget and tense in ("future", "past")
               and (year_less(cand.reading) or _season_alone(cand.reading))
               and _BUDGET_STEP.search(text, max(0, start - 60), start) is not None)
    return scope and (coming_day or passage
                      or bool(_DEADLINE.search(text, max(0, start - 40), start)))


#: Steps of a budget's passage, dated before the year it covers: "will be set", "was
#: approved", "is debated", "will be presented".
_BUDGET_STEP = cue_pattern("budget-step")


#: A budget "for" a year, drawn up and voted on before that year begins: "the agency's budget
#: for next year", "spending for 2028". Revenue or sales "for" a year fall inside it.
_BUDGET_FOR = cue_pattern("budget-for")


def _season_alone(reading: Reading) -> bool:
    """True for a season with no year of its own: "would present the budget for next year in
    the autumn" (event round 31, told in June) is this autumn, as "in October" is."""
    return needs_year(reading) and reading.period in _SEASONS


#: Period codes of the seasons.
_SEASONS = {"SP", "SU", "FA", "WI"}


def budget_scope(text: str, start: int) -> bool:
    """True for a year written at ``start`` right after "budget for" (see
    :func:`deadline_for_scope`)."""
    return _BUDGET_FOR.search(text, max(0, start - 30), start) is not None


#: A year naming a model line ("its 1998 models", "the 2024 model year"), which car makers sell
#: the autumn before: it is a product's name, not the time of the clause.
_MODEL_YEAR = cue_pattern("model-year")


#: "since" right before a date: "its lowest level since 1933" measures from that date but does
#: not make it the topic, so it anchors no "the year" or "two days later" after it.
SINCE = cue_pattern("since-date")


def since_in_perfect(doc, text: str, cand) -> bool:
    """True for "has played every week since the Fourth of July": a present perfect runs up
    to now, so its starting point is the latest one, not one in a year named before ("missed
    four months last year ... and has played since July")."""
    return (SINCE.search(text, max(0, cand.start - 8), cand.start) is not None
            and in_present_perfect(doc, cand.start, cand.end))


#: Prepositions that keep a year-less date in the present perfect in the past: "since July
#: 21" counts from a day gone by, and "has risen 4% in February" is loose for "rose".
_PERFECT_PAST = cue_pattern("perfect-past-preposition")


def open_in_perfect(doc, text: str, cand) -> bool:
    """True for a year-less month or day in a present-perfect clause that names a target.

    Under "has/have + participle" a date after "to", "until", "for" or "by", or standing
    alone ("the deadline, originally Feb. 15, has been moved"), is a target or a limit, so
    the nearest occurrence is meant rather than the last one.
    """
    if not year_less(cand.reading):
        return False
    if _PERFECT_PAST.search(text, max(0, cand.start - 10), cand.start):
        return False
    return in_present_perfect(doc, cand.start, cand.end)


def year_less(reading: Reading) -> bool:
    """True for a month or a day of a month with no year and no this/last/next."""
    return needs_year(reading) and reading.month is not None and reading.direction is None
