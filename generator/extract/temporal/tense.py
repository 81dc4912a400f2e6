"""Tense of the clause a temporal expression sits in, read from the spaCy parse.

The resolver needs it to pick "last Friday" or "next Friday" for a bare "Friday", and the claim
file stores it (``DateMention.tense``) so a date can be resolved again without the parse.
Never imports spaCy: it only walks token attributes of a ``Doc`` it is given.
"""

from __future__ import annotations

from generator.extract.doctext import doc_text
from generator.extract.hits import Timex
from generator.extract.temporal.ahead import (
    base_form_present,
    day_named_ahead,
    noun_infinitive,
    proposed_gerund,
)
from generator.extract.temporal.aside import aside_end, participle_aside
from generator.extract.temporal.backshift import governing_verb_of_time_clause
from generator.extract.temporal.booked import (
    booked_for,
    booked_from,
    booked_to,
    bought_forward,
    changed_booking,
    data_for,
    figures_forecast,
    names_data,
)
from generator.extract.temporal.coming import date_arranged, headline_infinitive, schedule_gone_by
from generator.extract.temporal.conjuncts import dated_directly, shares_modal, sharing_passive_head
from generator.extract.temporal.headline import headline_ahead, headline_cause, headline_plan
from generator.extract.temporal.participles import (
    absolute_with_governor,
    base_form_after_simple_past,
    had_done,
    kept_from,
    participle_as_main_verb,
    participle_read_as_clause,
    participle_set_off,
)
from generator.extract.temporal.perfect import elided_past, past_perfect
from generator.extract.temporal.plan_verbs import had_done_as_planned, planned, scheduled
from generator.extract.temporal.promised import deadline_named, deadline_set, promised_by
from generator.extract.temporal.saying import report_before_its_speaker
from generator.extract.temporal.sidelong import (
    cited_cause,
    condition_of_a_future,
    expected_in_a_with_absolute,
    expected_of_a_coming_thing,
    follows_past_cause,
    made_in_relative_clause,
    measured_since,
    open_pointed_to,
    sold_ahead,
    when_clause,
)
from generator.extract.temporal.tense_words import (
    CAUSE_WORDS,
    FORECAST_VERBS,
    FUTURE_MODALS,
    FUTURE_WORDS,
    LIKELY_WORDS,
    LIMIT_WORDS,
    LISTING_WORDS,
    OPPONENT_WORDS,
    ORIGIN_VERBS,
    PACE_NOUNS,
    PAST_WORDS,
    SEQUEL_WORDS,
    START_PARTICIPLES,
    TABLED_NOUNS,
)
from generator.extract.temporal.timetable import misread_timetable_verb

_MAX_HOPS = 8


def timex_tense(doc, timex: Timex) -> str | None:
    """``past``, ``present``, ``future`` or None for the clause around ``timex``."""
    return tense_at(doc, timex.start, timex.end)


def tense_at(doc, start: int, end: int) -> str | None:
    """Tense of the clause governing the characters ``start:end`` of ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if span[-1].is_sent_start and len(span) > 1:  # a zone the parser took for a new sentence
        span = span[:-1]  # ("at 10:42 a.m. ACDT (00:12 UTC)", round 38): the clock's sentence
    tense = _clause_tense(span)
    limit = span.root.head.lower_ in LIMIT_WORDS or (
        span.start > 0 and doc[span.start - 1].lower_ in LIMIT_WORDS)  # "until midnight Friday"
    if limit and (tense in ("present", None) or _runs_until(doc, span)):
        return "future"
    if (limit and tense == "past" and span.text.lower() in _MONTH_NAMES
            and not _after_had(span)):
        return None  # "were away until September", told in August: the nearest September
    if (promised_by(span.root) or deadline_set(span.root) or date_arranged(span.root)
            or deadline_named(span.root)):
        return "future"
    if headline_cause(doc_text(doc), start, end):
        return "past"  # "to lift hosepipe ban after wet August": the August gone by
    if headline_plan(doc_text(doc), start, end) or headline_ahead(doc_text(doc), start, end):
        return "future"
    return tense


#: A bare month's name: after "until" in the past, its nearest occurrence (round 60).
_MONTH_NAMES = {"january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december"}


def _after_had(span) -> bool:
    """True for a limit set in the past perfect ("had given them until December"): a time
    before the one told, whose month is the one gone by."""
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return any(child.dep_ == "aux" and child.lower_ == "had" for child in verb.children)


#: Present timetable verbs before "until", whatever the parse makes of them: "A state of
#: emergency declared on 8 July runs until 22 August" (round 47; "runs" read as a noun).
_RUNS = {"runs", "lasts", "continues", "remains", "stays", "extends"}


def _runs_until(doc, span) -> bool:
    return (span.start > 1 and doc[span.start - 1].lower_ in LIMIT_WORDS
            and doc[span.start - 2].lower_ in _RUNS)


def _clause_tense(span) -> str | None:
    """Tense of the clause that governs ``span``, walking up from its root."""
    token = span.root
    if token.dep_ in ("compound", "nmod") and figures_forecast(token):
        return "future"  # "expects first-quarter earnings of 20 cents" (round 47)
    if token.dep_ in ("compound", "nmod") and names_data(token) or data_for(token):
        return "past"
    if token.dep_ == "poss" and token.head.lemma_.lower() in PACE_NOUNS:
        return "past"
    if (booked_for(token) or booked_from(token) or sold_ahead(token) or open_pointed_to(token)
            or bought_forward(token) or booked_to(token) or changed_booking(token)
            or day_named_ahead(token)):
        return "future"
    if (measured_since(token) or follows_past_cause(token) or made_in_relative_clause(token)
            or cited_cause(token)):
        return "past"
    told = when_clause(token)  # "on Monday, when markets will be shut": the clause's tense
    if told is not None:
        return told
    for _ in range(_MAX_HOPS):
        outside = not (span.start <= token.i < span.end)
        # "the water was coming over" is a verb in the past, no coming thing (round 54)
        if (outside and token.lower_ in FUTURE_WORDS and not past_perfect(token)
                and not schedule_gone_by(token)
                and not any(c.dep_ == "aux" and c.lower_ in ("was", "were")
                            for c in token.children)):
            return "future"
        if outside and (token.lower_ in PAST_WORDS or _traces_back(token, span)
                        or elided_past(token)):  # "as it did in September"
            return "past"
        if outside and token.dep_ == "prep" and token.lower_ in LISTING_WORDS:
            token = token.head  # "plans launches, including one in May": the launches' tense
            continue
        if outside and participle_aside(span.doc, token) and span.start >= aside_end(token):
            token = token.head  # "shut its plant, opened in 1964, by the autumn": shut's tense
            continue
        if outside and token.pos_ in ("VERB", "AUX"):
            if _forecast_after_object(token, span):
                return "future"
            if shares_modal(token) and dated_directly(span, token):
                return "future"
            # "meets on Fridays" is a habit, not a timetable
            owner = governing_verb_of_time_clause(
                _clause_owner(sharing_passive_head(token), span))
            return verb_tense(owner, habitual=_plural(span.root))
        if any(child.lower_ in FUTURE_WORDS for child in token.children):
            return "future"
        if _forecast_object(token, span):
            return "future"
        if outside and misread_timetable_verb(token):
            return "future"
        if token.head.i == token.i:
            return verb_tense(token) if token.pos_ in ("VERB", "AUX") else None
        token = token.head
    return None


def _traces_back(verb, span) -> bool:
    """True for "dates back to", "goes back to": the date is where a thing began; "Pupils go
    back after Christmas on Thursday" (round 38) is a return, the date not reached by "to"."""
    return (verb.lemma_.lower() in ORIGIN_VERBS
            and any(child.lower_ == "back" for child in verb.children)
            and any(t.lower_ == "to" for t in span.root.ancestors if t.i > verb.i))


def _likely(verb) -> bool:
    """True for "to be" with a forecast's adjective ("a vote was likely in May"), not "had been"."""
    return verb.lemma_.lower() == "be" and not past_perfect(verb) and any(
        child.dep_ == "acomp" and child.lower_ in LIKELY_WORDS for child in verb.children)


def _forecast_object(token, span) -> bool:
    """True for the object of a verb of forecast outside the date: "expected a vote in
    January", "plans a meeting on Monday". "had expected a loss in March" tells of a
    forecast overtaken by events, so the date lies in the past like the clause."""
    outside = not (span.start <= token.i < span.end)
    return (outside and token.dep_ in ("dobj", "obj") and token.pos_ in ("NOUN", "PROPN")
            and token.head.lemma_.lower() in FORECAST_VERBS and not past_perfect(token.head))


def _forecast_after_object(verb, span) -> bool:
    """True for a date the parser hung on a verb of forecast after its object: "predicted a
    deal sometime in June" tells when the deal is due, not when it was predicted; so does a
    date in what the object includes ("plans 14 launches in 2016, including a crewed flight in
    the fourth quarter")."""
    prep = span.root.head
    listed = next((t for t in prep.ancestors if t.head.i == verb.i), None)
    if listed is not None and listed.dep_ == "prep" and listed.lower_ in LISTING_WORDS:
        prep = listed
    objects = [child for child in verb.children if child.dep_ == "dobj" and child.i < prep.i]
    return (span.root.dep_ == "pobj" and prep.head.i == verb.i
            and verb.lemma_.lower() in FORECAST_VERBS and not past_perfect(verb)
            and bool(objects) and not _tabled(verb, objects[0]))


def _tabled(verb, obj) -> bool:
    """True for a measure proposed at the date: "proposed the budget in October" (event blind
    round 12) is when the mayor tabled it; "proposed a vote in January" is when the vote is."""
    return verb.lemma_.lower() == "propose" and obj.lemma_.lower() in TABLED_NOUNS


def _clause_owner(verb, span):
    """The verb a date really modifies when the parser hung it on the wrong clause.

    In "X said on Friday it will close the plant" the parser often attaches "on Friday" to
    "close"; a date written between a saying verb and the subject of its complement clause
    belongs to the saying verb ("said" -> past), as in "said Tuesday it will ...".
    """
    head = verb.head
    report = report_before_its_speaker(verb, span)  # "will open ..., on Saturday, the museum said"
    if report is not None:
        return report
    if verb.dep_ != "ccomp" or head.i == verb.i or not head.i < span.start:
        return verb
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and span.end <= subjects[0].left_edge.i:
        return head
    return verb


def verb_tense(verb, habitual: bool = False) -> str | None:
    """Tense of one verb from its auxiliaries, its tag and the verb that governs it.

    ``habitual`` (the date is plural, "on Fridays") keeps a timetable verb in the present.
    """
    auxes = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    words = {aux.lower_ for aux in auxes}
    if words & FUTURE_MODALS:
        # "could have closed in March" looks back, not ahead; "will have reported by
        # Wednesday" is a future perfect, done by a day still to come (round 55)
        back = words & {"have", "'ve"} and not words & {"will", "shall", "'ll"}
        return "past" if back else "future"
    if (planned(verb, words) or _likely(verb) or headline_infinitive(verb)
            or noun_infinitive(verb, words)):
        return "future"
    tags = {aux.tag_ for aux in auxes} | {verb.tag_}
    if not auxes and participle_read_as_clause(verb):
        return verb_tense(verb.head)  # "would pay for each worker kept on until June"
    if not auxes and (above := absolute_with_governor(verb)) is not None:
        if expected_in_a_with_absolute(verb, above):
            return "future"  # "..., with Eid expected on Friday"
        return verb_tense(above)  # "will go into lockdown, with shops closed until 2 December"
    if "VBD" in tags:
        return "past"
    if "VBN" in tags and words & {"has", "have", "'ve", "'s"}:
        return "past"  # present perfect reports what happened
    if tags & {"VBZ", "VBP"} or base_form_present(verb):
        ahead = scheduled(verb, auxes) or condition_of_a_future(verb, verb_tense)
        return "future" if not habitual and ahead else "present"
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and had_done_as_planned(verb):
        return "future"
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and had_done(verb):
        # "we can have the whole country protected by the summer": the having's tense (round 36)
        return verb_tense(verb.head.head)
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and expected_of_a_coming_thing(verb, verb_tense):
        return "future"
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl"):
        return "past"  # "a paper released last month"
    if participle_as_main_verb(verb, auxes) or participle_set_off(verb, auxes):
        return "past"
    if kept_from(verb) or proposed_gerund(verb):
        return "future"
    if (verb.tag_ == "VBN" and not auxes and verb.dep_ == "advcl"
            and any(c.dep_ == "nsubj" for c in verb.children)):
        # "will try again on Monday after a first try failed on Thursday night" (events ev252):
        # a participle with a subject of its own and no auxiliary is a simple past misread
        return "past"
    if base_form_after_simple_past(verb, auxes):
        # "The screenings, dropped last year after storms, return on Friday": the parser
        # joins "return" to "dropped", but a bare base form cannot go on a simple past
        return "future" if not habitual and scheduled(verb, auxes, present=True) else "present"
    if verb.tag_ in ("VB", "VBG", "VBN") and verb.head.i != verb.i:
        if verb.head.pos_ in ("VERB", "AUX"):
            return _starting_ahead(verb, verb_tense(verb.head))
        if verb.head.dep_ == "acomp" and verb.head.head.pos_ in ("VERB", "AUX"):
            return verb_tense(verb.head.head)  # "had been due to lift off"
        return _tense_above_preposition(verb)
    return None


def _starting_ahead(verb, tense: str | None) -> str | None:
    """A start participle under a present verb looks ahead: "The plan raises the state's share
    over the next six years, starting in July", said in December, is the coming July (round 24);
    under a past or perfect verb ("sales fell, starting in May") it keeps that tense."""
    if tense == "present" and verb.tag_ == "VBG" and verb.lower_ in START_PARTICIPLES:
        return "future"
    return tense


def _tense_above_preposition(verb) -> str | None:
    """Tense of the verb an opponent's preposition hangs on: in "will open against defending
    champions Estavia on June 12" the parser reads "defending" as a gerund under "against" and
    hangs the date on it, though the date is the opener's (event round 7).

    A gerund after "before" comes later than a clause that lies ahead, so it lies ahead too: a
    storm "is forecast to move across Mississippi on Thursday before turning towards Tennessee
    on Friday" (event round 16). After a past clause it keeps None, as the gerund may be later.
    A gerund after "after" under a present or past clause is done ("leads the race after winning
    Sunday's opening stage", events round 36: the Sunday gone by); under a future one, and after
    other prepositions, it keeps None: it tells of an event of its own, often before the main
    clause ("will miss the game after injuring his knee on Monday").
    """
    prep = verb.head
    # the parser may make the gerund the preposition's object: "will walk the red carpet
    # before the gala screening (pobj) at 7.30pm on Thursday" (events round 35, ev203)
    if (verb.dep_ not in ("pcomp", "pobj") or prep.head.i == prep.i
            or prep.head.pos_ not in ("VERB", "AUX")):
        return None
    if prep.lower_ in OPPONENT_WORDS:
        return verb_tense(prep.head)
    above = verb_tense(prep.head)
    if prep.lower_ in SEQUEL_WORDS and above == "future" or (
            prep.lower_ == "with" and verb.lower_ in START_PARTICIPLES and above == "future"):
        return "future"  # "break up from Good Friday, with the last term starting on April 16"
    if prep.lower_ in CAUSE_WORDS and above in ("present", "past"):
        return "past"  # "leads the race after winning Sunday's opening stage" (events round 36)
    return None


def _plural(token) -> bool:
    """True for a plural date word; the tagger often reads "Fridays" as a singular name."""
    return token.tag_ in ("NNS", "NNPS") or token.lower_.endswith("days")
