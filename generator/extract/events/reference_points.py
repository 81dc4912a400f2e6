"""The ``reference_points`` section of ``events.yaml`` (split out of ``rules``): when a date
only gives a point of comparison, or says which things are meant."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ReferencePoints(BaseModel):
    """When "since <date>" only gives a point of comparison ("the first title since 1984")."""

    model_config = ConfigDict(extra="forbid")
    prepositions: list[str] = []
    markers: list[str] = []
    """Words that make the clause a comparison (besides superlatives, which the tag gives)."""
    bases: list[str] = []
    """Prepositions whose object is the base of a comparison ("from 162 million euros")."""
    positions: list[str] = []
    levels: list[str] = []
    """"is 9 percent *below* its level in 2019": a "be" set against its own earlier level."""
    batches: list[str] = []
    """Prepositions of a span of dates on a bare participle that only says which things are
    meant ("vehicles built *between* 2021 and 2024")."""
    memory_verbs: list[str] = []
    """Verbs whose bare date is the time remembered ("nobody here *has forgotten last year*"),
    no happening on it (untold.remembered_time)."""
    periods: list[str] = []
    """Prepositions that say what a noun covers ("its forecast *for* the year")."""
    occasions: list[str] = []
    """Nouns that count how often something happened ("for a second *time*"): no ranking."""
    bounds: list[str] = []
    """Prepositions whose date, on a negated verb, only bounds a forecast ("not expected
    *before* the summer")."""
    stages: list[str] = []
    """Nouns for a stage of a contest or procedure ("the first *round* on April 26"): the
    ordinal says which one, it ranks nothing."""
    negations: list[str] = []
    """Predicates that negate a forecast by themselves ("a verdict was *unlikely* before
    May"), as "not" does."""
    previous: list[str] = []
    """Words on the noun after "since" that make it an earlier occasion, only counted from
    ("adding 58,000 residents since *the last* census in 2016")."""
    kind_determiners: list[str] = []
    """Determiners of a noun a date is on that pick any one of a kind ("the heaviest for *any*
    July day"): the date says which kind is compared, no happening."""
    time_nouns: list[str] = []
    """Nouns a date turns into a time ("from *the 2028 season*"): not a comparison's base."""
    named_periods: list[str] = []
    """Periods whose possessive only says which thing an object is ("sets *next year's*
    calendar"); a day's does not ("faces *Sunday's* final")."""
    debuts: list[str] = []
    """Ordinals that, with a possessive pronoun, say which of the owner's things came first
    ("switched on *its first* 5G masts in October 2020"): the date is when, no ranking."""
    compared: list[str] = []
    """Adjectives that make a subject a point of comparison ("The last *comparable* season
    was in 2005"): a date on its "be" only locates that point."""
    change_adverbs: list[str] = []
    """Adverbs of a change whose "from" takes its base ("*up* 15 percent from 2025")."""
    change_bases: list[str] = []
    """More prepositions of such an adverb whose period object is its base ("up 15% *on*
    last year"); a day after them stays a day ("up 5% on Monday")."""
    period_bounds: list[str] = []
    """Verbs whose relative clause on a dated period of ``bounded_periods`` only says where
    the period ends or starts ("the fourth quarter, which *ended* on Jan. 31"): no happening."""
    bounded_periods: list[str] = []
    """Periods of a calendar, fiscal or not, that ``period_bounds`` clauses define."""
    record_keepers: list[str] = []
    """Subjects of a "since" clause that only say when counting began ("since *records*
    began in 1921"): its date is a point of comparison."""
    state_verbs: list[str] = []
    """Verbs of a state: in the perfect with a "since" date ("who *have been* in orbit since
    September"), a state since a point, no happening (round 60)."""
    leads: list[str] = []
    """Comparatives whose length before them, with a "than" base, says by how much ("*a week
    later* than usual"): no date of its own."""
