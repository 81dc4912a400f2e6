"""Events: every dated statement of an article as "who does what, when, and did it happen".

For each resolved DATE/TIME timex the verb it hangs from in the dependency parse is the event;
its short description is subject + verb (present tense) + object + kept prepositional phrases
("Ada Quill meets Pim Adler in Lowmere"), never the whole sentence. The status comes from
cue words and tense (``generator/rules/events.yaml``). The same event told twice (same TIMEX3
value and the same verb or overlapping participants) is merged into one.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

from generator.extract.claims import RULES_DIR, load_rule_file, stripped_bounds
from generator.extract.hits import Claim, Event, Timex

EVENT_FILE = RULES_DIR / "events.yaml"
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
#: Dependencies through which a verb borrows its subject from its head ("due to *meet*").
CLIMB_DEPS = ("xcomp", "conj", "pcomp", "advcl", "acomp")
PAST_TAGS = ("VBD",)
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


class StatusCue(BaseModel):
    """Words that give an event a status."""

    model_config = ConfigDict(extra="forbid")
    description: str
    lemmas: list[str]


class ExpectedEvent(BaseModel):
    model_config = ConfigDict(extra="forbid")
    what: str
    status: Literal["happened", "planned", "expected"]


class EventExample(BaseModel):
    """An executable example: a sentence, its one date, and the event expected from it."""

    model_config = ConfigDict(extra="forbid")
    text: str
    date: str
    value: str
    range: tuple[dt.date, dt.date]
    published: dt.date | None
    expect: ExpectedEvent

    @field_validator("value", mode="before")
    @classmethod
    def _value_as_text(cls, value):
        # YAML reads an unquoted 2024-05-10 as a date; TIMEX3 values are strings
        return value.isoformat() if isinstance(value, dt.date) else value


class EventRules(BaseModel):
    """The whole ``events.yaml``."""

    model_config = ConfigDict(extra="forbid")
    id: str
    window: int
    status: dict[str, StatusCue]
    participant_labels: list[str]
    kept_prepositions: dict[str, list[str]]
    event_nouns: list[str]
    announcing_verbs: list[str]
    examples: list[EventExample] = []


@functools.lru_cache(maxsize=4)
def load_event_rules(path: Path = EVENT_FILE) -> EventRules:
    """The event rules (cached); raises ``RuleFileError`` naming file and field."""
    return load_rule_file(path, EventRules)


@dataclass(slots=True)
class Candidate:
    """An event before merging, with the verb lemma that merging compares."""

    lemma: str
    event: Event
    keys: list[frozenset[str]] = field(default_factory=list)
    """Per participant, the words of its name (see ``name_keys``)."""


def iter_events(
    doc, timexes: Sequence[Timex], claims: Sequence[Claim], published: dt.date | None
) -> list[Event]:
    """The article's dated events, in order of first mention.

    Args:
        doc: the parsed article.
        timexes: its dates; only DATE/TIME timexes that resolved to a range make events.
        claims: its claims; an event lists the claims whose sentence tells of it.
        published: publication date, used for the status of events without cue words.
    """
    rules = load_event_rules()
    candidates: list[Candidate] = []
    seen_verbs: set[int] = set()
    for timex in sorted(timexes, key=lambda t: t.start):
        if timex.type not in ("DATE", "TIME") or timex.range is None:
            continue
        verb = governing_token(doc, timex)
        if verb is None or verb.i in seen_verbs:
            continue  # a second date on the same verb ("on Friday at noon") is the same event
        seen_verbs.add(verb.i)
        candidates.append(make_candidate(verb, timex, claims, published, rules))
    return [c.event for c in merge_candidates(candidates)]


def governing_token(doc, timex: Timex):
    """The verb (or, failing that, the root) the date expression hangs from, or None."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def make_candidate(verb, timex: Timex, claims: Sequence[Claim], published, rules) -> Candidate:
    """Describe the event of ``verb`` dated by ``timex``."""
    sent = verb.sent
    # "announcing the summit next week": the dated thing is the summit, not the announcement
    happening = event_noun(verb, rules)
    participants = find_participants(happening or verb, rules)
    event = Event(
        what=describe(verb, rules, claims),
        when=timex,
        status=event_status(verb, timex, published, rules),
        participants=participants,
        claim_starts=tuple(c.start for c in claims
                           if c.sentence_start <= timex.start < max(c.sentence_end, c.end)),
        mentions=(stripped_bounds(verb.doc.text, sent.start_char, sent.end_char),),
    )
    lemma = (happening or verb).lemma_.lower()
    return Candidate(lemma, event, name_keys(participants))


def event_noun(verb, rules: EventRules):
    """The object of an announcing verb when it names a happening ("summit", "talks")."""
    if verb.lemma_.lower() not in rules.announcing_verbs:
        return None
    objects = (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))
    return next((c for c in objects if c.lemma_.lower() in rules.event_nouns), None)


# --- the short description -------------------------------------------------------------


def describe(verb, rules: EventRules, claims: Sequence[Claim] = ()) -> str:
    """Subject + verb in the present tense + object + kept prepositional phrases."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        if verb.lemma_.lower() in rules.status["planned"].lemmas:
            return phrase(verb.head)  # "an offensive planned for the spring": the offensive
        # "a paper released last month": the noun is the thing the event happens to
        return f"{phrase(verb.head)} {verb.text}"
    subject = find_subject(verb)
    words = [subject_phrase(subject, claims)] if subject is not None else []
    words.append(verb_phrase(verb, plural=is_plural(subject)))
    for child in verb.children:
        if child.dep_ in ("dobj", "attr", "dative"):
            words.append(phrase(child))
            words += kept_prepositions(child, rules)
    words += kept_prepositions(verb, rules)
    return " ".join(w for w in words if w)


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


# --- participants and status ------------------------------------------------------------


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


def event_status(verb, timex: Timex, published: dt.date | None, rules: EventRules) -> str:
    """``happened``, ``planned`` or ``expected`` (the order of tests is in events.yaml)."""
    if published is not None and timex.range.end < published:
        return "happened"
    cues = cue_lemmas(verb, rules.window)
    for status in ("planned", "expected"):
        if cues & set(rules.status[status].lemmas):
            return status
    if verb.tag_ in PAST_TAGS or any(c.tag_ in PAST_TAGS for c in verb.children if c.dep_ == "aux"):
        return "happened"
    if published is not None and timex.range.start > published:
        return "expected"
    return "happened"


def cue_lemmas(verb, window: int) -> set[str]:
    """Lemmas on or just before the verb: itself, its auxiliaries, its heads, its left words."""
    tokens = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    head = verb
    while head.dep_ in CLIMB_DEPS and head.head.i != head.i and len(tokens) < 12:
        head = head.head
        tokens.append(head)
    start = max(verb.sent.start, verb.i - window)
    for token in reversed(verb.doc[start:verb.i]):
        if token.is_punct:
            break  # do not read across a clause boundary
        tokens.append(token)
    return {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}


# --- merging -----------------------------------------------------------------------------


TITLES = frozenset({"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "president", "the", "of"})


def name_keys(names: Sequence[str]) -> list[frozenset[str]]:
    """Per name, its lower-case words without titles, for a loose match ("Mr. Xi" ~ "Xi
    Jinping")."""
    keys = [frozenset(w.lower() for w in name.split() if w.lower() not in TITLES) for name in names]
    return [key for key in keys if key]


def matched_names(names: Sequence[frozenset[str]], others: Sequence[frozenset[str]]) -> int:
    """How many of ``names`` share a word with one of ``others``."""
    return sum(any(name & other for other in others) for name in names)


def same_event(a: Candidate, b: Candidate) -> bool:
    """Same date value, and the same verb or participants that overlap enough.

    "Overlap enough" means one side's names are all among the other's, or two names shared:
    a single shared name is not enough ("Xi meets Putin" vs "Xi talks to Zelensky").
    """
    if a.event.when.value != b.event.when.value:
        return False
    if a.lemma == b.lemma:
        return True
    shared = matched_names(a.keys, b.keys)
    smaller = min(len(a.keys), len(b.keys))
    return shared >= 2 or (shared > 0 and shared == smaller)


def merge_candidates(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Fold each candidate into the first earlier one that is the same event."""
    merged: list[Candidate] = []
    for candidate in candidates:
        target = next((m for m in merged if same_event(m, candidate)), None)
        if target is None:
            merged.append(candidate)
            continue
        target.event = combine(target.event, candidate.event)
        target.keys += [k for k in candidate.keys if k not in target.keys]
    return merged


def combine(first: Event, second: Event) -> Event:
    """``first`` with the participants, claims and mentions of ``second`` added."""
    return replace(
        first,
        participants=first.participants + tuple(p for p in second.participants
                                                if p not in first.participants),
        claim_starts=tuple(sorted(set(first.claim_starts) | set(second.claim_starts))),
        mentions=tuple(sorted(set(first.mentions) | set(second.mentions))),
    )
