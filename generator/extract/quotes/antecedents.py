"""Shapes of the sentences around a pronoun that decide its antecedent (split out of
:mod:`.pronouns`): a request for an act is no report, a sentence led by he or she goes
on about whoever the text was about, a body's noun set off by a name names no person, and
"it" opening a report right after a sentence whose subject is a body is that body (after
one whose subject is a document, that document), and a trailing "he added" is nobody its
own reported clause names.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.quotes.cues import is_non_speaker
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.mention_types import Mention
from generator.extract.quotes.mentions import read_mention
from generator.extract.quotes.names import fold
from generator.extract.quotes.roles import is_epithet


def asks_for_an_act(verb: Token) -> bool:
    """"She asks a volunteer to call them": a request for an act (an object and an
    infinitive, no clause) is narration, not a report of speech."""
    infinitive = any(t.tag_ == "TO" and t.head.tag_ == "VB" for t in verb.subtree
                     if t.i > verb.i)  # the parser may hang it on the object
    return infinitive and not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)


def outside_own_report(words: list[Token], at: int) -> list[Token]:
    """``words`` less those inside the reported clause of the cue whose pronoun subject
    starts at ``at``: in "President X was safe and would speak later, he added" the
    pronoun cannot be X, whom its own clause names (round 46; a fronted adjunct, "When X
    arrived, he said", can be, and stays)."""
    pronoun = next((t for t in words[-1].sent if t.idx == at), None) if words else None
    if pronoun is None or pronoun.dep_ != "nsubj" or pronoun.pos_ != "PRON":
        return words
    reported = {t.i for c in pronoun.head.children if c.dep_ == "ccomp" and c.i < pronoun.i
                for t in c.subtree}
    return [t for t in words if t.i not in reported]


def led_by_pronoun(sentence: Span) -> bool:
    """Whether the sentence's main subject is he or she: it continues whoever the text was
    about, so names in its subordinate clauses are no antecedents."""
    return any(t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.lower_ in ("he", "she")
               for t in sentence)


def led_by_epithet(sentence: Span, lex: Lexicon) -> bool:
    """Whether the sentence's main subject describes, without naming, the person the text
    is about ("Maren Holt sat on a cot. The 64-year-old former nurse has lived in Orsk
    since 1990. ..., she said."): like he or she, it continues the chain of that
    person (round 93)."""
    return any(t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.pos_ == "NOUN"
               and is_epithet(t, lex) for t in sentence)


def names_a_body(subject: Token, lex: Lexicon) -> bool:
    """"The transport secretary, X, told MPs the operator, Meridian Trains, had informed
    ...": a subject whose head is an institution's noun ("operator", "company", "union")
    names an organisation in apposition, never the person a later "she said" refers to,
    whatever the tagger made of the name (round 43)."""
    return subject.lower_ in lex.org_nouns and subject.pos_ == "NOUN"


def sentence_just_before(token: Token, text: str) -> Span | None:
    """The sentence before ``token``'s, in the same paragraph; None at a paragraph's start."""
    sentence = token.sent
    if sentence.start == 0:
        return None
    before = token.doc[sentence.start - 1].sent
    gap = text[before.start_char : sentence.start_char]
    if "\n" in gap[len(gap.rstrip()) :]:  # the parser keeps a paragraph break in "before"
        return None
    return before


def subject_just_before(token: Token, text: str) -> Token | None:
    """The main subject of the sentence before ``token``'s, in the same paragraph ("The
    finance ministry welcomed the move. In a statement, it said ..."); None at a
    paragraph's start, or when that subject is a pronoun (which says nothing new)."""
    before = sentence_just_before(token, text)
    if before is None:
        return None
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    return None if subject is None or subject.pos_ == "PRON" else subject


def body_subject_before(token: Token, text: str, in_quote: list[bool], lex: Lexicon,
                        genders: dict[str, str]) -> Mention | None:
    """"The finance ministry welcomed the move. In a statement, it said": "it" opening a
    report right after a sentence whose subject is a body is that body, whoever spoke last,
    and whatever NER made of its name ("Kestrel Water" tagged a person: the writer's "it"
    says it is none, round 45). The subject's mention, or None when it may be a person (a
    title, a role, a given name, a known he or she) or is no name at all."""
    subject = subject_just_before(token, text)
    if subject is None or in_quote[subject.i]:
        return None
    found = read_mention(subject, lex)
    if found.kind == "organization":
        return found
    words = found.text.split()
    if found.kind != "person" or subject.pos_ != "PROPN" or found.role or not words \
            or any(fold(w) in lex.honorifics | lex.titles for w in words) \
            or fold(found.name.split()[0]) in lex.pronoun_of_given_name \
            or found.name in genders:
        return None
    return found


def document_just_before(token: Token, lex: Lexicon) -> bool:
    """"The review of maternity services ... found that ... . ¶ It examined the care of
    1,486 families and concluded that ...": "it" leading the sentence right after one
    whose main subject is a document (the paragraph break between them or not) is that
    document, whose findings are no one's speech (the set's "report says" rule, round 89)."""
    sentence = token.sent
    if sentence.start == 0 or token.dep_ != "nsubj" or token.head.dep_ != "ROOT":
        return False
    before = token.doc[sentence.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and is_non_speaker(subject, lex)
