"""The speaker inside a subject's phrase when the parser made another of its nouns the
subject: the organisation that owns a voice ("its spokesperson, Mr X"), the noun a "whose"
clause describes ("Families whose babies died ... say"), the person before an "of" phrase
("Lukas Brenner of the campaign group Climate Frontline called"), the person whose
apposition ends with an employer ("X, an analyst at Kellner Bank, who called"), the company
after a "-based" place, and the subject of a relative clause read as the cue's clause.

Split from :mod:`generator.extract.quotes.speaker_misparses` (participles, epithets, fronted
roles, titles and agency credits the parser took for the subject).
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.lexicon import load_lexicon


def name_of_owned_voice(subject: Token, subjects: list[Token]) -> bool:
    """"Mr X" of "The authority, in a statement signed by its spokesperson, Mr X, said": the
    parser may make the spokesperson's name a second subject; the name is the voice's (an
    organisation voice owned by "its"/"their" right before it), and the other subject, the
    organisation, speaks (round 32)."""
    if subject.pos_ != "PROPN" or not any(other.i < subject.i for other in subjects):
        return False
    doc = subject.doc
    start = subject.left_edge.i
    if start < 2 or doc[start - 1].text != ",":
        return False
    voice = doc[start - 2]
    return voice.lower_ in load_lexicon().org_voices and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in voice.children)


def antecedent_of_whose(subject: Token) -> Token | None:
    """The noun a "whose" clause describes, when the parser made the possessed noun the
    subject of the reporting verb: in "Families whose babies died at X say ..." it read
    "died" as the main verb and "say" as its conjunct, so "say" inherits "babies"; the
    families speak (round 40). None when the subject has no "whose"."""
    whose = next((c for c in subject.children if c.tag_ == "WP$"), None)
    if whose is None or whose.i == 0:
        return None
    before = subject.doc[whose.i - 1]
    if before.text == "," and whose.i > 1:
        before = subject.doc[whose.i - 2]
    if before.lower_ == "and" and before.i > 0:
        before = _relative_before(subject.doc[before.i - 1]) or before
    while before.dep_ == "conj" and before.head.i < before.i:
        before = before.head  # "Sarah and Michael Tennant, whose son ...": the pair (round 50)
    if before.dep_ == "appos" and before.head.pos_ == "PROPN" and before.head.i < before.i:
        before = before.head  # "Gloria Huang, a Democrat whose district ...": the name (r85)
    return before if before.pos_ in ("NOUN", "PROPN") else None


def _relative_before(token: Token) -> Token | None:
    """"The Lanterns, who were due to headline on Saturday and whose single ... spent":
    the noun the relative clause ending at ``token`` describes, which the "whose" clause
    joined after it describes too (round 84); None outside a relative clause."""
    clause = next((t for t in [token, *token.ancestors] if t.dep_ == "relcl"), None)
    return clause.head if clause is not None else None


def person_before_of_phrase(subject: Token) -> Token:
    """The real subject of "Lukas Brenner of the campaign group Climate Frontline called
    ...": the parser may make the group's name the subject and hang the person, whose "of"
    phrase describes the group, on it as a modifier; a person's name with an "of" phrase of
    its own before the subject speaks (round 45). The subject itself otherwise."""
    if subject.ent_type_ == "PERSON" or subject.pos_ != "PROPN":
        return subject
    return next((c for c in subject.lefts if c.dep_ in ("nmod", "compound")
                 and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"
                 and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.rights)), subject)


def person_before_affiliation(antecedent: Token) -> Token:
    """The person a "who" clause describes when the parser hung it on the last noun of the
    person's apposition: in "Maren Schuett, an analyst at Kellner Bank, who called ..." the
    clause hangs on "Bank"; "who" stands for a person, and a body named in an "at"/"of"
    phrase of an apposition is where the person works (round 42). The antecedent itself
    when it is not such a body."""
    prep = antecedent.head
    if antecedent.dep_ == "appos" and antecedent.pos_ == "NOUN" \
            and prep.ent_type_ == "PERSON" and prep.i < antecedent.i:
        return prep  # "X, 34, a nursing assistant from Y who said ..." is X (round 88)
    # "..., service director at X in Orsk, who estimated ...": nor is a place (round 100)
    if antecedent.dep_ != "pobj" or antecedent.ent_type_ == "PERSON" \
            or prep.lower_ not in ("at", "of", "with", "for") and not (
                prep.lower_ == "in" and antecedent.ent_type_ in ("GPE", "LOC")):
        return antecedent
    role = prep.head
    if prep.lower_ == "in" and role.dep_ == "pobj":  # "director at X in Orsk, who"
        found = person_before_affiliation(role)
        return found if found.i != role.i else antecedent
    if role.dep_ == "appos" and role.head.ent_type_ == "PERSON":
        return role.head
    if prep.lower_ == "of" and role.tag_ == "NNS" and any(
            c.dep_ in ("det", "predet") and c.lower_ in ("both", "all", "either")
            for c in antecedent.children):
        return role  # "lawmakers of both parties, who say ...": the lawmakers (round 68)
    return antecedent


def company_after_based_place(subject: Token) -> Token:
    """The real subject of "..., the San Jose, California-based company said": the parser
    may make the city the subject and the company noun after the state's "-based" a
    conjunct of it (round 58); the noun speaks, the city only says where it is based."""
    if subject.ent_type_ not in ("GPE", "LOC") and subject.pos_ != "PROPN":
        return subject
    for noun in (c for c in subject.rights if c.dep_ == "conj" and c.pos_ == "NOUN"):
        between = list(subject.doc[subject.i + 1 : noun.i])
        if any(_based(t) for t in between) and all(
                _based(t) or t.text in (",", "-") or t.ent_type_ in ("GPE", "LOC")
                for t in between):
            return noun
    return subject


def _based(word: Token) -> bool:
    return word.lower_ == "based" or word.lower_.endswith("-based")


def subject_of_clause_before_cue(cue: Token) -> Token | None:
    """"The European Commission, which co-finances compensation ..., said in March that
    ...": a hyphenated verb ("co-finances") split by the tokenizer may lead the parser to
    read the subject and its relative clause as a clause of the cue before it; with a
    that-clause after the cue and no subject of its own, that clause's subject, set off by
    a "which"/"who" clause, is the cue's (round 85). None otherwise."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children) or not any(
            c.dep_ == "ccomp" and c.i > cue.i for c in cue.children):
        return None
    before = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i), None)
    subject = next((c for c in before.children if c.dep_ == "nsubj"), None) \
        if before is not None else None
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    relative = any(c.dep_ == "relcl" and any(g.lower_ in ("which", "who") for g in c.children)
                   for c in subject.children)
    return subject if relative else None
