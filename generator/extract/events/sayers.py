"""Round 39: whether the sentence of an "it" names the speaker a claim gives it, by the whole
name or by a word of it ("*Orlin* said it would start a second study", the speaker "Orlin
Therapeutics"; "*the union* said it would name new dates", the speaker "Harbour and Transport
Workers' Union")."""

from __future__ import annotations

#: Dash characters, tested as a string: a dash token in a dateline (``in_dateline``, so "--",
#: two characters, is none), a dash character at the edge of a description (``events``).
DASHES = "\u2014\u2013-"

#: Words of a name that do not identify it.
NAME_FILLERS = frozenset({"the", "of", "and", "for", "group", "company", "inc", "ltd", "plc"})


def names_speaker(speaker: str, sent) -> bool:
    """Whether the sentence ``sent`` names ``speaker``: its whole name, or a word of it that is
    the subject of a saying verb in the sentence ("Orlin said", "the union said")."""
    if speaker in sent.text:
        return True
    words = {w.strip(".,'’").lower() for w in speaker.split()} - NAME_FILLERS
    return any(t.dep_ == "nsubj" and t.lower_ in words and t.head.lemma_ in ("say", "announce")
               for t in sent)


def itself_sayer(pronoun, rules):
    """The body an "it" stands for when it is the subject of what that body says (round 49):
    the singular subject of the saying verb (``rules.saying_verbs``) whose clause "it" opens,
    a name that plans ("*Silvana Coal* said *it planned* to restart production on December 1",
    a person to the tagger) or a noun of ``rules.speaking_bodies`` ("*The company* said it would
    try again next week", when no name before says which), never the dateline's place
    (``in_dateline``). None otherwise: "Ada Quill said it would open in May" (a person
    speaks of a thing)."""
    clause = pronoun.head
    if pronoun.lower_ != "it" or pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" \
            or clause.head.i == clause.i or clause.head.lemma_.lower() not in rules.saying_verbs:
        return None
    sayer = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if sayer is None or sayer.tag_ not in ("NN", "NNP"):
        return None
    if sayer.pos_ == "PROPN":
        plans = clause.lemma_.lower() in rules.replaced_intent_verbs
        return sayer if plans or sayer.ent_type_ in ("ORG", "") else None
    return sayer if sayer.lemma_.lower() in rules.speaking_bodies else None


def in_dateline(entity) -> bool:
    """Whether a name stands in a dateline ("SKERRNESS, *Scotland*, Feb. 13 -"): a line opened
    by a place in capitals, the dash close after the name. The story's place, never what an
    "it" stands for (round 49). Not moved to :mod:`generator.extract.datelines` (it came
    from main while the datelines were gathered there): it is a variant of
    ``datelines.token_in_dateline`` that looks back to the line start, no further than six
    tokens after the name, and reads its dashes as a string (so "--" is none), and taking
    it over unmeasured could change output."""
    doc = entity.doc
    i = entity.start
    while i > 0 and "\n" not in doc[i - 1].text_with_ws:
        i -= 1
    first = doc[i]
    if not first.text.isupper() or len(first.text) <= 1:
        return False
    after = doc[entity.end:entity.end + 6]
    dash = next((t.i for t in after if t.text in DASHES), None)
    return dash is not None and not any(t.is_lower and t.is_alpha for t in doc[i:dash])
