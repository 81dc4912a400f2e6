"""The nearest subject of a reporting verb among the several the parser may give it
(:func:`nearest_subject`).

Split from :mod:`generator.extract.quotes.verb_subjects`, which follows the verb to the
clause whose subject it shares: here the subjects the parser hung on the verb itself are
filtered (a dateline's agency, a fronted participle, a title cut by its full stop, a
hyphen prefix such as "co" of "co-author", a bare full stop, an aside "for his part", a
role noun before the name, a body's name ending another subject's phrase, the voice of an
organisation) and the one nearest the verb is kept.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.datelines import is_set_off_caps
from generator.extract.quotes.conjoined_titles import name_conjoined_to_title
from generator.extract.quotes.lexicon import load_lexicon
from generator.extract.quotes.phrase_speakers import (
    company_after_based_place,
    name_of_owned_voice,
    person_before_of_phrase,
)
from generator.extract.quotes.relative_end_verbs import antecedent_before_noun_read_as_verb
from generator.extract.quotes.second_subjects import apposition_read_as_subject
from generator.extract.quotes.speaker_misparses import (
    name_after_role_word,
    name_after_title_stop,
    subject_after_agency_credit,
    subject_after_fronted_participle,
)
from generator.extract.token_memo import per_token

#: Dependencies that make a verb's subject (a clause may be one: "csubj").
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


@per_token("factcheck.quotes.nearest_subject")  # asked again for the same tokens; see token_memo
def nearest_subject(verb: Token) -> Token | None:
    """The verb's own subject; of several (a dateline the parser took for one, as in
    "DETROIT (Reuters) - Brightline Motors Inc cut"), the one nearest the verb; the one
    after a fronted participle ("Mitigating, X said") or a dateline's agency."""
    subjects = []
    for child in verb.children:
        if child.dep_ == "csubj":  # "“...,” lead author Amira Haddad told": misparse
            child = next((g for g in child.children if g.dep_ == "nsubj"), None)
        if child is None or child.dep_ not in SUBJECT_DEPS + ("nsubj",):
            continue
        child = subject_after_agency_credit(subject_after_fronted_participle(child))
        child = name_after_title_stop(child)  # "said ... Sgt. | Ada Rune."
        child = person_before_of_phrase(child)  # "X of the group Y called"
        child = company_after_based_place(child)  # "the San Jose, Calif.-based company"
        child = name_conjoined_to_title(child, load_lexicon())  # "co-founder and CEO X"
        if child.tag_ in ("VB", "VBP"):  # "commuter X" read as a verb and its object
            child = name_after_role_word(child) or child
        child = antecedent_before_noun_read_as_verb(child) or child  # "X, who ... mandates"
        if not is_set_off_caps(child) and not _hyphen_prefix(child) and not _bare_stop(child):
            subjects.append(child)
    subjects = [t for t in subjects if not _aside_noun(t) and not _role_before_name(t, subjects)
                and not apposition_read_as_subject(t, subjects)  # "X, the journal that ..."
                and not _name_ending_other_subject(t, subjects)
                and not name_of_owned_voice(t, subjects)]
    if not subjects:
        return None
    if len(subjects) == 2 and subjects[0].i < verb.i < subjects[1].i \
            and subjects[1].pos_ == "PROPN" and verb.doc[verb.i - 1].text == ",":
        return subjects[1]  # "The delay, said Emma Sato of ..., risks": the inverted name
    return min(subjects, key=lambda t: abs(verb.i - t.i))


def _name_ending_other_subject(subject: Token, subjects: list[Token]) -> bool:
    """"Clean Power Britain" of "A spokesperson for the trade body Clean Power Britain
    said": the parser may make the body's name a subject of its own, right after the other
    subject's phrase; it ends that phrase, whose head speaks."""
    return subject.pos_ == "PROPN" and any(
        other.i < subject.i and other.lower_ in load_lexicon().org_voices
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in other.rights)
        and other.right_edge.i + 1 == subject.left_edge.i for other in subjects)


def _bare_stop(token: Token) -> bool:
    """"Union No. 2, which ..., said": the parser may make an abbreviation's full stop a
    subject of its own beside the word it ends; a mark is never the speaker, but the hyphen
    of a split title may head the name set off after it ("The vice-chancellor ..., Prof Y,")."""
    return not any(ch.isalnum() for ch in token.text) and not (
        token.text == "-" and _name_set_off(token))


def _aside_noun(subject: Token) -> bool:
    """"The mayor, X, for his part estimated that ...": the parser may take the noun of the
    aside "for his part" for a second subject; a possessed noun right after "for" is none,
    nor is a margin set off by commas ("X tied for third, two shots back, and called ...",
    round 62)."""
    start = subject.left_edge.i
    margin = start > 0 and subject.doc[start - 1].text == "," \
        and any(c.dep_ == "nummod" for c in subject.children) \
        and any(c.dep_ == "advmod" and c.lower_ in _MARGINS for c in subject.children)
    return margin or start > 0 and subject.doc[start - 1].lower_ == "for" and any(
        c.dep_ == "poss" for c in subject.children)


#: Adverbs of a margin ("two shots back", "three points clear").
_MARGINS = frozenset({"back", "behind", "ahead", "clear", "adrift", "off"})


def _role_before_name(subject: Token, subjects: list[Token]) -> bool:
    """"“...,” added his neighbour Lucia Ferent, 71": the parser may make the role noun and
    the name after it two subjects of the verb; the name is the speaker."""
    return subject.pos_ == "NOUN" and any(
        other.pos_ == "PROPN" and other.left_edge.i == subject.i + 1 for other in subjects)


def _hyphen_prefix(token: Token) -> bool:
    """"co" of "co-author Mika Rante", which the parser may take for a subject of its own;
    not "vice" of "The vice-chancellor of X, Prof Y,", the name set off after it (round 68)."""
    doc = token.doc
    return token.whitespace_ == "" and token.i + 1 < len(doc) and doc[token.i + 1].text == "-" \
        and not _name_set_off(token)


def _name_set_off(token: Token) -> bool:
    """A proper name set off by a comma in apposition to ``token`` ("..., Prof Y,")."""
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" and token.doc[c.left_edge.i - 1].text
               == "," for c in token.children)
