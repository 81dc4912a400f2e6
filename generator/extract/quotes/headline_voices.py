"""Who speaks a headline quote: a group named right before it, and the recipients of a
passive headline cue (round 74).

"Little Brampton flooding: Residents 'can't get insurance'": the BBC's headline gives the
quote to the plural noun before its opening mark, the unnamed group the lede has speak
("Residents of a Worcestershire village ... say"); that group is the speaker, though one
resident's body quote repeats the words ("We can't get insurance ..."). Only a group noun
(speakers.yaml ``group_nouns``) in the plural counts: "Hospital 'failed' patient" quotes
someone about the hospital, and a name before the marks is left to the repetition rule.

"Passengers warned of ‘months of disruption’": headlinese drops "were", and the parser
reads the passive as active, with the passengers warning. When the body says so ("Rail
passengers have been warned to expect ...", or "X warned passengers ..."), the noun is
whom the cue addresses, not its speaker: the headline quote is left to the body quote
that repeats it (:func:`.narration.headline_speaker`); so is a plural noun before a past
form headlinese uses for the passive, whatever the body says (round 79).

"Hospital parking rise 'a tax on the sick', says patients' group": a headline's body noun
that the story repeats before the body's name ("Pauline Rourke, who chairs the patients'
group Vale Voices, said ...") is that body, not the person whose quote repeats the words
(round 81).
"""

from __future__ import annotations

import re

from spacy.attrs import LEMMA
from spacy.tokens import Token

from generator.extract.quotes.cues import RawQuote
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.mention_types import Speaker
from generator.extract.quotes.standfirst_voices import above_the_body
from generator.extract.quotes.token_index import indices_where

#: The label before a headline's colon or dash ("Little Brampton flooding:").
_LABEL_END = re.compile(r"[:—–]\s")
_WORDS = re.compile(r"[A-Z][\w'’-]*(?: [a-z][\w'’-]*){0,2}")


def group_before_headline_quote(text: str, raw: RawQuote, speaker: Speaker,
                                lex: Lexicon) -> Speaker:
    """``speaker``, or the plural group noun set right before a cue-less headline quote
    that ends the headline (see the module's docstring)."""
    if raw.kind != "direct" or raw.paragraph != 0 or raw.cue or raw.start < 1:
        return speaker
    line_start = text.rfind("\n", 0, raw.start) + 1
    line_end = text.find("\n", raw.end)
    after = text[raw.end + 1 : line_end if line_end >= 0 else len(text)]
    if after.strip(" .!?'’\"”"):
        return speaker  # words of the headline's own after the quote
    before = _LABEL_END.split(text[line_start : raw.start - 1])[-1].strip()
    if _WORDS.fullmatch(before) is None:
        return speaker
    noun = before.split()[-1].casefold()
    if noun not in lex.group_nouns or not noun.endswith("s"):
        return speaker
    return Speaker(before, before, None, "group")


def recipients_of_passive_headline(raw: RawQuote, speaker: Speaker) -> Speaker:
    """``speaker``, or nobody when the headline cue's subject is, as the body writes it,
    whom the cue addresses (see the module's docstring)."""
    subject = raw.subject
    if raw.kind != "direct" or raw.paragraph != 0 or subject is None or not raw.cue \
            or subject.head.tag_ not in ("VBD", "VBN") or subject.dep_ != "nsubj":
        return speaker
    verb = subject.head
    if _plural_told_in_headlinese(verb, subject):
        return Speaker(None)
    lemma, noun = verb.lemma_.casefold(), subject.lemma_.casefold()
    doc = verb.doc
    for i in indices_where(doc, LEMMA, lambda s: s.casefold() == lemma):
        if doc[i].sent == verb.sent:
            continue
        if _addressed(doc[i], noun):
            return Speaker(None)
    return speaker


#: Prepositions of what a headline's passive cue warns or tells of.
_TOLD_OF = frozenset({"of", "about", "over", "against"})


def _plural_told_in_headlinese(verb: Token, subject: Token) -> bool:
    """"Passengers warned of 'weeks of disruption'": headlines tell what people do in the
    present tense ("Residents warn of ..."), so a past form after a plural common noun,
    with what it tells of after it, is a passive whose "were" headlinese dropped; the
    noun is whom the cue addresses, even when the body never repeats the verb (round
    79)."""
    return subject.pos_ == "NOUN" and subject.tag_ == "NNS" and verb.i == subject.i + 1 \
        and any((c.dep_ == "prep" and c.lower_ in _TOLD_OF) or c.dep_ == "xcomp"
                for c in verb.children)


def _addressed(verb: Token, noun: str) -> bool:
    """"passengers have been warned" or "warned passengers": ``noun`` is whom ``verb``
    addresses."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return any(c.lemma_.casefold() == noun and (
        (c.dep_ == "nsubjpass" and passive) or c.dep_ in ("dobj", "dative"))
        for c in verb.children)


def report_named_by_its_quote(raw: RawQuote, speaker: Speaker,
                              resolved: list[tuple[RawQuote, Speaker]]) -> Speaker:
    """``speaker``, or the name the headline's quote inside this headline report was given
    ("... as leader says budget 'on a knife edge'": the quote goes to Nadia Crowther, whose
    body quote repeats it, and so does the report of the same cue and mention, round 78)."""
    if raw.kind != "indirect" or not speaker.mention or raw.paragraph != 0 and not (
            raw.subject is not None and above_the_body(raw.subject, raw.start,
                                                       raw.paragraph)):
        return speaker  # a standfirst's report too (round 93)
    inner = next((s for r, s in resolved if r.kind == "direct" and r.paragraph == raw.paragraph
                  and raw.start <= r.start and r.end <= raw.end and r.cue == raw.cue
                  and s.mention == speaker.mention and s.name), None)
    if inner is None or inner.name == speaker.name:
        return speaker
    return Speaker(inner.name, speaker.mention, inner.role, inner.kind)


#: A headline ending "..., says patients' group": the lower-case words after the cue.
_SAYS_NOUN = re.compile(r"^\W*,? says ([a-z][\w'’-]*(?: [a-z][\w'’-]*)+)\s*$")


def body_named_by_headline_noun(text: str, raw: RawQuote, speaker: Speaker,
                                lex: Lexicon) -> Speaker:
    """``speaker``, or the body the story names right after the headline's words for its
    speaker when they end in an institution noun ("patients' group" -> "the patients'
    group Vale Voices" below)."""
    end = text.find("\n")
    said = _SAYS_NOUN.search(text[raw.end : end if end >= 0 else len(text)])
    if raw.kind != "direct" or raw.paragraph != 0 or said is None \
            or said.group(1).split()[-1].casefold() not in lex.org_nouns:
        return speaker
    mention, body = said.group(1), text[end + 1 :]
    found = re.search(re.escape(mention) + r" ((?:[A-Z][\w'’&-]*)(?: [A-Z][\w'’&-]*)*)", body)
    return Speaker(found.group(1), mention, None, "organization") if found else speaker
