"""Round 61: who does it, when the parser or a pronoun hides it.

- A name the parser split off a noun inside the subject's phrase and made a second subject of
  the verb, or an apposition of the subject's head ("*The jury* in the fraud trial of the
  builder *Simon Pryor* was sent out", "*A hardship fund* run by the housing charity
  *Orskhome* ... will close on June 30"): the name is the noun's, no comma sets it off, and the
  subject is the head the phrase hangs on (``split_name``, ``far_apposition``).
- "they" in what someone tells a plural object is that object ("Judge Tallis *told the jurors*
  ... that *they* should return to court at 10am on Monday": the jurors), and what the teller
  says they "should" do is arranged, a direction (``told_addressee``, ``directed``).
- "It" opening a sentence after one about a thing is that thing (``sentence_thing``).
- "he" or "she" never stands for a plural speaker ("*Prosecutors* say *he* took £2 million":
  the man named before, not the prosecutors; ``plural_speaker``).
"""

from __future__ import annotations

from generator.extract.events.sentences import sentence_before
from generator.extract.events.things import stands_for_thing

__all__ = ["directed", "far_apposition", "plural_speaker", "sentence_thing", "split_name",
           "standing_noun", "told_addressee"]

SUBJECT_DEPS = ("nsubj", "nsubjpass")
#: Verbs of telling whose object a "they" in what they tell stands for.
TELLING_VERBS = frozenset({"tell", "inform", "remind", "warn", "advise", "instruct"})
#: Modals of a direction told to someone ("should return to court").
DIRECTING_MODALS = frozenset({"should"})


def split_name(subject, verb) -> bool:
    """Whether ``subject``, a proper noun, comes right after a word inside the phrase of
    another subject of ``verb`` with no comma between: the name of that word's noun."""
    if subject.pos_ != "PROPN" or subject.left_edge.i == 0:
        return False
    before = subject.doc[subject.left_edge.i - 1]
    return before.pos_ in ("NOUN", "ADP") and any(
        c.dep_ in SUBJECT_DEPS and c.i != subject.i and c.i < before.i
        and c.left_edge.i <= before.i <= c.right_edge.i for c in verb.children)


def far_apposition(child, subject) -> bool:
    """Whether ``child``, an apposition of ``subject``, follows a prepositional phrase of the
    subject with no comma before it ("The jury *in the trial of the builder* Simon Pryor")."""
    if child.dep_ != "appos" or child.i < subject.i or child.left_edge.i == 0:
        return False
    return child.doc[child.left_edge.i - 1].text != "," and any(
        c.dep_ == "prep" and subject.i < c.i < child.i for c in subject.children)


def told_addressee(pronoun):
    """The plural object of a verb of ``TELLING_VERBS`` whose reported clause has ``pronoun``
    "they" for subject (or the clause coordinated before it), else None."""
    clause = pronoun.head
    if pronoun.lower_ != "they" or pronoun.dep_ not in SUBJECT_DEPS or clause.dep_ != "ccomp":
        return None
    teller = clause.head
    if teller.lemma_.lower() not in TELLING_VERBS:
        return None
    return next((c for c in teller.children if c.dep_ == "dobj" and c.tag_ == "NNS"), None)


def directed(verb) -> bool:
    """Whether the verb carries "should" in a clause a verb of ``TELLING_VERBS`` reports to
    its object, who is the clause's "they" (maybe in the clause it is a conjunct of): a
    direction, arranged by the teller; not a forecast told to an audience ("told *a news
    conference* that inflation should fall back")."""
    if not any(c.dep_ == "aux" and c.lower_ in DIRECTING_MODALS for c in verb.children):
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head.i < clause.i \
            and not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        clause = clause.head
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and told_addressee(subject) is not None


def plural_speaker(speaker: str, sent) -> bool:
    """Whether the speaker is a plural noun of the sentence ("*Prosecutors* say ...")."""
    last = speaker.split()[-1] if speaker else ""
    return any(t.text == last and t.tag_ == "NNS" and t.pos_ == "NOUN" for t in sent)


def sentence_thing(pronoun):
    """The common noun an "it" opening a sentence stands for, the subject of the sentence
    before (``things.stands_for_thing``: "The trial began on January 13. *It* had been due to
    start last October but was postponed in September", round 61: the trial), else None."""
    if pronoun.lower_ != "it" or not stands_for_thing(pronoun):
        return None
    previous = sentence_before(pronoun)
    subject = next((c for c in previous.root.children if c.dep_ in SUBJECT_DEPS), None)
    return subject if subject is not None and subject.tag_ == "NN" else None  # not a plural


def standing_noun(pronoun, resolved: bool):
    """The noun a subject pronoun stands for by this module's rules: the object a "they" was
    told of, else (when no name was found for it, not ``resolved``) the thing an opening "It"
    stands for; None otherwise."""
    told = told_addressee(pronoun)
    return told if told is not None or resolved else sentence_thing(pronoun)
