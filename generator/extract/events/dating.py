"""Which predicate each date dates, and the dates that make no event (split from the package's
``__init__``): one anchor per predicate (``dated_anchors``), the "when" clause of a streak
(``streak_anchor``) and the filters of ``filters``, ``periods``, ``superseded`` and
``unasserted`` (``no_event``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from generator.extract.claims.countdown import counted_date
from generator.extract.datelines import in_dateline
from generator.extract.events.anchor import Anchor, compared_happening, find_anchor, resumption
from generator.extract.events.anchor_heads import clause_verb
from generator.extract.events.changes import moved_target
from generator.extract.events.conditions import is_set_condition
from generator.extract.events.controlled import edition_owner
from generator.extract.events.counted_from import after_happening, earlier_clause
from generator.extract.events.daily_windows import daily_window
from generator.extract.events.denied import denied_foresight
from generator.extract.events.dropped_days import dropped_plan_day
from generator.extract.events.filters import (
    clock_of_day,
    date_rank,
    is_conditional,
    is_lower_bound,
    is_reference_point,
    restates_date,
    spoken_today,
)
from generator.extract.events.fronted import (
    figure_conjuncts,
    fronted_conjuncts,
    same_date_conjuncts,
)
from generator.extract.events.lapsed import lapsed_plan
from generator.extract.events.nobody import nobody_does
from generator.extract.events.norms import norm_of_period
from generator.extract.events.periods import (
    apposed_since,
    awaited,
    bounds_period,
    described_time,
    edition_year,
    era_modifier,
    hyphenated_weekday,
    kind_of_time,
    lasts_through,
    owned_period_with_day,
    qualifies_date,
    ranked_one,
    starts_period,
    state_since,
    time_as_subject,
    told_length,
)
from generator.extract.events.ranked_owners import ranked_owner
from generator.extract.events.rankings import streak_happening
from generator.extract.events.rules import EventRules
from generator.extract.events.secondary import coming_happening, own_date_in_list, repeated_verb
from generator.extract.events.status import called_off, calling_off
from generator.extract.events.superseded import (
    aside_plan_date,
    called_off_day,
    dropped_plan,
    failed_plan,
    is_superseded,
    moved_since,
    replaced_intent,
    replaced_plan_aside,
    superseded_due,
)
from generator.extract.events.unasserted import negated_future, unasserted
from generator.extract.events.untold import remembered_time, unreal_past
from generator.extract.hits import Claim, Timex


def dated_anchors(doc, timexes: Sequence[Timex], rules: EventRules, text: str,
                  claims: Sequence[Claim] = (), published: dt.date | None = None
                  ) -> list[tuple[Anchor, Timex]]:
    """(anchor, date) of every event, in text order: one per predicate; of several dates on
    one predicate ("stay open until 9 p.m. from Monday") the one that says when it happens
    (see ``date_rank``)."""
    best: dict[tuple[int, int, int], tuple[int, Anchor, Timex]] = {}

    def offer(anchor: Anchor, timex: Timex) -> None:
        key = (anchor.verb.i, -2 if anchor.resumes else -1 if anchor.noun is None
               or clocked_subject(anchor, timex, timexes) else anchor.noun.i,
               own_date_in_list(doc, timex, anchor, rules))
        rank = date_rank(doc, timex, anchor, rules)
        if key in best and joined_clock(text, best[key][2], timex):
            return  # round 55: "until *noon* on Friday, March 5": the clock of its day
        if key not in best or rank < best[key][0] \
                or rank == best[key][0] and (clock_of_day(timex, best[key][2])
                                             or finer_inside(timex, best[key][2])
                                             or spelled_out(text, timex, best[key][2])):
            best[key] = (rank, anchor, timex)  # "on November 24 at 10:42 p.m.": the clock

    lengths = []  # "about 58 minutes after lift-off": counted once the dates are known
    clock = None  # the last date anchored, with its anchor
    for timex in sorted(timexes, key=lambda t: t.start):
        timex = counted_date(doc, timex, published) or timex  # "takes effect in 30 days"
        if timex.type == "DURATION":
            earlier = earlier_clause(doc, timex, timexes, rules.counted_from)
            if earlier is not None:  # "on Wednesday evening, two days after negotiators met"
                offer(Anchor(earlier[0], own_clause=True), earlier[1])
            lengths.append(timex)
            continue
        if timex.type not in ("DATE", "TIME") or timex.range is None \
                or in_dateline(text, timex.start, timex.end) or spoken_today(timex, claims, rules) \
                or restates_date(text, timex, timexes) or qualifies_date(text, timex, timexes) \
                or named_after_count(text, timex, timexes):
            continue
        if clock is not None and joined_clock(text, clock[1], timex):
            offer(clock[0], timex)  # round 61: "closes at *midnight on February 14*", the day
            continue  # hung elsewhere by the parser: the clock's day, told once
        anchor = repeated_anchor(doc, timex, rules) or \
            described_owner(predicative_owner(find_anchor(doc, timex, rules)), rules)
        anchor = related_clause(doc, timex, anchor, rules)  # "a report in 2023 that warned"
        past = published is not None and timex.range.end < published
        anchor = requested_owner(anchor, rules, past)  # "asked for permission to appeal in June"
        anchor = reported_topic(anchor, rules, past)  # "will publish a report on the outbreak in"
        anchor = barred_owner(doc, timex, anchor, rules)  # "barred from drawing water since"
        if anchor is not None and no_event(doc, anchor, timex, rules, published):
            anchor = compared_happening(doc, timex)  # "since 1997, when six people died"
        elif anchor is not None:  # "have not won since Aug. 23, when they beat Norcross"
            anchor = streak_anchor(doc, timex, anchor) or anchor
        if anchor is None:
            continue
        offer(resumption(doc, timex, anchor, rules) or anchor, timex)  # "adjourned until"
        clock = (anchor, timex)
        coming = None if anchor.own_clause else coming_happening(doc, timex, rules)
        if coming is not None:  # "in September, when the school year begins"
            offer(coming, timex)
        for conjunct in fronted_conjuncts(doc, timex, anchor, rules):  # "On Wednesday X ..., and Y"
            offer(conjunct, timex)
        for conjunct in same_date_conjuncts(anchor, rules):  # "and Y from the same date"
            offer(conjunct, timex)
        for conjunct in figure_conjuncts(anchor, timexes, rules):  # "and yields fell"
            offer(conjunct, timex)
    found = [(a.noun or a.verb, t) for _, a, t in sorted(best.values(), key=lambda b: b[2].start)]
    for timex in lengths:
        later = after_happening(doc, timex, found, rules.counted_from)
        if later is not None:  # "is due to separate about 58 minutes after lift-off"
            offer(Anchor(later[0]), later[1])
    return sorted(((a, t) for _, a, t in best.values()), key=lambda pair: pair[1].start)


def repeated_anchor(doc, timex: Timex, rules: EventRules) -> Anchor | None:
    """The happening done again on a date after "and again" (``secondary.repeated_verb``)."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    verb = repeated_verb(span, rules) if span is not None else None
    return Anchor(verb) if verb is not None else None


def joined_clock(text: str, clock: Timex, day: Timex) -> bool:
    """Whether ``clock`` is a clock time of ``day`` written right before it, joined by "on"
    ("have until *noon on Friday, March 5*, to hand in their nomination papers", round 55):
    one date, whatever preposition bounds it; the clock says when."""
    return clock_of_day(clock, day) and clock.end < day.start \
        and text[clock.end:day.start].strip().lower() == "on"


def clocked_subject(anchor: Anchor, timex: Timex, timexes: Sequence[Timex]) -> bool:
    """Whether the date is on the subject of the anchor's verb and a clock time of that day
    is in the same sentence ("the home game with Ebbfield *on September 12* will now kick off
    *at 12:30 p.m.*", round 41): one predicate, the clock says when (``clock_of_day``)."""
    noun = anchor.noun
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i != anchor.verb.i:
        return False
    sent = anchor.verb.sent
    return any(clock_of_day(other, timex) for other in timexes
               if sent.start_char <= other.start < sent.end_char)


def finer_inside(timex: Timex, other: Timex) -> bool:
    """Whether ``timex`` is a day inside the year, season or month ``other`` gives, both on one
    predicate ("*Last year* he signed it *on December 22*", round 42; "from *the start of the
    autumn* term *on September 3*", round 46): the day says when."""
    mine, theirs = timex.range, other.range
    return timex.type == "DATE" and other.type == "DATE" and mine is not None \
        and theirs is not None and mine.granularity == "day" \
        and theirs.granularity in ("month", "year", "season") \
        and theirs.start <= mine.start and mine.end <= theirs.end


#: What lies between a period and the span of days set off after it that spells it out
#: ("over the Easter weekend*, from *April 3 to April 6").
SPELLING_GAP = re.compile(r",\s+from\s+")


def spelled_out(text: str, timex: Timex, other: Timex) -> bool:
    """Whether ``timex`` is the first day of a "from ... to" span set off right after the
    coarser period ``other`` on one predicate ("is due to close again over the Easter
    weekend, *from April 3* to April 6", round 52): the days say when, whatever days the
    period's name was read as."""
    mine, theirs = timex.range, other.range
    return mine is not None and theirs is not None and mine.granularity == "day" \
        and theirs.granularity in ("week", "month", "season") \
        and other.end <= timex.start and SPELLING_GAP.fullmatch(text[other.end:timex.start]) \
        is not None


#: What lies between a date counted from another and the date it names, set off after it
#: ("a day later*, on *September 16").
NAMING_GAP = re.compile(r",\s+(?:on|in)\s+")
#: The last word of a date counted from another one told before ("*a day later*").
COUNTING_WORDS = ("later", "earlier")


def named_after_count(text: str, timex: Timex, timexes: Sequence[Timex]) -> bool:
    """Whether ``timex`` is a length counted from another date ("a day later") with the day
    it comes to named right after it ("Retailers in Europe will start taking pre-orders *a day
    later, on September 16*", round 57): the named day says when, whatever date the count
    was taken from, so the count makes no event of its own."""
    return timex.text.lower().split()[-1:] in ([w] for w in COUNTING_WORDS) and any(
        timex.end <= other.start and other.range is not None
        and NAMING_GAP.fullmatch(text[timex.end:other.start]) is not None for other in timexes)


def related_clause(doc, timex: Timex, anchor: Anchor | None,
                   rules: EventRules) -> Anchor | None:
    """The relative clause right after a date on a noun is the happening the date dates
    ("pointing to a report *in 2023 that warned* the roof was failing", round 47: the report's
    warning, not the pointing); the anchor as found otherwise. A happening's noun keeps its
    date, and so does a noun inside its phrase ("a public *hearing* on Feb. 19 that drew more
    than 300 people", "a hearing before the council's committee on Wednesday that lasted")."""
    if anchor is None or anchor.noun is not None:
        return anchor
    happenings = {*rules.event_nouns, *rules.counted_nouns, *rules.fixture_nouns}
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj" or span.root.head.dep_ != "prep":
        return anchor
    noun = span.root.head.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i == anchor.verb.i \
            or noun.lemma_.lower() in happenings or noun.dep_ == "pobj" \
            and noun.head.head.lemma_.lower() in happenings:
        return anchor
    clause = next((c for c in noun.children if c.dep_ == "relcl" and c.tag_ in ("VBD", "VBZ")
                   and c.left_edge.i == span.end and c.left_edge.lower_ in ("that", "which")),
                  None)
    return Anchor(clause, own_clause=True) if clause is not None else anchor


def requested_owner(anchor: Anchor | None, rules: EventRules, past: bool) -> Anchor | None:
    """The request is the happening when a past date (``past``) hangs on the infinitive of
    what is asked for ("Tidewind *asked* the Supreme Court *for permission to appeal in June*",
    round 48: the asking, in June; ``rules.request_verbs``); the anchor as found otherwise (a
    coming date is the asked-for thing's: "sought approval to build a plant in 2028")."""
    if anchor is None or not past or anchor.noun is not None or anchor.verb.dep_ != "acl" \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.verb.children):
        return anchor
    noun = anchor.verb.head
    owner = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else \
        noun.head if noun.dep_ == "dobj" else None
    if owner is None or owner.i == noun.i or owner.lemma_.lower() not in rules.request_verbs:
        return anchor
    return dataclasses.replace(anchor, verb=owner)


def reported_topic(anchor: Anchor | None, rules: EventRules, past: bool) -> Anchor | None:
    """The document is the happening when a coming date (not ``past``) hangs on an event noun
    that is the topic ("on", "into", "about") of one of ``rules.document_nouns``, the object of a
    verb in the future ("the agency would publish a full report *on the outbreak in July*",
    round 55: the publishing, in July); the anchor as found otherwise."""
    noun = anchor.noun if anchor is not None else None
    if noun is None or past or noun.dep_ != "pobj" or noun.head.lower_ not in TOPIC_PREPOSITIONS:
        return anchor
    document = noun.head.head
    verb = document.head
    if document.dep_ != "dobj" or document.lemma_.lower() not in rules.document_nouns \
            or not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall")
                       for c in verb.children):
        return anchor
    return dataclasses.replace(anchor, verb=verb, noun=None)


#: The prepositions that give a document's topic ("a report *on* the outbreak").
TOPIC_PREPOSITIONS = frozenset({"on", "into", "about"})


def barred_owner(doc, timex: Timex, anchor: Anchor | None, rules: EventRules) -> Anchor | None:
    """The bar is the happening when a "since" date (``rules.span_starts``) hangs on the gerund
    a verb of ``rules.barring_verbs`` keeps someone "from" ("Farmers have been *barred from
    drawing* irrigation water *since June 1*", round 49: the barring goes on since June 1, no
    drawing does); the anchor as found otherwise."""
    if anchor is None or anchor.noun is not None or anchor.verb.tag_ != "VBG" \
            or anchor.verb.dep_ != "pcomp" or anchor.verb.head.lower_ != "from":
        return anchor
    owner = anchor.verb.head.head
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if owner.lemma_.lower() not in rules.barring_verbs or span is None \
            or span.root.dep_ != "pobj" or span.root.head.lower_ not in rules.span_starts \
            or span.root.head.head.i != anchor.verb.i:
        return anchor
    return dataclasses.replace(anchor, verb=owner)


def described_owner(anchor: Anchor | None, rules: EventRules) -> Anchor | None:
    """The clause a describing participle's noun stands in is the happening ("will start
    vaccinating people *aged* 80 and over ... later this month", round 48: the parser hung
    the date on "aged"); a participle of ``rules.describing_participles`` only says what the
    noun is. The anchor as found otherwise."""
    if anchor is None or anchor.noun is not None or anchor.verb.dep_ not in ("acl", "amod") \
            or anchor.verb.lemma_.lower() not in rules.describing_participles:
        return anchor
    noun = anchor.verb.head
    owner = clause_verb(noun.head) if noun.head.i != noun.i else None
    return dataclasses.replace(anchor, verb=owner) if owner is not None else anchor


def predicative_owner(anchor: Anchor | None) -> Anchor | None:
    """The verb a participle completes as its object's predicate is the happening ("before it
    was declared *contained* on July 9", round 41: the declaring, told of the fire); the
    anchor as found otherwise."""
    if anchor is None or anchor.noun is not None or anchor.verb.dep_ != "oprd":
        return anchor
    head = anchor.verb.head
    if head.i == anchor.verb.i or head.pos_ not in ("VERB", "AUX"):
        return anchor
    return dataclasses.replace(anchor, verb=head)


def streak_anchor(doc, timex: Timex, anchor: Anchor) -> Anchor | None:
    """The "when" clause's happening for a date that starts a streak on a negated verb
    (``rankings.streak_happening``), or None."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    clause = streak_happening(doc, span, anchor.verb) if span is not None else None
    return Anchor(clause, own_clause=True) if clause is not None else None


def no_event(doc, anchor: Anchor, timex: Timex, rules: EventRules,
             published: dt.date | None = None) -> bool:
    """Whether the date only sets a condition, a point of comparison, a bound, or the date of
    a replaced plan (see ``filters`` and ``superseded``; a plan lapses when its date is before
    ``published``)."""
    lapsed = published is not None and timex.range.end < published
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    verb = anchor.verb
    if is_conditional(verb, rules) or is_set_condition(verb, rules) \
            or is_superseded(verb, rules) and calling_off(verb, rules) is None \
            or replaced_intent(verb, rules) \
            or moved_since(verb, rules) \
            or failed_plan(verb, rules) \
            or replaced_plan_aside(verb, rules) or superseded_due(verb, rules, lapsed) \
            or dropped_plan(verb, rules) \
            or anchor.noun is not None and replaced_plan_aside(anchor.noun, rules) \
            or bounds_period(verb, rules) or unasserted(verb, rules) \
            or negated_future(verb, span, rules) or denied_foresight(verb, rules) \
            or lapsed_plan(verb, rules, lapsed):  # session 23: a plan whose date has gone by
        return True
    return span is not None and (
        lasts_through(span, rules) or hyphenated_weekday(span) or era_modifier(span)
        or aside_plan_date(span, verb, rules) or called_off_day(span, verb, rules)
        or apposed_since(span) or state_since(span, rules) or ranked_one(span, rules)
        or moved_target(span, verb, rules)
        or owned_period_with_day(span, rules) and called_off(verb, rules) or time_as_subject(span)
        or kind_of_time(span, rules) or awaited(span, rules) or norm_of_period(span, rules)
        or edition_year(span) or edition_owner(span, rules)
        or described_time(span) or told_length(span, verb, rules)
        or unreal_past(span, verb) or remembered_time(span, rules)  # round 61
        or daily_window(doc.text, timex, span, rules.nightly_words)  # session 23
        or dropped_plan_day(span, verb, rules) or ranked_owner(span, verb)  # session 23
        or nobody_does(span, verb, rules)  # session 23
        or not anchor.own_clause and (
        is_reference_point(span, rules) or is_lower_bound(span, verb, rules)
        or starts_period(span, rules)))
