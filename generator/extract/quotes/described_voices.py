"""Who a headline or standfirst quote's described voice is (split out of :mod:`.narration`).

"'...,' says hip patient": a headline that gives its speaker by a common noun or a bare
title describes the voice the story names; the body quote that holds every word of the
headline quote says who. A body noun ("Campaign group calls sentences ‘...’") is the
organisation the body names saying the words (round 94), never a person quoted for it.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from generator.extract.quotes.cues import RawQuote
from generator.extract.quotes.lexicon import Lexicon, fold_name, load_lexicon
from generator.extract.quotes.mention_types import Speaker


def described_voice(raw: RawQuote, speaker: Speaker) -> bool:
    """A headline speaker given by a singular common noun ("says hip patient") or a bare title
    ("says MP", round 86), no name: in lower case (a noun tagged proper, "cleaner", or an
    adjective, "paramedic", round 82) but for a first word ("Software maker's chief", 45)."""
    head = raw.subject
    if head is None or not speaker.name or head.tag_ not in ("NN", "NNP") and not (
            head.tag_ == "JJ" and head.dep_ == "nsubj"):
        return False
    rest = speaker.name.split()[1:]  # a headline's first word is capitalised whatever it is
    lex = load_lexicon()
    # "Regulator says firm ‘put profits before rivers’" opening a standfirst (round 88)
    return speaker.name == speaker.name.lower() \
        or speaker.name.casefold() in lex.titles | lex.org_nouns | lex.group_nouns \
        or head.tag_ == "NN" and bool(rest) and " ".join(rest) == " ".join(rest).lower() \
        or _person_noun_after_name(head, lex) or _persons_office(head)


def _persons_office(head: Token) -> bool:
    """"The Montana Republican’s office says the messages were ‘cherry-picked,’" (a dek): a
    person's office speaks through the spokesperson the body quotes with the same words
    (round 106)."""
    return head.lower_ == "office" and any(c.dep_ == "poss" for c in head.children)


def _person_noun_after_name(head: Token, lex: Lexicon) -> bool:
    """"New Orsk Athletic owner vows ‘no fire sale’": a lower-case common noun for a person
    after a name that only says whose or where (round 101), no body noun ("Orsk council
    says" is the council's voice, not a person's the body names)."""
    lemma = head.lemma_.casefold()
    return head.tag_ == "NN" and head.text.islower() \
        and any(t.pos_ == "PROPN" for t in head.doc[head.left_edge.i : head.i]) \
        and lemma not in lex.org_nouns | lex.company_nouns  # a singular group noun: one person


def person_repeating(text: str, raw: RawQuote, speaker: Speaker,
                     resolved: list[tuple[RawQuote, Speaker]], body: bool = False,
                     ) -> Speaker | None:
    """The named person whose body quote holds every word of the headline quote: the
    headline describes the voice ("hip patient") the story names (round 44); with
    ``body``, a standfirst's body noun ("Campaign group calls ...") the named
    organisation's (round 94)."""
    words = set(words_of(text[raw.start : raw.end]))
    for other, found in resolved:
        if other.paragraph == 0 or other.start <= raw.start or other.kind != "direct" \
                or not found.name or not words or not (_body_name(other, found) if body
                                                       else found.kind == "person"):
            continue
        if words <= set(words_of(text[other.start : other.end])):
            return Speaker(found.name, speaker.mention, found.role, found.kind)
    return None


def _body_name(quote: RawQuote, found: Speaker) -> bool:
    """An organisation, or a name the resolver took for a person though NER tagged its cue
    subject no person ("Burning Tide said"): a union's official ("Fairley said") leaves
    a standfirst's "union warns" the union's (rounds 44, 68)."""
    subject = quote.subject
    if found.kind == "organization":
        return True
    return found.kind == "person" and subject is not None and subject.ent_type_ != "PERSON" \
        and fold_name(found.name.split()[0]) not in load_lexicon().pronoun_of_given_name


def words_of(text: str) -> list[str]:
    """The words of ``text``, case-folded: what a headline quote and a body quote share."""
    return re.findall(r"\w+", text.casefold())


def body_named_by_noun(raw: RawQuote, speaker: Speaker,
                       resolved: list[tuple[RawQuote, Speaker]]) -> Speaker | None:
    """"Lecturers 'had no choice', says union": a headline's bare noun for a body is the body
    the story names with that noun ("The Velby Dockers Union (VDU) says ..."), whichever of
    its officials the body quotes with the same words (round 100); None when the story's
    quotes name no such body."""
    noun = (speaker.name or "").casefold()
    if speaker.kind != "organization" or noun not in load_lexicon().org_nouns:
        return None
    for other, found in resolved:
        if other.paragraph != 0 and other.start > raw.start and found.name \
                and found.kind == "organization" and " " in found.name \
                and found.name.split()[-1].casefold() == noun:
            return Speaker(found.name, speaker.mention, found.role, found.kind)
    return None
