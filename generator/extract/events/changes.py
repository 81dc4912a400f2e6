"""Dates that only say where a change starts from (round 14): the level a figure is compared
with ("*up* 15 percent from 2025") and the date a happening is moved away from ("The last
day of school will move *from June 11* to June 15"). Neither dates a happening of its own;
``filters.is_reference_point`` drops them. The date it is moved to is arranged
(``moved_to``, round 20). A span told by an opening verb and a verb that carries it on is
one happening (``continued_opening``, round 21), and so is a closure of some hours told by a
closing verb and a reopening at a clock time (``ended_closure``, round 22), and a start at a
clock time after the day the verb before it dates (``clocked_start``, round 26); a beginning
names the happening its object is (``begun_happening``, round 26: "will begin public
*hearings* next week" ... "will hear ... on Tuesday"), and a verb that only says a happening
is held names the happening its subject is (``held_happening``, round 30: "*The walkouts* will
take place on July 9, July 11 and July 14" after "will strike on three days next month"), a
definite one the happening told before whatever place it names (``held_again``, round 32); a
verb whose subject or object is a first service tells its first run (``first_run``, round 32:
"will carry its first passengers on Sunday" ... "the first public tram will leave at noon").
A beginning whose subject is a definite noun for a happening retells that happening
(``held_happening``, round 33: "will close its only runway next month" ... "*The closure*
will begin at 10pm on May 11"), and so does one whose noun is where a verb told before happens
(``setting_happenings``: "will face each other in the first of two televised *debates* on
Sunday evening" ... "*The debate* ... starts at 8pm"). ``mark_changes`` sets them all on a
candidate."""

from __future__ import annotations

from generator.extract.events.later_moves import moving
from generator.extract.events.merge import Candidate
from generator.extract.events.rules import EventRules
from generator.extract.events.scheduled import done_there, pronoun_subject, scheduling_act
from generator.extract.events.things import thing_antecedent

#: Determiners that point back to a happening told before.
DEFINITE = frozenset({"the", "this", "that"})


def is_change_base(root, rules: EventRules) -> bool:
    """Whether the date is the object of "from" on an adverb of change ("*up* 15 percent
    from 2025", ``rules.reference_points.change_adverbs``), or of "on" naming a period ("up
    15% on last year", round 23), or of a participle on that object ("up from six *found* in
    October", round 57): the level it is compared with.
    The verb "lower" starts a period ("will lower their own rates from Monday")."""
    preposition = root.head
    participle = preposition.head
    if root.dep_ == "pobj" and preposition.dep_ == "prep" and participle.dep_ == "acl" \
            and participle.tag_ == "VBN" and participle.head.dep_ == "pobj":
        # round 57: "hairline cracks in 14 tubes, *up from six found in October*": the date of
        # the base's own participle dates the base
        root = participle.head
        preposition = root.head
    change = preposition.head
    points = rules.reference_points
    base = preposition.lower_ in points.bases or (
        preposition.lower_ in points.change_bases and is_period_word(root, rules))
    return root.dep_ == "pobj" and base and change.lower_ in points.change_adverbs \
        and change.pos_ in ("ADV", "ADJ")


def is_period_word(root, rules: EventRules) -> bool:
    """Whether a date's head word names a period, not a day ("up 15% on last *year*", "on
    *2025*"; not "up 5% on *Monday*")."""
    return root.lemma_.lower() in rules.reference_points.time_nouns \
        or (root.like_num and len(root.text) == 4)


def moved_from(span, rules: EventRules) -> bool:
    """Whether the date is the one a happening is moved away from: the object of "from" on a
    verb of ``rules.moving_verbs`` that also has a date after "to" or a length after "by"
    ("will move *from June 11* to June 15"). The happening's date is the new one; a range
    ("from Monday to Friday" on any other verb) keeps both ends."""
    root = span.root
    preposition = root.head
    verb = preposition.head
    if root.dep_ != "pobj" or preposition.lower_ != "from" or not moving(verb, rules):
        return False
    # round 60: "had pushed the first walkout back *by six days* from Tuesday, January 19":
    # moved by a length, the day it was moved from is the old one (convention 5); session 23:
    # the parser may hang the "to" on "from" ("the deadline ... *moves from September 2 to
    # September 9*", ev354)
    return any(c.dep_ == "prep" and c.lower_ in ("to", "by") and any(
        t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
        for c in [*verb.children, *preposition.children])


def target_on_from(root, rules: EventRules) -> bool:
    """Whether the date is the object of "to" that the parser hung on the "from" of a moving
    verb ("the deadline ... moves *from* September 2 *to September 9*", ev354, session 23):
    the move's new date, no base of a comparison (``rankings.is_comparison_base``)."""
    preposition = root.head
    source = preposition.head
    return root.dep_ == "pobj" and preposition.lower_ in rules.moving_prepositions \
        and source.dep_ == "prep" and source.lower_ == "from" and source.i != preposition.i \
        and moving(source.head, rules)


def moved_to(verb, timex, rules: EventRules) -> bool:
    """Whether the date is the object of "to" (``rules.moving_prepositions``) on a verb of
    ``rules.moving_verbs`` ("said on Wednesday it had pushed back its first crewed landing *to
    the second half of 2029*", round 20; "had been delayed *until* the end of April", round
    27): the new date of the happening moved, arranged whatever the tense of the move."""
    span = verb.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    lemma = verb.lemma_.lower()
    backs = [c for c in verb.children if c.dep_ in ("advmod", "prt")
             and f"{lemma} {c.lower_}" in rules.moving_verbs]  # "has been *put back* to 2030"
    if span is None or (lemma not in rules.moving_verbs and not backs):
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in rules.moving_prepositions \
        and (root.head.head.i == verb.i or root.head.head in backs)


def moved_target(span, verb, rules: EventRules) -> bool:
    """Whether the date is the target of a past move (:func:`moved_to`) whose verb has a date
    of its own after another preposition ("It *was pushed back to March 14 on February 19*",
    round 60; "moved it to October 2 in August", round 57's convention 22): the move is
    dated by its own date, and the target it names is in what it says, no event of its own."""
    root = span.root
    holder = root.head.head  # the verb, or its "back" ("pushed back *to* March 14")
    if root.dep_ != "pobj" or root.head.lower_ not in rules.moving_prepositions \
            or not (holder.i == verb.i or holder.head.i == verb.i) \
            or verb.tag_ not in ("VBD", "VBN") or not moving(verb, rules) \
            or any(c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might")
                   for c in verb.children):
        return False
    # told after the target: a date before it is the old one ("the two nights, *on September
    # 15 and 16*, have been moved to November 23", round 46) or another verb's the parser
    # hung here ("said *on Wednesday* it had pushed back its landing to 2029", round 14)
    return any(c.dep_ == "prep" and c.lower_ in ("on", "in") and c.i >= span.end and any(
        t.ent_type_ == "DATE" for t in c.subtree) for c in verb.children)


def held_back(verb, timex, rules: EventRules) -> bool:
    """Whether a negated verb waits for the date after "until" (``rules.moving_prepositions``:
    "the ground *will not be ready until 2028*", round 30; "would not be ready until early
    next year", round 19): a delay told, the happening's new date, arranged as a move's is."""
    span = verb.doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or not any(c.dep_ == "neg" for c in verb.children):
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in ("until", "till") \
        and root.head.head.i == verb.i


def continued_opening(verb, rules: EventRules) -> int:
    """The token index of the opening verb whose span ``verb`` carries on, else -1: "Early
    voting *opens* on Saturday and *runs* until Nov. 1" tells one span by two verbs of one
    subject (``rules.span_opening_verbs``, ``rules.span_continuing_verbs``)."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in rules.span_continuing_verbs:
        return -1
    return verb.head.i if verb.head.lemma_.lower() in rules.span_opening_verbs else -1


def ended_closure(verb, timex, rules: EventRules) -> int:
    """The token index of the closing verb whose closure ``verb`` ends at a clock time, else
    -1: "Roads on the circuit will *close* from 6 a.m. on June 14 and *reopen* by 8 p.m."
    is one closure of some hours (``rules.span_closing_verbs``, ``rules.span_ending_verbs``);
    "closes on Saturday and reopens on May 29" stays two happenings, and so does a closure
    told by its day alone ("Highway 21, *closed* since Aug. 10, will reopen ... on Friday
    morning"): the closing verb needs a clock time too, and the reopening no day of its own
    (round 61: "will shut after the last train on Friday night and *reopen at 5am on Tuesday,
    May 26*" is a shutdown over a weekend and a reopening, two happenings)."""
    if timex.type != "TIME" or verb.dep_ != "conj" \
            or verb.lemma_.lower() not in rules.span_ending_verbs or _prep_holds(verb, "DATE"):
        return -1
    closing = verb.head
    clocked = _prep_holds(closing, "TIME")
    return closing.i if closing.lemma_.lower() in rules.span_closing_verbs and clocked else -1


def clocked_start(verb, timex, rules: EventRules) -> int:
    """The token index of the verb whose happening ``verb`` starts at a clock time, else -1:
    "The race will now be held on Sunday, July 19, and *will start at 6 a.m.*" is one
    happening, its day and its clock (``rules.span_opening_verbs``, round 26). The first verb
    needs a day and the start no day of its own ("opens on Saturday and starts on Monday"
    stays two)."""
    if timex.type != "TIME" or verb.dep_ != "conj" \
            or verb.lemma_.lower() not in rules.span_opening_verbs:
        return -1
    first = verb.head
    return first.i if _prep_holds(first, "DATE") and not _prep_holds(verb, "DATE") else -1


def _prep_holds(verb, label: str) -> bool:
    """Whether a prepositional phrase on ``verb`` holds an entity of ``label`` ("from *6
    a.m.*", "on *Sunday, July 19*")."""
    return any(c.dep_ == "prep" and any(t.ent_type_ == label for t in c.subtree)
               for c in verb.children)


def begun_happening(verb, rules: EventRules) -> str | None:
    """The verb of the happening an opening verb's object names ("will *begin* public
    *hearings* next week": "hear", ``rules.happening_verbs``), else None: a later sentence
    that tells the happening on a day inside that date tells its beginning (merge.begun_finer,
    round 26)."""
    if verb.lemma_.lower() not in rules.span_opening_verbs:
        return None
    return next((rules.happening_verbs[c.lemma_.lower()] for c in verb.children
                 if c.dep_ == "dobj" and c.lemma_.lower() in rules.happening_verbs), None)


def mark_changes(candidate: Candidate, verb, timex, rules: EventRules) -> None:
    """Set on a verb's candidate what merging compares about its span: the happening it
    begins, the one it only says is held or begins (and whether a definite noun tells it), a
    first run, the verb whose span it carries on, and the happenings it is set in."""
    candidate.begins = begun_happening(verb, rules)
    candidate.held = held_happening(verb, candidate.lemma, rules)  # "The walkouts"
    candidate.held_again = held_again(verb, candidate.held, rules)  # "The meeting will be held"
    candidate.first_run = first_run(verb, rules)  # "the first public tram will leave"
    candidate.continues = max(continued_opening(verb, rules), ended_closure(verb, timex, rules),
                              clocked_start(verb, timex, rules))
    candidate.settings = setting_happenings(verb, rules)  # "in the first of two debates"
    candidate.elaborates = elaborated_verb(verb)  # "will make its closest pass ..., flying"
    candidate.schedules = scheduling_act(verb, timex, rules)  # "has scheduled the vote for"
    candidate.told_by_pronoun = pronoun_subject(verb)  # "confirmed that they would open on"
    candidate.told_there = done_there(verb)  # "crews hoped to finish there on Tuesday"
    candidate.set_by_it = (set_for(verb, rules) or date_told(verb, rules)) \
        and set_by_it(verb)  # "It is set for Sept. 12", "Its target date is November 20"
    if candidate.held is not None and candidate.held_again and set_for(verb, rules):
        # "Shareholders will vote next month ... The annual meeting has been set for November
        # 18" (round 40): the business a meeting is set for (rules.meeting_business)
        candidate.held_for = frozenset(rules.meeting_business.get(candidate.held, ()))


def date_told(verb, rules: EventRules) -> bool:
    """Whether a "be" only says what a date noun of ``rules.same_date_nouns`` is ("Its target
    *date is* November 20", after "the agency is due to decide on the application in
    November", round 39): it sets a date as ``set_for`` does."""
    return verb.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in rules.same_date_nouns for c in verb.children)


def set_by_it(verb) -> bool:
    """Whether the subject of a verb that only sets a date (``set_for``) is a bare "it" or a
    noun of "its" ("*It* is set for September 12 at Holmbury town hall", after "A public
    drop-in session ... will be held in September"; "*Its move* is set for October 12", after
    "The maternity unit will follow in October", round 40): it points back to the happening
    the sentence before told (merge.set_again)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and (subject.lower_ == "it" or any(
        c.dep_ == "poss" and c.lower_ == "its" for c in subject.children))


def elaborated_verb(verb) -> int:
    """The token index of the verb a participle clause after it, set off by a comma and with
    no subject of its own, tells in more detail ("will make its closest pass of Ganymede later
    this week, *flying* 410 kilometres above the icy surface at 14:32 GMT on Thursday", round
    34), else -1: at a finer date inside the verb's it is the same happening
    (merge.elaborates_finer)."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or head.i >= verb.i \
            or verb.doc[verb.i - 1].text != "," \
            or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return -1
    return head.i


def elaborated_by_noun(noun) -> int:
    """The token index of the verb a happening's noun, set off by a comma after it in a
    prepositional phrase and set for a date by a participle, tells in more detail ("Kestrel
    will fly past Venus next year, *in a manoeuvre now set for* August 22, 2028", round 46),
    else -1: at a finer date inside the verb's it is the same happening (as
    ``elaborated_verb``)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i >= prep.i or prep.i == 0 \
            or noun.doc[prep.i - 1].text != "," or prep.head.pos_ not in ("VERB", "AUX") \
            or not any(c.dep_ == "acl" and c.tag_ == "VBN" for c in noun.children):
        return -1
    return prep.head.i


def _happening_of(noun, rules: EventRules) -> str | None:
    """The happening a noun names: an event noun itself ("walkout"), a noun of
    ``rules.happening_verbs`` its verb ("closure": "close"), else None."""
    lemma = noun.lemma_.lower()
    if lemma in rules.happening_verbs:
        return rules.happening_verbs[lemma]
    return lemma if lemma in rules.event_nouns else None


def held_happening(verb, lemma: str, rules: EventRules) -> str | None:
    """The happening a verb that only says a happening is held, or begins, has for subject
    ("*The walkouts* will take place on July 9, July 11 and July 14": "walkout"; "*The
    closure* will begin at 10pm on May 11": "close"; ``lemma`` is the verb's merging lemma,
    "hold" for "take place", ``rules.default_noun_verb``, or one of
    ``rules.span_opening_verbs``), else None: the days are those of the happening the noun
    retells ("will strike on three days next month", merge.retold_finer, round 30; "will close
    its only runway next month", round 33). A "be due" says no more ("*Its findings* are due
    on Oct. 28" after "will report in the autumn": "report", round 33), nor does a passive
    "set for" ("agreed to hear the case next month. *A hearing is set* for December 9", round
    35: ``set_for``)."""
    if lemma != rules.default_noun_verb and lemma not in rules.span_opening_verbs \
            and lemma not in rules.arriving_verbs \
            and not is_due(verb) and not set_for(verb, rules):
        return None
    return next((happening for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                 for happening in (_happening_of(thing_antecedent(c) or c, rules),)
                 if happening is not None), None)  # "it would be held": the vote (round 42)


def is_due(verb) -> bool:
    """Whether the verb is a "be" whose only complement is "due" ("Its findings *are due* on
    Oct. 28")."""
    return verb.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ == "due"
                                       and not any(g.dep_ == "xcomp" for g in c.children)
                                       for c in verb.children)


def set_for(verb, rules: EventRules) -> bool:
    """Whether the verb is a passive word of ``rules.fixing_verbs`` with a "for" and no
    infinitive ("A hearing *is set for* December 9", not "is set to open"), or its bare
    participle with a subject after "with" ("would be debated over two days, *with the vote
    set for* 6:30pm on Wednesday", round 52)."""
    children = list(verb.children)
    passive = any(c.dep_ == "auxpass" for c in children) or verb.tag_ == "VBN" \
        and verb.dep_ == "pcomp" and verb.head.lower_ == "with" \
        and any(c.dep_ == "nsubj" for c in children)
    return verb.lemma_.lower() in rules.fixing_verbs and passive \
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in children) \
        and not any(c.dep_ == "xcomp" for c in children)


def held_again(verb, held: str | None, rules: EventRules) -> bool:
    """Whether the event noun a verb only says is held or begins (``held_happening``) is
    definite ("*The meeting* will be held in London on July 16", "*The closure* will begin at
    10pm"): it points back to the happening told before ("will vote ... at a special meeting
    next month", round 32), and the place it is held in adds no one to it
    (merge.retold_finer). One only "set for" a day needs no "the" ("agreed to hear the case
    next month. *A hearing* is set for December 9 in Hartwell", round 35)."""
    fixed = held is not None and set_for(verb, rules)
    return held is not None and any(
        c.dep_ in ("nsubj", "nsubjpass") and _happening_of(c, rules) == held
        and (fixed or any(d.dep_ == "det" and d.lower_ in DEFINITE for d in c.children))
        for c in verb.children)


def setting_happenings(verb, rules: EventRules) -> frozenset[str]:
    """The event nouns a verb happens in or at (``rules.setting_prepositions``), through "of"
    ("will face each other *in the first of two televised debates* on Sunday evening":
    "debate"): a later beginning of "the debate" at a finer time retells the verb's happening
    (merge.retold_finer, round 33)."""
    nouns = set()
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in rules.setting_prepositions:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            of = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                  for g in p.children if g.dep_ == "pobj"]
            nouns.update(n.lemma_.lower() for n in (noun, *of)
                         if n.lemma_.lower() in rules.event_nouns)
    return frozenset(nouns)


def first_run(verb, rules: EventRules) -> bool:
    """Whether the verb's subject or object is the first of a service's runs or riders ("the
    *first* public *tram* will leave at noon", "will carry its *first passengers* on Sunday";
    ``rules.first_run_nouns``): the service's first run, however it is told (merge.retold_finer,
    round 32)."""
    nouns = rules.first_run_nouns
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in nouns
               and any(d.lower_ == "first" for d in c.lefts) for c in verb.children)
