"""Speakers mentioned by their role alone ("Ex-minister says ...", "said the coach") or by
an epithet ("the 27-year-old said", "the Brazilian said").

Headlines and later paragraphs refer to a person by the role the article gave them before
("Former transport minister Gideon Harlan", "the Orrby coach, Hanna Virta"). These functions
find that person among the roles the resolver has collected. Sports, culture and tabloid
copy also refer back to the person just named with an epithet: :func:`is_epithet` tells
those mentions apart, and the resolver treats them like "he" or "she", unless an age
epithet ("the teenager", "the 51-year-old") fits the one age the article gave
(:func:`aged_person`). Match reports call a manager by the side: "the Harrowgate manager"
is the person whose side "Ian Marlow's Harrowgate" is (:func:`team_leader`), and "the
United manager" the one titled "Castlebridge United manager" (:func:`titled_side_leader`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.names import fold
from generator.extract.quotes.token_index import indices_by_text, indices_where

#: Dependents that make a definite noun a description of its own ("the head of the
#: union", "the star, Lila Moss", "the driver who stopped"): no epithet.
_DESCRIBING_DEPS = frozenset({"poss", "appos", "prep", "relcl", "acl", "nummod"})


def is_epithet(head: Token | None, lex: Lexicon) -> bool:
    """"the 27-year-old", "the Brazilian", "the Irishman", "the star": a singular noun with
    only "the" (and adjectives) before it that stands for a person the text has named.

    Listed ``epithets``, nationalities, "-year-old" and nouns ending in "man"/"woman"
    qualify; institutions, documents, unnamed sources and office titles never do (they
    have their own rules).
    """
    if head is None or not (head.tag_ in ("NN", "NNP", "JJ") or _invariant_demonym(head, lex)):
        return False
    determiners = [c.lower_ for c in head.children if c.dep_ == "det"]
    if head.dep_ == "amod" and not determiners and (
            head.head.pos_ == "VERB" or head.lower_ == "old"):
        # "The 44-year-old added": the parser read the epithet as the verb's adjective
        # (or, "the 27-year-old told reporters", as the audience's)
        determiners = [c.lower_ for c in head.head.children if c.dep_ == "det" and c.i < head.i]
    aged = _aged_noun(head)
    if determiners != ["the"] or any(c.dep_ in _DESCRIBING_DEPS and not _set_off(c)
                                     and not (aged and _count_of_children(c))
                                     for c in head.children):
        return False
    if aged:  # "the 46-year-old father of seven", "the 70-year-old farmer"
        return True
    word = head.lower_
    if word == "old":  # "the 27-year-old" (NER reads it as a date)
        return head.i >= 2 and head.doc[head.i - 2].lower_ in ("year", "years")
    if _introduced_unnamed(head):
        return False  # "A teenager was hurt. ... the teenager said": that teenager
    if word in lex.epithets or head.ent_type_ == "NORP":
        return True  # whatever NER made of it ("the Dane" tagged as an organisation)
    known = lex.org_nouns | lex.company_nouns | lex.non_speakers | lex.group_nouns | lex.titles
    return word.endswith(("man", "woman")) and word not in known and head.pos_ in (
        "NOUN", "PROPN")  # "the Irishman", "the Frenchwoman"


def _aged_noun(head: Token) -> bool:
    """A noun with an age before it ("the 46-year-old father"): whatever the noun, the
    age makes it a description of someone the text has named."""
    return head.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ == "old" and c.i >= 2
        and head.doc[c.i - 2].lower_ in ("year", "years") for c in head.lefts)


def _count_of_children(child: Token) -> bool:
    """"of seven" in "father of seven": the number of a parent's children describes the
    parent, it does not pick out someone else ("the mother of Jane Doe" does)."""
    return child.dep_ == "prep" and child.lower_ == "of" and any(
        c.dep_ == "pobj" and c.pos_ == "NUM" for c in child.children)


def _invariant_demonym(head: Token, lex: Lexicon) -> bool:
    """"the Portuguese", "the Swiss": a nationality whose singular ends like a plural, which
    the tagger reads as a plural proper noun (a real plural, "the Americans", ends in -s)."""
    return head.tag_ == "NNPS" and head.ent_type_ == "NORP" and (
        not head.lower_.endswith("s") or head.lower_ in lex.epithets)


def _set_off(child: Token) -> bool:
    """A relative clause or phrase set off by a comma ("The teenager, who grew up a mile
    from the ground,"; "The manager, under pressure after ..."): it adds to a noun that
    already stands for someone named, it does not pick out a new person. An apposition
    set off the same way names the person, so it still counts ("the star, Lila Moss")."""
    if child.dep_ not in ("relcl", "prep", "acl"):
        return False
    before = child.left_edge.i - 1
    return before >= 0 and child.doc[before].text == "," and child.head.i < before


def _introduced_unnamed(head: Token) -> bool:
    """Whether the text introduced the noun before with "a" or "an" ("a teenager")."""
    return _first_with_indefinite_article(head.doc).get(head.lower_, len(head.doc)) < head.i


#: Where :func:`_first_with_indefinite_article` keeps its index in ``Doc.user_data``.
_INDEFINITE_KEY = "quotes_first_with_indefinite_article"


def _first_with_indefinite_article(doc: Doc) -> dict[str, int]:
    """The first token of each lower-case word that has "a" or "an" as its determiner
    ("a teenager"), read once per document (every epithet looked back over all of it)."""
    cached = doc.user_data.get(_INDEFINITE_KEY)
    if cached is None:
        cached = {}
        for i in indices_where(doc, LOWER, lambda word: word in ("a", "an")):
            article = doc[i]
            if article.dep_ == "det" and article.head.i != i:
                noun = article.head
                if noun.i < cached.get(noun.lower_, len(doc)):
                    cached[noun.lower_] = noun.i
        doc.user_data[_INDEFINITE_KEY] = cached
    return cached


def epithet_pronoun(head: Token, lex: Lexicon) -> str | None:
    """The pronoun an epithet implies ("the Irishman" -> he, "the actress" -> she)."""
    word = head.lower_
    if word in lex.pronoun_of_title:
        return lex.pronoun_of_title[word]
    if word.endswith("woman") or word.endswith("ess"):
        return "she"
    return "he" if word.endswith("man") else None


def _is_role_noun(head: Token | None, lex: Lexicon) -> bool:
    """A title used as a noun ("the mayor"; "Mayor says ..." in a capitalised headline), or
    a post only a person holds ("the chief" after "Fire Battalion Chief X", round 88)."""
    return head is not None and head.tag_ in ("NN", "NNP") and (
        head.lower_ in lex.titles or (head.lower_ in lex.role_heads and (
            head.tag_ == "NN" or _bare_capitalised_post(head))))


def _bare_capitalised_post(head: Token) -> bool:
    """"Dean vows ...": a post capitalised alone in a headline (no name joined to it) is
    the post too, whose holder the body names (round 108)."""
    return not any(c.dep_ in ("compound", "appos", "flat") for c in head.children)


def _role_heads(role: str, lex: Lexicon) -> tuple[set[str], set[str]]:
    """(head nouns, all words) of a role, initials spelt out: "CEO" and "Chief Executive
    Officer" both have the heads "officer" and "executive" (a chief executive is one)."""
    words = [w for word in role.split() for w in
             lex.title_abbreviations.get(fold(word), fold(word)).split()]
    while len(words) > 1 and words[-1] in lex.honorifics:
        words.pop()  # "Education Cabinet Secretary Dr Ada Quill": the office ends before "Dr"
    cut = words.index("of") if "of" in words[1:] else len(words)  # "mayor of Vesna"
    if "for" in words[1:cut]:  # "Minister for Food and the Marine" is a minister (round 108)
        cut = 1 + words[1:].index("for")
    heads = {words[cut - 1]}
    if words[cut - 1] == "officer" and cut > 1:
        heads.add(words[cut - 2])
    return heads, set(words)


def _ends_with(role: str, noun: Token, lex: Lexicon) -> bool:
    """Whether the role's head noun is ``noun`` ("mayor of Vesna" is a mayor)."""
    return noun.lower_ in _role_heads(role, lex)[0]


def _role_words(head: Token, lex: Lexicon,
                is_person: Callable[[Token], bool]) -> list[str] | None:
    """The title words of a role mention ("its chief executive" -> ["chief", "executive"];
    "Dunmore's defiant mayor" -> ["mayor"]); None for an indefinite or otherwise
    determined one ("a minister", "that official") and for a person's aide ("Trell's
    spokesman"): those are not the article's named holder. Descriptive adjectives and
    places need not match the role; title words ("former", "regional") must."""
    words = []
    for child in head.lefts:
        if child.dep_ == "det" and child.lower_ != "the":
            return None
        if child.dep_ == "poss" and child.tag_ != "PRP$" and (
                is_person(child) or head.lower_ in lex.org_voices):
            return None  # "Trell's spokesman" speaks for Trell, he holds no office
        word = lex.title_abbreviations.get(fold(child.text), fold(child.text))
        if child.dep_ in ("amod", "compound") and set(word.split()) & (
                lex.titles | lex.title_modifiers):
            words.extend(word.split())
    return [*words, head.lower_]


def role_holder(head: Token | None, roles: Mapping[str, str], lex: Lexicon,
                is_person: Callable[[Token], bool] = lambda token: False) -> str | None:
    """The one named person whose role is the role mentioned, the headline style
    ("Ex-minister says ..." about "Former transport minister Gideon Harlan") and the lede's
    ("its chief executive warned ..." about "Chief Executive Officer Marcus Ebbe"); None for
    ambiguity, for "a minister", and for "the regional governor" when no named holder's
    role has every word of it.

    Args:
        head: Head token of the mention.
        roles: Role of each named person of the article.
        lex: The word lists (titles, title abbreviations).
        is_person: Whether a token names a person of the article ("Trell's spokesman" is
            Trell's aide, not the holder of an office).
    """
    if not _is_role_noun(head, lex):
        return None
    words = _role_words(head, lex, is_person)
    if words is None:
        return None
    # initials spelt out, "officer" optional: "CEO" is "Chief Executive Renata Falk"
    mentioned_heads = _role_heads(head.lower_, lex)[0]
    spelt = {w for word in words for w in lex.title_abbreviations.get(word, word).split()}
    holders = set()
    for name, role in roles.items():
        heads, role_words = _role_heads(role, lex)
        if mentioned_heads & heads and spelt - {"officer"} <= role_words | heads:
            holders.add(name)
    return holders.pop() if len(holders) == 1 else None


def role_antecedent(head: Token | None, speakers: Iterable[tuple[str, str | None]],
                    roles: Mapping[str, str], lex: Lexicon) -> str | None:
    """"said the coach" after "said the Orrby coach, Hanna Virta": a bare definite role
    (only "the" before it) refers back to the latest person speaker given that role.

    Args:
        head: Head token of the mention.
        speakers: (name, kind) of the speakers so far, latest first.
        roles: Role of each person speaker.
        lex: The word lists (titles).
    """
    if not _is_role_noun(head, lex):
        return None
    modifiers = [c.lower_ for c in head.children if c.dep_ != "punct"]
    if modifiers != ["the"]:
        return None
    return next((name for name, kind in speakers if kind == "person" and name in roles
                 and _ends_with(roles[name], head, lex)), None)


def age_range(head: Token, lex: Lexicon) -> tuple[int, int] | None:
    """The ages an epithet stands for: "the 51-year-old" (51, 51), "the teenager" (13, 19)."""
    if head.lower_ == "old" and head.i >= 3 and head.doc[head.i - 2].lower_ in ("year", "years"):
        number = head.doc[head.i - 3 if head.doc[head.i - 3].text != "-" else head.i - 4]
        return (int(number.text),) * 2 if number.text.isdigit() else None
    return lex.age_epithets.get(head.lower_)


def aged_person(head: Token, lex: Lexicon) -> Token | None:
    """The one name before the epithet whose age, given in commas after it ("Bright, 19,
    was making ..."), is in the epithet's range: "the teenager" is Bright even when his
    manager spoke in between. None when no age or several ages fit."""
    ages = age_range(head, lex)
    if ages is None:
        return None
    found = {}
    for number in head.doc[2 : head.i]:
        if not number.text.isdigit() or number.nbor(1).text != "," or number.nbor(-1).text != ",":
            continue
        name = number.doc[number.i - 2]
        if name.text[:1].isupper() and name.is_alpha and ages[0] <= int(number.text) <= ages[1]:
            found[name.text] = name
    return next(iter(found.values())) if len(found) == 1 else None


def team_leader(head: Token | None, lex: Lexicon) -> Token | None:
    """"the Harrowgate manager" after "Ian Marlow's Harrowgate": a leader noun with a
    capitalised team word before it stands for the person whose side sports copy called
    that team, "X's TEAM" (X a person), rather than for the club."""
    if head is None or head.lower_ not in lex.team_leaders:
        return None
    teams = {c.text for c in head.children if c.dep_ in ("compound", "poss")
             and c.text[:1].isupper() and c.i < head.i}
    # the tokens before the head that hold a team word, in order (read off a per-doc index:
    # scanning the article up to every leader noun was quadratic in a long article)
    by_text = indices_by_text(head.doc)
    named = [head.doc[i] for i in sorted(i for team in teams for i in by_text.get(team, ())
                                         if i < head.i)]
    owners = {poss.text: poss for token in named for poss in token.children
              if poss.dep_ == "poss" and poss.ent_type_ == "PERSON"}
    for token in named:
        owner = _pronoun_owner(token)
        if owner is not None:
            owners.setdefault(owner.text, owner)
    return next(iter(owners.values())) if len(owners) == 1 else None


def titled_side_leader(head: Token | None, roles: Mapping[str, str], lex: Lexicon) -> str | None:
    """"the United manager said" after "Castlebridge United manager Ewan Rourke": a
    definite leader noun (speakers.yaml ``team_leaders``) with the side's name before it is
    the one person whose role is that noun after a name holding every word of the side's
    (round 89), or, when no one holds that very noun, another leader noun ("the Town
    boss" after "Orsk Town manager X", round 93); "the City manager" of the same
    article is nobody's."""
    if head is None or head.lower_ not in lex.team_leaders \
            or [c.lower_ for c in head.children if c.dep_ == "det"] != ["the"]:
        return None
    side = {fold(c.text) for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"}
    if not side:
        return None
    titled = {name: words for name, role in roles.items() if role
              and (words := [fold(w) for w in role.split()])[-1] in lex.team_leaders
              and side <= set(words[:-1])}
    holders = {name for name, words in titled.items() if words[-1] == head.lower_} \
        or set(titled)  # "the Town boss" after "Orsk Town manager X" (round 93)
    return holders.pop() if len(holders) == 1 else None


def leader_sacked_or_hired(head: Token | None, lex: Lexicon) -> Token | None:
    """"the manager admitted" after "Castlebridge City have sacked Neil Harkin": a bare
    definite leader noun (speakers.yaml ``team_leaders``) is the one person named as the
    object of a verb that sacks or appoints (``team_leader_verbs``) before it, when no name
    is titled with that noun anywhere in the article (round 54); None otherwise."""
    if head is None or head.lower_ not in lex.team_leaders or [
            c.lower_ for c in head.children] != ["the"]:
        return None
    doc = head.doc
    if any(t.lower_ == head.lower_ and t.i != head.i and any(
            n.pos_ == "PROPN" for n in (t.nbor(1) if t.i + 1 < len(doc) else t,
                                        *t.children)) for t in doc):
        return None  # "Pioneers manager Walt Kessler": the noun titles someone
    named = {t.text: t for verb in doc[: head.i] if verb.pos_ == "VERB"
             and verb.lemma_.casefold() in lex.team_leader_verbs
             for t in verb.children if t.dep_ == "dobj" and t.ent_type_ == "PERSON"}
    return next(iter(named.values())) if len(named) == 1 else None


def _pronoun_owner(team: Token) -> Token | None:
    """"Steve Hale has challenged his Redford City players": the team word modifies a noun
    ("players", "side") whose owner is "his"/"her", and the person named as the subject of
    that clause is the one whose side it is."""
    noun = team
    while noun.dep_ in ("compound", "nmod", "amod") and noun.head.i > noun.i:
        noun = noun.head
    if noun is team or not any(c.dep_ == "poss" and c.lower_ in ("his", "her")
                               for c in noun.children):
        return None
    subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
    return next((s for s in subjects if s.ent_type_ == "PERSON"), None)
