"""Dates of plans that no longer stand: the date a plan had before it was replaced, put off or
dropped tells of no event.

- "the flight *had been scheduled* for July 28", "which had been due in February"
  (``is_superseded``); "had been due to decide *in October* but extended its review"
  (``superseded_due``);
- "had originally aimed to start output *in the third quarter*", "had asked for the trial to
  start in January" (``replaced_intent``); "was meant to replace them by 2023"
  (``failed_plan``);
- "originally due to start this month, will now begin in the spring" and "planned for June
  20, has been postponed to Aug. 29" (``replaced_plan_aside``, ``moved_plan_aside``).

Split out of :mod:`.filters`, whose other tests are of dates that were never an event's.
"""

from __future__ import annotations

from generator.extract.events.later_moves import first_move, moved_next
from generator.extract.events.nouns import is_date
from generator.extract.events.rules import EventRules, true_lemma
from generator.extract.events.status import called_off
from generator.extract.events.unasserted import planning_clause, set_off_subject

__all__ = ["aside_plan_date", "called_off_day", "dropped_plan", "failed_plan", "first_plan",
           "is_superseded", "moved_plan_aside", "replaced_intent", "replaced_plan_aside",
           "replaced_plan_holders", "superseded_due"]


def is_superseded(verb, rules: EventRules) -> bool:
    """Whether the date is that of a plan since replaced: a planning verb in the passive past
    perfect ("the flight *had been scheduled* for July 28", and now goes in October; not
    "the delegations *had agreed* on Tuesday to ...", which dates the agreement), or a
    planning word after a past perfect "be" ("the first of its jets, *which had been due* in
    February, had been delayed until the end of April", round 27)."""
    auxiliaries = {(c.dep_, c.lemma_, c.tag_) for c in verb.children}
    planning = rules.status["planned"].lemmas
    copula = verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in planning
                                         for c in verb.children)
    return (copula or verb.lemma_.lower() in planning and ("auxpass", "be", "VBN") in auxiliaries) \
        and ("aux", "have", "VBD") in auxiliaries


def moved_since(verb, rules: EventRules) -> bool:
    """Whether an active past perfect of ``rules.fixing_verbs`` is followed by "but" and a
    verb of ``rules.moving_verbs`` that moved what it fixed ("The federation *had set* a
    deadline of March 31, *but pushed it back* by a month last week", round 40): the date it
    set is a plan since replaced; "had set a deadline of March 31" alone stands."""
    children = list(verb.children)
    if verb.lemma_.lower() not in rules.fixing_verbs or not any(
            c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in children) \
            or not any(c.dep_ == "cc" and c.lower_ == "but" for c in children):
        return False
    return any(c.dep_ == "conj" and c.i > verb.i and (
        c.lemma_.lower() in rules.moving_verbs or any(
            f"{c.lemma_.lower()} {p.lower_}" in rules.moving_verbs
            for p in c.children if p.dep_ in ("prt", "advmod")))
        for c in children)


def superseded_due(verb, rules: EventRules, lapsed: bool) -> bool:
    """Whether the dated verb is the infinitive of a planning word ("due", "scheduled") that
    the sentence says no longer stands: in the past perfect ("The regulator *had been due* to
    *decide* in October but extended its review"), or in the past with a "but" clause after
    it when the date has gone by (``lapsed``: "The line *was due* to *open* in the autumn of
    2024, *but* ... pushed the date back"), a plan since replaced (round 16). A coming date
    stays a plan, however uncertain ("was due to present a revised plan next Monday, but
    ... that date was no longer certain", round 1), and so does one nothing stands against."""
    clause = planning_clause(verb, rules)
    if clause is None and verb.dep_ == "conj" and verb.head.i < verb.i:
        # "had been due to price its shares on Thursday *and begin* trading ... on December 8"
        clause = planning_clause(verb.head, rules)  # round 42: the conjunct is as replaced
    if clause is None and verb.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lower_ in rules.status["planned"].lemmas
            for c in verb.children):
        clause = verb  # round 46: "The draft *was due* in cabinet on September 22 but was held
        # back a week": the dated "be" of "due" is the planning clause itself
    if clause is None:
        return False
    children = list(clause.children)
    if clause.lemma_ != "be" and not any(c.dep_ == "auxpass" for c in children):
        return False  # "the delegations had agreed to exchange prisoners": an act, it stands
    if any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in children):
        return True
    past = clause.tag_ == "VBD" or any(c.dep_ == "auxpass" and c.tag_ == "VBD"
                                        for c in children)
    if clause.dep_ == "conj" and clause.head.i < clause.i:
        # round 47: "Repair work began in December and *was due* to finish in January, *but*
        # crews found rotten roof timbers": the "but" clause the parser hung on the first verb
        children += [c for c in clause.head.children if c.i > clause.i]
    moved_since = past and any(c.dep_ == "cc" and c.lower_ == "but" for c in children) \
        and any(c.dep_ == "conj" and c.i > verb.i for c in children)
    # round 46: "The trial *was first due* to begin on October 5 *but was adjourned on
    # September 29*": a first plan with a dated move after it is replaced, however its date
    # was read
    first = any(c.lower_ in rules.first_plan_adverbs and c.dep_ in ("advmod", "acomp")
                for c in children) and any(
        c.dep_ == "conj" and c.i > verb.i and any(t.ent_type_ in ("DATE", "TIME")
                                                    for t in c.subtree) for c in children)
    # round 53: "Those aircraft *were due* in the second quarter of 2028 *but are now expected*
    # in the second quarter of 2029": a "but" clause that "now" dates elsewhere replaces the
    # plan, coming or not
    now = any(c.dep_ == "conj" and c.i > verb.i and _replaced(c, rules) and _dated(c)
              for c in children)
    # round 62: "the unit *was then due* back on December 8": a past plan at one stage of a
    # story of moves is replaced, gone by or not (the story goes on to its latest plan)
    staged = any(c.dep_ == "advmod" and c.lower_ in rules.staged_plan_adverbs for c in children)
    return moved_since and (lapsed or first or now) \
        or past and (staged or lapsed and moved_next(clause, rules))


def replaced_intent(verb, rules: EventRules) -> bool:
    """Whether the dated verb is what someone had aimed at or asked for, in the past perfect
    ("Tessimar *had originally aimed* to *start* output in the third quarter", "Greer *had
    asked* for the trial to *start* in January"): a plan since replaced or a request turned
    down, told by ``rules.replaced_intent_verbs`` (by the true lemma: "had *hoped* to complete
    the merger by the end of September", which the lemmatizer reads "hop", round 25); "has
    asked" and "aimed" still stand. A word of ``rules.scheduling_words`` in the past perfect
    that the date hangs on is such a plan too ("called off a launch party it *had planned* in
    Berlin for August 20", round 34)."""
    if true_lemma(verb) in rules.scheduling_words and past_perfect(verb):
        return True
    # round 56: the verb itself, a passive or a first one ("whose ruling *had been expected* in
    # November, gave it on December 9", "The board *had first suggested* November"); an
    # active "had asked in June" is the asking
    if true_lemma(verb) in rules.replaced_intent_verbs and past_perfect(verb) and any(
            c.dep_ == "auxpass" or c.dep_ == "advmod" and c.lower_ in rules.first_plan_adverbs
            for c in verb.children):
        return True
    head = verb.head
    # round 55: "Fairway *had first expected* the deal *to complete* in the first quarter",
    # the infinitive with a subject of its own read as a clausal complement
    return verb.dep_ in ("xcomp", "advcl", "ccomp") and head.i != verb.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
        and true_lemma(head) in rules.replaced_intent_verbs and past_perfect(head)


def past_perfect(verb) -> bool:
    """Whether the verb has the "had" of a past perfect."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in verb.children)


def failed_plan(verb, rules: EventRules) -> bool:
    """Whether the dated verb is the infinitive of a past word of ``rules.failed_plan_words``
    ("The system ... *was meant to* replace the older systems by 2023", "*were supposed to*
    open in May"): saying it was meant tells that it did not happen, a plan that failed (round
    26); "is meant to" still stands."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or head.lower_ not in rules.failed_plan_words:
        return False
    clause = head.head if head.dep_ == "acomp" else head
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" and c.tag_ == "VBD"
               for c in clause.children) or clause.tag_ == "VBD" and clause.lemma_ == "be"


def replaced_plan_aside(verb, rules: EventRules) -> bool:
    """Whether the dated verb is a plan an adverb of ``rules.replaced_plan_adverbs`` says was
    replaced ("Equipment installation, *originally due* to *start* this month, will now begin
    in the spring"; "the flight, *originally scheduled* for July 28"): the verb itself or the
    planning word it is the infinitive of (a lemma of ``status["planned"]``)."""
    planning = {*rules.status["planned"].lemmas, *rules.proposing_words}
    if first_plan(verb, rules) or passed_stage(verb, rules) or first_move(verb, rules) \
            or moved_plan_aside(verb, planning, rules):
        return True
    token = verb
    for _ in range(3):
        if token.lemma_.lower() in planning and any(
                c.dep_ == "advmod" and c.lower_ in rules.replaced_plan_adverbs
                for c in replaced_plan_holders(token)):
            return True
        if token.dep_ != "xcomp" or token.head.i == token.i:
            return False
        token = token.head
    return False


def first_plan(verb, rules: EventRules) -> bool:
    """Whether the dated verb is a word of ``rules.scheduling_words`` an adverb of
    ``rules.first_plan_adverbs`` says was moved since ("The mission was *first planned* for
    2024 but has been delayed twice, most recently in January", "which was first planned for
    February", round 29). A move coordinated with it that has no date of its own is dated by
    the plan ("The works were first planned for last summer but were put back after a
    shortage of steel", round 1)."""
    if verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_.lower() in rules.deadline_givers:
        verb = verb.head  # round 54: "first *gave* the league until January 29 *to rule*"
    elif verb.dep_ == "xcomp" and verb.head.lemma_.lower() in rules.scheduling_words:
        verb = verb.head  # round 57: "Kestrel first *planned to ship* the phone in late
        # September, then moved it": the infinitive is the plan's
    if not first_scheduled(verb, rules):
        return False
    return not any(c.dep_ == "conj" and not any(t.ent_type_ in ("DATE", "TIME")
                                                for t in c.subtree)
                   for c in verb.children)


def first_scheduled(verb, rules: EventRules) -> bool:
    """Whether the verb is :func:`scheduled` and an adverb of ``rules.first_plan_adverbs``
    marks it as the first plan ("was *first set* for September 15")."""
    return scheduled(verb, rules) and any(
        c.dep_ == "advmod" and c.lower_ in rules.first_plan_adverbs and not in_name(c)
        for c in replaced_plan_holders(verb))


def in_name(token) -> bool:
    """Whether a capitalised word inside its sentence is part of a name the parser took for an
    adverb ("Republican group Citizens *First* plans a demonstration ... on April 20", round
    45: no first plan)."""
    return token.is_title and token.i > token.sent.start


def scheduled(verb, rules: EventRules) -> bool:
    """Whether the verb is a word of ``rules.scheduling_words``, or one of
    ``rules.fixing_verbs`` with the date it fixes after "for" ("The launch was first *set
    for* September 15", round 37; "the company was first set up in 1990" is no plan), or one
    of ``rules.deadline_givers`` with the deadline after "until"."""
    lemma = verb.lemma_.lower()
    if lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in rules.scheduling_words
                             for c in verb.children):
        return True  # round 45: "The count *was first due* in 2026 but was pushed back"
    if lemma in rules.deadline_givers and any(c.dep_ == "prep" and c.lower_ == "until"
                                              for c in verb.children):
        return True  # round 54: "The agreement *first gave* the league *until* January 29"
    return lemma in rules.scheduling_words or lemma in rules.fixing_verbs and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in verb.children) \
        and not any(c.dep_ == "prt" for c in verb.children)


def passed_stage(verb, rules: EventRules) -> bool:
    """Whether the dated verb is a move told, with "then" (``rules.sequence_adverbs``) in
    the simple past, after a first plan it is coordinated with ("The launch was first set for
    September 15 and *then moved* to November 10", round 37): a stage of the plan's story,
    since replaced, as the first plan is; a move with "now", or in the perfect ("first set
    for April 15, has been moved to April 29"), gives the date that stands."""
    head = verb.head
    return verb.dep_ == "conj" and head.i != verb.i \
        and verb.lemma_.lower() in rules.moving_verbs \
        and any(c.dep_ == "advmod" and c.lower_ in rules.sequence_adverbs
                for c in verb.children) \
        and not _replaced(verb, rules) \
        and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children) \
        and first_scheduled(head, rules)


def replaced_plan_holders(planning):
    """The words an adverb of a replaced plan may hang from: the planning word, and the "be"
    it is the complement of ("The lander *was originally due* to launch in March", where the
    parser hangs "originally" on "was" and "due" on it as a preposition, round 25)."""
    yield from planning.children
    head = planning.head
    if head.i != planning.i and head.lemma_ == "be" \
            and planning.dep_ in ("acomp", "prep", "attr"):
        yield from head.children


def moved_plan_aside(verb, planning: set[str], rules: EventRules) -> bool:
    """Whether the dated verb is a planning participle on the subject of a verb of
    ``rules.moving_verbs`` ("Corrin's concert in Glasgow, *planned* for June 20, has been
    postponed to Aug. 29", round 17): the plan the move replaced, no event. A move with no
    new date ("planned for last Thursday, was postponed because of a storm") is dated by the
    plan. A main verb that "now" or "instead" (``rules.replacing_adverbs``) dates elsewhere
    replaces the plan as a move does ("Her show at Dublin's Point Arena, *planned for Nov. 30*,
    will *now* take place on March 6 next year", round 33). The infinitive of a planning word
    set off on the subject is such a plan ("A planned extension, *due to start* on August 17,
    was called off on August 11"), and so is one a verb of ``status["called_off"]`` drops on a
    date of its own, or a move coordinated with a "now" that dates the new one ("The
    semi-final, *due to be played* today, has been postponed and will now be played on
    Wednesday", round 35)."""
    holder = verb.head
    if verb.dep_ in ("xcomp", "pobj") and holder.i != verb.i \
            and (holder.lower_ in planning or holder.lemma_.lower() in planning) \
            and holder.dep_ in ("prep", "amod", "acl", "conj"):  # round 48: "scheduled to"
        # "announced in November and *due to launch* on April 12, was cancelled last week"
        # (round 38): a planning word joined to the participle set off on the subject
        conjunct, holder = holder.dep_ == "conj", holder.head
        if conjunct and holder.dep_ == "acl" and holder.head.i != holder.i:
            holder = holder.head
    elif verb.dep_ == "relcl" and (verb.lemma_.lower() in planning or verb.lemma_ == "be" and any(
            c.dep_ == "acomp" and c.lower_ in planning for c in verb.children)):
        pass  # round 49: "A fare increase *that was due on January 1* has been put back to March 1"
    elif verb.lemma_.lower() not in planning or verb.dep_ != "acl" and not (
            verb.dep_ == "advcl" and verb.head.tag_.startswith("NN")):
        return False  # round 53: the participle hung on the subject noun as an "advcl"
    holder = set_off_subject(verb, holder)
    if holder.dep_ not in ("nsubj", "nsubjpass"):
        return False
    main = holder.head
    lemma = main.lemma_.lower()
    moving = lemma in rules.moving_verbs or any(  # "has been *put back* to March 1"
        c.dep_ in ("prt", "advmod") and f"{lemma} {c.lower_}" in rules.moving_verbs
        for c in main.children)
    if (moving or _replaced(main, rules)) and _dated(main, own=False):
        return True
    called_off = rules.status["called_off"].lemmas
    if lemma not in called_off and lemma not in rules.moving_verbs and not any(
            c.dep_ == "prt" and f"{lemma} {c.lower_}" in called_off for c in main.children):
        return False
    return _dated(main) or any(c.dep_ == "conj" and _replaced(c, rules) and _dated(c)
                               for c in main.children)


def dropped_plan(verb, rules: EventRules) -> bool:
    """Whether the dated verb is the infinitive of a noun of ``rules.plan_nouns`` that a
    calling-off verb drops ("A *plan to vaccinate* children in schools *from January* was
    dropped on Thursday", round 48): what the plan would have done never comes, no event."""
    if verb.dep_ not in ("acl", "relcl") or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                     for c in verb.children):
        return False
    noun = verb.head
    if noun.lemma_.lower() not in rules.plan_nouns or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return called_off(noun.head, rules)


def _replaced(verb, rules: EventRules) -> bool:
    """Whether "now" or "instead" (``rules.replacing_adverbs``) hangs on the verb."""
    return any(c.dep_ == "advmod" and c.lower_ in rules.replacing_adverbs for c in verb.children)


def _dated(verb, own: bool = True) -> bool:
    """Whether a prepositional phrase on the verb holds a date: as its object when ``own``
    ("called off *on August 11*", not "called off after a dispute ... settled last year"), or
    a bare date on it ("was cancelled *last week*", round 38); the phrase may hang on the
    verb's adverb ("have been pushed *back to April 9*", round 48)."""
    if own and any(c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME")
                   for c in verb.children):
        return True
    phrases = [*verb.children, *(g for c in verb.children if c.dep_ in ("advmod", "prt")
                                 for g in c.children)]
    return any(c.dep_ == "prep" and any(
        t.ent_type_ in ("DATE", "TIME") for t in (
            (g for g in c.children if g.dep_ == "pobj") if own else c.subtree))
        for c in phrases)


def aside_plan_date(span, verb, rules: EventRules) -> bool:
    """Whether the date is that of a plan that the main verb moves or calls off with a date of
    its own: a planning word set off between commas that the parser hung on the verb or on its
    subject ("The club's awards night, *due on Wednesday*, has been put back to June 4", round
    45), a date on a happening that is the subject ("A concert in Berlin *on September 19* was
    scrapped on Saturday", round 46; not "Net profit *for 2024* dropped to 85 million"), or a
    date set off between commas right before the verb ("the two Paris nights, *on September 15
    and 16*, have been moved to November 23 and 24"): the plan replaced, as
    ``moved_plan_aside``'s participle on the subject is; the new date says when."""
    prep = span.root.head if span.root.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep" or prep.head.i == prep.i:
        return False
    holder = prep.head
    if holder.dep_ == "pobj" and holder.head.dep_ == "prep" \
            and holder.head.lower_ in rules.status["planned"].lemmas:
        holder = holder.head  # round 54: ", *due to launch* on June 15," read as due + a noun
    happening = {*rules.event_nouns, *rules.counted_nouns, *rules.fixture_nouns}
    subject = holder.dep_ in ("nsubj", "nsubjpass") and holder.head.i == verb.i \
        and holder.lemma_.lower() in happening and prep.lower_ in rules.setting_prepositions
    on_subject = holder.head.dep_ in ("nsubj", "nsubjpass") \
        and holder.head.head.i == verb.i  # "dinner, *due* on Wednesday," as its modifier
    planning = (holder.lower_ in rules.status["planned"].lemmas  # round 55: "The meeting,
                or first_scheduled(holder, rules)) and holder.i != verb.i \
        and (holder.head.i == verb.i or on_subject) \
        and (set_off(holder) or set_off(holder.doc[holder.i - 1]))  # *first called* for ...,"
    aside = holder.i == verb.i and prep.i < verb.i and set_off(prep)
    if not (planning or subject or aside):
        return False
    lemma = verb.lemma_.lower()
    moved = lemma in rules.moving_verbs or any(
        c.dep_ in ("prt", "advmod") and f"{lemma} {c.lower_}" in rules.moving_verbs
        for c in verb.children)
    called_off = lemma in rules.status["called_off"].lemmas and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children)
    return (moved or called_off) and any(
        c.dep_ in ("prep", "npadvmod", "agent")  # "was pushed back *by* two weeks"
        and c.i not in (holder.i, prep.i) and c.i > verb.i
        and any(is_date(t) for t in c.subtree)  # round 54: "until *the autumn*", untyped
        for c in [*verb.children, *(g for c in verb.children if c.dep_ == "advmod"
                                    for g in c.children)])


def set_off(token) -> bool:
    """Whether a comma comes right before the word (an aside: ", due on Wednesday,")."""
    return token.i > 0 and token.doc[token.i - 1].lower_ == ","


def called_off_day(span, verb, rules: EventRules) -> bool:
    """Whether the date is a day named before the noun a dated calling-off drops ("The union's
    executive called off *the Saturday walkout* on Thursday night", round 58): the plan's day,
    no event of its own; the walkout is told by its calling-off (round 44's rule)."""
    root = span.root
    noun = root.head
    if root.dep_ != "compound" or noun.i == root.i or noun.head.i != verb.i \
            or noun.dep_ not in ("dobj", "nsubjpass") or not called_off(verb, rules):
        return False
    return any(t.ent_type_ in ("DATE", "TIME") and not span.start <= t.i < span.end
               for c in verb.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree)
