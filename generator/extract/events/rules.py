"""The event rules (``generator/rules/events.yaml``) as validated pydantic models."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

from generator.extract.events.counted_from import CountedFrom
from generator.extract.events.reference_points import ReferencePoints
from generator.rulefiles import RULES_DIR, load_rule_file

EVENT_FILE = RULES_DIR / "events.yaml"


class StatusCue(BaseModel):
    """Words that give an event a status."""

    model_config = ConfigDict(extra="forbid")
    description: str
    lemmas: list[str]


class ExpectedEvent(BaseModel):
    model_config = ConfigDict(extra="forbid")
    what: str
    status: Literal["happened", "planned", "expected"]


class EventExample(BaseModel):
    """An executable example: a sentence, its one date, and the event expected from it."""

    model_config = ConfigDict(extra="forbid")
    text: str
    date: str
    value: str
    range: tuple[dt.date, dt.date]
    published: dt.date | None
    expect: ExpectedEvent | None
    """The one event expected, or null when the date makes none (a dateline, a condition)."""

    @field_validator("value", mode="before")
    @classmethod
    def _value_as_text(cls, value):
        # YAML reads an unquoted 2024-05-10 as a date; TIMEX3 values are strings
        return value.isoformat() if isinstance(value, dt.date) else value


class EventRules(BaseModel):
    """The whole ``events.yaml``."""

    model_config = ConfigDict(extra="forbid")
    id: str
    window: int
    status: dict[str, StatusCue]
    participant_labels: list[str]
    kept_prepositions: dict[str, list[str]]
    event_nouns: list[str]
    agentless_nouns: list[str] = []
    setting_prepositions: list[str] = []
    bounding_prepositions: list[str] = []
    agent_nouns: list[str] = []
    sky_nouns: list[str] = []
    """Things of the sky, never agents whatever their name's tag ("Comet 71P will pass")."""
    change_verbs: list[str] = []
    """Verbs of a figure's change ("rose 19 percent"): two figures, two happenings."""
    moving_verbs: list[str] = []
    """Verbs that move a happening from one date to another ("will *move* from June 11 to
    June 15"): the "from" date makes no event (changes.moved_from)."""
    moving_prepositions: list[str] = []
    """Prepositions of the new date of a moved happening ("pushed back *to* 2029", "delayed
    *until* the end of April"): planned, whatever the tense of the move (changes.moved_to)."""
    headline_aiming_verbs: list[str] = []
    """"ministers *aim for* law by summer": a headline that only aims at the body's happening
    retells it (merge.retells)."""
    firm_nouns: list[str] = []
    """"the company": the organisation named before takes part in what it does."""
    arriving_verbs: list[str] = []
    """"the announcement would *come* on March 11": the happening its subject names."""
    offering_adjectives: list[str] = []
    """"will be *available* from July 1": made available, an arrangement (arranged.offered)."""
    likeness_words: list[str] = []
    """"the *same* as in 2025": the date is a point of comparison (likeness)."""
    repeat_nouns: list[str] = []
    """"a *repeat* of 2019": the date is a point of comparison (likeness)."""
    body_nouns: list[str] = []
    """Bodies a later "it" stands for by name; other things it stands for as told (things)."""
    onlooker_verbs: list[str] = []
    referring_verbs: list[str] = []
    """"The plan *goes* to a vote on September 26": the clause tells the noun event
    (nominal.noun_event, round 54)."""
    same_happening: list[list[str]] = []
    happening_verbs: dict[str, str] = {}
    """"hearing" -> "hear": a noun and the verb of one happening merge like one verb."""
    conditional_markers: list[str] = []
    inverted_conditionals: list[str] = []
    counterfactual_prepositions: list[str] = []
    permission_adjectives: list[str] = []
    preference_adverbs: list[str] = []
    awaiting_verbs: list[str] = []
    """"would *wait* for second-quarter inflation figures": the date names the figures."""
    alternative_markers: list[str] = []
    """"*instead of* waiting for the exams next summer": the course not taken."""
    span_starts: list[str] = []
    """"by withholding rent *since* May": a preposition that opens a span going on to now."""
    need_participles: list[str] = []
    """"new shares *needed* to pay for the deal": a need describes its noun (repairs)."""
    sequence_adverbs: list[str] = []
    """"first set for September 15 and *then* moved to November 10": a stage of a plan's
    story (superseded.passed_stage)."""
    repeat_adverbs: list[str] = []
    """"and *again* on October 2": the verb before "and" done again (secondary.repeated_verb)."""
    later_counts: list[str] = []
    """"and *a second*, two-day strike on October 20": a happening counted after another is
    never that one told again at a finer date (counts.later_count, merge.retold_finer)."""
    barring_verbs: list[str] = []
    """"*barred from* drawing water since June 1": the bar is dated (dating.barred_owner)."""
    comparing_prepositions: list[str] = []
    """"*against* 310,000 in 2022": a figure's year set against (likeness.set_against)."""
    permitted_moves: list[str] = []
    """"residents *may go back* from October 20": a permission (arranged.permitted_return)."""
    scheduling_acts: list[str] = []
    """"has *scheduled* the vote for March 24": an act that fixes the day of a happening told
    before (scheduled.scheduling_act)."""
    speaking_bodies: list[str] = []
    """"*The company* said it would try again": a body "it" stands for (sayers.itself_sayer)."""
    document_nouns: list[str] = []
    """"will publish a full *report* on the outbreak in July": what a coming date on its topic
    dates is the document's making (dating.reported_topic)."""
    fixing_verbs: list[str] = []
    """"A hearing *is set for* December 9": a passive of these with "for" says only when the
    happening its subject names is held (changes.set_for)."""
    """"we would *rather* play on Wednesday than risk injuries": a preference, no event."""
    """"*Should* the game fall victim to the weather, ...": an auxiliary put before its
    subject at the head of a clause opens a condition as "if" does."""
    phrasal_happenings: dict[str, str] = {}
    """"*take place*" -> "hold": a verb and its object that say what one verb says, for
    merging (``phrasal_lemma``)."""
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
    lasting_prepositions: list[str] = []
    whole_day_parts: list[str] = []
    """"talks ran *through the night*": a whole part of a day after one of
    ``lasting_prepositions`` is a length, no date (periods.lasts_through)."""
    deciding_verbs: list[str] = []
    """"*voted* 4-3 to move to a four-day week": their infinitive is decided, so planned
    (status.voted_for)."""
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
    reference_points: ReferencePoints = ReferencePoints()
    counted_from: CountedFrom = CountedFrom()
    event_noun_verbs: dict[str, str] = {}
    default_noun_verb: str = "hold"
    announcing_verbs: list[str]
    reference_verbs: list[str] = []
    object_prepositions: list[str] = []
    role_prepositions: list[str] = []
    aspect_participles: list[str] = []
    tally_nouns: list[str] = []
    """"added 4.1 million members, bringing its *total* to 287 million at the end of
    December": a participle with one of these for object dates the verb it hangs from."""
    gerund_compounds: list[str] = []
    """"cooling tower": a gerund and the noun after it that name a thing, not an action."""
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
    frame_nouns: list[str] = []
    """"lift off during *a window* that opens on Dec. 14": the clause dates the lift-off."""
    naming_verbs: list[str] = []
    """"made *what it called* its final offer last week": the date dates "made"."""
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
    closing_report_verbs: list[str] = []
    """"..., the royal household *announced* on Thursday.": the parser reads the closing
    reporting clause as a participle on a noun in apposition; it is the announcing."""
    granted_things: dict[str, list[str]] = {}
    """"All ticket holders *will get full refunds*": what a body pays or grants, by the verb
    of getting it (``arranged.offered``)."""
    timetable_verbs: list[str] = []
    """"Dockworkers will walk out next week. *The stoppage starts* at 6am on Monday": a
    definite noun with one of these (or a "first" one) right after a coming month or week,
    at a day inside it, gives that happening's day (``retold.finer_next``)."""
    retelling_nouns: list[str] = []
    """"*The decision*, announced at 1 p.m.": a definite one of these given a clock time on an
    event's day is that event."""
    obligation_modals: list[str] = []
    """"Runners *must* collect their numbers on Friday": the date is set, whatever the
    preposition."""
    forecast_verbs: list[str] = []
    """"will *need* until 2027": the dated verb itself makes a forecast."""
    span_opening_verbs: list[str] = []
    """"Early voting *opens* on Saturday": verbs that open a span another verb may carry on."""
    span_continuing_verbs: list[str] = []
    """"opens on Saturday and *runs* until Nov. 1": the second verb carries on the span the
    first opened, one happening (changes.continued_opening)."""
    span_closing_verbs: list[str] = []
    span_ending_verbs: list[str] = []
    """"*close* from 6 a.m. on June 14 and *reopen* by 8 p.m.": a reopening at a clock time
    ends the closure of the verb before it, one happening (changes.ended_closure)."""
    decided_verbs: list[str] = []
    """"The bridges *will reopen* by 2 p.m.": a plain future of these is planned, whoever
    does it (the end of a closure someone decided)."""
    anaphoric_dates: list[str] = []
    """Dates that only point back to one told before ("it said *at the time* that the devices
    were safe"): what happened then is told with the earlier happening of that date, no
    event of its own (merge.same_event)."""
    arrangement_prepositions: list[str] = []
    arrangement_nouns: list[str] = []
    """"will start the new school year on Sept. 8 *under a calendar* the board approved": a
    happening under an arrangement (one of these nouns after one of
    ``arrangement_prepositions``) is planned, whoever does it (status.under_arrangement)."""
    day_prepositions: list[str] = []
    """"on": of several days on a verb that counts happenings, each is an event."""
    fixture_prepositions: list[str] = []
    """"a second strike *for* March 19": on a ranked event noun, the day it is set for."""
    gapped_prepositions: list[str] = []
    """"at the end of March *and its assembly plant in Orrin in 2027*": a date after one of
    these in a gapped clause is a happening of its own."""
    quoted_deictics: list[str] = []
    """"today" inside a direct quote is the day it was spoken: no event of its own."""
    work_nouns: list[str] = []
    """"Dalton's third *album*, Paper Moons, ...": a name beside one of these is a work's title,
    never whom "he"/"she" stands for; the work's owner is (``pronoun_limits.work_owner``)."""
    person_titles: list[str] = []
    person_posts: list[str] = []
    """"*Governor* Ilse Varga": capitalised titles that make a name a person's, whom "it"
    never stands for."""
    norm_adjectives: list[str] = []
    """"*The average high* in the city in early October is 26C": a subject these describe is a
    norm of its time of year, no happening (``norms``)."""
    foresight_verbs: list[str] = []
    """"We are *not forecasting* blackouts this winter": a negated verb of these foretells
    nothing, so its date makes no event (``denied``)."""
    misread_clause_verbs: list[str] = []
    """"before the window *shuts* at 11 p.m.": verbs of a timetable the tagger may read as a
    plural noun after "before"/"after"; the clause is the happening the date dates."""
    undergoing_verbs: list[str] = []
    """"Rovers *had* two offers turned down": verbs whose subject undergoes what the past
    participle of their clause tells (``undergone``)."""
    accompanying_markers: list[str] = []
    simultaneous_markers: list[str] = []
    """"On April 21 X will open ..., *while* Y visits ...": a second happening that day."""
    """"weaken *as* it moves inland over the weekend": a date in such a clause with a pronoun
    subject dates the verb it accompanies."""
    measure_nouns: list[str] = []
    """"Up to 15 *inches* of rain": units whose "of" phrase a subject keeps."""
    partitive_nouns: list[str] = []
    """"*The rest of* the network will close": a part plans as the whole after "of" does."""
    replaced_intent_verbs: list[str] = []
    """"*had originally aimed* to start output in the third quarter": a verb these govern in
    the past perfect tells of a plan since replaced or a request turned down: no event."""
    replaced_plan_adverbs: list[str] = []
    first_plan_adverbs: list[str] = []
    replacing_adverbs: list[str] = []
    """"will *now* take place on March 6": a main verb with one of these dates elsewhere the
    plan a participle on its subject gives (superseded.moved_plan_aside, round 33)."""
    """"The mission was *first* planned for 2024 but has been delayed": a plan since moved."""
    scheduling_words: list[str] = []
    request_verbs: list[str] = []
    """"*asked* for permission to appeal in June": a date on what is asked for dates the asking
    (round 48)."""
    time_kind_nouns: list[str] = []
    """"*midweek* dates": plural nouns of time a date word only says the kind of (round 48)."""
    describing_participles: list[str] = []
    """"people *aged* 80 and over": participles that only say what their noun is; a date the
    parser hangs on one dates the clause the noun stands in (round 48)."""
    proposing_words: list[str] = []
    """"A fourth, *proposed* for June 8, was rejected on Friday": a participle of a plan set off
    on the subject of a verb that calls it off, as a planning word is (round 47)."""
    """The words of a plan ``first_plan_adverbs`` say was moved (not "first *agreed*")."""
    """"*originally* due to start this month": a planning word with one of these tells of a
    plan since replaced: no event."""
    means_nouns: list[str] = []
    """"owners will be notified *by mail*": the means a passive's "by" gives, no agent."""
    meeting_business: dict[str, list[str]] = {}
    """"Shareholders *will vote* next month ... The annual *meeting* has been set for November
    18": what a happening set for a day is held to do (changes.mark_changes)."""
    medium_nouns: list[str] = []
    """"cancelled his appearance in a *video* posted on Sunday": the date of a participle on
    these after "in" dates the act done in them (media.medium_act)."""
    object_control_verbs: list[str] = []
    """"She *expects* this year's event to sell out": the object of these does the infinitive
    after it (controlled.object_does_it)."""
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
    same_date_nouns: list[str] = []
    """"and add daily flights *from the same date*": a conjunct dated by "the same" one of
    these has the date of the verb it is coordinated with."""
    saying_verbs: list[str] = []
    """"*said* a new version ..., which ..., would not be ready": a reported clause with no
    subject of its own has the object the parser hung on one of these as subject."""
    offer_nouns: list[str] = []
    """Proposals whose "of" phrase a bare date covers ("its offer of a 3 percent rise *this
    year*": periods.offered_term, round 30)."""
    possibility_words: list[str] = []
    """Predicates that make a clause only possible ("when forecasters say 36C is *possible*":
    secondary.is_possibility, round 30)."""
    max_phrase_words: int = 5
    lemma_repairs: dict[str, str] = {}
    """Word forms the lemmatizer gets wrong ("hopes" -> "hop"), with their true lemma."""
    examples: list[EventExample] = []


def true_lemma(token) -> str:
    """The token's lower-case lemma, repaired where the lemmatizer slips ("hopes" -> "hop",
    "staged" -> "stag": ``lemma_repairs``)."""
    return load_event_rules().lemma_repairs.get(token.lower_, token.lemma_.lower())


def phrasal_lemma(verb, lemma: str, rules: EventRules) -> str:
    """The lemma merging compares for ``verb``: the verb of ``rules.phrasal_happenings`` when
    the verb and its object or particle, or a preposition and its object, are one of its
    phrases ("will now *take place* on Sept. 12" -> "hold", so the headline's "new dates set
    for September" retells it; "took *over* in July" -> "takeover"; "*goes on sale* in May" ->
    "sale"), else ``lemma``."""
    for child in verb.children:
        phrase = f"{lemma} {child.lemma_.lower()}"
        if child.dep_ in ("dobj", "prt") and phrase in rules.phrasal_happenings:
            return rules.phrasal_happenings[phrase]
        if child.dep_ == "prep":  # round 51: "tickets *go on sale* in May": a release
            for noun in (g for g in child.children if g.dep_ == "pobj"):
                phrase = f"{lemma} {child.lower_} {noun.lemma_.lower()}"
                if phrase in rules.phrasal_happenings:
                    return rules.phrasal_happenings[phrase]
    return lemma


@functools.lru_cache(maxsize=4)
def load_event_rules(path: Path = EVENT_FILE) -> EventRules:
    """The event rules (cached); raises ``RuleFileError`` naming file and field."""
    return load_rule_file(path, EventRules)
