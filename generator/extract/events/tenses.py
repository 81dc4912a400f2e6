"""The tense of an event's verb: past, present (the timetable reading), a to-infinitive that
arranges, and the participles and gerunds that take the tense of the verb they hang from
(read by ``status``)."""

from __future__ import annotations

from generator.extract.claims.sentences import misread_verb
from generator.extract.events.subjects import is_infinitive

PAST_TAGS = ("VBD",)
#: Present-tense tags: with a future date, the timetable reading ("they face Orsk on May 24").
PRESENT_TAGS = ("VBZ", "VBP")


def is_past(verb) -> bool:
    """Whether the verb is in the past tense, itself or through an auxiliary, or is a
    participle sharing the auxiliary of the verb before it ("was written and *published*")."""
    if verb.tag_ in PAST_TAGS or any(
            c.tag_ in PAST_TAGS for c in verb.children if c.dep_ in ("aux", "auxpass")):
        return True
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.i != verb.i \
        and is_past(verb.head)


def bare_infinitive(verb) -> bool:
    """A to-infinitive no verb governs: a headline's "X to do Y", or one on a noun ("the
    decision to close the plant in June")."""
    return is_infinitive(verb) and (verb.dep_ == "ROOT" or verb.head.pos_ in ("NOUN", "PROPN"))


def copula_infinitive(verb) -> bool:
    """Whether "be" + an infinitive arranges the verb ("all families *are to be moved* into
    temporary homes by Christmas", "the minister *is to visit* Orsk"): an instruction or an
    arrangement, as "due to" is."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_ == "be" and head.tag_ in PRESENT_TAGS + PAST_TAGS \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def is_present(verb) -> bool:
    """Whether the verb is in the present tense: itself ("faces") or through its auxiliary
    ("is holding"), with no modal; or a present verb the tagger misread at the root of a
    sentence ("The tournament *runs* from June 12", "Pre-orders *open* on Friday")."""
    if verb.dep_ == "ROOT" and verb.pos_ not in ("VERB", "AUX"):
        return misread_verb(verb)
    owner = gerund_owner(verb)
    if owner is not None:
        return is_present(owner)
    if sequel_participle(verb) or present_participle_aside(verb) or bare_complement(verb):
        return is_present(verb.head)  # "starts at 8 a.m., *followed by* the men's race at 8:30"
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in auxiliaries):
        return False
    return verb.tag_ in PRESENT_TAGS or any(c.tag_ in PRESENT_TAGS for c in auxiliaries) \
        or untagged_present(verb, auxiliaries)


def bare_complement(verb) -> bool:
    """Whether the verb is a bare infinitive, with no "to" or modal, that complements the verb
    before it ("its pilots *begin pay* talks with management on February 16", where the parser
    reads the noun "pay" as a verb, round 38): it has the tense of that verb."""
    return verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.i != verb.i \
        and verb.head.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def sequel_participle(verb) -> bool:
    """Whether the verb is a bare past participle with a doer of its own after "by", hung on
    the verb before it ("The elite women's race *starts* at 8 a.m., *followed by* the men's
    race ... at 8:30 a.m.", round 29): what comes next in the same programme, in its tense."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and bare_participle(verb) \
        and verb.head.i != verb.i and any(c.dep_ == "agent" for c in verb.children)


def present_participle_aside(verb) -> bool:
    """Whether the verb is a bare present participle hung on the verb before it ("The festival
    *runs* for ten nights, *closing* on Sunday, December 13", round 36): it has no tense of its
    own and goes on in that verb's, a timetable's present when the verb is one."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and bare_participle(verb) \
        and verb.head.i != verb.i


def aside_owner(verb):
    """The verb of the clause whose subject a present participle qualifies, or None: the
    participle has no tense of its own ("The second phase, *starting* in October, *will
    repair* corrosion": a plan as the clause is, round 26)."""
    noun = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    owner = noun.head
    return owner if owner.pos_ in ("VERB", "AUX") and owner.i != noun.i else None


def gerund_owner(verb):
    """The verb whose tense a gerund after a preposition takes, or None: the gerund has no
    tense of its own ("The tour opens ... and *visits* 19 countries before *ending* in Sydney
    in February": a timetable's present, round 24)."""
    prep = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.i == verb.i:
        return None
    owner = prep.head
    return owner if owner.pos_ in ("VERB", "AUX") and owner.i != prep.i else None


def untagged_present(verb, auxiliaries) -> bool:
    """Whether a finite verb the tagger gave the base form is a present tense: it has a
    subject and no auxiliary ("The elite men and the mass start *follow* at 9 a.m.", tagged
    VB after a coordinated subject), so nothing but the present can govern it."""
    return verb.tag_ == "VB" and not auxiliaries and verb.dep_ in ("ROOT", "conj") \
        and (any(c.dep_ == "nsubj" for c in verb.children) or after_simple_past(verb))


def after_simple_past(verb) -> bool:
    """Whether a base form is joined to a simple past that has the subject and no auxiliary:
    the parser's misreading of a participle aside, and a base form there can only be the
    subject's present ("The outdoor screenings, *dropped* last year after storms, *return* on
    Friday", as the dates stage reads it: ``temporal.tense``)."""
    head = verb.head
    return verb.dep_ == "conj" and head.tag_ == "VBD" and head.i != verb.i \
        and any(c.dep_ == "nsubj" for c in head.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in head.children)


def bare_participle(verb) -> bool:
    """Whether an adverbial clause is only a participle, with no subject or marker of its
    own ("The route will run four times a week, *rising* to daily flights in July"): it goes
    on in the tense of the verb it hangs from, unlike a clause of its own ("..., when the
    harbour *reopens*")."""
    return verb.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)
