"""Names read off the post written next to them (rounds 67-68).

- :func:`collect_apposed_persons`: a given name and surname set off in apposition after a
  person's post ("Veridian's founder and chief executive, Ana Sokolov, defended the award")
  is a person, whatever NER tagged it, so "Sokolov said" is Ana Sokolov and not a company;
- :func:`team_of_player`: "the team said" after "Boston Celtics guard Marcus Vell will
  miss ..." is the team written before the player's position, not the player NER took
  for an organisation.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.quotes.evident_persons import collect_evident_persons
from generator.extract.quotes.lexicon import Lexicon, fold_name
from generator.extract.quotes.names import Name, fold
from generator.extract.quotes.token_index import proper_nouns


def collect_persons_by_post(doc: Doc, lex: Lexicon) -> list[Name]:
    """:func:`.evident_persons.collect_evident_persons` and :func:`collect_apposed_persons`."""
    return collect_evident_persons(doc, lex) + collect_apposed_persons(doc, lex)


def collect_apposed_persons(doc: Doc, lex: Lexicon) -> list[Name]:
    """Names in apposition to a post only a person holds ("founder", "chief executive",
    "spokeswoman": speakers.yaml ``role_heads``, ``epithets``, ``titles``, ``group_nouns``)
    that open with a listed given name (speakers_given_names.yaml): persons, whatever NER
    tagged them ("Veridian's founder and chief executive, Ana Sokolov,")."""
    posts = lex.role_heads | lex.epithets | lex.titles | lex.group_nouns
    names = []
    for i in proper_nouns(doc):
        token = doc[i]
        if token.dep_ != "appos" or token.ent_type_ == "PERSON" or not _is_post(
                token.head, posts):
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        start = next((k for k in range(start, token.i)  # "Prof Simon Adeyemi": the title
                      if fold_name(doc[k].text) in lex.pronoun_of_given_name), None)
        if start is None:  # is no part of the name
            continue
        names.append(Name(doc[start].idx, tuple(fold(t.text) for t in doc[start : i + 1]),
                          doc[start : i + 1].text))
    return names


def _is_post(noun: Token, posts: frozenset[str]) -> bool:
    """"founder and chief executive": the noun or a noun joined to it names a post; so
    does the second half of a post the tokenizer split at its hyphen ("vice-chancellor":
    "vice" with "chancellor" in apposition)."""
    return noun.pos_ == "NOUN" and any(
        n.lower_ in posts or n.lemma_.casefold() in posts
        for n in (noun, *(c for c in noun.children if c.dep_ == "conj" or (
            c.dep_ == "appos" and c.pos_ == "NOUN" and c.i == noun.i + 2
            and noun.doc[noun.i + 1].text == "-"))))


def team_of_player(head: Token | None, lex: Lexicon) -> str | None:
    """"the team said" / "the team announced" closing a sentence that opens with a player
    introduced by team and position ("Phoenix Suns forward Andre Bixby will miss ..."):
    the team named before the position word (capitalised words, then one lower-case noun,
    then a proper noun; "an MRI on Friday" is none), the last such one before ``head`` in
    its sentence."""
    if head is None or head.lemma_.casefold() not in lex.team_nouns:
        return None
    doc, found = head.doc, None
    for k in range(head.sent.start, head.i - 2):
        team, position, name = doc[k], doc[k + 1], doc[k + 2]
        if team.pos_ == "PROPN" and team.text[:1].isupper() and position.is_lower \
                and position.is_alpha and position.pos_ in ("NOUN", "ADV") \
                and name.pos_ == "PROPN" and name.text[:1].isupper() \
                and team.ent_type_ not in ("PERSON", "GPE"):
            first = k
            while first > head.sent.start and doc[first - 1].pos_ == "PROPN" \
                    and doc[first - 1].text[:1].isupper():
                first -= 1
            found = doc[first : k + 1].text
    return found
