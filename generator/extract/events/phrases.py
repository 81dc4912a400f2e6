"""The short description of an event ("Xi Jinping meets Vladimir Putin in Moscow"), read off
the dependency parse around the predicate a date hangs from (see ``anchor``).

Subject + verb in the present tense + object (with its determiner: "wins a third term") + the
prepositional phrases worth keeping ("as president", "with his Chinese counterpart", "in
Moscow"). Short names become full names ("Xi" -> "Xi Jinping") and subject pronouns the name
they stand for (see ``names``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.extract.events.anchor import clause_verb
from generator.extract.events.names import (
    earlier_subject, entity_name, entity_of, full_name, resolve_pronoun, strip_determiner)
from generator.extract.events.rules import EventRules
from generator.extract.hits import Claim

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
#: Dependencies through which a verb borrows its subject from its head ("due to *meet*").
CLIMB_DEPS = ("xcomp", "conj", "pcomp", "advcl", "acomp")
OBJECT_DEPS = ("dobj", "attr", "dative", "acomp", "oprd")
RELATIVE_PRONOUNS = ("which", "that", "who")
NOMINATIVE = {"his": "he", "her": "she", "its": "it", "their": "they", "our": "we", "my": "I"}
#: A subject keeps a phrase with one of these prepositions naming one of these entity types.
SUBJECT_PREPOSITIONS = ("in", "at", "of")
PLACE_LABELS = ("GPE", "LOC", "FAC", "ORG")
#: Entity types that can act as the subject of an event.
ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")
#: Entity types that are not names (a noun tagged with one is described like any noun).
NOT_NAMES = ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")
#: Left dependents that belong in a short noun phrase ("a Chinese Foreign Ministry paper").
NOUN_MODIFIERS = ("det", "predet", "compound", "amod", "nummod", "poss", "nmod")
#: Irregular third-person singular forms; the rest follow spelling rules in ``third_person``.
IRREGULAR_3SG = {"be": "is", "have": "has", "do": "does", "go": "goes"}
#: "a offensive" -> "an offensive" (not before "u"/"eu": "a union", "a European").
A_BEFORE_VOWEL = re.compile(r"\b([Aa]) (?=[aioAIO]|[eE](?![uU]))")


def describe(verb, rules: EventRules, claims: Sequence[Claim] = (), nested: bool = False) -> str:
    """Subject + verb in the present tense + object + kept prepositional phrases; a verb of
    saying without an object is followed by the gist of what was said ("... says the visit
    will be a journey for peace"), one level deep, with its modal."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return finish(participle_event(verb, rules, claims))
    subject = find_subject(verb)
    who = subject_phrase(subject, claims) if subject is not None else None
    if who is None:  # a participle fragment ("capping his dominance"): the actor before it
        who = earlier_subject(verb, ACTOR_LABELS)
    words = [who] if who else []
    words.append(verb_phrase(verb, plural=is_plural(subject), keep_modal=nested))
    seen_deps = set()
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS and child.dep_ not in seen_deps:
            seen_deps.add(child.dep_)  # a second "object" is a misparsed apposition
            words.append(phrase(child))
            words += attached_phrases(child, rules)
    words += attached_phrases(verb, rules)
    said = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if len(words) == 2 and said is not None and not nested:
        words.append(describe(said, rules, claims, nested=True))
    text = " ".join(w for w in words if w)
    return text if nested else finish(text)


def noun_event(noun, rules: EventRules, claims: Sequence[Claim] = ()) -> str:
    """A happening named by a noun the date hangs from: its actor + a light verb + the noun
    ("Dmytro Kuleba holds a phone call with his Chinese counterpart", "Ukraine launches an
    offensive"); without an actor, the noun phrase alone."""
    owner = clause_verb(noun.head) if noun.head.i != noun.i else None
    subject = find_subject(owner) if owner is not None and owner.pos_ in ("VERB", "AUX") else None
    if subject is not None and subject.ent_type_ not in ACTOR_LABELS and subject.pos_ != "PRON":
        subject = None  # "the weather delayed the launch": the weather does not launch it
    who = subject_phrase(subject, claims) if subject is not None else None
    what = " ".join([phrase(noun), *attached_phrases(noun, rules)])
    if not who:
        return finish(what)
    light = rules.event_noun_verbs.get(noun.lemma_.lower(), rules.default_noun_verb)
    return finish(f"{who} {third_person(light)} {what}")


def participle_event(verb, rules: EventRules, claims: Sequence[Claim] = ()) -> str:
    """ "a Chinese Foreign Ministry paper released last month": the named owner of the noun
    does it ("Chinese Foreign Ministry releases a position paper"); else the noun undergoes it
    ("A position paper is released")."""
    noun = verb.head
    owner = next((c for c in noun.lefts if c.dep_ in ("compound", "poss")
                  and c.ent_type_ in ACTOR_LABELS and c.ent_type_ != "NORP"), None)
    if owner is None:
        return f"{phrase(noun)} is {verb.text}"
    # the owner with its own modifiers: "Chinese" is a NORP entity apart from "Foreign Ministry"
    name = strip_determiner(owner.doc[owner.left_edge.i:owner.i + 1])
    rest = phrase(noun, skip={t.i for t in owner.subtree})
    return f"{name} {third_person(verb.lemma_.lower())} {rest}"


def find_subject(verb):
    """The verb's subject, borrowed from the verbs it depends on (a gerund's from the owner of
    the noun it qualifies: "Xi's first trip since *winning*"), or the nearest name before it."""
    token = verb
    for _ in range(5):
        subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        if token.dep_ == "pcomp" and token.head.dep_ == "prep":
            owner = possessor(token.head.head)
            if owner is not None:
                return owner
            token = token.head.head
            continue
        if token.dep_ not in CLIMB_DEPS or token.head.i == token.i:
            break
        token = token.head
    # The parser sometimes hangs "due to meet" off a preposition; then the nearest name to the
    # left in the sentence is the best guess for who acts.
    before = [t for t in verb.sent if t.i < verb.i and t.ent_type_ in ACTOR_LABELS]
    return before[-1] if before else None


def possessor(head):
    """The named owner of a noun, or of the noun a copula introduces ("it is *Xi's* first
    trip"), or None."""
    nouns = [head] + [c for c in head.children if c.dep_ in ("attr", "dobj")]
    for noun in nouns:
        for child in noun.children:
            if child.dep_ == "poss" and (child.ent_type_ in ACTOR_LABELS or child.pos_ == "PRON"):
                return child
    return None


def subject_phrase(subject, claims: Sequence[Claim] = ()) -> str | None:
    """The subject and the subjects coordinated with it ("Ada Quill and Pim Adler"), with
    pronouns replaced by what they stand for where that is clear enough."""
    if subject.pos_ == "PRON":
        if subject.lower_ in RELATIVE_PRONOUNS and subject.head.dep_ == "relcl":
            return phrase(subject.head.head)
        return resolve_pronoun(subject, claims) or nominative(subject)
    words = [phrase(subject, claims=claims, resolve=True)]
    if not is_name(subject):  # a name's own "of" is inside it ("the council of Veldmark")
        words += attached_phrases(subject, rules=None)
    parts = [" ".join(words)]
    parts += [phrase(c) for c in subject.children if c.dep_ == "conj"]
    return " and ".join(parts)


def nominative(pronoun) -> str:
    """An unresolved pronoun as a subject: "her" (a gerund's owner) -> "she"."""
    return NOMINATIVE.get(pronoun.lower_, pronoun.text)


def is_plural(subject) -> bool:
    """Plural subjects take the base form of the verb."""
    if subject is None or subject.dep_ == "poss":
        return False
    has_conj = any(c.dep_ == "conj" for c in subject.children)
    return has_conj or subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("they", "we", "two")


def is_name(token) -> bool:
    """Whether the token belongs to a named entity (a date or a number is not a name)."""
    return bool(token.ent_type_) and token.ent_type_ not in NOT_NAMES


def name_phrase(token) -> str:
    """The name a token belongs to, in full for a person."""
    return entity_name(token)


def phrase(token, claims: Sequence[Claim] = (), resolve: bool = False,
           skip: set[int] = frozenset()) -> str:
    """A compact noun phrase: a name (in full for a person), else the noun with its left
    modifiers (determiner, compounds, adjectives, numbers, possessives) and no dates or quote
    marks. ``resolve`` replaces a possessive pronoun by its owner's name; ``skip`` leaves
    tokens out."""
    if is_name(token):
        return name_phrase(token)
    modifiers = [c for c in token.lefts if c.dep_ in NOUN_MODIFIERS]
    start = min((c.left_edge.i for c in modifiers), default=token.i)
    words, done = [], set(skip)
    for word in token.doc[start:token.i + 1]:
        if word.i in done or word.is_quote or word.ent_type_ in ("DATE", "TIME"):
            continue
        if word.ent_type_ == "PERSON" and word.tag_ != "POS":
            ent = entity_of(word)
            done |= {t.i for t in ent if t.tag_ != "POS"}
            words.append(full_name(ent.text if ent[-1].tag_ != "POS" else ent[:-1].text,
                                   token.doc) + ent[-1].whitespace_)
        elif resolve and word.tag_ == "PRP$" and resolve_pronoun(word, claims):
            words.append(f"{resolve_pronoun(word, claims)}'s ")
        elif word.dep_ == "det":
            words.append(word.lower_ + word.whitespace_)  # "A paper" in the middle of a phrase
        else:
            words.append(word.text_with_ws)
    return "".join(words).strip()


def attached_phrases(head, rules: EventRules | None, depth: int = 0) -> list[str]:
    """Prepositional phrases of ``head`` worth keeping: with a name ("with Pim Adler", "in
    Lowmere"), or, after a noun, one short phrase ("as president", "of Russian energy").
    Without ``rules`` (a subject): only "in"/"at"/"of" + a place or organisation ("a strike at
    the Tarn mill")."""
    if rules is None:
        return [f"{prep.lower_} {phrase(pobj)}" for prep, pobj in prep_objects(head)
                if prep.lower_ in SUBJECT_PREPOSITIONS
                and (pobj.ent_type_ in PLACE_LABELS or names_someone(pobj))]
    kept, short_taken = [], False
    for prep, pobj in prep_objects(head):
        labels = rules.kept_prepositions.get(prep.lower_, ())
        named = pobj.ent_type_ in labels
        text = phrase(pobj)
        if not text or pobj.ent_type_ in ("DATE", "TIME"):
            continue  # "on Monday" is the event's date, not part of what happens
        # after a verb, only a phrase about someone ("expresses concern about China's ties")
        short = (not short_taken and prep.lower_ in rules.object_prepositions
                 and len(text.split()) <= rules.max_phrase_words
                 and (head.pos_ == "NOUN" or names_someone(pobj)))
        if not (named or short):
            continue
        short_taken |= not named
        kept.append(f"{prep.lower_} {text}")
        if depth == 0:
            kept += attached_phrases(pobj, rules, depth + 1)
    return kept


def prep_objects(head) -> list[tuple]:
    """(preposition, its object) pairs after ``head`` (a "With X due to meet Y, ..." before
    the verb is another clause)."""
    pairs = []
    for prep in head.rights:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.dep_ == "prep" and pobj is not None:
            pairs.append((prep, pobj))
    return pairs


def names_someone(noun) -> bool:
    """Whether a noun or its left modifiers name an actor or place ("China's deepening ties",
    "the Lowmere harbour"; a proper noun the tagger did not recognise counts too)."""
    return any(t.ent_type_ in ACTOR_LABELS or (t.pos_ == "PROPN" and not t.ent_type_)
               for t in noun.doc[noun.left_edge.i:noun.i + 1])


def verb_phrase(verb, plural: bool, keep_modal: bool = False) -> str:
    """The verb in the present tense, with negation and particle ("does not pay", "sets up");
    with ``keep_modal``, its modal too ("will be")."""
    lemma = verb.lemma_.lower()
    particle = " ".join(c.text for c in verb.children if c.dep_ == "prt")
    negated = any(c.dep_ == "neg" for c in verb.children)
    modal = next((c.lower_ for c in verb.children if c.tag_ == "MD"), None)
    if keep_modal and modal:
        main = f"{modal}{' not' if negated else ''} {lemma}"
    elif any(c.dep_ == "auxpass" for c in verb.children):
        main = f"{'are' if plural else 'is'}{' not' if negated else ''} {verb.text}"
    elif negated:
        main = f"{'do' if plural else 'does'} not {lemma}"
    elif plural:
        main = "are" if lemma == "be" else lemma
    else:
        main = third_person(lemma)
    return f"{main} {particle}".strip()


def third_person(lemma: str) -> str:
    """Third-person singular present: meet -> meets, launch -> launches, try -> tries."""
    if lemma in IRREGULAR_3SG:
        return IRREGULAR_3SG[lemma]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def finish(text: str) -> str:
    """Fix "a" before a vowel and start with a capital letter."""
    text = A_BEFORE_VOWEL.sub(r"\1n ", " ".join(text.split()))
    return text[:1].upper() + text[1:]
