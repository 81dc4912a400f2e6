"""A body's name that reads as a clause, set off after its spokesman's role.

"Ronan Vell, spokesman for the No campaign, Wait Till Eighteen, conceded defeat but said
...": a campaign, a band or a charity may be named with a verb phrase ("Wait Till Eighteen",
"Keep Orsk Green"). The parser then reads the name as an adverbial clause, makes the person
before it that clause's subject and leaves the main verb with none (round 104). A verb
written with a capital after a comma in mid-sentence is such a name; its subject is the
main verb's.
"""

from __future__ import annotations

from spacy.tokens import Token


def subject_of_name_read_as_clause(verb: Token) -> Token | None:
    """The person subject the parser gave to a capitalised "clause" set off before the
    subjectless main ``verb``; None otherwise."""
    if verb.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    doc = verb.doc
    for clause in verb.lefts:
        if clause.dep_ != "advcl" or not clause.text[:1].isupper() or clause.i == 0 \
                or doc[clause.i - 1].text != "," or clause.is_sent_start:
            continue
        subject = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
        if subject is not None and subject.ent_type_ == "PERSON" and subject.pos_ == "PROPN":
            return subject
    return None
