"""The speaker of "Mayor Ada Brill, speaking at the arena as the first buses were loaded,
said ...": a participle aside holding a clause of its own ("as the buses were loaded",
"while crews worked"); the parser makes the name set off before the aside the subject of
that clause's verb, hangs the clause on the cue and leaves the cue with no subject
(round 97). :func:`.speaker_misparses.participle_after_name` reads the asides whose
participle the parser took for the clause's verb ("Harlow, asked about it, said")."""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = ("nsubj", "nsubjpass")


def name_before_clausal_aside(verb: Token) -> Token | None:
    """The name of "NAME, PARTICIPLE ... [as|while] CLAUSE, VERB": a proper noun that a
    clause on the left of the subjectless ``verb`` took for its subject, with a participle
    hung on it right after a comma, the aside closed by a comma right before ``verb``."""
    doc = verb.doc
    if verb.i < 1 or doc[verb.i - 1].text != "," \
            or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    for clause in verb.lefts:
        if clause.dep_ not in ("advcl", "ccomp"):
            continue
        for name in clause.lefts:
            if name.dep_ not in _SUBJECTS or name.pos_ != "PROPN":
                continue
            if any(c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and c.i == name.i + 2
                   and doc[name.i + 1].text == "," for c in name.rights):
                return name
    return None
