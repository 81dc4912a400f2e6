"""Rounds 39-40: plain futures that tell of an arrangement whoever their subject is (status rule
4's "decided"): a thing put on sale or on view, a thing a body issues appearing, a happening
held by someone, a place opened or closed to traffic or the public, and the conjunct of a
decided infinitive."""

from __future__ import annotations

from generator.extract.events.rules import EventRules, true_lemma
from generator.extract.events.sentences import sentence_before
from generator.extract.events.subjects import find_subject


def offered(verb, rules: EventRules) -> bool:
    """Whether the verb and the noun after its "on" say someone puts a thing on sale or on
    view (``rules.offering_phrases``: "Two giant pandas ... *will go on* public *view* in
    December, the zoo said", ev229), or that it is made available (``rules.offering_adjectives``),
    or that someone gets a thing a body grants (``rules.granted_things``: "will get full
    *refunds*", round 44): whoever puts it there has arranged it."""
    if verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower()
                                   in rules.offering_adjectives for c in verb.children):
        return True  # "The drug will be available on prescription from July 1" (round 42)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and any(
            verb.head.lemma_.lower() in things for things in rules.granted_things.values()):
        return True  # round 59: "would get full refunds, *paid* by January 31": granted too
    granted = rules.granted_things.get(verb.lemma_.lower(), ())
    if any(c.dep_ == "dobj" and c.lemma_.lower() in granted for c in verb.children):
        return True  # "All ticket holders will get full refunds, starting from Monday"
    nouns = rules.offering_phrases.get(verb.lemma_.lower())
    return bool(nouns) and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in nouns for o in c.children)
        for c in verb.children)


def issued(verb, rules: EventRules) -> bool:
    """Whether a thing a body issues (``rules.issued_nouns``) is said to appear
    (``rules.appearing_verbs``: "*Figures* for iwi and ethnic groups *will follow* in 2028",
    ev228; "day *tickets will follow* in April", ev225): it appears when its issuer issues it,
    an arrangement; "figures will rise" is a forecast. A verb of ``rules.aspect_participles``
    says only when it starts (round 59: "Booster *invitations will start going out* in
    mid-November": the going out is what appears)."""
    subject = find_subject(verb)
    if verb.lemma_.lower() in rules.aspect_participles:
        verb = next((c for c in verb.children if c.dep_ == "xcomp"), verb)
    lemma = true_lemma(verb)
    phrases = {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt")}
    if not phrases & set(rules.appearing_verbs):
        return False  # "would *come out* on September 23": the verb and its particle
    return subject is not None and subject.lemma_.lower() in rules.issued_nouns


def held_happening_subject(verb, rules: EventRules) -> bool:
    """Whether the subject names a happening someone holds (``rules.event_nouns`` but not
    ``rules.agentless_nouns``, or a plural of ``rules.counted_nouns``: "*The doorstep visits*
    will begin on March 10", ev228; "Evidence *sessions* will begin", ev261): it runs
    to its organisers' timetable, as a fixture does (``status.fixture_subject``); "the storm
    will begin" is a forecast."""
    subject = find_subject(verb)
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    if lemma in rules.counted_nouns and subject.tag_ == "NNS":
        return True  # round 45: "Evidence *sessions* will begin on January 12" (held ones)
    return lemma in rules.event_nouns and lemma not in rules.agentless_nouns


def decided_conjunct(verb, rules: EventRules) -> bool:
    """Whether the verb is a bare conjunct of the infinitive of a deciding verb ("The council
    *voted* in July 2025 to knock down the blocks ... *and replace* them with 540 new homes by
    2030", ev230): decided with it (``status.voted_for``)."""
    if verb.dep_ != "conj" or verb.head.i == verb.i or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children):
        return False
    first = verb.head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.dep_ == "xcomp" and first.head.i != first.i \
        and true_lemma(first.head) in rules.deciding_verbs


def opened_to(verb, rules: EventRules) -> bool:
    """Whether a place opens or closes to one of ``rules.access_nouns`` ("Quay Street *will
    close to traffic* from June 22", round 40): whoever runs it opens or closes it, an
    arrangement; "the window will close" has no "to". So does a verb of
    ``rules.keeping_states`` with one of its states ("*will stay closed to traffic* until
    September", round 59), its "to" on the verb or on the state."""
    verbs = {*rules.span_opening_verbs, *rules.span_closing_verbs, *rules.span_ending_verbs}
    states = rules.keeping_states.get(verb.lemma_.lower(), ())
    state = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in states), None)
    holders = [verb] if state is None else [verb, state]
    return (verb.lemma_.lower() in verbs or state is not None) and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in rules.access_nouns for o in c.children)
        for holder in holders for c in holder.children)


def as_planned(verb, rules: EventRules) -> bool:
    """Whether an "as planned" clause says the verb keeps its arrangement ("a children's mile
    will go ahead in Victoria Park on May 9 *as planned*", round 48)."""
    planning = rules.status["planned"].lemmas
    return any(c.dep_ == "advcl" and c.lemma_.lower() in planning
               and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
               for c in verb.children)


def rearranged(verb, rules: EventRules) -> bool:
    """Whether "now" or "instead" (``rules.replacing_adverbs``) on the verb replaces a plan a
    planning word on its subject gives ("The regular season, *originally due* to end on March
    14, will *now* finish on April 4", round 48): the new date is the new arrangement."""
    if not any(c.dep_ == "advmod" and c.lower_ in rules.replacing_adverbs for c in verb.children):
        return False
    if replaced_date(verb):
        return True  # "would now reach customers in September rather than June" (round 50)
    subject = find_subject(verb)
    if subject is None:
        return False
    planning = rules.status["planned"].lemmas
    # the parser may hang the aside on the verb ("season, originally *due* to end ..., will")
    asides = [*subject.children, *(c for c in verb.children if subject.i < c.i < verb.i)]
    return any(c.dep_ in ("acl", "amod", "relcl", "prep", "advcl")
               and (c.lower_ in planning or c.lemma_.lower() in planning) for c in asides) \
        or planned_before(subject, rules)


#: Words that measure how far a date moved ("five days *late*").
SHIFT_WORDS = ("late", "later", "early", "earlier")


def replaced_date(verb) -> bool:
    """Whether the clause sets a date against the one it replaces, after "rather than" ("the
    first bikes would now reach customers in September *rather than June*", round 50), or by
    how far it moved ("a crane ... would now arrive on December 29, *five days late*", round
    52)."""
    return any(t.lower_ == "than" and t.i > 0 and t.doc[t.i - 1].lower_ == "rather"
               and any(g.ent_type_ == "DATE" for g in t.children)
               or t.lower_ in SHIFT_WORDS and any(
                   c.dep_ == "npadvmod" and any(n.dep_ == "nummod" for n in c.children)
                   for c in t.children) for t in verb.subtree)


def planned_before(subject, rules: EventRules) -> bool:
    """Whether the sentence before told of the same subject with a planning word on its verb
    ("*Counting had been due* to start straight away ... but was moved. *Counting will now
    begin* at 9am on Saturday", round 50): "now" gives its new arrangement."""
    before = sentence_before(subject.sent[0])
    if before is None:
        return False
    planning = rules.status["planned"].lemmas
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() == subject.lemma_.lower()
               and (t.head.lemma_.lower() in planning or any(
                   c.dep_ == "acomp" and c.lower_ in planning for c in t.head.children))
               for t in before)



def permitted_return(verb, rules: EventRules) -> bool:
    """Whether "may" on a verb of ``rules.permitted_moves`` lets people go back ("residents of
    Los Robles and Penaflor *may go back* from 8am on October 20"; "Lowell Creek residents *may
    return* at noon on Thursday", round 50): a permission someone gave, as "can" is; "Snow may
    return next week" has no people for subject."""
    if not any(c.dep_ == "aux" and c.lower_ == "may" for c in verb.children):
        return False
    lemma = true_lemma(verb)
    phrases = {lemma, *(f"{lemma} {c.lower_}" for c in verb.children
                        if c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "home"))}
    subject = find_subject(verb)
    return bool(phrases & set(rules.permitted_moves)) and subject is not None \
        and (subject.tag_ == "NNS" or subject.lemma_.lower() in rules.agent_nouns)
