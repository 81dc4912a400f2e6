"""Events a noun names ("a phone *call* Thursday", "Ada Quill's *visit* to Orsk next week",
"*floods* in October"): who does it, a light verb and the noun phrase ("Dmytro Kuleba holds
a phone call with his Chinese counterpart", "Ada Quill makes a visit to Orsk", "Floods")."""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.events.anchor_heads import clause_verb
from generator.extract.events.names import resolve_pronoun
from generator.extract.events.nouns import ACTOR_LABELS, attached_phrases, phrase
from generator.extract.events.phrases import describe, finish, participle_agent, third_person
from generator.extract.events.rules import EventRules
from generator.extract.events.subjects import (
    find_subject,
    is_plural,
    named_possessor,
    subject_phrase,
)
from generator.extract.hits import Claim


def noun_event(noun, rules: EventRules, claims: Sequence[Claim] = ()) -> str:
    """A happening named by a noun the date hangs from: its actor + a light verb + the noun
    ("Dmytro Kuleba holds a phone call with his Chinese counterpart", "Ukraine launches an
    offensive"). The actor is the agent of a participle on the noun ("a conference held *by
    Brask*"), else its named owner ("*Ada Quill's* visit to Orsk"), else the subject of the
    clause around it, unless that subject only looks on ("Holm expected a vote in January":
    ``rules.onlooker_verbs``), nor when a fixture only orders it ("rest *after the final*").
    Without one: the clause ("A hearing is scheduled") when the
    noun is its subject and the verb says something of it, else the noun phrase ("The
    summit")."""
    if noun.lemma_.lower() in rules.agentless_nouns:  # "floods in October": nobody does them
        return finish(" ".join([phrase(noun), *attached_phrases(noun, rules)]))
    owner = clause_verb(noun.head) if noun.head.i != noun.i else None
    possessor = named_possessor(noun)
    subject = participle_agent(noun) or possessor
    owner_name = pronoun_owner(noun, claims) \
        if subject is None and not clause_owns_pronoun(noun, owner, rules) else None
    if owner_name is not None:  # "*its* launch in 2003" -> "iTunes holds its launch"
        possessor = next(c for c in noun.children if c.dep_ == "poss")
        light = rules.event_noun_verbs.get(noun.lemma_.lower(), rules.default_noun_verb)
        what = " ".join([with_article(noun, phrase(noun, skip=frozenset({possessor.i}))),
                         *attached_phrases(noun, rules)])
        return finish(f"{owner_name} {third_person(light)} {what}")
    # "the players would rest after the final on June 7": they do not play that fixture
    sequenced = noun.dep_ == "pobj" and noun.head.lower_ in rules.sequence_prepositions \
        and noun.lemma_.lower() in rules.fixture_nouns
    if subject is None and owner is not None and owner.lemma_.lower() in rules.referring_verbs \
            and noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.i == owner.i:
        return describe(owner, rules, claims)  # "The plan goes to a vote" (round 54)
    if subject is None and owner is not None and owner.pos_ in ("VERB", "AUX") \
            and owner.lemma_.lower() not in rules.onlooker_verbs and not sequenced:
        subject = find_subject(owner)
        if subject is not None and subject.i in {t.i for t in noun.subtree}:
            if owner.lemma_.lower() != "be":
                return describe(owner, rules, claims)  # the noun is the subject: "A hearing ..."
            subject = None  # "the summit is ...": the summit itself
    if subject is not None and subject.ent_type_ not in ACTOR_LABELS and subject.pos_ != "PRON" \
            and subject.lemma_.lower() not in rules.agent_nouns:
        subject = None  # "the weather delayed the launch": the weather does not launch it
    who = subject_phrase(subject, claims) if subject is not None else None
    skip = frozenset(t.i for t in possessor.subtree) if possessor is not None else frozenset()
    what = " ".join([with_article(noun, phrase(noun, skip=skip)),
                     *attached_phrases(noun, rules)])
    if not who:
        return finish(what)
    light = called_off_by(noun, owner, rules) \
        or rules.event_noun_verbs.get(noun.lemma_.lower(), rules.default_noun_verb)
    # "The unions stage a second strike" (round 19): the light verb agrees with its subject
    return finish(f"{who} {light if is_plural(subject) else third_person(light)} {what}")


def called_off_by(noun, owner, rules: EventRules) -> str | None:
    """The verb of ``rules.status["called_off"]`` whose object the noun is ("Marchetti has
    *cancelled* a trip to Brussels planned for February 11 and 12", round 52: she cancels it,
    she makes no trip), else None."""
    if owner is None or noun.dep_ != "dobj" or noun.head.i != owner.i:
        return None
    lemma = owner.lemma_.lower()
    return lemma if lemma in rules.status["called_off"].lemmas else None


def clause_owns_pronoun(noun, owner, rules: EventRules) -> bool:
    """Whether the possessive pronoun on the noun stands for the subject of its own clause, an
    actor named before it in the same number ("the committee would look at new data before
    *its* next meeting": the committee's, not the bank's told before; round 29): the clause
    then gives the owner."""
    pronoun = next((c for c in noun.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    if pronoun is None or owner is None or owner.pos_ not in ("VERB", "AUX") \
            or pronoun.lower_ not in ("its", "their"):
        return False
    subject = find_subject(owner)
    actor = subject is not None and subject.pos_ in ("NOUN", "PROPN") and (
        subject.ent_type_ in ACTOR_LABELS or subject.lemma_.lower() in rules.agent_nouns)
    return actor and subject.i < pronoun.i and is_plural(subject) == (pronoun.lower_ == "their")


def pronoun_owner(noun, claims: Sequence[Claim]) -> str | None:
    """The name a possessive pronoun on the noun stands for ("*his* visit" -> "Ada Quill"),
    or None."""
    pronoun = next((c for c in noun.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    return resolve_pronoun(pronoun, claims) if pronoun is not None else None


def with_article(noun, text: str) -> str:
    """``text`` with "a" before a singular noun that lost its owner ("visit to Orsk" -> "a
    visit to Orsk"); plurals and phrases with a determiner stay ("talks", "the summit")."""
    has_determiner = any(c.dep_ in ("det", "poss") and c.i < noun.i for c in noun.children
                         if c.lower_ in text.lower().split())
    if has_determiner or noun.tag_ in ("NNS", "NNPS") or not text \
            or text.lower().startswith("the "):  # "next month's tour" -> "the tour"
        return text
    return f"a {text}"
