"""Who takes part in an event: the names in its clause and its subject's."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from generator.extract.datelines import token_in_dateline
from generator.extract.doctext import doc_entity_starts
from generator.extract.events.full_names import entity_name, full_name
from generator.extract.events.names import earlier_subject, entities
from generator.extract.events.rules import EventRules
from generator.extract.events.subjects import find_subject


def find_participants(head, rules: EventRules, subject=None,
                      actor: str | None = None) -> tuple[str, ...]:
    """Names (``participant_labels`` entities, persons in full) in the clause of ``head``,
    plus those of its subject, except a dateline's ("LONDON (Reuters) -"). For an event
    noun ``head`` the clause is the noun's phrase and ``subject`` the actor of the clause
    around it. ``actor`` is a name the subject pronoun stands for; it comes first."""
    tokens = {t.i for t in head.subtree} - set(other_clauses(head))
    if subject is None and head.pos_ in ("VERB", "AUX"):
        subject = find_subject(head)
    if subject is not None:
        tokens |= {t.i for t in subject.subtree}
    names = [actor] if actor else []
    for name in (untagged_person(subject), firm_named(subject, rules),
                 relative_named(subject, rules)):
        if name and name not in names:  # "Dorn said ...", "the company had sold ..."
            names.append(name)
    # only the entities starting within the clause's first and last token can start in it
    ents, starts = entities(head.doc), doc_entity_starts(head.doc)
    first, last = (min(tokens), max(tokens)) if tokens else (0, -1)
    for ent in ents[bisect_left(starts, first): bisect_right(starts, last)]:
        if ent.label_ in rules.participant_labels and ent.start in tokens \
                and not token_in_dateline(ent[0]):
            name = entity_name(ent[0])
            if name not in names:
                names.append(name)
    return tuple(names)


def other_clauses(verb) -> list[int]:
    """Token indices of clauses hanging from ``verb`` that tell of something else."""
    skipped = []
    for child in verb.children:
        clausal = child.dep_ in ("advcl", "ccomp", "parataxis") or (
            child.dep_ == "prep" and child.i < verb.i
            and any(t.pos_ == "VERB" for t in child.subtree)) or (
            # "Police ordered the evacuation ..., and 1,200 people in Ashby were moved out"
            child.dep_ == "conj" and child.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children))
        if clausal:
            skipped += [t.i for t in child.subtree]
    return skipped


def firm_named(subject, rules: EventRules) -> str | None:
    """The organisation a subject like "the company" (``rules.firm_nouns`` with "the") stands
    for: the nearest organisation subject before it, else the last organisation named before
    it ("Tessaro Electronics unveiled ... *the company* had sold 41 million phones")."""
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in rules.firm_nouns \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return None
    named = earlier_subject(subject, ("ORG",))
    if named is not None:
        return named
    before = [e for e in entities(subject.doc) if e.label_ == "ORG" and e.end <= subject.i
              and not token_in_dateline(e[0])]
    return entity_name(before[-1][0]) if before else None


def untagged_person(subject) -> str | None:
    """The full name of a surname subject the tagger gave no type ("Dorn" -> "Hugo Dorn",
    found among the article's persons), or None."""
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_:
        return None
    name = full_name(subject.text, subject.doc)
    return name if name != subject.text else None


def relative_named(subject, rules: EventRules) -> str | None:
    """The name a relative pronoun subject stands for ("*Ravensholm B, which* began generating
    in 1988", round 57): the clause tells of the named thing, though the name stands outside
    it."""
    if subject is None or subject.lower_ not in ("which", "who", "that") \
            or subject.head.dep_ != "relcl" or subject.head.head.i == subject.head.i:
        return None
    noun = subject.head.head
    name = next((e for e in entities(subject.doc) if e.start <= noun.i < e.end
                 and e.label_ in rules.participant_labels), None)
    return entity_name(name[0]) if name is not None else None
