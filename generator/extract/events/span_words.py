"""The words of ``events.yaml`` about spans and days: what opens, carries on, closes or ends
a span, how long a happening lasts, a window, a sequence of fixtures, several days or
happenings on one verb, and dates that point back or forward to another happening's date.

Split from :mod:`generator.extract.events.rules`, whose :class:`~.rules.EventRules` (the
whole file) inherits these fields; a field's docstring names the module and function that
reads it.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class SpanWords(BaseModel):
    """The span, length and day words of ``events.yaml``."""

    model_config = ConfigDict(extra="forbid")
    span_starts: list[str] = []
    """"by withholding rent *since* May": a preposition that opens a span going on to now."""
    repeat_adverbs: list[str] = []
    """"and *again* on October 2": the verb before "and" done again (secondary.repeated_verb)."""
    later_counts: list[str] = []
    """"and *a second*, two-day strike on October 20": a happening counted after another is
    never that one told again at a finer date (counts.later_count, merge.retold_finer)."""
    lasting_prepositions: list[str] = []
    whole_day_parts: list[str] = []
    """"talks ran *through the night*": a whole part of a day after one of
    ``lasting_prepositions`` is a length, no date (periods.lasts_through)."""
    counted_nouns: list[str] = []
    """"will hold two information *evenings*, on March 24 and April 7": besides
    ``event_nouns``, plurals of these count happenings, one per listed date
    (secondary.own_date_in_list)."""
    lasting_verbs: list[str] = []
    """"*took* less than a day to reach its verdict": with a length for object, these say how
    long their infinitive's happening took (phrases.only_lasts)."""
    window_nouns: list[str] = []
    window_verbs: list[str] = []
    """"*Recruitment* of field staff, which *opened* on January 18": a relative clause with
    one of these verbs on an "of"/"for" phrase of one of these nouns tells of the noun
    (nouns.window_owner)."""
    length_verbs: list[str] = []
    """"Thursday's hearing *lasted* less than 20 minutes": with a length and a dated subject,
    these say how long a happening lasted, no event (periods.told_length)."""
    negated_span_prepositions: list[str] = []
    """"will not reopen *until* June", "will not run *from* 4 January": a negated future's
    date after these bounds a span of not happening, an event (unasserted.negated_future)."""
    frame_nouns: list[str] = []
    """"lift off during *a window* that opens on Dec. 14": the clause dates the lift-off."""
    sequence_prepositions: list[str] = []
    """"nine days off *after* the domestic final on June 7": a date right after a fixture
    these introduce dates the fixture."""
    fixture_nouns: list[str] = []
    """Happenings of a sports calendar ("final") that only ``sequence_prepositions`` date."""
    preceding_prepositions: list[str] = []
    """"look at new data *before* its next meeting in six weeks, on Dec. 8": the verb comes
    before the happening these introduce, which the date after it dates."""
    possessed_prepositions: list[str] = []
    """"named a squad *for* next month's tour": a period's possessive on a happening these
    introduce dates the happening."""
    timetable_verbs: list[str] = []
    """"Dockworkers will walk out next week. *The stoppage starts* at 6am on Monday": a
    definite noun with one of these (or a "first" one) right after a coming month or week,
    at a day inside it, gives that happening's day (``retold.finer_next``)."""
    retelling_nouns: list[str] = []
    """"*The decision*, announced at 1 p.m.": a definite one of these given a clock time on an
    event's day is that event."""
    span_opening_verbs: list[str] = []
    """"Early voting *opens* on Saturday": verbs that open a span another verb may carry on."""
    span_continuing_verbs: list[str] = []
    """"opens on Saturday and *runs* until Nov. 1": the second verb carries on the span the
    first opened, one happening (changes.continued_opening)."""
    span_closing_verbs: list[str] = []
    span_ending_verbs: list[str] = []
    """"*close* from 6 a.m. on June 14 and *reopen* by 8 p.m.": a reopening at a clock time
    ends the closure of the verb before it, one happening (changes.ended_closure)."""
    anaphoric_dates: list[str] = []
    """Dates that only point back to one told before ("it said *at the time* that the devices
    were safe"): what happened then is told with the earlier happening of that date, no
    event of its own (merge.same_event)."""
    day_prepositions: list[str] = []
    """"on": of several days on a verb that counts happenings, each is an event."""
    fixture_prepositions: list[str] = []
    """"a second strike *for* March 19": on a ranked event noun, the day it is set for."""
    gapped_prepositions: list[str] = []
    """"at the end of March *and its assembly plant in Orrin in 2027*": a date after one of
    these in a gapped clause is a happening of its own."""
    quoted_deictics: list[str] = []
    """"today" inside a direct quote is the day it was spoken: no event of its own."""
    accompanying_markers: list[str] = []
    simultaneous_markers: list[str] = []
    """"On April 21 X will open ..., *while* Y visits ...": a second happening that day."""
    same_date_nouns: list[str] = []
    """"and add daily flights *from the same date*": a conjunct dated by "the same" one of
    these has the date of the verb it is coordinated with."""
