"""Which predicate a date tells the time of.

The date's dependency head is the event: a verb ("met *on Monday*"), a gerund or participle
("since *winning* a third term ... earlier this month"), or a noun that names a happening
("in a phone *call* Thursday"). Repairs for real news text:

- a participle describing a noun in apposition ("a title *bestowed* ... earlier this month")
  dates the verb the apposition hangs from ("*winning* a third term, a title ...");
- a sentence that opens with a lower-case date after a stray full stop ("... legislature.
  earlier this month, capping ...") continues the sentence before it: the date belongs there;
- a date right after a relative clause the parser hung higher up ("down from the 4 percent
  it *forecast* in July") dates that clause;
- a participle that only says when something starts ("buy back shares *starting* on Nov. 4",
  ``rules.aspect_participles``) dates the verb it hangs from;
- a gerund that with its object names a thing ("samples from *cooling towers* on Aug. 15",
  ``rules.gerund_compounds``; "a full engine *firing* in early September") is passed over:
  the date dates the verb above;
- a purpose infinitive that says an outcome ("compete *to become* mayor ... on May 7") dates
  the verb it is the purpose of, and the content of a plan a future verb brings out
  ("would *publish* a plan to cut council tax next week") dates that verb;
- a naming verb in a free relative ("made *what it called* its final offer last week",
  ``rules.naming_verbs``) dates the verb whose object it names;
- a date the parser hung on an auxiliary or on the "have" or "give" of a deadline ("The
  prosecution *has* until March 6 to respond", "gave Kendal until March 4 to explain") dates
  the verb the deadline is for.

The aspect, outcome, naming, gerund and plan repairs are in :mod:`.anchor_heads`.

A relative clause opened by "when" on a date that is only a point of comparison ("the worst
flood since 1997, *when six people died*") is the event of that date
(``compared_happening``). Both kinds of clause are marked ``own_clause``: the filters of
comparisons do not apply to them.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.extract.events.anchor_heads import (
    aspect_head,
    clause_verb,
    naming_owner,
    outcome_head,
    past_gerund_compound,
    plan_publisher,
)
from generator.extract.events.continuations import (
    VERB_POS,
    last_predicate,
    opens_continuation,
    through_apposition,
)
from generator.extract.events.introduced import (
    dated_noun,
    possessed_happening,
    possessor_clause,
    sequenced_happening,
)
from generator.extract.events.media import medium_act
from generator.extract.events.purpose import purpose_owner
from generator.extract.events.repairs import (
    accompanied,
    causative_owner,
    closed_aside,
    due_noun,
    frame_owner,
    is_participle,
    means_gerund,
    misread_clause,
    misread_conjunct,
    needed_owner,
    own_act,
    participle_holder,
    period_clause_owner,
    question_owner,
    saying_owner,
    verbless_participle,
)
from generator.extract.events.rules import EventRules
from generator.extract.events.subject_verbs import subject_participle
from generator.extract.events.topics import topic_gerund_owner
from generator.extract.hits import Timex


@dataclass(frozen=True)
class Anchor:
    """Where a date hangs: the clause verb, and the event noun it dates directly (if any)."""

    verb: object
    """The verb (spaCy token) whose clause tells of the event."""
    noun: object | None = None
    """A noun naming the happening ("call", "offensive") when the date dates it."""
    own_clause: bool = False
    """The date dates a clause of its own (a "when" clause on it, or a relative clause just
    before it) whatever the rest of the sentence compares it with."""
    resumes: bool = False
    """The date is when what the verb suspended resumes ("adjourned *until* April 20")."""
    misread: bool = False
    """``verb`` is a present-tense verb the tagger read as a plural noun ("before the window
    *shuts* at 11 p.m."): the clause it ends is the happening."""


def find_anchor(doc, timex: Timex, rules: EventRules) -> Anchor | None:
    """The predicate ``timex`` dates, or None when the expression is not a span of ``doc``."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    clause = relative_clause_before(span)
    if clause is not None:
        return Anchor(clause, own_clause=True)
    if opens_continuation(span):
        before = last_predicate(doc[span.sent.start - 1].sent)
        if before is not None:
            return Anchor(through_apposition(before))
    misread = misread_clause(root, rules) or misread_conjunct(span, rules)
    if misread is not None:  # "before the window shuts at 11 p.m. on Monday"
        return Anchor(misread, own_clause=True, misread=True)
    due = due_noun(root)
    if due is not None:  # "FDA decision due in March": the decision's date
        return Anchor(clause_verb(due), due)
    noun = dated_noun(root)
    if noun is not None and noun.lemma_.lower() in rules.event_nouns \
            and not (root.dep_ == "pobj" and is_setting(noun, rules)):
        return Anchor(clause_verb(noun), noun)
    possessed = possessed_happening(root, rules) if timex.range is not None \
        and timex.range.granularity not in ("day", "time") else None
    if possessed is not None:  # "named a squad for next month's tour"
        return Anchor(clause_verb(possessed), possessed)
    described = possessor_clause(root)
    if described is not None:  # "Last year's Cyclone Aria, which hit ... in March, cut"
        return Anchor(described, own_clause=True)
    sequenced = sequenced_happening(span, rules)
    if sequenced is not None:  # "after the domestic final on June 7"
        return Anchor(clause_verb(sequenced), sequenced)
    verb = purpose_owner(naming_owner(plan_publisher(outcome_head(past_gerund_compound(
        auxiliary_owner(frame_owner(period_clause_owner(saying_owner(
            closed_aside(question_owner(causative_owner(means_gerund(needed_owner(
                topic_gerund_owner(clause_verb(root), rules), rules), span, rules))), span),
                span, rules),
            span, rules),
            rules)), rules),
        rules), rules), rules))  # round 54: "take X offline *for refuelling* in 2027"
    if verbless_participle(verb) or subject_participle(verb):  # "Tickets ... sold out in
        return Anchor(verb, own_clause=True, misread=True)  # March.", "A consultation on ..."
    arranged = arranged_happening(span, verb, rules)
    if arranged is not None:  # "on Monday set a *hearing* for June 3": the hearing's date
        return Anchor(verb, arranged)
    if verb.lemma_.lower() in rules.reference_verbs:
        return None  # "compared to January 2008": a point of comparison, not an event
    # a bare participle ("an offensive *planned* for the spring"), not a relative clause
    # with its own auxiliaries ("the event, which has been held every summer since 1987")
    participle = verb.dep_ in ("acl", "relcl") and is_participle(verb) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    held = participle and participle_holder(verb, rules)
    if participle and (is_planned(verb, rules) or (
            held.lemma_.lower() in rules.event_nouns and not own_act(verb))):
        return Anchor(verb, held)  # "an offensive planned for the spring"
    act = medium_act(verb, rules) if participle else None
    if act is not None:
        return Anchor(act)  # "cancelled his appearance in a video posted on Sunday"
    if participle and dated_agent(verb):
        return Anchor(clause_verb(verb.head))  # "reached villages cut off by Sunday's quake"
    if closing_report(verb, rules):
        return Anchor(verb)  # "..., the royal household announced on Thursday."
    # "is expected to weaken as it moves inland over the weekend": the weakening's date
    return Anchor(through_apposition(aspect_head(accompanied(verb, rules), rules)))


def arranged_happening(span, verb, rules: EventRules):
    """The happening an announcing verb arranges for the date, when the announcement has a
    date of its own ("The court *on Monday* set a *hearing* for June 3": two events, the
    setting and the hearing), else None."""
    root = span.root
    arranged_for = root.dep_ == "pobj" and root.head.lower_ == "for" \
        and root.head.head.i == verb.i and verb.lemma_.lower() in rules.announcing_verbs
    noun = next((c for c in verb.children if c.dep_ == "dobj"
                 and c.lemma_.lower() in rules.event_nouns), None) if arranged_for else None
    if noun is None:
        return None
    dated = any(t.ent_type_ in ("DATE", "TIME") and t.i not in range(span.start, span.end)
                for c in verb.children if c.dep_ in ("prep", "npadvmod") for t in c.subtree)
    return noun if dated else None


def auxiliary_owner(verb):
    """The verb an auxiliary belongs to, or the infinitive a "have" or "give" of a deadline
    governs ("The prosecution *has* until March 6 to *respond*", parsed either way; "*gave*
    Kendal until March 4 to *explain*", round 15), else ``verb``."""
    owner = verb.head
    if verb.dep_ in ("aux", "auxpass") and owner.pos_ in VERB_POS:
        return owner
    deadline = verb.lemma_.lower() in ("have", "give", "grant") and any(
        c.dep_ == "prep" and c.lower_ in ("until", "by") for c in verb.children)
    infinitive = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl")
                       and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children)), None)
    return infinitive if deadline and infinitive is not None else verb


def compared_happening(doc, timex: Timex) -> Anchor | None:
    """For a date that is only a point of comparison, the happening a "when" clause on it
    tells of ("the worst flood since 1997, *when six people died*"), or None."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    clause = when_clause(span.root) if span is not None else None
    return Anchor(clause, own_clause=True) if clause is not None else None


def when_clause(date):
    """A relative clause on the date opened by "when" ("since 1997, *when six people
    died*"): what happened then, or None."""
    return next((c for c in date.children if c.dep_ == "relcl" and c.pos_ in VERB_POS
                 and any(a.dep_ == "advmod" and a.lower_ == "when" for a in c.children)), None)


def relative_clause_before(span):
    """The verb of a relative clause that ends right before the date (or its preposition)
    when the parser hung the date elsewhere ("down from the 4 percent it *forecast* in
    July", with "in July" on "from"), else None."""
    doc, root = span.doc, span.root
    first = span.start
    if root.dep_ == "pobj" and root.head.i == span.start - 1:
        first = root.head.i
    if first == 0:
        return None
    before = doc[first - 1]
    hung_elsewhere = doc[first].head.i != before.i
    return before if before.dep_ == "relcl" and before.pos_ == "VERB" \
        and before.right_edge.i == before.i and hung_elsewhere else None


def resumption(doc, timex: Timex, anchor: Anchor, rules: EventRules) -> Anchor | None:
    """The resumption a date after "until" on a suspending verb tells of ("the trial was
    adjourned on Thursday *until April 20*": the trial resumes then), else None; not for a
    coming suspension ("will be suspended until 2 p.m.", ``coming``)."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or anchor.noun is not None:
        return None
    root, verb = span.root, anchor.verb
    until = root.dep_ == "pobj" and root.head.lower_ == "until" and root.head.head.i == verb.i
    if not until or verb.lemma_.lower() not in rules.suspending_verbs or coming(verb):
        return None  # "tram line 2 will be suspended until 2 p.m.": the suspension's end
    return Anchor(verb, resumes=True)


def coming(verb) -> bool:
    """Whether a modal puts the verb ahead ("*will* be suspended until 2 p.m."): a coming
    suspension is itself the happening, dated by its end as a closure is (round 13)."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def listed_date(span) -> bool:
    """Whether the date follows another in a list ("on April 14, *April 23* and *May 4*")."""
    root = span.root
    return root.dep_ in ("conj", "appos") and root.head.ent_type_ in ("DATE", "TIME")


def is_setting(noun, rules: EventRules) -> bool:
    """Whether an event noun is only where the clause's verb happens ("presents the findings
    *at a conference* on Oct. 15"): the object of a setting preposition on a verb, or on
    the verb's object where the parser hung it ("is due to rule on a sale *at a hearing* on
    November 16", round 58: the ruling's date, no hearing held of its own)."""
    prep = noun.head
    owner = prep.head
    if owner.pos_ == "NOUN" and owner.dep_ in ("dobj", "pobj") and owner.head.i != owner.i:
        owner = owner.head.head if owner.dep_ == "pobj" else owner.head
    return noun.dep_ == "pobj" and prep.lower_ in rules.setting_prepositions \
        and owner.pos_ in VERB_POS


def dated_agent(verb) -> bool:
    """Whether a bare participle's agent carries a date of its own ("villages *cut off by
    Sunday's earthquake* on Wednesday"): the participle's happening is dated there, so the
    later date belongs to the verb of the clause ("reached")."""
    return any(c.dep_ == "agent" and any(
        g.ent_type_ == "DATE" for p in c.children if p.dep_ == "pobj" for g in p.children
        if g.dep_ == "poss") for c in verb.children)


def is_planned(verb, rules: EventRules) -> bool:
    """Whether a participle says the noun it describes is planned ("planned", "scheduled"),
    not concluded ("a deal *agreed* in November": ``rules.concluding_verbs``)."""
    lemma = verb.lemma_.lower()
    return lemma in rules.status["planned"].lemmas and lemma not in rules.concluding_verbs


def closing_report(verb, rules: EventRules) -> bool:
    """Whether ``verb`` is a reporting verb closing the sentence that the parser read as a
    participle on a noun in apposition ("..., the royal household *announced* on Thursday."):
    no object, nothing but punctuation after it, so it is the reporting itself."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.dep_ != "appos" \
            or verb.lemma_.lower() not in rules.closing_report_verbs:
        return False
    if any(c.dep_ in ("dobj", "ccomp", "aux", "auxpass") for c in verb.children):
        return False
    after = verb.doc[verb.right_edge.i + 1:verb.sent.end]
    return all(t.is_punct or t.is_space for t in after)
