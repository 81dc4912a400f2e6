"""A lede's described person whom the headline names doing the same act (round 86).

"Kalunda's Nkemba rejects Oyelami win, alleges 'massive fraud'" over the lede "Kalunda's
main opposition candidate on Saturday rejected the official results ..., and called on his
supporters to "defend their vote" peacefully": wire headlines tell the lede's act with the
name the lede leaves for later, so the lede's subject described by a common noun, whose verb
(or a verb joined to it) is the headline's verb with a named subject, is that person, by the
fullest name the article gives ("Didier Nkemba"), when the article gives more of it than
the headline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from generator.extract.doctext import doc_text
from generator.extract.quotes.lede import lede_paragraph
from generator.extract.quotes.mention_types import Speaker
from generator.extract.quotes.names import name_text

if TYPE_CHECKING:
    from generator.extract.quotes.cues import RawQuote
    from generator.extract.quotes.resolve import SpeakerResolver


def lede_act_named_in_headline(resolved: list[tuple[RawQuote, Speaker]],
                               resolver: SpeakerResolver) -> list[tuple[RawQuote, Speaker]]:
    """The resolved quotes, a lede's described subject given the name the headline gives
    the same act (see the module docstring)."""
    named_acts = _headline_acts(resolver.doc, resolver._is_person_token)
    if not named_acts:
        return resolved
    lede = lede_paragraph(resolver.doc)
    renamed: dict[str, Speaker] = {}
    for raw, speaker in resolved:
        head = raw.subject
        if raw.paragraph != lede or head is None or head.pos_ != "NOUN" or head.tag_ != "NN" \
                or not speaker.name or speaker.kind not in ("group", "person") \
                or head.dep_ != "nsubj" or speaker.name in renamed:
            continue
        acts = [head.head, *head.head.conjuncts]
        name = next((named_acts[v.lemma_.casefold()] for v in acts
                     if v.pos_ == "VERB" and v.lemma_.casefold() in named_acts), None)
        written = name_text(name) if name is not None else ""
        full = resolver.full_name(written, name.idx) if name is not None else ""
        if len(full.split()) > len(written.split()):  # named in full further down
            renamed[speaker.name] = Speaker(full, None, None, "person")
    if not renamed:
        return resolved
    return [(raw, Speaker(renamed[s.name].name, s.mention, s.role, "person"))
            if s.name in renamed else (raw, s) for raw, s in resolved]


def _headline_acts(doc: Doc, is_person: Callable[[Token], bool]) -> dict[str, Token]:
    """The headline's verbs whose subject is a person's name (NER's, or a surname of a
    person the article names in full), by lemma; the tagger may read a headline's verb in
    "-s" as a plural noun ("Nkemba rejects", NNS). A verb over quotation marks is the
    speech, no act ("'...,' said X": any lede's "said" would match it)."""
    end = doc_text(doc).find("\n\n")
    acts = {}
    for token in doc:
        if end < 0 or token.idx >= end:
            break
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if token.tag_ in _VERB_TAGS and subject is not None and subject.pos_ == "PROPN" \
                and is_person(subject) and not any(t.is_quote for t in token.subtree):
            acts.setdefault(token.lemma_.casefold(), subject)
    return acts


#: A headline verb's tags: the present tense, or a plural noun the tagger made of it.
_VERB_TAGS = frozenset({"VBZ", "VBP", "VBD", "NNS"})
