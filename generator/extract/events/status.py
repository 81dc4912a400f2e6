"""Whether an event happened, is planned or is expected (order of tests in events.yaml)."""

from __future__ import annotations

import datetime as dt

from generator.extract.events.absolutes import absolute_owner
from generator.extract.events.agents import is_agent
from generator.extract.events.anchor_heads import clause_verb
from generator.extract.events.arranged import (
    as_planned,
    decided_conjunct,
    held_happening_subject,
    issued,
    offered,
    opened_to,
    permitted_return,
    rearranged,
)
from generator.extract.events.changes import held_back, is_due, moved_to, set_for
from generator.extract.events.cued import cued_status
from generator.extract.events.givers import deadline_giver
from generator.extract.events.hidden_subjects import directed
from generator.extract.events.phases import later_stage
from generator.extract.events.rules import EventRules, phrasal_lemma, true_lemma
from generator.extract.events.subjects import CLIMB_DEPS, find_subject, named_possessor
from generator.extract.events.tenses import (
    PAST_TAGS,
    PRESENT_TAGS,
    aside_owner,
    bare_infinitive,
    bare_participle,
    copula_infinitive,
    is_past,
    is_present,
)
from generator.extract.events.withdrawn import withdrawn_happening
from generator.extract.hits import Timex


def event_status(verb, timex: Timex, published: dt.date | None, rules: EventRules,
                 noun=None) -> str:
    """``happened``, ``planned`` or ``expected`` (the order of tests is in events.yaml);
    ``noun`` is the event noun the date hangs from, if any."""
    if published is not None and timex.range.end < published:
        return "happened"
    owner = aside_owner(verb)
    if owner is not None and noun is None:
        return event_status(owner, timex, published, rules)
    if noun is None and (moved_to(verb, timex, rules) or held_back(verb, timex, rules)) \
            and not possible(verb, rules):
        return "planned"  # "had pushed back its first landing to the second half of 2029"
    outer = verb if noun is None else clause_verb(noun)
    if called_off(outer, rules):
        return "happened"
    if noun is not None and outer.lemma_.lower() in rules.announcing_verbs:
        return "planned"  # "unions called a meeting for Monday": announced, so arranged
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "for":
        return "planned"  # "named a squad for next month's tour": done for an arranged one
    if hoped_for(verb, rules):
        return "expected"  # "I would hope the jury can reach a verdict before Christmas"
    if sets_deadline(verb, timex, rules) or agreed_subject(verb, rules) or voted_for(verb, rules) \
            or decided_conjunct(verb, rules) or permitted_return(verb, rules) or directed(verb) \
            or set_for(verb, rules):  # round 59: "the full hearing has been *fixed for*
        return "planned"  # September 20", as "set for" and "scheduled for" are
    if verb.lemma_.lower() in rules.forecast_verbs:
        return "expected"  # "will need until 2027": how long it takes, a forecast
    cues = cue_lemmas(verb, rules.window)
    absolute = absolute_owner(verb)  # round 57: "will move in ..., with day care following"
    if absolute is not None:  # the absolute is told in the tense and mood of its clause
        cues |= cue_lemmas(absolute, rules.window)
    status = cued_status(verb, cues, rules)
    if status is not None:
        return status
    if "future" in rules.status and cues & set(rules.status["future"].lemmas):
        doer = named_possessor(noun) if noun is not None else None  # "Quill's visit"
        passive = is_passive(verb) or shares_passive(verb)  # "will be held"
        decided = verb.lemma_.lower() in rules.decided_verbs or held(verb, rules) \
            or announced(verb, rules) or under_arrangement(verb, rules) \
            or arrangement_subject(verb, rules) or fixture_subject(verb, rules) \
            or offered(verb, rules) or issued(verb, rules) or held_happening_subject(verb, rules) \
            or opened_to(verb, rules) or as_planned(verb, rules) or rearranged(verb, rules) \
            or later_stage(verb, rules) \
            or absolute is not None and event_status(absolute, timex, published, rules) \
            == "planned"  # round 53: "The second will follow from March 17"
        return "planned" if passive or decided or is_agent(doer or find_subject(verb), rules) \
            else "expected"
    if purpose_of_future(verb, rules):  # "will fly home on Thursday night ... *to attend* a
        return event_status(verb.head, timex, published, rules)  # vote on Friday" (round 54)
    if verb.dep_ == "acl" and offered(verb, rules):  # round 59: "would get full refunds,
        return "planned"  # *paid* by January 31": a participle on a thing a body grants
    if bare_infinitive(verb) and expected_on_noun(verb, rules):
        return "expected"  # "expected a jury ... to be sworn in by Wednesday and opening
    if bare_infinitive(verb) or copula_infinitive(verb):  # statements to be heard on Thursday"
        return "planned"  # "Lowmere to vote on levy next week": a headline's announced plan
    if is_past(verb):
        return "happened"
    if is_due(verb):  # round 57: "its new earbuds, which *are due* in stores before the end of
        return "planned"  # the year": a date set, even one whose span holds today
    if published is not None and timex.range.start > published:
        return "planned" if is_present(verb) else "expected"
    if published is not None and timex.range.granularity == "time" \
            and timex.range.start == published and is_present(verb) and verb.lemma_ != "be":
        return "planned"  # "goes ahead at Ashgate Park at 3pm today": a fixture's timetable
    return "happened"


def purpose_of_future(verb, rules: EventRules) -> bool:
    """Whether the verb is a to-infinitive of purpose, with no subject of its own, on a verb
    in the future ("Solheim *will fly* home on Thursday night ... *to attend* a confidence
    vote in the Storting on Friday afternoon"): what it is done for is arranged with it."""
    head = verb.head
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and head.i < verb.i \
        and head.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                        for c in verb.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        and any(c.dep_ == "aux" and c.lower_ in rules.status["future"].lemmas
                for c in head.children)


def expected_on_noun(verb, rules: EventRules) -> bool:
    """Whether a to-infinitive on a noun stands in a clause that an expectation governs ("she
    expected a jury of 12 to be sworn in by Wednesday and opening *statements to be heard* on
    Thursday", ev196: the parser hangs the second infinitive on its noun): what is expected,
    as the first infinitive is, not an arrangement the noun names."""
    noun = verb.head
    if verb.dep_ == "ROOT" or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    clause = clause_verb(noun)
    cues = cue_lemmas(clause, rules.window)
    return (hoped_for(clause, rules) or bool(cues & set(rules.status["expected"].lemmas))) \
        and not cues & set(rules.status["planned"].lemmas)


def held(verb, rules: EventRules) -> bool:
    """Whether the verb and its object say what a passive says: "will *take place*" is "will
    be held" (``rules.phrasal_happenings``), someone holds it (round 22: "A mass-participation
    ride will take place on the circuit on Saturday, June 13" is planned)."""
    return phrasal_lemma(verb, verb.lemma_.lower(), rules) == rules.default_noun_verb


def hoped_for(verb, rules: EventRules) -> bool:
    """Whether the verb is the clause a verb of ``status["expected"]`` governs ("I would
    *hope* the jury *can reach* a verdict before Christmas", round 29): a hope, whatever
    modal or deadline the clause carries; so is a conjunct with no subject of its own
    ("expects the cold snap to set in on Saturday morning *and to ease* by Tuesday", round
    54)."""
    if verb.dep_ == "conj" and verb.head.i < verb.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.i != verb.i \
        and true_lemma(verb.head) in rules.status["expected"].lemmas


def voted_for(verb, rules: EventRules) -> bool:
    """Whether the verb is the infinitive of a verb of ``rules.deciding_verbs`` ("The board
    *voted* 4-3 *to move* to a four-day week starting Aug. 18", round 22): decided, so
    arranged."""
    return verb.dep_ == "xcomp" and verb.head.i != verb.i \
        and true_lemma(verb.head) in rules.deciding_verbs


def announced(verb, rules: EventRules) -> bool:
    """Whether the verb is the clause an announcing verb reports ("The company *announced* in
    November that 850 jobs *would go* by the end of this year", round 22): what a body
    announces will happen it has arranged, whoever the clause's subject is."""
    return verb.dep_ == "ccomp" and verb.head.i != verb.i \
        and true_lemma(verb.head) in rules.announcing_verbs


def is_passive(verb) -> bool:
    """Whether the verb is passive ("will *be* held")."""
    return any(c.dep_ == "auxpass" for c in verb.children)


def shares_passive(verb) -> bool:
    """Whether the verb is a second verb, with no subject of its own, of a passive one: it
    tells of the same arranged programme ("the coffin will be taken in procession on Monday
    morning and *will lie* in state from Monday afternoon")."""
    return verb.dep_ == "conj" and verb.head.i != verb.i and is_passive(verb.head) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def sets_deadline(verb, timex: Timex, rules: EventRules) -> bool:
    """Whether the date is a deadline someone set ("voters *must* register *by* April 10"):
    a modal of ``rules.deadline_modals`` on the verb, the date after one of
    ``rules.deadline_prepositions``; or any date on a verb with a modal of
    ``rules.obligation_modals`` ("runners *must* collect their numbers *on* Friday"). An
    infinitive a verb of ``rules.deadline_givers`` orders by a date is such a deadline, whatever
    modal the clause above has ("may evict 46 households, *ordering* the tenants to leave *by*
    January 8", round 35)."""
    if any(c.dep_ == "aux" and c.lower_ in rules.obligation_modals
           for c in [*verb.children, *shared_auxiliaries(verb)]) or permitted(verb, rules):
        return True  # "must collect their numbers on Friday": an obligation sets its date
    modal = any(c.dep_ == "aux" and c.lower_ in rules.deadline_modals and not perfect(c, verb)
                for c in verb.children) \
        or (verb.dep_ in ("xcomp", "advcl")  # "has until", "gave Kendal until"
            and verb.head.lower_ in rules.deadline_modals) \
        or (verb.dep_ == "xcomp"  # "ordering the tenants to leave by January 8" (round 35)
            and deadline_giver(verb.head, rules))
    if not modal:
        return False
    span = verb.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "pobj" \
        and span.root.head.lower_ in rules.deadline_prepositions


def permitted(verb, rules: EventRules) -> bool:
    """Whether the verb is the infinitive of an adjective of ``rules.permission_adjectives``
    on a "be" with no doubt on it ("Parents *will be able to question* both head teachers at
    a meeting next Wednesday", round 46): a permission, as "can" is."""
    able = verb.head
    return verb.dep_ == "xcomp" and able.i != verb.i and able.dep_ == "acomp" \
        and able.lower_ in rules.permission_adjectives and able.head.lemma_ == "be" \
        and not any(c.dep_ == "neg" or c.lower_ in ("may", "might", "could")
                    for c in able.head.children)


def shared_auxiliaries(verb) -> list:
    """The auxiliaries of the verb a bare conjunct with no subject or auxiliary of its own is
    joined to ("must *certify or reject* the petition by May 6", round 38: "reject" shares the
    "must")."""
    if verb.dep_ != "conj" or verb.head.i == verb.i or verb.tag_ != "VB" or any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return []
    return auxiliaries(verb.head)


def possible(verb, rules: EventRules) -> bool:
    """Whether a modal of the verb makes it a possibility ("A recount ... *could* delay the
    final results until Wednesday": a forecast, no move anyone made)."""
    return any(c.dep_ == "aux" and c.lemma_.lower() in rules.status["expected"].lemmas
               for c in verb.children)


def perfect(auxiliary, verb) -> bool:
    """Whether the auxiliary is the "have" of a perfect ("expects *to have contacted* all of
    them by the weekend", round 27): a tense, no deadline like "has until March 6"."""
    return auxiliary.lemma_.lower() == "have" and verb.tag_ == "VBN"


def under_arrangement(verb, rules: EventRules) -> bool:
    """Whether the verb in the plain future happens under an arrangement ("Students ... will
    start the new school year on Sept. 8 *under a calendar* the school board approved on
    Monday", round 27): what a calendar, timetable or deal lays down is arranged, whoever
    does it."""
    return any(c.dep_ == "prep" and c.lower_ in rules.arrangement_prepositions
               and any(o.dep_ == "pobj" and o.lemma_.lower() in rules.arrangement_nouns
                       for o in c.children)
               for c in verb.children)


def arrangement_subject(verb, rules: EventRules) -> bool:
    """Whether the subject is an arrangement, or a draft of one ("The final draft *of the
    budget* ... would cut funding ... and close two of the city's nine recycling centres in
    the summer", round 27): what a budget or plan lays down is arranged."""
    subject = find_subject(verb)
    if subject is None:
        return False
    nouns = rules.arrangement_nouns
    return subject.lemma_.lower() in nouns or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in nouns for o in c.children)
        for c in subject.children)


def fixture_subject(verb, rules: EventRules) -> bool:
    """Whether the subject is a fixture of ``rules.fixture_nouns`` ("The race *will* still
    *finish* in Hereford on Sunday", round 36): a fixture runs to the timetable its organisers
    set, as a festival or a show does (``agent_nouns``)."""
    subject = find_subject(verb)
    return subject is not None and subject.lemma_.lower() in rules.fixture_nouns


def agreed_subject(verb, rules: EventRules) -> bool:
    """Whether the subject is something agreed or decided before ("price cuts *it agreed*
    with the government in November take effect on April 1", round 14): a relative clause
    with a planning verb (``rules.status["planned"]``) makes its coming happening arranged,
    whatever forecast the sentence around it makes."""
    subject = find_subject(verb)
    planning = set(rules.status["planned"].lemmas)
    # round 61: or "was due" ("Driver training, *which had been due* to finish next month, will
    # continue until the end of the year": the plan's new end)
    return subject is not None and any(
        c.dep_ in ("relcl", "acl") and (c.lemma_.lower() in planning or any(
            a.dep_ == "acomp" and a.lemma_.lower() in planning for a in c.children))
        for c in subject.children)


def called_off(verb, rules: EventRules) -> bool:
    """Whether the clause says, in the past tense, that the event was called off or did not
    take place ("the vote, set for Monday, *was cancelled*"; "*did not take place*"), or in the
    present perfect that it has been called off ("An open day, planned for March 20, *has been
    cancelled*", round 47: the calling-off has happened, whenever the plan was; not a move)."""
    lemma = verb.lemma_.lower()
    phrasal = " ".join([lemma, *(c.lower_ for c in verb.children if c.dep_ == "prt")])
    words = set(rules.status["called_off"].lemmas) if "called_off" in rules.status else set()
    if withdrawn_happening(verb, rules):  # round 59: "A confidence vote set for next
        return True  # Tuesday *will no longer take place*": off, as "was cancelled" says
    if not is_past(verb):  # a move ("has been postponed to Aug. 29") tells of the new date
        return (lemma in words or phrasal in words) and lemma not in rules.moving_verbs \
            and verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
            for c in verb.children)
    negated = any(c.dep_ == "neg" for c in verb.children)
    return negated or lemma in words or phrasal in words


def calling_off(verb, rules: EventRules):
    """The verb that called off what a relative clause tells of ("the festival, which was
    due to *open* last Friday, *was cancelled*"), or None: the timeline must not say it
    opened."""
    clause, path = verb, [verb]
    # "due to *open*"; round 55: "An open day that would have let residents *walk* the runway
    # on Saturday, September 27, has been cancelled": the clause a relative one says
    while (clause.dep_ in CLIMB_DEPS or clause.dep_ == "ccomp" and clause.head.dep_ == "relcl") \
            and clause.head.i != clause.i:
        clause = clause.head
        path.append(clause)
    if clause.dep_ not in ("relcl", "acl") or clause.head.i == clause.i:
        return None
    if clause.dep_ == "acl" and clause.lemma_.lower() not in rules.status["planned"].lemmas \
            and not any(t.lemma_.lower() in rules.status["planned"].lemmas for t in path):
        return None  # "A cut in fuel tax, *announced* in July, was dropped": it was announced
    noun = clause.head
    owner = clause_verb(noun.head) if noun.head.i != noun.i else None
    if owner is None or noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i != owner.i:
        return None
    return owner if called_off(owner, rules) else None


def cue_lemmas(verb, window: int) -> set[str]:
    """Lemmas on or just before the verb: itself, its auxiliaries, its heads (with theirs when
    the verb has none of its own: "will publish its results on Feb. 13 and *hold* a day in
    June" shares the "will", "will not bring him back, but today he *was* jailed" does not,
    nor does an adverbial clause: "will resume service on June 3, when the harbour
    *reopens*"), its left words."""
    tokens = [verb, *auxiliaries(verb)]
    # an infinitive's "to" is no tense of its own: "will use the figures *to redraw*" shares
    # the "will" (round 20); nor is a base-form "be" or "have": "will close on November 27
    # and *be demolished* next year" shares it too (round 36)
    shares = all(t.lower_ == "to" or t.tag_ == "VB" for t in tokens[1:])
    head = verb
    while climbs(head) and head.head.i != head.i and len(tokens) < 12:
        if own_clause(head):
            break  # "results are expected ..., and the parliament will hold": its own cues
        shares = shares and (head.dep_ != "advcl" or bare_participle(head))
        head = head.head
        tokens += [head, *(auxiliaries(head) if shares else ())]
        # a tensed verb on the way has its own time: "would not withdraw the bill but *was*
        # ready to meet union leaders on Friday" does not take the "would"
        shares = shares and head.tag_ not in PAST_TAGS + PRESENT_TAGS
    start = max(verb.sent.start, verb.i - window)
    for token in reversed(verb.doc[start:verb.i]):
        if token.is_punct:
            break  # do not read across a clause boundary
        tokens.append(token)
    return {true_lemma(t) for t in tokens} | {t.lower_ for t in tokens}


def climbs(token) -> bool:
    """Whether the cues of the verb ``token`` hangs from are read for it: it continues that
    verb's clause (``CLIMB_DEPS``), or it is a preposition whose object is a gerund ("Halmi
    will visit a factory on Saturday *before flying* home in the evening", round 18: the
    gerund goes on in the tense and plan of the clause it is part of)."""
    return token.dep_ in CLIMB_DEPS or (token.dep_ == "prep" and any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" for c in token.children))


def own_clause(verb) -> bool:
    """Whether the verb heads a coordinated clause of its own, with its subject and a modal
    ("Official results are expected on Oct. 19, and the new parliament *will hold* its first
    session on Nov. 2") or a present tense of its own ("Forecasters expect more rain on
    Saturday, and a flood warning *remains* in place until Friday evening", round 20): what
    the first clause says of its own verb is not said of it. An adverbial clause with its own
    subject and modal has its own cues too."""
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb.dep_ == "advcl":  # "are expected to need a booster, *although* the regulator
        return subject and modal  # *will review* the data in the spring" (round 23)
    # round 44: a present tense of its own with the first clause's subject ("It plans a second
    # flight in 2027 *and hopes* to launch every month by 2028": the hope is not a plan)
    return verb.dep_ == "conj" and (modal and subject or verb.tag_ in PRESENT_TAGS)


def auxiliaries(verb) -> list:
    """The verb's auxiliaries ("will", "is", "to")."""
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
