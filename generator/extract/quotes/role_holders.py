"""A headline's or standfirst's bare role that the story gives one person (round 81).

"Transport secretary says operator will be brought under public control ..." at the top
(a standfirst the lede finder takes for the lede), then "The transport secretary, Alan
Brereton, told MPs ...": the role written as the speaker in the headline, standfirst or
lede, with no name, is the one person the article gives exactly that role ("shadow
transport secretary" is another). A summary bullet at the top ("Key points: - A
volunteer fire captain says crews were ...") is the top too, and its role may be written
shorter or otherwise than the body's: the one person quoted below whose mention holds the
role's noun and another of its words ("Wirrimbi Rural Fire Brigade captain Col
Drysdale") is its holder (round 89). A profile's or Q&A's headline that names its
person before a colon ("Ingrid Solvang: ‘...’") makes the standfirst's description ("The
Bergen glaciologist who ... says") that person (round 89). A headline's company and
title the reader took for a person's name ("Brightlane CEO tells staff ...") is a role
too when the body gives it, word for word, to a named person (round 102).
"""

from __future__ import annotations

import re

from generator.extract.doctext import doc_text
from generator.extract.quotes.abbreviated_titles import title_holder_by_initials
from generator.extract.quotes.cues import RawQuote
from generator.extract.quotes.lede import lede_paragraph
from generator.extract.quotes.marks import iter_paragraphs
from generator.extract.quotes.mention_types import Speaker
from generator.extract.quotes.resolve import SpeakerResolver
from generator.extract.quotes.trial_sides import side_lawyer

#: A bullet mark opening a line of a summary list.
_BULLET = re.compile(r"\s*[-•*–]\s+\S")
#: A headline opening with a name and a colon: "Ingrid Solvang: ‘...’".
_HEADLINE_LABEL = re.compile(r"\s*([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}):\s")
#: Most words a paragraph above a summary bullet may have (headline, byline, "Key points:").
_TOP_WORDS = 25


def role_holder_named_below(resolved: list[tuple[RawQuote, Speaker]],
                            resolver: SpeakerResolver) -> list[tuple[RawQuote, Speaker]]:
    """The resolved quotes, a bare role at the top given its one holder."""
    lede = lede_paragraph(resolver.doc)
    roles = {**resolver.harvested_roles, **resolver.roles}
    bullets = _summary_bullets(doc_text(resolver.doc))
    profiled = _named_by_headline_label(doc_text(resolver.doc), resolved)
    fixed = []
    for raw, speaker in resolved:
        bare_title = (speaker.name or "").casefold() in resolver.lex.titles \
            or _role_read_as_name(speaker, roles, resolver)
        if (speaker.kind == "group" or bare_title) and speaker.name and raw.paragraph <= lede:
            role = speaker.name.casefold()
            holders = sorted({name for name, given in roles.items()
                              if given and given.casefold() == role}) \
                or _bare_title_before_name(speaker.name, raw, resolver)
            if len(holders) == 1:
                speaker = Speaker(holders[0], speaker.mention, roles[holders[0]], "person")
            elif 0 < raw.paragraph and _definite_description(raw) and profiled:
                speaker = Speaker(profiled, speaker.mention, roles.get(profiled), "person")
        elif speaker.kind == "group" and speaker.name and raw.paragraph in bullets \
                and raw.subject is not None and raw.subject.tag_ == "NN":
            holders = sorted(_described_below(speaker.name, raw, resolved))
            if len(holders) == 1:
                speaker = Speaker(holders[0], speaker.mention, roles.get(holders[0]), "person")
        side = side_lawyer(speaker, roles) if raw.paragraph <= lede else None
        if side is not None:  # "Defence says ..." above "Defence lawyer X" (round 105)
            speaker = Speaker(side, speaker.mention, roles[side], "person")
        initialled = title_holder_by_initials(speaker.name or "", roles) \
            if raw.paragraph <= lede else None
        if initialled is not None:  # "CM says ..." above "Chief Minister X said" (round 101)
            speaker = Speaker(initialled, speaker.mention, roles[initialled], "person")
        fixed.append((raw, speaker))
    return fixed


def _role_read_as_name(speaker: Speaker, roles: dict[str, str],
                       resolver: SpeakerResolver) -> bool:
    """"Brightlane CEO tells staff ..." in a headline: the reader took the company's name
    and the title for a person's name, but the words are, exactly, the role the body gives
    a named person ("Brightlane CEO Owen Prescott", round 102); a role ends in a title."""
    name = speaker.name or ""
    return speaker.kind == "person" and " " in name and name not in roles \
        and name.split()[-1].casefold() in resolver.lex.titles \
        and any(given and given.casefold() == name.casefold() for given in roles.values())


def _bare_title_before_name(title: str, raw: RawQuote, resolver: SpeakerResolver) -> list[str]:
    """"Minister insists strategy is on track" at the top, then "The Minister for Housing
    Darragh Kinsella has rejected ...": a bare title (speakers.yaml ``titles``) is the one
    person the body writes right after it, with its "for" phrase (round 91); none when the
    title stands before two or more names."""
    if title.casefold() not in resolver.lex.titles or " " in title:
        return []
    text = doc_text(resolver.doc)
    pattern = re.compile(rf"\b{re.escape(title)}(?: for(?: [A-Z][\w'’-]+| and)+)? "
                         r"([A-Z][\w'’-]+ [A-Z][\w'’-]+)")
    names = {resolver.full_name(m.group(1), m.start(1)) for m in pattern.finditer(text, raw.end)}
    persons = {name for name in names if resolver.genders.get(name) or any(
        s.name == name and s.kind == "person" for s in resolver.history)}
    return sorted(persons)


def _named_by_headline_label(text: str, resolved: list[tuple[RawQuote, Speaker]]) -> str | None:
    """The person a profile's or Q&A's headline names before a colon ("Ingrid Solvang:
    ‘We are not running out of time ...’"), whose quote it is; None otherwise."""
    label = _HEADLINE_LABEL.match(text)
    if label is None:
        return None
    surname = label.group(1).split()[-1]
    named = {speaker.name for raw, speaker in resolved if raw.paragraph == 0
             and speaker.kind == "person" and speaker.name
             and speaker.name.split()[-1] == surname}
    return named.pop() if len(named) == 1 else None


def _definite_description(raw: RawQuote) -> bool:
    """"The Bergen glaciologist who spent two decades drilling ... says": a singular common
    noun after "the", the standfirst's description of the person the headline names."""
    head = raw.subject
    return head is not None and head.tag_ == "NN" and head.text.islower() \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _summary_bullets(text: str) -> set[int]:
    """Indices of the bullet paragraphs of a summary list at the top of the story: no
    paragraph before them is longer than a headline or a byline."""
    found = set()
    for k, (start, end) in enumerate(iter_paragraphs(text)):
        if _BULLET.match(text, start, end):
            found.add(k)
        elif len(text[start:end].split()) > _TOP_WORDS:
            break
    return found


def _described_below(role: str, raw: RawQuote,
                     resolved: list[tuple[RawQuote, Speaker]]) -> set[str]:
    """The persons quoted after ``raw`` whose mention holds the role's noun (its last
    word) and another of its words; none for a bare noun ("A spokesman says")."""
    words = role.casefold().split()
    found: set[str] = set()
    if len(words) < 2:
        return found
    for later, speaker in resolved:
        if later.start <= raw.start or speaker.kind != "person" or not speaker.name \
                or not speaker.mention:
            continue
        said = set(re.findall(r"\w+", speaker.mention.casefold()))
        if words[-1] in said and said & set(words[:-1]):
            found.add(speaker.name)
    return found
