"""Parses the tagger gets wrong in a way that hides which happening a date dates (round 12).

- a timetable verb read as a plural noun after "before"/"after" ("before the window *shuts*
  at 11 p.m. on Monday", ``misread_clause``), or as an adjective after its plural subject
  ("*Nominations close* at 4 p.m. on Monday", ``misread_adjective``, round 23);
- a participle hung on the object of an event noun's preposition ("A public hearing on the
  *tax held* on Nov. 18", ``participle_holder``);
- a headline's "due" on a noun ("FDA decision *due* in March", ``due_noun``);
- a date in an accompanying "as" clause ("weaken as it *moves* inland over the weekend",
  ``accompanied``);
- a participle aside on an event noun ("The festival, *first held* in 1984, shows ...",
  ``aside_participle``, round 13), on the head of the whole phrase before its comma ("the
  *roof* over the main court, completed last year", ``aside_holder``, round 14);
- a participle on a noun the tagger gave the past tense ("Polls *published* last week
  showed", ``is_participle``, round 14);
- a participle aside the parser took for a second verb ("follows a loan from the
  government, *agreed* in April", ``conj_aside``, round 20);
- a date after a participle aside closed by its comma ("completed two trials, *involving
  2,400 patients*, in 2024", ``closed_aside``, round 16);
- a relative clause that bounds a span of time a verb happens in ("will lift off *during a
  window that opens on Dec. 14*", ``frame_owner``, round 17);
- a date between a saying verb and its reported clause's subject ("said *on Monday* it would
  ballot", ``saying_owner``, round 20);
- a second date hung on a clause that already dates a period's start ("will vote on a budget
  for the fiscal year *that begins July 1* at its meeting on June 24", ``period_clause_owner``,
  round 18);
- a date after an open question a noun or preposition introduces ("will publish its guidance
  on *whether Tevrasib should be prescribed* routinely on April 22", ``question_owner``,
  round 30);
- a timetable verb read as a plural noun conjoined to the object before it ("brings together 74
  paintings from 30 collections and *runs* until January 24", ``misread_conjunct``), and a
  sentence's only verb read as a participle on a noun ("Tickets for the event *sold* out in
  March", ``verbless_participle``, round 31);
- a participle on the object of a causative "have" ("aimed to *have* all the new adapters
  *sent out* by the end of June", ``causative_owner``, round 31);
- a "since" the parser hung on the verb, right after the gerund of its means ("had broken
  their leases *by withholding rent since May* last year", ``means_gerund``, round 35);
- a date hung on a participle of need on a noun ("approved the issue of new shares *needed*
  to pay for the deal at a meeting on February 4", ``needed_owner``, round 35).
"""

from __future__ import annotations

from generator.extract.events.rules import EventRules

#: How many prepositional phrases a date may sit below the clause it dates ("shuts *at 11
#: p.m. on Monday*": two).
MAX_PHRASES = 4


def misread_clause(root, rules: EventRules):
    """A verb after "before"/"after" the tagger read as a plural noun with a compound subject
    ("before *the window shuts* at 11 p.m. on Monday"), or as a present verb that is the
    preposition's object ("before *the ballot closes* at noon", round 57), the date hangs
    from, else None."""
    token = root
    for _ in range(MAX_PHRASES):
        if token.dep_ not in ("pobj", "prep") or token.head.i == token.i:
            return None
        token = token.head
        # round 57: or as a present verb hung as the preposition's object, its subject a
        # compound ("before *the ballot closes* at noon on Thursday")
        if token.tag_ in ("NNS", "VBZ") and token.lemma_.lower() in rules.misread_clause_verbs \
                and token.dep_ == "pobj" and (token.head.lower_ in rules.sequence_prepositions
                                              or verbless_before(token)) \
                and any(c.dep_ == "compound" for c in token.children):
            return token
        if misread_adjective(token, rules):
            return token
        adjective = next((c for c in token.children if misread_adjective(c, rules)), None)
        if adjective is not None:  # "Nominations close ... *on Monday*" hung on the noun
            return adjective
    return None


def verbless_before(token) -> bool:
    """Whether the sentence's root is a noun before ``token`` (round 61: "*A public consultation*
    on moving stroke care into the new wing *closes* at midnight on February 14", "wing closes"
    read as a noun phrase): the sentence has no verb but the misread one."""
    root = token.sent.root
    return root.pos_ in ("NOUN", "PROPN") and root.i < token.i


def misread_adjective(token, rules: EventRules) -> bool:
    """Whether ``token`` is a timetable verb the tagger read as an adjective after the plural
    noun that is its subject ("*Nominations close* at 4 p.m. on Monday", round 23): an
    adjective right after its noun (not "close *to*"), a noun that heads a clause or that the
    parser made the subject of the verb after it ("*Entries close* at 5 p.m., and nine riders
    are expected")."""
    noun = token.head
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    if token.dep_ == "advmod" and noun.dep_ == "conj" and noun.i < token.i \
            and max((c.right_edge.i for c in noun.rights if c.i < token.i),
                    default=noun.i) == token.i - 1:
        # round 55: "..., and *applications* for postal votes *close* on March 11": after
        # the noun's own phrase, the noun a conjunct of the clause before
        return token.pos_ in ("ADJ", "ADV") and noun.tag_ == "NNS" \
            and token.lemma_.lower() in rules.misread_clause_verbs \
            and (after is None or after.lower_ != "to")
    if token.dep_ == "amod" and noun.i < token.i - 1 or noun.dep_ == "pobj" \
            and noun.head.dep_ == "prep" and noun.i == token.i - 1:
        # round 56: "*Entries* for the October session *close* on September 13": after the
        # plural noun's own phrase, hung on it or on that phrase's last noun
        noun = noun if noun.i < token.i - 1 else noun.head.head
        return token.dep_ == "amod" and token.pos_ in ("ADJ", "ADV") \
            and token.lemma_.lower() in rules.misread_clause_verbs and noun.tag_ == "NNS" \
            and noun.dep_ in ("ROOT", "nsubj") and (after is None or after.lower_ != "to") \
            and all(noun in t.ancestors and not (t.dep_ == "poss" and t.ent_type_ == "DATE")
                    for t in token.doc[noun.i + 1:token.i])  # "for next year's marathon"
    return token.dep_ == "amod" and token.pos_ in ("ADJ", "ADV") and noun.i == token.i - 1 \
        and token.lemma_.lower() in rules.misread_clause_verbs and noun.tag_ == "NNS" \
        and noun.dep_ in ("ROOT", "ccomp", "nsubj", "nsubjpass") \
        and (after is None or after.lower_ != "to")


def participle_holder(verb, rules: EventRules):
    """The happening a participle describes: the noun it hangs from, or the event noun whose
    phrase that noun ends ("A public *hearing* on the tax held on Nov. 18"); a suspending
    participle keeps its noun ("trial of former Tessel Bank chief *adjourned* until April":
    the resumption is told elsewhere)."""
    noun = verb.head
    if verb.lemma_.lower() in rules.suspending_verbs:
        return noun
    owner = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun
    return owner if owner.lemma_.lower() in rules.event_nouns else noun


def aside_participle(verb) -> bool:
    """Whether a participle opens an aside set off by a comma on the noun before it ("The
    festival, *first held* in 1984 on the shores of Lake Varenna, shows ..."): it tells a
    happening of its own, the noun's past, not what the sentence says the noun does (round
    13)."""
    first = verb.left_edge.i
    return verb.dep_ == "acl" and first > 0 and verb.doc[first - 1].text == "," \
        and verb.head.i < first


def own_act(verb) -> bool:
    """Whether a participle on an event noun tells a happening of its own, not the noun's:
    an aside (``aside_participle``) or an act with its agent ("under a trial *approved by the
    school board* on Wednesday night": the board approves it then, round 22)."""
    return aside_participle(verb) or any(c.dep_ == "agent" for c in verb.children)


def conj_aside(verb):
    """The noun before the comma of a participle aside the parser took for a second verb of
    the clause ("The restart follows a loan from the government, *agreed* in April": a
    past form coordinated with no "and", or a past tense hung on the clause, with no
    subject and no object of its own), else None (round 20)."""
    first = verb.left_edge.i
    misread = verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBN") \
        or verb.dep_ == "advcl" and verb.tag_ == "VBD"
    if not misread or first < 2 \
            or verb.doc[first - 1].text != "," or any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children) \
            or any(c.dep_ == "cc" and c.i < verb.i for c in verb.head.children):
        return None
    noun = verb.doc[first - 2]
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def aside_holder(verb):
    """The noun an aside participle describes: the head of the whole noun phrase before its
    comma, past the objects of its prepositions ("the *roof* over the main court, completed
    last year"), else the noun it hangs from (round 14)."""
    misread = conj_aside(verb)
    noun = misread or verb.head
    if misread is None and not aside_participle(verb):
        return noun
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
            and noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
    return noun


def is_participle(verb) -> bool:
    """Whether the verb is a past participle: tagged so, or a past form hung on a noun, which
    only a participle can be ("Polls *published* last week showed", tagged VBD; round 14)."""
    return verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.dep_ == "acl")


def accompanied(verb, rules: EventRules):
    """The verb an accompanying clause goes with, when the date sits in that clause ("The
    storm is expected to *weaken* as it *moves* inland over the weekend"): a clause opened by
    one of ``rules.accompanying_markers`` whose subject is a pronoun for the main one only
    says what goes on alongside; else ``verb`` (round 13)."""
    head = verb.head
    opened = any(c.dep_ == "mark" and c.lower_ in rules.accompanying_markers
                 for c in verb.children)
    pronoun = any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children)
    return head if verb.dep_ == "advcl" and opened and pronoun and head.pos_ == "VERB" \
        else verb


def due_noun(root):
    """The noun "due" describes when the date hangs from "due" ("FDA *decision* due in March")."""
    due = root.head.head if root.dep_ == "pobj" else root.head
    if due.lower_ != "due" or due.dep_ != "amod" or due.head.pos_ != "NOUN":
        return None
    return due.head


def closed_aside(verb, span):
    """The verb a participle aside hangs from when the date comes after the aside's closing
    comma ("Halcyon *completed* two trials of the drug, involving 2,400 patients, in 2024":
    the parser hangs "in 2024" on "involving"), else ``verb`` itself."""
    doc = verb.doc
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl") or head.i == verb.i \
            or head.pos_ not in ("VERB", "AUX") or verb.i == 0 or doc[verb.i - 1].lower_ != ",":
        return verb
    closed = any(c.dep_ == "punct" and c.lower_ == "," and verb.i < c.i < span.start
                 for c in verb.children)
    return head if closed else verb


def frame_owner(verb, rules: EventRules):
    """For a relative clause (or its second verb) on a noun of ``rules.frame_nouns`` that a
    verb happens in, that verb: the clause only bounds the time of it ("its rocket will lift
    off *during a window that opens on Dec. 14 and runs until Jan. 9*", round 17); else
    ``verb``."""
    clause = verb.head if verb.dep_ == "conj" and verb.head.dep_ == "relcl" else verb
    if clause.dep_ != "relcl" or clause.head.lemma_.lower() not in rules.frame_nouns:
        return verb
    frame = clause.head
    if frame.dep_ != "pobj" or frame.head.dep_ != "prep":
        return verb
    owner = frame.head.head
    if any(c.dep_ == "neg" for c in owner.children):
        return verb  # "agreed not to sell any shares during a lock-up period that ends in
        # 180 days": nothing happens in the frame, its own end is the happening (round 31)
    return owner if owner.pos_ in ("VERB", "AUX") else verb


def period_clause_owner(verb, span, rules: EventRules):
    """For a relative clause that says where a period starts or ends and has a date of its
    own, the verb the period's phrase hangs from: a later date the parser hung on the clause
    dates that verb ("will *vote* on a budget for the fiscal year that begins July 1 at its
    meeting on June 24", round 18; ``rules.reference_points``); else ``verb``."""
    points = rules.reference_points
    period = verb.head
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in points.period_bounds \
            or period.lemma_.lower() not in points.bounded_periods:
        return verb
    # the clause's own date comes first; a date after it is the one the parser misplaced
    own_date = any(t.ent_type_ in ("DATE", "TIME") and t.i < span.start for c in verb.children
                   if not c.left_edge.i <= span.root.i <= c.right_edge.i
                   and c.dep_ in ("npadvmod", "prep", "dobj") for t in c.subtree)
    if not own_date:
        return verb
    owner = period
    while owner.pos_ not in ("VERB", "AUX") and owner.head.i != owner.i:
        owner = owner.head
    return owner if owner.pos_ in ("VERB", "AUX") else verb


def saying_owner(verb, span, rules: EventRules):
    """The verb of saying a date dates when the parser hung it on the reported clause but it
    sits between the two, before the clause's subject ("The union said *on Monday* it would
    ballot its members from Feb. 23", round 20); else ``verb``."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i \
            or head.lemma_.lower() not in rules.saying_verbs:
        return verb
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    before = subject is not None and head.i < span.start and span.end <= subject.left_edge.i
    return head if before else verb


def question_owner(verb):
    """The verb an open question hangs from, when the parser hung the date after it on the
    question's verb ("will *publish* its guidance on whether Tevrasib *should be prescribed*
    routinely on April 22", round 30): a "whether" clause with a modal asks, it tells of no
    happening, so the date is the publishing's; else ``verb``."""
    children = list(verb.children)
    if verb.dep_ not in ("pcomp", "ccomp") or not any(
            c.dep_ == "mark" and c.lower_ == "whether" for c in children) \
            or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in children):
        return verb
    head = verb.head
    if head.dep_ == "prep" and head.head.i != head.i:
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else verb


def misread_conjunct(span, rules: EventRules):
    """A timetable verb the tagger read as a plural noun conjoined after "and", right before
    the date's preposition, which the parser hangs on the verb before ("The show ... brings
    together 74 paintings from 30 collections *and runs* until January 24", round 31), else
    None: the clause it ends is the happening, its subject the first verb's."""
    start = span[0].i
    if start < 3:
        return None
    token, preposition = span.doc[start - 2], span.doc[start - 1]
    conjunction = span.doc[start - 3]
    if token.tag_ == "NNS" and token.dep_ == "conj" and conjunction.lower_ == "and" \
            and preposition.dep_ == "prep" and preposition.head.pos_ in ("VERB", "AUX") \
            and preposition.head.i < token.i \
            and token.lemma_.lower() in rules.misread_clause_verbs:
        return token
    # round 40: read as an adverb conjoined to the first verb (or to its preposition), with the
    # date's preposition its own ("Polls open at 7am on Thursday *and close* at 10pm")
    if token.tag_ == "RB" and token.dep_ == "conj" and conjunction.lower_ == "and" \
            and preposition.dep_ == "prep" and preposition.head.i == token.i \
            and (token.head.pos_ in ("VERB", "AUX") or token.head.dep_ == "prep"
                 and token.head.head.pos_ in ("VERB", "AUX")) \
            and token.lemma_.lower() in rules.misread_clause_verbs:
        return token
    return None


def verbless_participle(verb):
    """Whether ``verb`` is the only verb of a body sentence the parser hung, as a participle,
    on a noun inside the noun phrase at its root ("*Tickets* for the event *sold* out in
    March.", round 31): the sentence's own verb, read in the past tense. A headline has no
    closing full stop ("Ferry service suspended until Monday" stays a passive)."""
    sent = verb.sent
    root = sent.root
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and root.pos_ in ("NOUN", "PROPN") \
        and last is not None and last.text == "." and verb.head.dep_ == "pobj" \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children) \
        and not any(t.pos_ in ("VERB", "AUX") and t.i != verb.i for t in sent)


def causative_owner(verb):
    """The causative "have" whose object a dated participle is on ("Lumio said it aimed to
    *have* all the new adapters *sent* out by the end of June", round 31): the haver arranges
    it, so the clause of "have" tells the happening and its plan; else ``verb``."""
    noun = verb.head
    holder = noun.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and noun.dep_ == "dobj" \
            and holder.lemma_ == "have" and holder.dep_ == "xcomp" \
            and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return holder
    return verb


def causative_object(verb) -> str | None:
    """The words a causative "have" governs, its object through the participle and its
    particle ("all the new adapters sent out"), when ``verb`` is one (see
    ``causative_owner``), else None."""
    if verb.lemma_ != "have":
        return None
    for noun in (c for c in verb.children if c.dep_ == "dobj"):
        participle = next((c for c in noun.children if causative_owner(c).i == verb.i
                           and c.i != verb.i), None)
        if participle is not None:
            last = next((c for c in participle.children if c.dep_ == "prt"), participle)
            return " ".join(t.text for t in verb.doc[noun.left_edge.i:last.i + 1])
    return None


def means_gerund(verb, span, rules: EventRules):
    """The gerund of a "by" phrase of means the date's preposition of ``rules.span_starts``
    comes right after, when the parser hung both on the verb ("the tenants had broken their
    leases *by withholding rent* since May last year": the withholding goes on since May, the
    breaking does not), else ``verb`` itself."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in rules.span_starts \
            or root.head.head.i != verb.i:
        return verb
    since = root.head
    for means in verb.children:
        if means.dep_ == "prep" and means.lower_ == "by" and means.right_edge.i + 1 == since.i:
            return next((g for g in means.children if g.dep_ == "pcomp" and g.tag_ == "VBG"),
                        verb)
    return verb


def needed_owner(verb, rules: EventRules):
    """The verb of the clause a participle of ``rules.need_participles`` with an infinitive
    of purpose sits in, when the date hangs on the participle ("approved the issue of new
    shares *needed to pay* for the deal at a meeting on February 4": the approving's date; a
    need describes the noun, it does not happen), else ``verb`` itself."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in \
            rules.need_participles or not any(
                c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children)
                for c in verb.children):
        return verb
    token = verb.head
    while token.dep_ not in ("ROOT", "ccomp", "conj", "advcl", "relcl", "xcomp") \
            and token.head.i != token.i:
        token = token.head
    return token if token.pos_ in ("VERB", "AUX") else verb
