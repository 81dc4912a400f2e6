"""Conditions that make a happening only possible (split from ``filters``): a condition the
article puts before the clause ("*If* no candidate wins, a runoff will be held on May 21"), one
a saying verb set off after it holds ("If it overruns, *the judge said*, ..."), an inverted one
("*Should* the game fall victim to the weather"), and a conjunct that shares the conditioned
verb's modal ("the company could be fined and the colliery *shut* until 2028", round 49) or
has a "would" of its own ("and an election *would* most likely *be held* in late March", round
52)."""

from __future__ import annotations

from generator.extract.events.rules import EventRules


def is_set_condition(verb, rules: EventRules) -> bool:
    """Whether the article itself makes the verb's happening depend on a condition put
    before it ("*If* no candidate wins, a runoff will be held on May 21"): it is only
    possible. A condition inside what someone warns of ("warned they may halt production
    lines next week if parts do not arrive") leaves a forecast, kept as expected; a reported
    clause the sentence opens with its condition, its saying verb after it, is as conditional
    ("*If* the work overruns, the airport would keep flights at Carrow until the end of June,
    Hale said", round 33)."""
    if verb.dep_ == "ccomp" and verb.head.i < verb.i and fronted_condition(verb.head, rules):
        return True  # "If no deal is reached ..., the federation says, it will ballot ..."
    noun = verb.head
    if verb.dep_ == "relcl" and noun.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") \
            and noun.head.i != noun.i and noun.head.pos_ in ("VERB", "AUX"):
        # "If the authority has concerns, it can open an in-depth second phase, *which could
        # run* until the end of August" (round 40): a relative clause on what the conditioned
        # clause makes is as conditional
        return is_set_condition(noun.head, rules)
    if fronted_condition(verb, rules) and (verb.dep_ not in ("ccomp", "xcomp")
                                           or verb.dep_ == "ccomp" and verb.i < verb.head.i):
        return True
    if (shared_modal(verb) or unreal_conjunct(verb)) and is_set_condition(verb.head, rules):
        return True  # "If inspectors find breaches, the company could be fined and the
        # colliery *shut* until 2028" (round 49): a conjunct shares the condition with the modal
    # "If the licence is refused, Athletic would have to ask the league to let them *stay* at
    # their old ground until January" (round 41): a complement of the conditioned main verb
    token = verb
    for _ in range(4):
        if token.dep_ not in ("xcomp", "ccomp") or token.head.i >= token.i \
                or token.head.lemma_.lower() in rules.saying_verbs:
            return False
        token = token.head
        if token.dep_ == "ROOT":
            return fronted_condition(token, rules)
    return False


def shared_modal(verb) -> bool:
    """Whether the verb is a conjunct with no auxiliary of its own after a verb with a modal
    ("could be fined and the colliery *shut*", "would be elected ... and *take over*")."""
    head = verb.head
    return verb.dep_ == "conj" and head.i < verb.i \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)


#: Modals that leave a conjunct as hypothetical as the conditioned clause before it.
UNREAL_MODALS = ("would", "could", "might")


def unreal_conjunct(verb) -> bool:
    """Whether the verb is a later conjunct with a modal of ``UNREAL_MODALS`` of its own ("If
    the motion passes, the premier is expected to ask for a dissolution, *and an election
    would* most likely *be held* in late March", round 52): it tells what would follow, under
    the same condition. A "will" is left alone."""
    return verb.dep_ == "conj" and verb.head.i < verb.i and any(
        c.dep_ == "aux" and c.lower_ in UNREAL_MODALS for c in verb.children)


def fronted_condition(verb, rules: EventRules) -> bool:
    """Whether a condition hangs on the verb before it (``is_set_condition``); on a saying verb
    set between the condition and what it reports, the parser's reading of "If no deal is
    reached by the end of October, *the federation says*, it will ballot members again ...
    through the winter" (round 37), the report is as conditional as with the saying verb
    after it (round 33)."""
    markers = set(rules.conditional_markers)
    # round 46: a saying verb set off after the condition may hold it ("If it overruns, *the
    # judge said*, it could run into July"); a "would have" clause after "Without ..." is a
    # counterfactual (``rules.counterfactual_prepositions``)
    # round 54: or as a clause it reports ("Had the bell been answered, *a doctor told the
    # court*, she would have survived": the parser hangs the condition on "told")
    said = [c for c in verb.children if c.dep_ in ("parataxis", "advcl", "ccomp")
            and c.i < verb.i and c.lemma_.lower() in rules.saying_verbs]  # round 50: "has said,"
    unreal = {"would", "have"} <= {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return any(c.dep_ == "advcl" and c.i < verb.i and any(
        m.dep_ == "mark" and m.lower_ in markers for m in c.children)
        or c.dep_ in ("advcl", "ccomp") and c.i < verb.i and inverted_condition(c, rules)
        or unreal and c.dep_ == "prep" and c.i < verb.i
        and c.lower_ in rules.counterfactual_prepositions
        for c in [*verb.children, *(g for s in said for g in s.children)])


def inverted_condition(verb, rules: EventRules) -> bool:
    """Whether the verb's clause opens with an auxiliary of ``rules.inverted_conditionals``
    before its subject ("*Should* Wednesday's game fall victim to the weather", "*Had* the
    dam failed"): a condition, as one "if" opens (round 35); the parser may make the
    auxiliary itself the clause's head ("Should the derby fall victim ..."), or the head of
    the whole clause (round 58: "said that *had* Saturday's walkout *gone* ahead, it would
    have hit thousands of fans", "had" read as a verb whose complement is the clause, with
    no subject of its own but the "that" before it; not "Rovers *had* two offers turned
    down")."""
    head = verb.head
    if verb.dep_ in ("ccomp", "xcomp") and head.i != verb.i \
            and head.lower_ in rules.inverted_conditionals and head.i + 1 == verb.left_edge.i \
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
            and all(c.lower_ == "that" for c in head.children if c.dep_ in ("nsubj", "nsubjpass")):
        return True
    first = verb.left_edge
    if first.dep_ == "mark" and first.lower_ == "that" and first.i + 1 < len(first.doc):
        first = first.doc[first.i + 1]  # round 60: "said *that had* the weather been bad"
    if first.lower_ not in rules.inverted_conditionals \
            or not (first.i == verb.i and first.tag_ == "MD"
                    or first.dep_ == "aux" and first.head.i == verb.i):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > first.i for c in verb.children)
