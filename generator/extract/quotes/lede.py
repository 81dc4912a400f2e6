"""Speakers that wire copy describes in the lede and names only in the next paragraph.

Court and crime reports open with a description ("A former accountant accused of fraud told
a jury on Tuesday that ...") and identify the person in the next paragraph, in the wire's
style of a first full identification: the name with the age in apposition ("Nadia Fenwick,
47,"). A descriptive subject of the lede that is no unnamed source (not "an official", "a
spokesman") takes that name. A group the top of the story counts ("two Independent TDs
said") is the persons named together in the next paragraphs when they are that many
("Deputies X and Y said in a joint statement"). Bodies the lede or headline only describes
("as the rail company said it would suspend service") are :mod:`.lede_bodies`'s; this
module keeps where the lede is (:func:`lede_paragraph`, :func:`paragraph_index`), which
both read.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from generator.extract.doctext import doc_text, doc_token_positions
from generator.extract.quotes.byline_shapes import date_line, more_byline
from generator.extract.quotes.lexicon import Lexicon, fold_name, load_lexicon
from generator.extract.quotes.mention_types import Speaker

if TYPE_CHECKING:
    from generator.extract.quotes.cues import RawQuote
    from generator.extract.quotes.resolve import SpeakerResolver

#: The lede is the first paragraph after the headline (paragraph 0) and the byline.
LEDE_PARAGRAPH = 1
#: "By Marcus Hale, Riverton Tribune": a byline paragraph between headline and lede.
_BYLINE = re.compile(r"\s*By [A-Z][^\n.]*$")
_BYLINE_WORDS = 12
#: "Hannah Voss in San Francisco and Edward Lim in Hong Kong": the FT's and the Guardian's
#: byline, names and where they write from, with no "By" (round 74).
_PLACED_BYLINE = re.compile(
    r"\s*(?:[A-Z][\w'’-]+ [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?:,| and) )*"
    r"[A-Z][\w'’-]+ [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? in [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)*"
    r"(?: and [A-Z][\w'’-]+ [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? in [A-Z][\w'’.-]+"
    r"(?: [A-Z][\w'’.-]+)*)*\s*$")
_DESCRIPTIVE_DETERMINERS = frozenset({"a", "an", "the"})
_AGE = re.compile(r",\s*\d{1,3}\s*,")


def paragraph_index(doc: Doc, at: int) -> int:
    """The index of the (non-empty) paragraph holding character offset ``at``."""
    text = doc_text(doc)
    run = at  # the white space right before ``at``
    while 0 < run <= len(text) and text[run - 1].isspace():
        run -= 1
    if 0 <= at and text.count("\n", run, at) < 2:
        # no break ends in the white space cut at ``at``, so the breaks before ``at`` are
        # the whole text's: count the non-empty paragraphs before the last of them (the
        # breaks are read once per doc)
        ends, counts = _paragraph_breaks(doc)
        breaks = bisect_right(ends, at)
        return counts[breaks - 1] if breaks else 0
    if at < 0:
        before = text[:at]
        return sum(1 for part in _PARAGRAPH_BREAK.split(before)[:-1] if part.strip())
    # a break ends in the white space before ``at`` (a paragraph's start): splitting the text
    # up to ``at`` gives the parts the whole text's breaks before ``run`` end, plus the one
    # from the last of them to ``run``; read off the cached breaks, not split again per call
    # (quadratic in a long article, whose every paragraph start is asked about)
    ends, counts = _paragraph_breaks(doc)
    breaks = bisect_right(ends, run)
    last = ends[breaks - 1] if breaks else 0
    return (counts[breaks - 1] if breaks else 0) + bool(text[last:run].strip())


#: What separates two paragraphs.
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
#: Where :func:`_paragraph_breaks` keeps its lists in ``Doc.user_data``.
_BREAKS_KEY = "quotes_paragraph_breaks"


def _paragraph_breaks(doc: Doc) -> tuple[list[int], list[int]]:
    """Where each paragraph break of the text ends, and how many non-empty paragraphs lie
    before it."""
    cached = doc.user_data.get(_BREAKS_KEY)
    if cached is None:
        text = doc_text(doc)
        ends, counts, start, count = [], [], 0, 0
        for found in _PARAGRAPH_BREAK.finditer(text):
            count += bool(text[start:found.start()].strip())
            ends.append(found.end())
            counts.append(count)
            start = found.end()
        cached = doc.user_data[_BREAKS_KEY] = (ends, counts)
    return cached


def lede_paragraph(doc: Doc) -> int:
    """The index of the lede: 1, or the paragraph after a byline ("By Marcus Hale,
    Riverton Tribune") that follows the headline or a dek under it (read once per doc)."""
    found = doc.user_data.get(_LEDE_KEY)
    if found is None:
        found = doc.user_data[_LEDE_KEY] = _lede_paragraph(doc)
    return found


#: Where :func:`lede_paragraph` keeps its answer in ``Doc.user_data``.
_LEDE_KEY = "quotes_lede_paragraph"


def _lede_paragraph(doc: Doc) -> int:
    parts = [part for part in re.split(r"\n\s*\n", doc_text(doc)) if part.strip()]
    for at in (1, 2):
        if len(parts) > at + 1 and _is_byline(parts[at]):
            # "Updated June 2, 2026 7:40 pm ET" under the byline is no lede (round 81)
            stamped = len(parts) > at + 2 and (_TIMESTAMP.match(parts[at + 1]) is not None
                                               or date_line(parts[at + 1]))
            return at + 2 if stamped else at + 1
    return LEDE_PARAGRAPH


def lede_bounds(doc: Doc, at: int) -> tuple[int, int]:
    """Character bounds of the lede when offset ``at`` is above it (a headline, a dek);
    (0, 0) otherwise."""
    lede = lede_paragraph(doc)
    if paragraph_index(doc, at) >= lede:
        return 0, 0
    words = [t for t in doc if not t.is_space and paragraph_index(doc, t.idx) == lede]
    return (words[0].idx, words[-1].idx + len(words[-1].text)) if words else (0, 0)


def _is_byline(paragraph: str) -> bool:
    """"By Marcus Hale, Riverton Tribune" or "Oliver Grant in London": a short paragraph
    naming the writers; or the writer's name alone, opening with a listed given name
    ("Eleanor Pike" under a Guardian standfirst, round 64's leftover, round 86)."""
    named = _NAME_ALONE.match(paragraph)
    return len(paragraph.split()) <= _BYLINE_WORDS and (
        _BYLINE.match(paragraph) is not None or _PLACED_BYLINE.match(paragraph) is not None
        or _DESK_BYLINE.match(paragraph) is not None
        or _TITLED_DESK_BYLINE.match(paragraph) is not None
        or named is not None and fold_name(named.group(1)) in load_lexicon().pronoun_of_given_name
    ) or more_byline(paragraph, _is_byline)  # its date line counts in no word limit


#: "Helen Corrigan Environment correspondent": the Guardian's byline, the writer's name
#: and desk, ending in the lower-case post (round 88).
_DESK_BYLINE = re.compile(
    r"\s*[A-Z][\w'’-]+ [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}"
    r" (?:correspondent|editor|reporter|writer|analyst)\s*$")
#: "Mara Quist, Law Courts Correspondent": the FT's byline, the name, a comma and the desk in
#: Title Case (round 92).
_TITLED_DESK_BYLINE = re.compile(
    r"\s*[A-Z][\w'’-]+ [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?, (?:[A-Z][\w'’&-]+ ){0,4}"
    r"(?:Correspondent|Editor|Reporter|Writer|Analyst)\s*$")
#: "Updated June 2, 2026 7:40 pm ET", "Published: 9:42 PM CST November 26, 2026".
_TIMESTAMP = re.compile(r"\s*(?:Updated|Published):? [^\n]{0,40}\d{4}[^\n]{0,20}$")
#: "Eleanor Pike": a paragraph of a given name and one or two capitalised words.
_NAME_ALONE = re.compile(r"\s*([A-Z][a-z'’-]+)(?: [A-Z][\w'’.-]+){1,2}\s*$")


def is_lede_description(head: Token, lex: Lexicon) -> bool:
    """"A former accountant accused of ...": a singular common noun with an article in the
    lede, or a bare one in the headline ("Accountant tells jury ..."), that no word list
    reads as an unnamed source, title or institution."""
    if head.tag_ not in ("NN", "NNP"):
        return False
    if head.ent_type_ == "PERSON" and not _used_as_common_noun(head):
        return False  # NER reads a capitalised headline noun as a name: the body tells
    lists = lex.org_nouns | lex.non_speakers
    if not (_described_by_participle(head) or _bare_title_in_headline(head)
            or _former_holder(head)):
        lists = lists | lex.titles  # "a police officer charged with ...", "Officer Testified"
    if head.lower_ in lists or head.lemma_.casefold() in lists:
        return False
    if (head.lower_ in lex.group_nouns or head.lemma_.casefold() in lex.group_nouns) \
            and not (_qualified(head) or _bare_title_in_headline(head) or _former_holder(head)):
        return False  # "an official said": an unnamed source, not a person named later
    paragraph = paragraph_index(head.doc, head.idx)
    if paragraph == 0:  # headlines drop articles and capitalise
        return not any(c.dep_ in ("det", "poss") or (c.dep_ == "compound" and not
                                                     _place_word(c)) for c in head.children) \
            and head.sent.start == head.left_edge.i
    return head.tag_ == "NN" and paragraph == lede_paragraph(head.doc) and any(
        c.dep_ == "det" and c.lower_ in _DESCRIPTIVE_DETERMINERS
        for word in _hyphenated_word(head) for c in word.children)


def _place_word(token: Token) -> bool:
    """"Chicago" of "Former Chicago cop testifies ...": a proper noun before the headline's
    noun that names no person (NER seldom tags a place in a headline) says where the
    person is from; a common noun before it ("Police chief") makes a title."""
    return token.pos_ == "PROPN" and token.ent_type_ != "PERSON"


def _described_by_participle(head: Token) -> bool:
    """"a former police officer charged with ...": a title word in lower case after an
    article, with a participle phrase saying what the person did or is accused of, is a
    description of one person, not a title ("Officer Dana Reyes") nor an unnamed source
    ("a spokesman for the fire service"); "the" too in the lede ("The former police
    officer charged with ...", round 43)."""
    return head.text.islower() and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the")
                                       for c in head.children) \
        and any(c.dep_ == "acl" and c.tag_ == "VBN" for c in head.children)


def _former_holder(head: Token) -> bool:
    """"a former shipping company director told the court": a title word in lower
    case after "a former" describes one person who no longer holds the post, not the
    post's holder speaking as such (round 92)."""
    return head.text.islower() and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                       for c in head.children) \
        and any(c.dep_ == "amod" and c.lower_ == "former" for c in head.children)


def _bare_title_in_headline(head: Token) -> bool:
    """"Officer Testified He Feared ...": a title word opening the headline with no name
    after it is the headline's word for the person the story names (round 43), unlike
    "Officer Dana Reyes Testifies"."""
    return paragraph_index(head.doc, head.idx) == 0 and head.i == head.sent.start \
        and head.dep_ in ("nsubj", "nsubjpass")  # the title of a name is its compound


def _qualified(head: Token) -> bool:
    """"A former co-worker of Kevin Ambrose", "Witness in Dunmore warehouse killing": a
    noun of unnamed sources that the lede ties to someone or something of the story by a
    phrase after it describes one person, whom the next paragraph names with an age ("a
    local resident" stays an unnamed source)."""
    return any(c.dep_ in ("prep", "acl") for w in _hyphenated_word(head) for c in w.children)


def _hyphenated_word(head: Token) -> list[Token]:
    """The tokens of a hyphenated word ending in ``head`` ("co", "-", "worker"), on which
    the parser may have hung the phrase's article and adjectives."""
    doc, start = head.doc, head.i
    while start > 0 and (doc[start - 1].text == "-" or (
            doc[start - 1].text[-1:].isalpha() and not doc[start - 1].whitespace_
            and doc[start].text == "-")):
        start -= 1
    return list(doc[start : head.i + 1])


def _used_as_common_noun(token: Token) -> bool:
    """A capitalised word that the article also writes in lower case ("Plumber" in the
    headline, "a former plumber" in the lede): a common noun, not a name."""
    lower = token.text.lower()
    return token.text != lower and lower in doc_token_positions(token.doc)


def named_after_lede(head: Token, lex: Lexicon,
                     person_name: Callable[[Token], str | None]) -> str | None:
    """The person the paragraph after the lede identifies with an age ("Maja Sørlie, 44,")
    or sets off after the lede's noun ("the officer, X,"), for a lede description (see
    :func:`is_lede_description`); None otherwise."""
    if not is_lede_description(head, lex):
        return None
    doc = head.doc
    lede = lede_paragraph(doc)
    described = {person_name(t) for t in head.subtree} - {None}  # "partner of Erik Lindholm"
    for token in doc[head.i :]:
        index = paragraph_index(doc, token.idx)
        if index > lede + 1:
            return None
        if index < lede or token.pos_ != "PROPN":
            continue
        name = person_name(token)
        is_last_word = token.i + 1 >= len(doc) or doc[token.i + 1].pos_ != "PROPN"
        if name and is_last_word and name not in described and (
                _AGE.match(doc_text(doc), token.idx + len(token.text))
                or _set_off_after_same_noun(token, head)
                or _identified_by_relative(token, lede + 1)):
            return name
    return None


def _identified_by_relative(name: Token, paragraph: int) -> bool:
    """"Pavel Lind, who sat on the board of Orsk Shipping until 2019, has pleaded guilty":
    the paragraph after the lede opening with a full name and a relative clause
    saying who the person is identifies the lede's description, as an age does (round
    92)."""
    doc = name.doc
    first = next((t for t in doc if not t.is_space
                  and paragraph_index(doc, t.idx) == paragraph), None)
    start = name
    while start.i > 0 and doc[start.i - 1].pos_ == "PROPN" and not doc[start.i - 1].is_space:
        start = doc[start.i - 1]
    return first is not None and start.i == first.i and start.i < name.i \
        and _WHO.match(doc_text(doc), name.idx + len(name.text)) is not None


#: The relative clause after a name that identifies the person.
_WHO = re.compile(r",\s*who\b")


def _set_off_after_same_noun(name: Token, head: Token) -> bool:
    """"The former police officer charged with ... told jurors ..." then "the officer,
    Raymond Kessler, testified": the name set off after the lede's own noun names the
    person it described (round 43)."""
    return name.dep_ == "appos" and name.head.i != head.i \
        and name.head.lemma_.casefold() == head.lemma_.casefold()


def described_then_named(resolved: list[tuple[RawQuote, Speaker]],
                         resolver: SpeakerResolver) -> list[tuple[RawQuote, Speaker]]:
    """"The wife of one of the fishermen, reached by telephone, said she had not ... “We
    know nothing,” said Noémie Castel, 38.": a person described by a singular noun and
    named, for the first time, by the next quote of the same paragraph is that person."""
    fixed = list(resolved)
    for i, (raw, speaker) in enumerate(resolved):
        if not _described_person(raw, speaker, resolver):
            continue
        later = next(((r, s) for r, s in resolved[i + 1 :] if r.paragraph == raw.paragraph
                      and s.name != speaker.name), None)
        if later is None or later[1].kind != "person" or not later[1].name \
                or _named_before(later[1].name, raw.start, resolver):
            continue
        named = later[1]
        for k in range(i, resolved.index(later)):
            if fixed[k][1].name == speaker.name:
                fixed[k] = (fixed[k][0], Speaker(named.name, fixed[k][1].mention, named.role,
                                                 "person"))
    return fixed


def _described_person(raw: RawQuote, speaker: Speaker, resolver: SpeakerResolver) -> bool:
    """Whether the quote's speaker is one unnamed person described by a noun ("the wife of
    one of the fishermen", "a neighbour")."""
    head, lex = raw.subject, resolver.lex
    return head is not None and speaker.kind == "group" and head.tag_ == "NN" \
        and (head.lower_ in lex.kinship or head.lower_ in lex.pronoun_of_title)


def _named_before(name: str, at: int, resolver: SpeakerResolver) -> bool:
    return any(p.text == name and p.start < at for p in resolver.persons)


#: Number words a lede gives to a group it names in the next paragraph ("two TDs").
_COUNTS = {"two": 2, "three": 3, "four": 4, "both": 2, "2": 2, "3": 3, "4": 4}


def counted_group_named(resolved: list[tuple[RawQuote, Speaker]],
                        resolver: SpeakerResolver) -> list[tuple[RawQuote, Speaker]]:
    """"two Independent TDs said they would not support ..." in the lede, then "Deputies
    X and Y said in a joint statement": a group the top of the story counts is the named
    persons who speak together next, within two paragraphs, when they are that many
    (the blind gold writes such a group with the joined names); bodies too ("Two of the
    largest hospital systems ... announced" then "the two organizations, A and B, said",
    round 67)."""
    fixed = list(resolved)
    for i, (raw, speaker) in enumerate(resolved):
        count = _count_of(raw.subject)
        # a standfirst and a byline may push the lede down two paragraphs
        if count is None or speaker.kind not in ("group", "organization") or raw.paragraph > max(
                LEDE_PARAGRAPH + 2, lede_paragraph(raw.subject.doc) + 1):  # a dateline too
            continue
        named = next((s for r, s in resolved[i + 1 :] if r.paragraph <= raw.paragraph + 2
                      and s.name and (s.name in resolver.named_groups or " and " in s.name
                                      and s.kind in ("group", "organization"))), None)
        if named is None or _members(named.name) != count:
            continue
        for k, (other, found) in enumerate(fixed):
            if k >= i and found.name == speaker.name:
                fixed[k] = (other, Speaker(named.name, found.mention, None, "group"))
    return fixed


def _count_of(head: Token | None) -> int | None:
    """The number a plural subject is counted by ("two Independent TDs" -> 2, "Two of the
    largest hospital systems" -> 2), if any."""
    if head is not None and head.tag_ == "CD" and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return _COUNTS.get(head.lower_)
    if head is None or head.tag_ not in ("NNS", "NNPS"):
        return None
    number = next((c for c in head.children if c.dep_ == "nummod"), None)
    return _COUNTS.get(number.lower_) if number is not None else None


def _members(joined: str) -> int:
    """How many names "A, B and C" joins."""
    return len(re.split(r", | and ", joined))
