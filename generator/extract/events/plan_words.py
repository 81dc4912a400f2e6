"""The words of ``events.yaml`` about plans: how a plan is made, fixed, moved, replaced or
given up, the conditions, questions and possibilities that keep a happening unasserted, and
the arrangements a body makes (what it offers, grants, opens or issues).

Split from :mod:`generator.extract.events.rules`, whose :class:`~.rules.EventRules` (the
whole file) inherits these fields; a field's docstring names the module and function that
reads it.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class PlanWords(BaseModel):
    """The plan, condition and arrangement words of ``events.yaml``."""

    model_config = ConfigDict(extra="forbid")
    moving_verbs: list[str] = []
    """Verbs that move a happening from one date to another ("will *move* from June 11 to
    June 15"): the "from" date makes no event (changes.moved_from)."""
    moving_prepositions: list[str] = []
    """Prepositions of the new date of a moved happening ("pushed back *to* 2029", "delayed
    *until* the end of April"): planned, whatever the tense of the move (changes.moved_to)."""
    offering_adjectives: list[str] = []
    """"will be *available* from July 1": made available, an arrangement (arranged.offered)."""
    conditional_markers: list[str] = []
    inverted_conditionals: list[str] = []
    counterfactual_prepositions: list[str] = []
    permission_adjectives: list[str] = []
    preference_adverbs: list[str] = []
    awaiting_verbs: list[str] = []
    """"would *wait* for second-quarter inflation figures": the date names the figures."""
    alternative_markers: list[str] = []
    """"*instead of* waiting for the exams next summer": the course not taken."""
    sequence_adverbs: list[str] = []
    """"first set for September 15 and *then* moved to November 10": a stage of a plan's
    story (superseded.passed_stage)."""
    permitted_moves: list[str] = []
    """"residents *may go back* from October 20": a permission (arranged.permitted_return)."""
    scheduling_acts: list[str] = []
    """"has *scheduled* the vote for March 24": an act that fixes the day of a happening told
    before (scheduled.scheduling_act)."""
    fixing_verbs: list[str] = []
    """"A hearing *is set for* December 9": a passive of these with "for" says only when the
    happening its subject names is held (changes.set_for)."""
    consequence_participles: list[str] = []
    """"*meaning* walkouts could begin": what these bring out of a conditioned clause is only
    possible (unasserted.under_condition)."""
    question_markers: list[str] = []
    """"decide *whether* the site is safe": an open question (unasserted.open_question)."""
    defining_modals: list[str] = []
    """"holders *who cannot attend*": a relative clause with these says whom the sentence
    means (unasserted.defining_possibility)."""
    generic_nouns: list[str] = []
    """"people *who get* the vaccine this autumn": a present relative clause on these says
    whom the sentence means (unasserted.defining_generic)."""
    deciding_verbs: list[str] = []
    """"*voted* 4-3 to move to a four-day week": their infinitive is decided, so planned
    (status.voted_for)."""
    outcome_verbs: list[str] = []
    """"compete *to become* mayor in an election on May 7": a purpose infinitive of these
    says an outcome; its date dates the verb it is the purpose of."""
    suspending_verbs: list[str] = []
    """"adjourned *until* April 20": the date is when the thing resumes (planned)."""
    concluding_verbs: list[str] = []
    """"a deal *agreed* in November": a participle of these concludes its noun, not plans it."""
    plan_nouns: list[str] = []
    """"would publish *a plan* to cut tax next week": the date dates the publishing."""
    deadline_modals: list[str] = []
    deadline_prepositions: list[str] = []
    deadline_givers: list[str] = []
    """"ordered *both sides* to finish ... by Dec. 18": the object does the infinitive."""
    granted_things: dict[str, list[str]] = {}
    """"All ticket holders *will get full refunds*": what a body pays or grants, by the verb
    of getting it (``arranged.offered``)."""
    obligation_modals: list[str] = []
    """"Runners *must* collect their numbers on Friday": the date is set, whatever the
    preposition."""
    forecast_verbs: list[str] = []
    """"will *need* until 2027": the dated verb itself makes a forecast."""
    decided_verbs: list[str] = []
    """"The bridges *will reopen* by 2 p.m.": a plain future of these is planned, whoever
    does it (the end of a closure someone decided)."""
    arrangement_prepositions: list[str] = []
    arrangement_nouns: list[str] = []
    """"will start the new school year on Sept. 8 *under a calendar* the board approved": a
    happening under an arrangement (one of these nouns after one of
    ``arrangement_prepositions``) is planned, whoever does it (status.under_arrangement)."""
    foresight_verbs: list[str] = []
    """"We are *not forecasting* blackouts this winter": a negated verb of these foretells
    nothing, so its date makes no event (``denied``)."""
    replaced_intent_verbs: list[str] = []
    """"*had originally aimed* to start output in the third quarter": a verb these govern in
    the past perfect tells of a plan since replaced or a request turned down: no event."""
    replaced_plan_adverbs: list[str] = []
    first_plan_adverbs: list[str] = []
    staged_plan_adverbs: list[str] = []
    """Adverbs that make a past plan one stage of a story of moves ("the unit *was then due*
    back on December 8"): with its date gone by, a plan since replaced (round 62)."""
    replacing_adverbs: list[str] = []
    """"will *now* take place on March 6": a main verb with one of these dates elsewhere the
    plan a participle on its subject gives (superseded.moved_plan_aside, round 33)."""
    scheduling_words: list[str] = []
    request_verbs: list[str] = []
    """"*asked* for permission to appeal in June": a date on what is asked for dates the asking
    (round 48)."""
    proposing_words: list[str] = []
    """"A fourth, *proposed* for June 8, was rejected on Friday": a participle of a plan set off
    on the subject of a verb that calls it off, as a planning word is (round 47)."""
    access_nouns: list[str] = []
    """"Quay Street *will close to traffic*": a place opened or closed to these is opened or
    closed by whoever runs it (arranged.opened_to)."""
    keeping_states: dict[str, list[str]] = {}
    """"*will stay closed* to traffic": a verb and the states it keeps a place in (opened_to)."""
    offering_phrases: dict[str, list[str]] = {}
    """"will *go on* public *view* in December": a verb and the noun after its "on" that say
    someone puts a thing on sale or on view, an arrangement (arranged.offered)."""
    issued_nouns: list[str] = []
    appearing_verbs: list[str] = []
    """"*Figures* for iwi ... *will follow* in 2028": what a body issues appears when it
    issues it, an arrangement (arranged.issued)."""
    failed_plan_words: list[str] = []
    """Past participles whose infinitive is a plan that failed ("*was meant to* replace ...
    by 2023", superseded.failed_plan)."""
    first_run_nouns: list[str] = []
    """"the *first* public *tram* will leave at noon", "will carry its *first passengers* on
    Sunday": a verb whose subject or object is the first of these tells a service's first run
    (changes.first_run)."""
    stage_nouns: list[str] = []
    """"will be introduced in three *phases* from next month" ... "The first *phase* ... starts
    on Sunday, October 27": one happening (phases.py, merge.retold_finer; round 54)."""
    offer_nouns: list[str] = []
    """Proposals whose "of" phrase a bare date covers ("its offer of a 3 percent rise *this
    year*": periods.offered_term, round 30)."""
    possibility_words: list[str] = []
    """Predicates that make a clause only possible ("when forecasters say 36C is *possible*":
    secondary.is_possibility, round 30)."""
