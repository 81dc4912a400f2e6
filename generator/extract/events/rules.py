"""The event rules (``generator/rules/events.yaml``) as validated pydantic models."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

from generator.extract.events.counted_from import CountedFrom
from generator.extract.events.extra_words import ExtraWords
from generator.extract.events.plan_words import PlanWords
from generator.extract.events.reference_points import ReferencePoints
from generator.extract.events.span_words import SpanWords
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


class EventRules(PlanWords, SpanWords, ExtraWords):
    """The whole ``events.yaml``: the words of plans (:class:`.plan_words.PlanWords`), of
    spans and days (:class:`.span_words.SpanWords`) and of subjects and times that make no
    event (:class:`.extra_words.ExtraWords`) are inherited."""

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
    headline_aiming_verbs: list[str] = []
    """"ministers *aim for* law by summer": a headline that only aims at the body's happening
    retells it (merge.retells)."""
    firm_nouns: list[str] = []
    """"the company": the organisation named before takes part in what it does."""
    arriving_verbs: list[str] = []
    """"the announcement would *come* on March 11": the happening its subject names."""
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
    need_participles: list[str] = []
    """"new shares *needed* to pay for the deal": a need describes its noun (repairs)."""
    barring_verbs: list[str] = []
    """"*barred from* drawing water since June 1": the bar is dated (dating.barred_owner)."""
    comparing_prepositions: list[str] = []
    """"*against* 310,000 in 2022": a figure's year set against (likeness.set_against)."""
    speaking_bodies: list[str] = []
    """"*The company* said it would try again": a body "it" stands for (sayers.itself_sayer)."""
    document_nouns: list[str] = []
    """"will publish a full *report* on the outbreak in July": what a coming date on its topic
    dates is the document's making (dating.reported_topic)."""
    """"we would *rather* play on Wednesday than risk injuries": a preference, no event."""
    """"*Should* the game fall victim to the weather, ...": an auxiliary put before its
    subject at the head of a clause opens a condition as "if" does."""
    phrasal_happenings: dict[str, str] = {}
    """"*take place*" -> "hold": a verb and its object that say what one verb says, for
    merging (``phrasal_lemma``)."""
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
    naming_verbs: list[str] = []
    """"made *what it called* its final offer last week": the date dates "made"."""
    closing_report_verbs: list[str] = []
    """"..., the royal household *announced* on Thursday.": the parser reads the closing
    reporting clause as a participle on a noun in apposition; it is the announcing."""
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
    misread_clause_verbs: list[str] = []
    """"before the window *shuts* at 11 p.m.": verbs of a timetable the tagger may read as a
    plural noun after "before"/"after"; the clause is the happening the date dates."""
    undergoing_verbs: list[str] = []
    """"Rovers *had* two offers turned down": verbs whose subject undergoes what the past
    participle of their clause tells (``undergone``)."""
    """"weaken *as* it moves inland over the weekend": a date in such a clause with a pronoun
    subject dates the verb it accompanies."""
    measure_nouns: list[str] = []
    """"Up to 15 *inches* of rain": units whose "of" phrase a subject keeps."""
    partitive_nouns: list[str] = []
    """"*The rest of* the network will close": a part plans as the whole after "of" does."""
    """"The mission was *first* planned for 2024 but has been delayed": a plan since moved."""
    time_kind_nouns: list[str] = []
    """"*midweek* dates": plural nouns of time a date word only says the kind of (round 48)."""
    describing_participles: list[str] = []
    """"people *aged* 80 and over": participles that only say what their noun is; a date the
    parser hangs on one dates the clause the noun stands in (round 48)."""
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
    saying_verbs: list[str] = []
    """"*said* a new version ..., which ..., would not be ready": a reported clause with no
    subject of its own has the object the parser hung on one of these as subject."""
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
