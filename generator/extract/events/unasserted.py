"""Dated clauses the article does not assert as happening (round 20).

``filters`` drops a condition's date and a plan since replaced; these are the forms it did not
reach:

- "If pilots back a strike, the union must give 14 days' notice, *meaning* walkouts could
  begin in late March": what a consequence participle brings out goes on under the condition
  of the clause it hangs from (``under_condition``);
- "will decide next week *whether* the site is safe for September": an open question
  (``open_question``);
- "Ticket holders *who cannot attend* in September can claim a refund": a relative clause
  with a modal of possibility, without a comma, says which people are meant
  (``defining_possibility``), and so does a present one on "people", "anyone" ("people *who
  get* the vaccine this autumn", ``defining_generic``, round 23);
- "The festival, *which was due to open on Friday*, will now take place on Sept. 12": a past
  plan on the subject of a verb that carries a date of its own is the plan the new date
  replaced (``replaced_by_main``; round 17's "planned for June 20, has been postponed to
  Aug. 29" is ``superseded.moved_plan_aside``);
- "The Kelsham Marathon *will not return* this year": a negated future says the happening
  will not take place (``negated_future``, round 22), unless the date bounds a span of not
  happening ("will not reopen *until* June": it reopens then; "will not run *from* 4
  January": the stop begins then);
- "we *would rather* play on Wednesday than risk injuries": a preference weighs the
  happening against another, it does not say it will be (``preference``, round 35).
"""

from __future__ import annotations

from generator.extract.events.rules import EventRules

#: Dependencies through which a consequence participle's clause hangs from its own.
CONSEQUENCE_DEPS = ("ccomp", "xcomp")
#: Dependencies through which a verb's own date hangs from it ("postponed *by a week*": agent).
DATING_DEPS = ("prep", "agent")
#: Dependencies of a subject whose verb may carry the new date of a replaced plan.
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def under_condition(verb, rules: EventRules) -> bool:
    """Whether the verb is what a participle of ``rules.consequence_participles`` brings out
    ("*meaning* walkouts could begin in late March") of a clause an "if" put before it
    makes only possible: the consequence is as hypothetical as the clause."""
    participle = verb.head
    if verb.dep_ not in CONSEQUENCE_DEPS or participle.i == verb.i \
            or participle.lemma_.lower() not in rules.consequence_participles \
            or participle.dep_ not in ("advcl", "xcomp") or participle.head.i == participle.i:
        return False
    return has_fronted_condition(participle.head, rules)


def has_fronted_condition(clause, rules: EventRules) -> bool:
    """Whether a clause opened by one of ``rules.conditional_markers`` comes before
    ``clause`` and hangs from it ("*If* pilots back a strike, the union must give notice")."""
    markers = set(rules.conditional_markers)
    return any(c.dep_ == "advcl" and c.i < clause.i and any(
        m.dep_ == "mark" and m.lower_ in markers for m in c.children) for c in clause.children)


def open_question(verb, rules: EventRules) -> bool:
    """Whether the verb's clause is opened by one of ``rules.question_markers`` ("will decide
    *whether* the site is safe for September"): what it asks may or may not be so."""
    markers = set(rules.question_markers)
    return any(c.dep_ == "mark" and c.lower_ in markers for c in verb.children)


def defining_possibility(verb, rules: EventRules) -> bool:
    """Whether the verb is a relative clause with a modal of ``rules.defining_modals`` that
    no comma sets off from its noun ("Ticket holders *who cannot attend* in September"): it
    picks out whom the sentence means, it tells of nothing that happens."""
    if verb.dep_ != "relcl" or verb.head.i > verb.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in rules.defining_modals for c in verb.children):
        return False
    between = verb.doc[verb.head.i + 1:verb.left_edge.i]
    return not any(t.is_punct for t in between)


def defining_generic(verb, rules: EventRules) -> bool:
    """Whether the verb is a relative clause in the simple present on a noun of
    ``rules.generic_nouns`` that no comma sets off ("people *who get* the vaccine this autumn
    are expected to need a booster", round 23): it says whom the sentence means."""
    if verb.dep_ != "relcl" or verb.head.i > verb.i or verb.tag_ not in ("VBP", "VBZ") \
            or verb.head.lemma_.lower() not in rules.generic_nouns \
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    between = verb.doc[verb.head.i + 1:verb.left_edge.i]
    return not any(t.is_punct for t in between)


def planning_clause(verb, rules: EventRules):
    """The clause that carries the planning word a dated infinitive hangs from ("was *due* to
    open", "is *scheduled* to land"): the verb "be" of an adjective ("due"), else the planning
    verb itself; None when the verb is no infinitive of a planning word."""
    plan = verb.head
    if verb.dep_ not in ("xcomp", "pcomp") or plan.i == verb.i \
            or plan.lemma_.lower() not in rules.status["planned"].lemmas:
        return None
    # "was first due to open": the parser may take the adjective after an ordinal for a
    # preposition on "be" (round 31), and the infinitive for its complement (round 60: "The
    # offer was first due *to close* on February 21"); the clause is still the "be"
    on_copula = plan.tag_ in ("JJ", "IN") and plan.head.lemma_ == "be" and plan.head.i != plan.i
    if verb.dep_ == "pcomp" and not on_copula:
        return None
    return plan.head if plan.dep_ == "acomp" or on_copula else plan


def replaced_by_main(verb, rules: EventRules) -> bool:
    """Whether the verb is the infinitive of a past planning word in a relative clause on the
    subject of a verb that has a date of its own ("The festival, *which was due to open on
    Friday*, will now take place on Sept. 12 and 13"): the plan the new date replaced; a
    shift the parser makes an agent counts ("The Halvern Marathon, *which was due to take
    place on Sunday*, has been postponed *by a week*", round 26)."""
    clause = planning_clause(verb, rules) or be_to(verb)
    if clause is None:
        return False
    past = clause.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD"
                                        for c in clause.children)
    holder = set_off_subject(clause, clause.head) if clause.dep_ == "relcl" else clause.head
    if clause.dep_ != "relcl" or not past or holder.dep_ not in SUBJECT_DEPS:
        return False
    return any(c.dep_ in DATING_DEPS and c.i > clause.i and any(
        t.ent_type_ in ("DATE", "TIME") for t in c.subtree) for c in holder.head.children)


def be_to(verb):
    """The "be" a dated infinitive hangs from in a "was to" plan ("A retail offer to its
    customers, *which was to open* on Monday, was withdrawn on Tuesday", round 42), or None."""
    be = verb.head
    if verb.dep_ == "xcomp" and be.i != verb.i and be.lemma_ == "be" \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return be
    return None


def set_off_subject(verb, holder):
    """The subject a participle set off by commas after the whole subject phrase is on, where
    the parser hangs it on the last noun of a prepositional phrase ("*A strike* at the
    company's laundry unit, *planned* for January 20, was called off on January 14", round
    41); ``holder`` itself otherwise."""
    first = verb.left_edge
    if first.i == 0 or verb.doc[first.i - 1].text != ",":
        return holder
    token = holder
    while token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.i != token.i:
        token = token.head.head
        if token.dep_ in ("nsubj", "nsubjpass"):
            return token
    return holder


def negated_future(verb, span, rules: EventRules) -> bool:
    """Whether the verb is negated in the future ("will *not* return this year", "*won't*
    play on Sunday") and the date (a spaCy span, or None) bounds no span of not happening
    (``rules.negated_span_prepositions``: "will not reopen *until* June" says when it
    reopens, "will not run *from* 4 January" when the stop begins)."""
    future = set(rules.status["future"].lemmas)
    if not any(c.dep_ == "neg" for c in verb.children) or not any(
            c.dep_ == "aux" and c.lower_ in future for c in verb.children):
        return False
    before = span.doc[span.start - 1] if span is not None and span.start > 0 else None
    return before is None or before.lower_ not in rules.negated_span_prepositions


def unasserted(verb, rules: EventRules) -> bool:
    """Whether any of this module's tests says the article does not assert the verb."""
    return under_condition(verb, rules) or open_question(verb, rules) \
        or defining_possibility(verb, rules) or defining_generic(verb, rules) \
        or replaced_by_main(verb, rules) or preference(verb, rules) \
        or alternative(verb, rules)


def alternative(verb, rules: EventRules) -> bool:
    """Whether the verb is a gerund right after a phrase of ``rules.alternative_markers``
    ("can resit the paper on October 8 *instead of waiting* for the regular exams next
    summer", round 56): the course not taken, no happening."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i < 2:
        return False
    words = f"{doc[verb.i - 2].lower_} {doc[verb.i - 1].lower_}"
    return words in rules.alternative_markers and doc[verb.i - 1].i == verb.head.i


def preference(verb, rules: EventRules) -> bool:
    """Whether the verb is what someone "would rather" or "would sooner" do (an adverb of
    ``rules.preference_adverbs`` with "would"): a choice weighed against another ("we would
    rather play on Wednesday than risk injuries on a pitch like that"), no happening; nor is
    the choice it is weighed against, after "than"."""
    children = list(verb.children)
    if verb.dep_ in ("advcl", "dep") and verb.head.i != verb.i \
            and any(c.dep_ == "mark" and c.lower_ == "than" for c in children):
        return preference(verb.head, rules)  # "than let customers down in April" (round 38)
    return any(c.dep_ == "advmod" and c.lower_ in rules.preference_adverbs for c in children) \
        and any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in children)
