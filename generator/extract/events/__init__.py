"""Events: every dated statement of an article as "who does what, when, and did it happen".

For each resolved DATE/TIME timex the predicate it dates (``anchor``: a verb, gerund,
participle or a noun naming a happening) is the event; its short description is subject + verb
(present tense) + object + kept prepositional phrases ("Ada Quill meets Pim Adler in
Lowmere", "Dmytro Kuleba holds a phone call with his Chinese counterpart"), never the whole
sentence. The status comes from cue words, tense and who acts (``generator/rules/events.yaml``).
Dates in a dateline, a condition, a comparison, a bound, a plan since replaced or a quote's
"today" make no event (``filters``, ``superseded``); a list of dates for counted happenings
makes one event per date, a "when" clause after a coming date one of its own (``secondary``),
and "adjourned until April 20" the resumption too. The same event told twice (same TIMEX3
value, and the same verb, two shared names, or another word for the same happening: ``merge``)
is one event; a headline's mention merges into the body's, and an "It kicks off at 4 p.m."
right after "The derby has been moved to Sunday" into the derby.

Modules: ``rules`` (the YAML file), ``dating`` (one anchor per predicate, and the dates that
make no event), ``anchor`` (what a date dates) with ``repairs`` (parses that hide it),
``filters`` (dates that make no event, and which of several dates says when) with
``superseded`` (plans replaced), ``phrases`` (the description) with ``nominal`` (events a noun
names), ``wording`` (tense and articles), ``subjects`` (who does it) with ``undergone``
("Rovers had two offers turned down") and ``controlled`` ("expects this year's event to sell
out"), ``nouns`` (noun phrases) and ``names`` (full names, pronouns), ``participants``,
``status`` (happened / planned / expected) with ``tenses`` and ``arranged`` (plain futures that
tell of an arrangement), ``secondary`` (more than one event from a clause's dates) and
``merge`` (one event per happening), with ``places`` (a date for each gapped place).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence

from generator.extract.claims import headline_bounds, stripped_bounds
from generator.extract.doctext import doc_text
from generator.extract.events.anchor import Anchor
from generator.extract.events.anchor_heads import clause_verb
from generator.extract.events.changes import elaborated_by_noun, mark_changes
from generator.extract.events.claim_index import claim_starts_holding
from generator.extract.events.counts import later_count, several
from generator.extract.events.dating import dated_anchors
from generator.extract.events.merge import Candidate, merge_candidates, name_keys
from generator.extract.events.misread import misread_clause_event
from generator.extract.events.names import resolve_pronoun
from generator.extract.events.nominal import noun_event, pronoun_owner
from generator.extract.events.nouns import mark_dates
from generator.extract.events.participants import find_participants
from generator.extract.events.phases import first_stage, in_stages
from generator.extract.events.phrases import control_head, describe, finish, third_person
from generator.extract.events.places import gapped_place, place_event
from generator.extract.events.proverbs import pro_verb_antecedent, restated, restated_subject
from generator.extract.events.quoted_tellings import inside_quote
from generator.extract.events.repairs import causative_object
from generator.extract.events.retold import timetable_subject
from generator.extract.events.rules import EventRules, load_event_rules, phrasal_lemma, true_lemma
from generator.extract.events.sayers import DASHES
from generator.extract.events.sayings import sayer_words
from generator.extract.events.secondary import (
    conjunct_words,
    day_words,
    gapped_conjunct,
    gapped_conjunct_event,
    gapped_subject,
    gapped_subject_event,
    object_conjunct,
    verbless_conjunct,
)
from generator.extract.events.sentences import sentence_before
from generator.extract.events.status import calling_off, event_status
from generator.extract.events.subjects import find_subject, subject_phrase
from generator.extract.hits import Claim, Event, Timex, day_at

__all__ = ["iter_events", "load_event_rules", "third_person"]

log = logging.getLogger("factcheck.extract.events")


def iter_events(
    doc, timexes: Sequence[Timex], claims: Sequence[Claim], published: dt.date | None,
    entry_days: Sequence[tuple[int, dt.date]] = (),
) -> list[Event]:
    """The article's dated events, in order of first mention.

    Args:
        doc: the parsed article.
        timexes: its dates; only DATE/TIME timexes that resolved to a range make events.
        claims: its claims; an event lists the claims whose sentence tells of it.
        published: publication date, used for the status of events without cue words.
        entry_days: a live blog's ``(offset, day)`` of each entry: an event's status is
            judged on the day its entry was posted (``hits.day_at``), not the page's.
    """
    rules = load_event_rules()
    mark_dates(doc, timexes)  # a date is never part of a description ("in the autumn")
    text = doc_text(doc)
    headline = headline_bounds(text)
    candidates: list[Candidate] = []
    for anchor, timex in dated_anchors(doc, timexes, rules, text, claims, published):
        try:
            candidate = make_candidate(anchor, timex, claims,
                                       day_at(published, entry_days, timex.start), rules, text)
        except Exception as err:  # noqa: BLE001 - one odd parse must not abort the article
            log.warning("events: skipped the event of %r at offset %d: %s: %s",
                        timex.text, timex.start, type(err).__name__, err)
            continue
        candidate.headline = headline is not None and timex.start < headline[1]
        candidates.append(candidate)
    # the body first, so that a headline's telegraphic mention merges into the body's event
    # a headline that moves a happening or only aims at it retells the body's (merge.retells)
    merged = merge_candidates(sorted(candidates, key=lambda c: c.headline), rules.same_happening,
                              [*rules.moving_verbs, *rules.headline_aiming_verbs])
    return [c.event for c in sorted(merged, key=lambda c: c.event.mentions[0])]


def make_candidate(anchor: Anchor, timex: Timex, claims: Sequence[Claim], published,
                   rules, text: str) -> Candidate:
    """Describe the event ``anchor`` tells of, dated by ``timex`` (``text`` is ``doc.text``)."""
    verb = anchor.verb
    sent = verb.sent
    dated = anchor.noun  # the event noun whose time the date gives, if any
    if anchor.noun is not None:
        noun = anchor.noun
        owner = clause_verb(noun.head) if noun.head.i != noun.i else None
        subject = find_subject(owner) if owner is not None else None
        what = gapped_conjunct_event(noun, verb) if verbless_conjunct(noun, verb) \
            else noun_event(noun, rules, claims)  # "and a second, two-day strike on Oct. 20"
        lemma = noun.lemma_.lower()
        actor = pronoun_actor(subject, claims) or pronoun_owner(noun, claims)  # "her visit"
        participants = find_participants(noun, rules, subject, actor)
    elif anchor.misread:  # "before the window shuts at 11 p.m.": "shuts" read as a noun
        what, lemma, actor = misread_clause_event(verb, claims), true_lemma(verb), None
        participants = find_participants(verb, rules)
    elif anchor.resumes:  # "the trial was adjourned until April 20": it resumes then
        what, lemma, actor = resumed(verb, claims), "resume", None
        participants = find_participants(verb, rules)
    else:
        verb = calling_off(verb, rules) or verb  # "which was due to open ..., was cancelled"
        # "announcing the summit next week": the dated thing is the summit, not the announcement
        happening = dated = event_noun(verb, rules)
        # "would stop selling": the stopping is what happens, not the selling
        what = gapped_description(verb, timex) or \
            describe(verb, rules, claims, tail=own_tail(verb, timex, rules))
        lemma = true_lemma(happening or control_head(verb, rules))
        antecedent = pro_verb_antecedent(verb)
        if antecedent is not None:  # "Residents who have not registered must do so by Friday"
            what, lemma = restated(what, antecedent), antecedent.lemma_.lower()
            what = restated_subject(what, verb, antecedent, claims)  # "It did so": Meridian
        actor = pronoun_actor(find_subject(verb), claims) if happening is None else None
        participants = find_participants(happening or verb, rules, actor=actor)
    status = event_status(verb, timex, published, rules, dated)
    if (anchor.resumes or anchor.misread) and timex.range.end >= (published or timex.range.end):
        status = "planned"  # set by whoever adjourned it; a timetable's present tense
    event = Event(
        what=what,
        when=timex,
        status=status,
        participants=participants,
        claim_starts=claim_starts_holding(claims, timex.start),
        mentions=(mention_bounds(text, sent.start_char, sent.end_char),),
    )
    # "set a hearing" and "will hear" on one day: one happening (``rules.happening_verbs``)
    if anchor.noun is None:
        lemma = phrasal_lemma(verb, lemma, rules)  # "take place": "hold"
    candidate = Candidate(rules.happening_verbs.get(lemma, lemma), event, name_keys(participants))
    candidate.sentence, candidate.previous_sentence = sent.start, previous_sentence(sent)
    candidate.told_by_it = anchor.noun is None and bare_it(find_subject(verb), actor)
    candidate.told_by_noun = anchor.noun is None and retelling(verb, rules)
    candidate.told_by_thing = anchor.noun is None and common_subject(find_subject(verb), rules)
    candidate.thing = thing_lemma(find_subject(verb)) if anchor.noun is None else None
    candidate.tells_time = candidate.told_by_thing and timetable_subject(verb, rules)
    candidate.points_back = timex.text.lower() in rules.anaphoric_dates  # "at the time"
    candidate.counted = later_count(anchor.noun or find_subject(verb), rules)  # "a second"
    candidate.several = several(dated)  # "plans four launches this year"
    candidate.figure = measured_figure(verb, lemma, rules) if anchor.noun is None else None
    candidate.sayer = sayer_words(verb, rules) if anchor.noun is None else frozenset()
    candidate.quoted = inside_quote(text, timex.start)  # a quote's retelling (session 23)
    if anchor.noun is None:  # "in three phases from next month" ... "The first phase starts"
        candidate.in_stages = in_stages(verb, rules)
        candidate.first_stage = first_stage(verb, rules)
        candidate.renewed = any(c.dep_ == "advmod" and c.lower_ in rules.replacing_adverbs
                                for c in verb.children)  # "It will *now* reopen on May 16"
    if anchor.noun is None:
        candidate.verb = verb.i
        mark_changes(candidate, verb, timex, rules)  # begun, held, first runs, spans, settings
    else:  # "will fly past Venus next year, in a manoeuvre now set for August 22, 2028"
        candidate.elaborates = elaborated_by_noun(anchor.noun)
    return candidate


def measured_figure(verb, lemma: str, rules: EventRules) -> str | None:
    """The figure a verb of ``rules.change_verbs`` measures, its subject's lemma ("*Revenue*
    for 2025 rose 19 percent", "Its *shares* ... rising 30 percent last year"; the subject
    of the verb a participle or gerund belongs to when it has none), else None: two figures
    that moved in one year are two happenings (round 14)."""
    if lemma not in rules.change_verbs:
        return None
    subject = find_subject(verb)
    if subject is None and verb.dep_ == "pcomp" and verb.head.head.i != verb.head.i:
        subject = find_subject(verb.head.head)  # "fell ... after *rising* 30 percent"
    return subject.lemma_.lower() if subject is not None else None


def gapped_description(verb, timex: Timex) -> str | None:
    """The description of a date on an ordinal standing for the subject again ("..., the
    second in Tokyo on July 12") or on a verbless conjunct ("and the men's final for the
    following day"), else None (see ``secondary.gapped_subject``, ``gapped_conjunct``)."""
    span = verb.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return None
    holder = gapped_subject(span, verb)
    if holder is not None:
        return gapped_subject_event(holder, verb)
    place = gapped_place(span, verb)  # "Teachers in the east ..., in the west on December 8"
    if place is not None:
        return place_event(place, verb)
    conjunct = gapped_conjunct(span, verb)  # "and the men's final for the following day"
    return gapped_conjunct_event(conjunct, verb) if conjunct is not None else None


def own_tail(verb, timex: Timex, rules: EventRules) -> str | None:
    """The words that stand for the verb's complements in the description: the conjunct of
    its object the date is on ("expect ... and *two more* by the middle of next year"), the
    words of one of several days (``day_words``), else None."""
    caused = causative_object(verb)  # "aimed to have all the new adapters sent out"
    if caused is not None:
        return caused
    span = verb.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    conjunct = object_conjunct(span, verb) if span is not None else None
    if conjunct is not None:
        return conjunct_words(conjunct)
    return day_words(verb.doc, timex, verb, rules)


def resumed(verb, claims: Sequence[Claim]) -> str:
    """"<what was suspended> resumes": the subject of the suspending verb (a passive's
    subject: "the trial was adjourned")."""
    subject = find_subject(verb)
    who = subject_phrase(subject, claims) if subject is not None else "It"
    return finish(f"{who} resumes")


def previous_sentence(sent) -> int:
    """Token index where the sentence before ``sent`` starts, blank lines and a lone closing
    mark passed over (``sentences.sentence_before``; -1 for the first)."""
    before = sentence_before(sent[0])
    return before.start if before is not None else -1


def bare_it(subject, actor: str | None) -> bool:
    """Whether the subject is an "it" that stands for no name (see ``clocks.gives_clock_time``)."""
    return subject is not None and subject.lower_ == "it" and actor is None


def retelling(verb, rules: EventRules) -> bool:
    """Whether the verb's subject (or the noun a participle hangs from: "The decision,
    announced at 1 p.m.") is a noun of ``rules.retelling_nouns``, definite or a bare plural
    ("Polling day is Tuesday, Nov. 3. *Polls* will be open from 7 a.m.", round 21)."""
    subject = find_subject(verb)
    if subject is None and verb.dep_ == "acl" and verb.head.i != verb.i:
        subject = verb.head
    if subject is None or second_predicate(verb) or subject.lemma_.lower() \
            not in rules.retelling_nouns and not any(  # round 43: "*Polling* stations open"
                c.dep_ == "compound" and c.lemma_.lower() in rules.retelling_nouns
                for c in subject.children):
        return False
    determiners = [c.lower_ for c in subject.children if c.dep_ == "det"]
    return "the" in determiners or (not determiners and subject.tag_ == "NNS")


def common_subject(subject, rules: EventRules) -> bool:
    """Whether the subject is a common noun, bare or with "the", that names no one, nor anyone
    who acts (``rules.agent_nouns``, ``rules.generic_nouns``: "*Police* ordered the evacuation
    at 9 p.m."; see ``clocks.clock_retelling``)."""
    return subject is not None and subject.tag_ in ("NN", "NNS") \
        and subject.lemma_.lower() not in rules.agent_nouns \
        and subject.lower_ not in rules.generic_nouns and not any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ != "the" for c in subject.children)


def thing_lemma(subject) -> str | None:
    """The lemma of a common-noun subject ("The Westmoor main *line*", "Replacement *buses*"),
    else None (round 52: ``merge.same_event`` lets no shared places join two of them)."""
    return subject.lemma_.lower() if subject is not None and subject.tag_ in ("NN", "NNS") \
        else None


def second_predicate(verb) -> bool:
    """Whether the verb is a second predicate of its subject, with no subject of its own
    ("The first flight will leave Manchester at 11:15am and *is expected to land* in Toronto
    at 1:40pm", round 27): what it tells follows the first, no retelling of the noun's."""
    token = verb
    while token.dep_ == "xcomp" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "conj" and token.head.i != token.i \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def mention_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """A sentence's bounds without outer white space or the dash a dateline leaves before it
    ("— The council postponed ...")."""
    start, end = stripped_bounds(text, start, end)
    while start < end and (text[start] in DASHES or text[start].isspace()):
        start += 1
    return start, end


def pronoun_actor(subject, claims: Sequence[Claim]) -> str | None:
    """The name a pronoun subject stands for ("he" -> "Dmytro Kuleba"), else None."""
    if subject is None or subject.pos_ != "PRON":
        return None
    return resolve_pronoun(subject, claims)


def event_noun(verb, rules: EventRules):
    """The object of an announcing verb when it names a happening ("summit", "talks"), or of
    an "in" right after it the parser read as a preposition ("has pencilled *in* a sanction
    hearing for October 2", round 52)."""
    if verb.lemma_.lower() not in rules.announcing_verbs:
        return None
    particles = [c for c in verb.children
                 if c.dep_ == "prep" and c.lower_ == "in" and c.i == verb.i + 1]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] \
        + [g for p in particles for g in p.children if g.dep_ == "pobj"]
    return next((c for c in objects if c.lemma_.lower() in rules.event_nouns), None)
