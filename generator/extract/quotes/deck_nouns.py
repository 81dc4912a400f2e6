"""A bare noun for the speaker in a headline or a deck ("Company says it is 'open to
dialogue'", "Activist calls strategy '...'", "No campaign says result shows ...") is the
body the story names with the same noun below (round 97): the speaker of the body's
first "the company ..." or "the activist investor said", or else the name the body
writes before the noun ("the Think Again campaign"). Headlinese drops the article that
the body writes, and the noun is the story's own word for that body, whoever the body
quotes for it (a spokesman's words repeating the deck's stay the body's, round 68). A
headline's "Police say" is the town's police the body names ("assisting Orsk police",
round 99). A standfirst's bare plural institution noun ("Unions say the walkout is about
'...'") is the one body of that kind the story quotes below as "the union" (round 102):
headlinese generalises; the body below is who said it."""

from __future__ import annotations

import re

from spacy.tokens import Token

from generator.extract.quotes.cues import RawQuote
from generator.extract.quotes.lexicon import load_lexicon
from generator.extract.quotes.mention_types import Speaker

Resolved = list[tuple[RawQuote, Speaker]]
#: The sides of a referendum, before "campaign".
_SIDES = frozenset({"no", "yes"})


def deck_nouns_named_below(text: str, resolved: Resolved, top_end: int,
                           lede: int) -> Resolved:
    """``resolved`` with each headline's or deck's bare noun speaker (see the module
    docstring) replaced by the body it names; ``top_end`` ends the headline and
    standfirst, ``lede`` is the lede's paragraph index."""
    return [(raw, _named_below(text, raw, speaker, resolved, top_end, lede))
            for raw, speaker in resolved]


def _named_below(text: str, raw: RawQuote, speaker: Speaker, resolved: Resolved,
                 top_end: int, lede: int) -> Speaker:
    noun = _bare_noun(raw.subject)
    if noun is None or not (raw.paragraph < lede or raw.start < top_end):
        return speaker
    plural = _singular(noun)
    word = plural or noun.lower_
    below = next((found for other, found in resolved
                  if other.paragraph >= lede and other.start >= top_end and found.name
                  and found.kind in ("organization", "group") and found.mention
                  and re.fullmatch(rf"[Tt]he {re.escape(word)}(?: .*)?", found.mention)
                  and found.name.casefold() != word), None)
    if below is not None:
        return Speaker(below.name, speaker.mention, below.role, below.kind)
    pattern = rf"\bthe ((?:[A-Z][\w'’&-]*\s){{1,4}}){re.escape(word)}\b"
    # a plural other than "police" (whose lemma is itself) is read as the body below
    named = None if noun.ent_type_ or (plural and plural != noun.lower_) \
        else re.search(pattern, text[top_end:])
    if named is None and word == "police":  # "Police say ..." over "assisting Orsk police"
        force = next((m for m in _TOWN_POLICE.finditer(text, top_end)
                      if m.group(1).split()[0] not in _NOT_TOWNS), None)
        return Speaker(f"{force.group(1)} police", speaker.mention, None, "organization") \
            if force is not None else speaker
    if named is None:
        return speaker
    return Speaker(named.group(1).strip(), speaker.mention, None, "organization")


#: A town's police force as American copy writes it ("Orsk police"), and capitalised words
#: before "police" that name no town.
_TOWN_POLICE = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) police\b")
_NOT_TOWNS = frozenset({"The", "A", "An", "State", "Federal", "Local", "Some", "Many"})


def _bare_noun(subject: Token | None) -> Token | None:
    """The cue's subject when it is a lone singular noun, "No" or "Yes" at most before it
    (a bullet's dash too), and no name ("Company", "No campaign", "Activist"): no article,
    as headlinese writes it ("..., the team said" in a lede is the body's own); the
    body's lower-case "the company" shows the word is a noun, not a name ("Harwood"),
    whatever NER made of a headline's capitals."""
    if subject is not None and subject.lower_ == "police" and subject.tag_ == "NNS" \
            and not any(c.dep_ != "punct" for c in subject.children):
        return subject  # "Police say ...": the force the story names (round 99)
    plural = subject is not None and _singular(subject) in load_lexicon().org_nouns
    if subject is None or subject.tag_ not in ("NN", "NNP") and not plural \
            or not subject.text.isalpha() or any(
                c.dep_ != "punct" and not (c.dep_ == "det" and c.lower_ in _SIDES)
                for c in subject.children) \
            or subject.text[1:] != subject.text[1:].lower():
        return None
    return subject


def _singular(noun: Token) -> str | None:
    """The singular of a plural noun ("Unions" -> "union", whether the tagger read it as a
    common or, capitalised at the top, a proper plural); None for any other word."""
    if noun.tag_ == "NNS":
        return noun.lemma_.casefold()
    if noun.tag_ == "NNPS" and noun.lower_.endswith("s"):
        return noun.lower_[:-1]
    return None
