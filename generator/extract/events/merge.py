"""Merging: the same event told twice (same TIMEX3 value, and the same verb or enough shared
participants) becomes one event with every mention."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from generator.extract.events.clocks import (
    clock_in_part,
    clock_on_day,
    clock_retelling,
    gives_clock_time,
)
from generator.extract.events.merge_index import KeptEvents
from generator.extract.events.quoted_tellings import quote_retells
from generator.extract.events.sayings import different_sayers
from generator.extract.hits import Event


@dataclass(slots=True)
class Candidate:
    """An event before merging, with the verb lemma that merging compares."""

    lemma: str
    event: Event
    keys: list[frozenset[str]] = field(default_factory=list)
    """Per participant, the words of its name (see ``name_keys``)."""
    headline: bool = False
    """Told in the headline (merged into the body's mention of the same event)."""
    sentence: int = -1
    """Token index where the sentence telling of it starts."""
    previous_sentence: int = -1
    """Token index where the sentence before that one starts (-1: none)."""
    told_by_it: bool = False
    """Its subject is an "it" that stands for no name ("It kicks off at 4 p.m.")."""
    told_by_noun: bool = False
    """Its subject is a definite noun that retells a happening ("The decision, announced at
    1 p.m."; ``retelling_nouns``)."""
    figure: str | None = None
    """What a change verb measures ("revenue", "share"; ``measured_figure``)."""
    verb: int = -1
    """Token index of its verb (-1: a noun event)."""
    begins: str | None = None
    """The verb of the happening its opening verb's object names ("will begin public
    *hearings*": "hear"; ``changes.begun_happening``), else None."""
    continues: int = -1
    """Token index of the opening verb whose span its verb carries on ("opens on Saturday and
    *runs* until Nov. 1"; ``changes.continued_opening``), else -1."""
    held: str | None = None
    """The event noun its verb only says is held ("*The walkouts* will take place on July 9":
    "walkout"; ``changes.held_happening``), else None."""
    held_again: bool = False
    """The happening its verb only says is held is told by a definite noun ("*The meeting*
    will be held in London on July 16"; ``changes.held_again``)."""
    first_run: bool = False
    """Its subject or object is a first service ("the *first* public *tram* will leave at
    noon"; ``changes.first_run``)."""
    settings: frozenset[str] = frozenset()
    """The event nouns its verb happens in ("will face each other in the first of two
    televised *debates*": "debate"; ``changes.setting_happenings``)."""
    elaborates: int = -1
    """Token index of the verb its participle clause tells in more detail ("will make its
    closest pass ..., *flying* 410 kilometres above the icy surface at 14:32 GMT on
    Thursday"; ``changes.elaborated_verb``), else -1."""
    in_stages: bool = False
    """Its verb is done in counted stages ("will be introduced *in three phases*";
    ``phases.in_stages``)."""
    first_stage: bool = False
    """Its subject is the first stage ("*The first phase* starts"; ``phases.first_stage``)."""
    sayer: frozenset[str] = frozenset()
    """The words naming who says, for a saying verb (``sayings.sayer_words``)."""
    quoted: bool = False
    """Its date is inside a direct quote (``quoted_tellings.inside_quote``)."""
    told_values: set[str] = field(default_factory=set)
    folded_verbs: set[int] = field(default_factory=set)
    """Token indexes of the verbs of the mentions folded into it: a span one of them opens is
    carried on by the verb that continues it (round 40: "Polls *open* at 7am on Thursday and
    *close* at 10pm", the opening folded into polling day)."""
    """The date values of the mentions folded into it (``merge_candidates``): a headline
    retells it when it gives any of them."""
    counted: str | None = None
    """The word that counts it after another happening ("*a second*, two-day strike on
    October 20"; ``counts.later_count``): no retelling of one told before at a coarser date."""
    points_back: bool = False
    """Its date only points back to one told before ("but it said *at the time* that the
    devices were safe"; ``rules.anaphoric_dates``)."""
    held_for: frozenset[str] = frozenset()
    """What the happening its verb only sets a date for is held to do ("The annual *meeting*
    has been set for November 18": "vote"; ``changes.mark_changes``): it retells that."""
    set_by_it: bool = False
    """Its verb only sets a date for an "it" or an "its" noun ("*It* is set for September 12";
    ``changes.set_by_it``): ``set_again``."""
    tells_time: bool = False
    """Its subject is a definite noun whose verb only places it in time ("*The stoppage
    starts* at 6am on Monday"; ``retold.finer_next``)."""
    schedules: bool = False
    """Its verb is an act that fixes the day of a happening told before ("has scheduled the
    vote for March 24"; ``scheduled.scheduling_act``)."""
    told_there: bool = False
    """Its verb happens "there" (``scheduled.done_there``)."""
    told_by_pronoun: bool = False
    """Its subject is a bare "they" or "it" (``scheduled.scheduled_next``)."""
    told_by_thing: bool = False
    """Its subject is a common noun, bare or with "the", that names no one ("*Kick-off* on
    Wednesday is at 7.45pm", "before *the gala* screening at 7.30pm"): ``clock_retelling``."""
    renewed: bool = False
    """Its verb carries "now" ("It will *now* reopen on Saturday, May 16"): the day that
    stands for a happening told before with the same verb (``rules.replacing_adverbs``)."""
    several: bool = False
    """Its event noun counts several happenings ("plans *four launches* this year";
    ``counts.several``): none of them is one told at a finer date."""
    thing: str | None = None
    """The lemma of its subject when a common noun ("line", "bus"; a verb's only), else None:
    two other things doing two other things are two happenings, whatever places they share."""


TITLES = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "president", "the", "of"})


def name_keys(names: Sequence[str]) -> list[frozenset[str]]:
    """Per name, its lower-case words without titles, for a loose match ("Mr. Xi" ~ "Xi
    Jinping")."""
    keys = [frozenset(w.lower() for w in name.split() if w.lower() not in TITLES) for name in names]
    return [key for key in keys if key]


def matched_names(names: Sequence[frozenset[str]], others: Sequence[frozenset[str]]) -> int:
    """How many of ``names`` share a word with one of ``others``."""
    return sum(any(name & other for other in others) for name in names)


def shared_names(a: Sequence[frozenset[str]], b: Sequence[frozenset[str]]) -> int:
    """How many names two events share, counted on the side with fewer distinct matches:
    "Tessaro Electronics" and "Tessaro" on one side are one firm, so they share one name with
    an event naming "Tessaro", not two."""
    return min(matched_names(a, b), matched_names(b, a))


def same_happening(first: str, second: str, synonyms: Sequence[Sequence[str]]) -> bool:
    """Whether two lemmas name one kind of happening ("meet", "summit", "talks")."""
    return any(first in group and second in group for group in synonyms)


def same_event(a: Candidate, b: Candidate, synonyms: Sequence[Sequence[str]] = (),
               movers: Sequence[str] = ()) -> bool:
    """Same date value, and the same verb, or two names shared, or words for one happening
    (``synonyms``) with the names of one side all among the other's; or ``b`` is a headline
    that ``retells`` ``a`` (``movers``: see there), or an "it" sentence that gives ``a``'s
    clock time.

    A single shared name is not enough otherwise: "Xi meets Putin" and "Xi holds talks with
    Zelensky" next week, "Brightwave recalls e-bikes" and "shares in Brightwave fall" on
    Thursday are different events.
    """
    if b.headline and retells(a, b, synonyms, movers):
        return True
    if quote_retells(a, b):
        return True  # session 23: a quote's retelling on the same date ("wanted Friday's ban")
    if (b.told_by_it or b.told_by_noun) and gives_clock_time(a, b):
        return True
    if b.continues >= 0 and (b.continues == a.verb or b.continues in a.folded_verbs):
        return True  # one span's start and end, told by two verbs of one subject
    if b.elaborates >= 0 and b.elaborates == a.verb and inside_finer(a, b):
        return True  # "will make its closest pass later this week, flying ... on Thursday"
    if b.set_by_it and b.previous_sentence == a.sentence and inside_finer(a, b):
        return True  # "will be held in September. It is set for September 12" (round 40)
    if begun_finer(a, b):
        return True  # "will begin public hearings next week" ... "will hear ... on Tuesday"
    if b.points_back and a.event.when.value == b.event.when.value:
        return True  # "warned customers in November ..., but it said at the time": round 27
    if a.event.when.value != b.event.when.value:
        finer = retold_finer(a, b, synonyms)
        if finer or not clock_on_day(a, b):
            return finer
    if a.sentence != b.sentence and coincides(b):
        return False  # "The museum's new cafe ... opens on the same day": another happening
    if a.sentence == b.sentence and a.event.what == b.event.what:
        return True  # round 55: "The city's Labor Day parade, planned for Monday, ..."
    shared = shared_names(a.keys, b.keys)
    # two predicates of one sentence with one verb are two happenings ("The festival opens on
    # June 3, when the new bridge opens"): the sentence made one event per predicate already
    if a.lemma == b.lemma and a.sentence != b.sentence:
        # "Revenue for 2025 rose" and "shares ... rising 30 percent last year": two figures;
        # "the bank said on Monday" and "The regulator said on Monday": two sayers (round 54)
        return not (a.figure and b.figure and a.figure != b.figure) \
            and not different_sayers(a.sayer, b.sayer)
    # two verbs of one sentence are two happenings whatever names they share ("drop its
    # Tarvik-Lyon route from Oct. 25 ... and add daily flights to Seville from the same date")
    if shared >= 2 and (a.sentence != b.sentence or a.lemma == b.lemma) \
            and not (a.thing and b.thing and a.thing != b.thing):
        return True  # not "The line between X and Y will shut" and "Buses will run between"
    # "announcing the Moscow summit next week" retells "Xi meets Putin in Moscow next week":
    # another word for the same happening, and no name the other event lacks
    inside = shared > 0 and shared == min(len(a.keys), len(b.keys))
    # "Tuesday's strike was the first nationwide stoppage" retells "workers walked off the job
    # across Castoria on Tuesday" (round 19): a later sentence naming no one adds no name
    nameless = not b.keys and a.sentence != b.sentence
    return (inside or nameless) and same_happening(a.lemma, b.lemma, synonyms)


def coincides(candidate: Candidate) -> bool:
    """Whether the candidate's date is "the same day" (or date, week ...) as one told before:
    saying so sets a second happening beside the first, never retells it ("will open to the
    public on Saturday ... The museum's new cafe ... opens *on the same day*", round 31)."""
    return candidate.event.when.text.lower().startswith("the same ")


def retold_finer(a: Candidate, b: Candidate, synonyms: Sequence[Sequence[str]]) -> bool:
    """Whether two sentences tell of one happening in other words (``synonyms``) at two
    granularities, one date inside the other, with the names of one side all among the
    other's ("Pryce, who was *convicted* of fraud in July" ... "Pryce was *found* guilty on
    July 16", round 18; a later sentence with no names: "took less than a day to reach its
    verdict on Oct. 9", round 22). The same verb at two granularities may be two happenings
    ("rose in 2025" and "rose in the third quarter"). A later sentence whose verb only says a
    happening is held tells it by its subject ("will strike on three days next month" ...
    "*The walkouts* will take place on July 9, July 11 and July 14", round 30: one strike); a
    definite one names no one the happening lacks ("at a special meeting next month" ... "*The
    meeting* will be held in London on July 16", round 32: the place it is held in). Two first
    runs of a service are one ("will carry its *first passengers* on Sunday" ... "the *first*
    public *tram* will leave at noon", round 32). A beginning told by a definite noun for the
    happening, or for the one it is set in, is that happening at a finer time ("will close its
    only runway next month" ... "*The closure* will begin at 10pm on May 11"; "will face each
    other in the first of two televised *debates* on Sunday evening" ... "*The debate* ...
    starts at 8pm", round 33). A happening only set for a day is the one told before with
    its verb ("has agreed to *hear* the case next month. A *hearing* is set for December 9",
    round 35: ``changes.set_for``). The same verb told again later with "now" at a finer day
    is the plan's new day ("will reopen to the public next month" ... "had been due to reopen
    last autumn. It will *now* reopen on Saturday, May 16", round 55)."""
    first, second = a.event.when.range, b.event.when.range
    if a.several != b.several:
        return False  # "plans four launches this year" ... "will launch it on Tuesday"
    if b.counted is not None and b.counted != a.counted:
        return False  # "will walk out next month" ... "and a second, two-day strike on Oct. 20"
    if b.counted is not None and a.lemma == b.lemma and a.sentence != b.sentence \
            and inside_finer(a, b):
        return True  # "A second group of 14 will close in May" ... "Stores in the second wave"
    if first is None or second is None or a.sentence == b.sentence \
            or a.lemma == b.lemma and not (b.held_again and b.held == a.lemma) \
            and not (b.renewed and a.sentence < b.sentence) and not first_of(a, b) \
            or first.granularity == second.granularity \
            and not clock_in_part(a.event.when.value, b.event.when.value):
        return False
    nested = (first.start <= second.start and second.end <= first.end) \
        or (second.start <= first.start and first.end <= second.end)
    shared = shared_names(a.keys, b.keys)
    # "The jury took less than a day to reach its verdict on Oct. 9" after "was found guilty
    # last month" (round 22): a later sentence naming no one adds no name
    same_names = shared > 0 and shared == min(len(a.keys), len(b.keys)) \
        or told_of(a, b.keys) or told_of(b, a.keys) or (not b.keys and a.sentence < b.sentence) \
        or (b.held_again and a.sentence < b.sentence) \
        or first_of(a, b)  # "The meeting will be held in London"; "The first 12 stores"
    kind = same_happening(a.lemma, b.lemma, synonyms) \
        or (b.held is not None and (b.held == a.lemma or b.held in a.settings
                                    or same_happening(a.lemma, b.held, synonyms))) \
        or (a.first_run and b.first_run) \
        or (a.in_stages and b.first_stage) \
        or a.lemma in b.held_for \
        or b.renewed and a.lemma == b.lemma  # "The meeting has been set for"; "It will now"
    return nested and same_names and kind


def first_of(a: Candidate, b: Candidate) -> bool:
    """Whether a later sentence tells the first stage of what ``a`` does in counted stages
    (round 61: "will close 38 of its shops *in three waves* starting next week" ... "*The first
    12 stores*, including the flagship on Market Row, will close on Saturday"): its names are
    the stage's own, and its words are the happening's (``merge_candidates``)."""
    return a.in_stages and b.first_stage and a.sentence < b.sentence


def begun_finer(a: Candidate, b: Candidate) -> bool:
    """Whether a later sentence tells the happening ``a`` begins on a finer date inside
    ``a``'s ("A parliamentary committee will *begin* public *hearings* next week" ... "The
    Public Accounts Committee will *hear* from senior civil servants on Tuesday": the first
    hearing is the beginning, round 26), with no name ``a`` lacks; a hearing on a date
    outside it ("on March 17", the week after) is another."""
    first, second = a.event.when.range, b.event.when.range
    if a.begins is None or a.begins != b.lemma or a.sentence >= b.sentence \
            or first is None or second is None or first.granularity == second.granularity:
        return False
    inside = first.start <= second.start and second.end <= first.end \
        and (second.start, second.end) != (first.start, first.end)
    shared = shared_names(a.keys, b.keys)
    same_names = shared > 0 and shared == min(len(a.keys), len(b.keys)) \
        or told_of(a, b.keys) or not b.keys
    return inside and same_names


def inside_finer(a: Candidate, b: Candidate) -> bool:
    """Whether ``b``'s date is a finer one inside ``a``'s."""
    first, second = a.event.when.range, b.event.when.range
    return first is not None and second is not None \
        and first.granularity != second.granularity \
        and first.start <= second.start and second.end <= first.end


def told_of(candidate: Candidate, keys: Sequence[frozenset[str]]) -> bool:
    """Whether a candidate with no participants of its own (a subject taken from the noun a
    relative clause hangs on: "Colin Pryce, who was convicted") names one of ``keys`` in its
    description: it has no name the other lacks."""
    words = set(candidate.event.what.lower().split())
    return not candidate.keys and any(key & words for key in keys)


def retells(body: Candidate, headline: Candidate,
            synonyms: Sequence[Sequence[str]] = (), movers: Sequence[str] = ()) -> bool:
    """Whether a headline's event is the body's: the same date value (a headline retells the
    main story), or the same verb (or a word for the same happening, ``synonyms``: "to
    *ground* half of its flights next week" / "will *cancel* ... on July 8") and a date that
    holds the body's ("comet to pass Earth in 2031" / "will pass ... in March 2031"); a
    headline giving a finer date the body folded in is its too ("digging to start May 4" /
    "Work ... will start next month. Crews are due to begin digging ... on May 4", round 34); a
    headline verb of ``movers`` moves the body's happening to its date ("Velacore *delays*
    output at Dresden chip plant to 2028" / "will start production ... in the second half of
    2028") or only aims at it ("ministers *aim for* law by summer" / "want the bill to receive
    royal assent by July 21")."""
    when, told = body.event.when, headline.event.when
    if when.value == told.value or told.value in body.told_values or clock_on_day(body, headline):
        return True  # "digging to start May 4" / "will start next month ... on May 4"
    inside = when.range is not None and told.range is not None \
        and told.range.start <= when.range.start and when.range.end <= told.range.end
    return inside and (body.lemma == headline.lemma or headline.lemma in movers
                       or same_happening(body.lemma, headline.lemma, synonyms))


def merge_candidates(candidates: Sequence[Candidate],
                     synonyms: Sequence[Sequence[str]] = (),
                     movers: Sequence[str] = ()) -> list[Candidate]:
    """Fold each candidate into the first earlier one that is the same event (``synonyms``:
    groups of lemmas that name one kind of happening; ``movers``: verbs that move a
    happening to another date, see ``retells``)."""
    from generator.extract.events.retold import finer_next  # retold imports Candidate
    from generator.extract.events.scheduled import scheduled_next

    kept = KeptEvents()  # compared only with the kept events that share a day or a year
    follows, into = {**finer_next(candidates), **scheduled_next(candidates)}, {}
    clocks = Counter(c.event.when.value.partition("T")[0] for c in candidates
                     if c.event.when.type == "TIME" and ":" in c.event.when.value)
    for candidate in candidates:
        target = next((m for m in kept.may_be_same(candidate)
                       if same_event(m, candidate, synonyms, movers)), None) \
            or clock_retelling(kept.kept, candidate, clocks) \
            or into.get(id(follows.get(id(candidate))))
        if target is None:
            kept.add(candidate)
            into[id(candidate)] = candidate
            continue
        into[id(candidate)] = target
        target.event = combine(target.event, candidate.event)
        if first_of(target, candidate):  # "The first 12 stores close": the stage told
            target.event = replace(target.event, what=candidate.event.what)
        if (candidate.held_again or id(candidate) in follows) \
                and candidate.event.status == "planned" and target.event.status == "expected":
            # "until a full hearing ... in February" ... "*The hearing is listed* for February
            # 16" (ev230): a happening a later mention says is held, or set, is arranged (or
            # gives the day of: "The marathon will return next October. ... the 2027 race
            # would be held on October 3", round 43)
            target.event = replace(target.event, status="planned")
        target.keys += [k for k in candidate.keys if k not in target.keys]
        target.told_values.add(candidate.event.when.value)
        target.folded_verbs.add(candidate.verb)  # "Polls open at 7am ... and close at 10pm"
    return kept.kept


def combine(first: Event, second: Event) -> Event:
    """``first`` with the participants, claims and mentions of ``second`` added."""
    return replace(
        first,
        participants=first.participants + tuple(p for p in second.participants
                                                if p not in first.participants),
        claim_starts=tuple(sorted(set(first.claim_starts) | set(second.claim_starts))),
        mentions=tuple(sorted(set(first.mentions) | set(second.mentions))),
    )
