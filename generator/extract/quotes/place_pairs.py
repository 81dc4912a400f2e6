"""A constituency or borough of two names joined by "and" before an office title.

"Argyll and Bute MSP Catriona Mackay said": British copy names a member by the seat, and
many seats (and councils) are two places joined by "and" ("Kensington and Chelsea
councillor ..."). The parser may then make the first place the subject and the titled
name its conjunct, as if two speakers were named; the speaker is the titled name, the
places before its title are the seat (round 96).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.quotes.lexicon import Lexicon

#: Longest run of capitalised words after "and": a place's rest, a title and a name.
MAX_PAIR_WORDS = 7


def titled_name_after_place_pair(head: Token, lex: Lexicon) -> Token | None:
    """The name "Mackay" of "Argyll and Bute MSP Catriona Mackay" when the parser made
    "Argyll" (a lone proper noun, no title of its own) the head: the words after its "and"
    are capitalised words, an office title and a name, however the parser joined them (as
    its conjunct, or as the object of a "Bute" read as a verb)."""
    doc = head.doc
    if head.pos_ != "PROPN" or not head.is_title or head.i + 2 >= len(doc) \
            or doc[head.i + 1].lower_ != "and" or any(
                c.dep_ in ("compound", "amod", "det", "poss") for c in head.lefts):
        return None
    if head.ent_type_ == "PERSON" or _surname_named_before(head):
        return None  # "Askew and Labour MP Ada Moss said": two persons
    words = []
    for token in doc[head.i + 2 : head.i + 2 + MAX_PAIR_WORDS]:
        if not (token.is_title or token.is_upper) or token.is_punct:
            break
        words.append(token)
    titled = [k for k, t in enumerate(words) if t.lower_ in lex.titles]
    if not titled or titled[0] == 0 or titled[0] == len(words) - 1:
        return None
    return words[-1]


def _surname_named_before(word: Token) -> bool:
    """"Askew" after "Tom Askew" earlier in the article: a person's surname, no place."""
    return any(t.text == word.text and t.i > 0 and t.doc[t.i - 1].pos_ == "PROPN"
               and t.doc[t.i - 1].is_title for t in word.doc[: word.i])


#: Bodies a place pair may name besides the lexicon's public bodies ("Avon and Somerset
#: Constabulary").
_PAIRED_BODIES = frozenset({"constabulary", "police"})


def body_named_for_place_pair(head: Token, lex: Lexicon) -> Span | None:
    """"Devon and Cornwall Police said": British forces, councils and services are named for
    two places joined by "and" (round 103). The parser makes the first place the subject and
    the rest its conjunct ("Devon"), or the pair a modifier of the body noun ("Somerset
    Police"): either way the whole run of capitalised words is one body's name. Only a lone
    first place (not a full name, not a surname named before) ending in a body noun counts."""
    doc = head.doc
    if not head.is_title and head.lower_ != "and":
        return None
    start = head.i
    while start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ == "and"):
        start -= 1
    end = head.i + 1
    while end < len(doc) and (doc[end].is_title or doc[end].lower_ == "and"):
        end += 1
    run = doc[start:end]
    joins = [t.i for t in run if t.lower_ == "and"]
    if not joins or joins[0] != start + 1 or run[-1].lower_ == "and" or len(run) < 4 \
            or any(doc[k + 1].lower_ == "and" for k in joins):
        return None  # one place, "and", then at least a place and a body noun
    if run[-1].lower_ not in lex.public_bodies | _PAIRED_BODIES or not run[0].is_alpha \
            or _surname_named_before(run[0]) or run[0].lower_ in lex.titles:
        return None
    return run
