"""Two limits on what "he"/"she" may stand for, for :mod:`.names` (round 20).

- "By Sam Okafor, Tennis Correspondent": the byline names the writer, who is never one of the
  story's people (``in_byline``);
- "“... every match is a bonus,” *Vidal* said. *She* plays the eighth seed on Thursday": a
  name the tagger left untyped that says something is a speaker, a person or an organisation
  talking, and the subject "she" looks back to (``untyped_speaker``).

And the age epithet that stands for a person named before (round 23), with a head noun too
("*The 29-year-old Hungarian* has not played ... since *she* retired hurt", round 28;
``is_age_epithet``), and a full name the tagger left untyped that such an epithet stands for
("Former world No. 2 *Elena Varga* will make her comeback", ``untyped_person``).

Round 58: a person named after a lower-case title ("chief executive *Marcus Fell* said"),
whatever the tagger typed the name, is no body an "it" stands for (``titled_speaker``); and a
name set beside a noun another "his" or "her" owns ("is due to sign a treaty with *his*
counterpart, *Ratna Sulistyowati*") is that owner's other party, not who a later "he" or
"she" is (``counterpart_owner``).
"""

from __future__ import annotations

from generator.extract.doctext import doc_text
from generator.extract.events.rules import load_event_rules

#: The words that open a byline.
BYLINE_OPENER = "by "


def in_byline(entity) -> bool:
    """Whether an entity span sits in a byline: a line that opens with "By" ("By Sam Okafor,
    Tennis Correspondent")."""
    text = doc_text(entity.doc)
    line = text.rfind("\n", 0, entity.start_char) + 1
    return text[line:line + len(BYLINE_OPENER)].lower() == BYLINE_OPENER


def untyped_speaker(token) -> str | None:
    """The name of an untyped proper noun that is the subject of a verb of
    ``saying_verbs`` ("*Vidal* said"), or None: "she" may stand for a speaker."""
    if token.pos_ != "PROPN" or token.ent_type_ or token.dep_ != "nsubj" \
            or token.head.lemma_.lower() not in load_event_rules().saying_verbs:
        return None
    return " ".join(t.text for t in token.doc[token.left_edge.i:token.i + 1]
                    if t.pos_ == "PROPN")


def is_age_epithet(token) -> bool:
    """Whether ``token`` heads "the N-year-old", a person named by age, alone ("The
    24-year-old passed a medical") or before a noun ("The 29-year-old Hungarian", round 28)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    if token.lower_ == "old":
        return is_age(token)
    return token.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "amod" and c.lower_ == "old" and is_age(c) for c in token.children)


def is_age(old) -> bool:
    """Whether "old" is told by a number of years ("29-year-old")."""
    return any(c.lower_ in ("year", "years") and any(n.like_num for n in c.children)
               for c in old.children)


def untyped_person(token) -> str | None:
    """A first name and surname the tagger gave no type, subject of its clause ("Former world
    No. 2 *Elena Varga* will make ..."), or None; for an age epithet only, which names a
    person (a bare two-word subject alone may be a firm)."""
    if token.pos_ != "PROPN" or token.ent_type_ or token.tag_ == "NNPS" \
            or token.dep_ not in ("nsubj", "nsubjpass") or token.i == 0:
        return None
    first = token.doc[token.i - 1]
    if first.pos_ != "PROPN" or first.dep_ != "compound" or first.ent_type_ \
            or not (first.is_title and token.is_title):
        return None
    return f"{first.text} {token.text}"


def work_owner(token) -> str | None:
    """The person who owns a subject of ``rules.work_nouns`` with a name beside it ("*Dalton's*
    third album, Paper Moons, came out in May. *She* ..."), "" when it has no such owner (the
    title is still no one a "she" stands for), None when ``token`` is no such subject."""
    if token.lemma_.lower() not in load_event_rules().work_nouns \
            or not any(c.dep_ == "appos" for c in token.children):
        return None
    return next((c.text for c in token.children
                 if c.dep_ == "poss" and c.ent_type_ == "PERSON"), "")


def aged_name(token) -> bool:
    """Whether ``token`` opens its sentence as a name with an age after it that the parser gave
    no subject's role ("*Reilly*, 52, has denied six counts of fraud": an adverb to it): the
    subject a later "he" or "she" stands for."""
    first = next((t for t in token.sent if not (t.is_space or t.is_punct)), None)
    return first is not None and first.i == token.i and token.is_title \
        and token.dep_ not in ("nsubj", "nsubjpass") \
        and any(c.dep_ == "appos" and c.like_num for c in token.children)


def quoted_title(token) -> str | None:
    """The title in quotation marks a noun is in apposition with ("The festival's most
    anticipated *film*, the war epic "Ninth Winter", will have its premiere ... *It* was
    pulled", round 23): what a later "it" stands for; else None."""
    appositions = [c for c in token.children if c.dep_ == "appos"]
    appositions += [g for c in appositions for g in c.children if g.dep_ == "appos"]
    for appos in appositions:  # "the comedy "Blue Harbour"": an apposition's own one too
        words = [t for t in appos.subtree if t.pos_ == "PROPN" or t.ent_type_ == "ORDINAL"]
        if words and words[-1].i == appos.i and words[0].i > 0 \
                and token.doc[words[0].i - 1].is_quote:
            return " ".join(t.text for t in words)
    return None


def titled_speaker(speaker: str, sent) -> bool:
    """Whether the sentence names ``speaker``, a name of two words or more, after a post in
    lower case (``rules.person_posts``) compounded with it ("chief executive *Marcus Fell*
    said in a letter to staff", round 58: an ORG to the tagger): a person, never what "it"
    stands for."""
    words = speaker.split()
    posts = load_event_rules().person_posts
    return len(words) > 1 and any(t.text == words[-1] and t.pos_ == "PROPN" and any(
        c.dep_ in ("compound", "amod") and c.is_lower and c.lemma_ in posts
        for c in t.children) for t in sent)


def counterpart_owner(name):
    """The possessive pronoun ("his") on the noun a name is set beside ("with *his* Indonesian
    counterpart, *Ratna Sulistyowati*", round 58), else None: a later "he" is that "his", the
    one whose counterpart the name is, not the name."""
    head = name.root
    if head.dep_ != "appos" or head.head.i == head.i or head.head.pos_ != "NOUN":
        return None
    return next((c for c in head.head.children
                 if c.dep_ == "poss" and c.lower_ in ("his", "her")), None)
