"""What a subject "it" stands for when the clause before is about a thing, not a name.

"The third stage ... is due to start in spring next year. *It* should be finished by the end
of June, the council said": the stage, not the council named last (round 42). "A ban on
outdoor barbecues ... will be lifted next month, the regional government said. Forestry chief
Marta Iriondo said later that *it* would end on August 3": the ban, the subject of what was
said before, not the village named in an aside (round 41). "President Rui Almada is due to
sign the budget into law in December, and *it* takes effect on January 1": a person is never
"it", so the thing the first conjunct acts on (round 42).

The description names the thing (``subjects.pronoun_phrase``); the "it" names no one, so it
adds no participant and still points back for merging (``names.resolve_pronoun``).
"""

from __future__ import annotations

from generator.extract.events.rules import load_event_rules
from generator.extract.events.sentences import SUBJECT_DEPS, sentence_before

__all__ = ["complement_owner", "stands_for_thing", "thing_antecedent"]

PERSON_LABELS = ("PERSON",)


def thing_antecedent(pronoun):
    """The common-noun subject (or, after a person, object) an "it" subject stands for, or
    None: "it" in the clause a person reports or that comes before its saying verb, after a
    sentence whose subject (or the subject of what it reports) is a thing; "and it ..." after
    a first conjunct about a thing (or its object, after a person or a plural)."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in SUBJECT_DEPS:
        return None
    rules = load_event_rules()
    clause = pronoun.head
    if clause.dep_ == "conj" and clause.head.i < clause.i:
        first = clause.head
        subject = _subject(first)
        # round 47: "it" never stands for a plural ("Ministers published the bill last March,
        # and *it* passed its first reading in April": the bill)
        if subject is not None and (subject.ent_type_ in PERSON_LABELS
                                    or subject.tag_ in ("NNS", "NNPS")):
            objects = [t for t in first.subtree if t.dep_ == "dobj" and t.i < pronoun.i]
            return next((o for o in objects if _thing(o, rules)), None)
        return subject if subject is not None and _thing(subject, rules) else None
    if clause.dep_ == "advcl" and clause.head.i < pronoun.i:
        # "The fire burned 4,300 hectares before *it* was declared contained" (round 41); round
        # 52: through a subjectless infinitive ("The comet is expected to be at its brightest
        # around February 9, when *it* rounds the Sun"); a named owner only says whose
        # ("Harwick B's other *reactor* has run at full power since *it* returned from its own
        # outage", round 54)
        head = clause.head
        while _subject(head) is None and head.dep_ == "xcomp" and head.head.i != head.i:
            head = head.head
        subject = _subject(head)
        return subject if subject is not None and _thing(subject, rules, owned=True) else None
    if not _reported(clause, rules):
        return None  # an "It" opening a sentence of its own: ``stands_for_thing``
    previous = sentence_before(pronoun)
    if previous is None:
        return None
    subject = _reported_subject(previous.root, rules)
    return subject if subject is not None and _thing(subject, rules) \
        and not complement_owner(previous.root) else None


def stands_for_thing(pronoun) -> bool:
    """Whether "it" opening a sentence stands for the thing the sentence before is about:
    the subject of that sentence's main verb is a common noun, no name and no actor that
    stands for one ("The first derby against City has been moved ... *It* kicks off at 4
    p.m.": the derby, not City; but "The company will hold ... *It* is scheduled to": the
    company named before)."""
    if pronoun.dep_ not in SUBJECT_DEPS or pronoun.head.dep_ != "ROOT" \
            or pronoun.sent.start == 0:
        return False
    previous = sentence_before(pronoun)
    if previous is None:
        return False
    subject = next((c for c in previous.root.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_ \
        and not any(c.dep_ == "appos" for c in subject.children) \
        and subject.lemma_.lower() not in load_event_rules().agent_nouns \
        and not complement_owner(previous.root)  # "the company"; "is *Vantor's* second"


def complement_owner(verb):
    """The proper noun owning the complement of "be" ("The recall is *Vantor's* second this
    year.": the sentence is about Vantor, whom an "It" after it stands for), or None."""
    if verb.lemma_ != "be":
        return None
    return next((p for c in verb.children if c.dep_ == "attr"
                 for p in c.children if p.dep_ == "poss" and p.pos_ == "PROPN"), None)


def _reported(clause, rules) -> bool:
    """Whether the clause is what a saying verb at the root reports ("Iriondo said later that
    it would end"; "It should be finished ..., the council said")."""
    head = clause.head
    return clause.dep_ == "ccomp" and head.dep_ == "ROOT" and head.i != clause.i \
        and head.lemma_.lower() in rules.saying_verbs \
        and (clause.i < head.i or _person_says(head) or _many_say(head))  # not "Corvalen said it"


def _reported_subject(root, rules):
    """The subject of a sentence's main verb, or of the clause its saying verb reports."""
    if root.lemma_.lower() in rules.saying_verbs:
        content = next((c for c in root.children if c.dep_ == "ccomp"), None)
        # "A ban ... will be lifted next month, the regional government said": the ban; "The
        # company said affected staff would be told ...": the company
        if content is not None and (content.i < root.i or _person_says(root)):
            return _subject(content)
    return _subject(root)


def _person_says(verb) -> bool:
    """Whether a person is the subject of the saying verb: what a body says is about itself
    ("The company said affected staff would be told next week ... *It* last cut jobs")."""
    subject = _subject(verb)
    if subject is None or subject.ent_type_ not in PERSON_LABELS:
        return False
    # a full name: a one-word "PERSON" is often a firm the tagger took for one ("Orlin said")
    return sum(t.ent_type_ in PERSON_LABELS for t in subject.subtree) >= 2


def _many_say(verb) -> bool:
    """Whether the subject of the saying verb is a plural, never "it" ("Officials in the
    speaker's office said it would be held on November 27", round 42)."""
    subject = _subject(verb)
    return subject is not None and subject.tag_ in ("NNS", "NNPS")


def _subject(verb):
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def _thing(noun, rules, owned: bool = False) -> bool:
    """A singular common noun that names no body that acts (``rules.body_nouns``), with no
    possessor (but a named one when ``owned``) and no name in apposition."""
    return noun.tag_ == "NN" and not noun.ent_type_ \
        and noun.lemma_.lower() not in rules.body_nouns \
        and not any(c.dep_ == "poss" and not (owned and c.pos_ == "PROPN")
                    for c in noun.children) \
        and not any(c.dep_ == "appos" and (c.ent_type_ or c.pos_ == "PROPN")
                    for c in noun.children)
