"""The short description of an event ("Ada Quill meets Pim Adler in Lowmere") and its
participants, read off the dependency parse around the verb a date hangs from."""

from __future__ import annotations

from collections.abc import Sequence

from generator.extract.events.rules import EventRules
from generator.extract.hits import Claim

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
#: Dependencies through which a verb borrows its subject from its head ("due to *meet*").
CLIMB_DEPS = ("xcomp", "conj", "pcomp", "advcl", "acomp")
PERSONAL_PRONOUNS = ("he", "she")
RELATIVE_PRONOUNS = ("which", "that", "who")
#: What kind of name a pronoun may stand for (the last one named before it).
PRONOUN_LABELS = {"he": ("PERSON",), "she": ("PERSON",), "it": ("ORG", "GPE")}
#: Entity types that can act as the subject of an event.
ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")
#: Left dependents that belong in a short noun phrase ("the Chinese Foreign Ministry's paper").
NOUN_MODIFIERS = ("det", "compound", "amod", "nummod", "poss", "nmod")
#: Irregular third-person singular forms; the rest follow spelling rules in ``third_person``.
IRREGULAR_3SG = {"be": "is", "have": "has", "do": "does", "go": "goes"}


def describe(verb, rules: EventRules, claims: Sequence[Claim] = (), nested: bool = False) -> str:
    """Subject + verb in the present tense + object + kept prepositional phrases; a verb of
    saying without an object is followed by the gist of what was said ("... says visit is
    success"), one level deep."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        if verb.lemma_.lower() in rules.status["planned"].lemmas:
            return planned_thing(verb.head)
        # "a paper released last month": the noun is the thing the event happens to
        return f"{phrase(verb.head)} {verb.text}"
    subject = find_subject(verb)
    words = [subject_phrase(subject, claims)] if subject is not None else []
    words.append(verb_phrase(verb, plural=is_plural(subject)))
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "dative", "acomp", "oprd"):
            words.append(phrase(child))
            words += kept_prepositions(child, rules)
    words += kept_prepositions(verb, rules)
    said = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if len(words) == 2 and said is not None and not nested:
        words.append(describe(said, rules, claims, nested=True))
    return " ".join(w for w in words if w)


def planned_thing(noun) -> str:
    """ "an offensive planned for the spring": the offensive, and whose it is when the clause
    around it names an actor ("Ukraine prepares for an offensive" -> "Ukraine's offensive")."""
    owner = noun.head
    while owner.pos_ not in ("VERB", "AUX") and owner.head.i != owner.i:
        owner = owner.head
    subject = next((c for c in owner.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.ent_type_ in ACTOR_LABELS and subject.i < noun.i:
        return f"{phrase(subject)}'s {phrase(noun)}"
    return phrase(noun)


def find_subject(verb):
    """The verb's subject, borrowed from the verbs it depends on, or the nearest name before it."""
    token = verb
    for _ in range(4):
        subject = next((c for c in token.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        if token.dep_ not in CLIMB_DEPS or token.head.i == token.i:
            break
        token = token.head
    # The parser sometimes hangs "due to meet" off a preposition; then the nearest name to the
    # left in the sentence is the best guess for who acts.
    before = [t for t in verb.sent if t.i < verb.i and t.ent_type_ in ACTOR_LABELS]
    return before[-1] if before else None


def subject_phrase(subject, claims: Sequence[Claim] = ()) -> str:
    """The subject and the subjects coordinated with it ("Ada Quill and Pim Adler"), with
    pronouns replaced by what they stand for where that is clear enough."""
    if subject.pos_ == "PRON":
        return resolve_pronoun(subject, claims)
    parts = [phrase(subject)] + [phrase(c) for c in subject.children if c.dep_ == "conj"]
    return " and ".join(parts)


def resolve_pronoun(pronoun, claims: Sequence[Claim]) -> str:
    """What a subject pronoun stands for, else the pronoun itself.

    - "which"/"that"/"who" opening a relative clause: the noun the clause hangs from;
    - "he"/"she": the speaker of a claim in its sentence, else the last person named before;
    - "it": the last organisation or place named before it.
    """
    word, at = pronoun.lower_, pronoun.idx
    if word in RELATIVE_PRONOUNS and pronoun.head.dep_ == "relcl":
        return phrase(pronoun.head.head)
    if word in PERSONAL_PRONOUNS:
        speakers = [c.speaker for c in claims
                    if c.speaker and c.sentence_start <= at < max(c.sentence_end, c.end)]
        if speakers:
            return speakers[0]
    labels = PRONOUN_LABELS.get(word, ())
    named = [e for e in pronoun.doc.ents if e.label_ in labels and e.end_char <= at]
    return strip_determiner(named[-1]) if named else pronoun.text


def is_plural(subject) -> bool:
    """Plural subjects take the base form of the verb."""
    if subject is None:
        return False
    has_conj = any(c.dep_ == "conj" for c in subject.children)
    return has_conj or subject.tag_ in ("NNS", "NNPS") or subject.lower_ in ("they", "we", "two")


def phrase(token) -> str:
    """A compact name for a noun: its named entity, else the noun with its left modifiers
    (compounds, adjectives, numbers, possessives), without determiner."""
    if token.ent_type_ and token.ent_type_ not in ("DATE", "TIME", "CARDINAL"):
        return strip_determiner(entity_of(token))
    modifiers = [c for c in token.lefts if c.dep_ in NOUN_MODIFIERS]
    start = min((c.left_edge.i for c in modifiers), default=token.i)
    return strip_determiner(token.doc[start:token.i + 1])


def entity_of(token):
    """The entity span a token belongs to (walks the IOB tags, cheaper than ``doc.ents``)."""
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def strip_determiner(span) -> str:
    """Span text without leading determiners ("the council" -> "council")."""
    tokens = list(span)
    while tokens and tokens[0].dep_ == "det":
        tokens = tokens[1:]
    if not tokens:
        return span.text
    return "".join(t.text_with_ws for t in tokens).strip()


def verb_phrase(verb, plural: bool) -> str:
    """The verb in the present tense, with negation and particle ("does not pay", "sets up")."""
    lemma = verb.lemma_.lower()
    particle = " ".join(c.text for c in verb.children if c.dep_ == "prt")
    negated = any(c.dep_ == "neg" for c in verb.children)
    if any(c.dep_ == "auxpass" for c in verb.children):
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


def kept_prepositions(head, rules: EventRules) -> list[str]:
    """Prepositional phrases of ``head`` worth keeping ("with Pim Adler", "in Lowmere")."""
    kept = []
    for prep in head.rights:  # a "With X due to meet Y, ..." before the verb is another clause
        labels = rules.kept_prepositions.get(prep.lower_) if prep.dep_ == "prep" else None
        objects = [c for c in prep.children if c.dep_ == "pobj"] if labels else []
        if objects and objects[0].ent_type_ in labels:
            kept.append(f"{prep.lower_} {phrase(objects[0])}")
    return kept


def find_participants(verb, rules: EventRules) -> tuple[str, ...]:
    """Names (``participant_labels`` entities) in the verb's clause, plus its subject's (for
    an event noun: in the noun's phrase only)."""
    tokens = {t.i for t in verb.subtree} - set(other_clauses(verb))
    subject = find_subject(verb) if verb.pos_ in ("VERB", "AUX") else None
    if subject is not None:
        tokens |= {t.i for t in subject.subtree}
    names = []
    for ent in verb.doc.ents:
        if ent.label_ in rules.participant_labels and ent.start in tokens:
            name = strip_determiner(ent)
            if name not in names:
                names.append(name)
    return tuple(names)


def other_clauses(verb) -> list[int]:
    """Token indices of clauses hanging from ``verb`` that tell of something else."""
    skipped = []
    for child in verb.children:
        clausal = child.dep_ in ("advcl", "ccomp", "parataxis") or (
            child.dep_ == "prep" and child.i < verb.i
            and any(t.pos_ == "VERB" for t in child.subtree))
        if clausal:
            skipped += [t.i for t in child.subtree]
    return skipped
