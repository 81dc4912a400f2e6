"""Which pronoun (he/she) each person of an article takes, read off the article itself.

Pronoun resolution never guesses a gender from a name; it only avoids clashes ("she said"
must not go to a man). The article tells the gender in a few reliable ways, each a vote:

- a gendered title or noun next to the name ("Ms. Ilse Farrow", "her nephew, Jonas Lund");
- the subject of the clause a person reports, or its owner ("Maja Lund said *she* trusted
  him", "Nandal says *her* team plans ...");
- a possessive after a person subject, with no other person in the sentence ("Lotte Brandvik
  stood there, smoke rising from the can in *her* hand");
- the first subject pronoun of the next sentence, when the sentence before has a person as
  its subject and no other person outside prepositional phrases ("Lindholm denies the
  charges. *He* sat ...").

The majority of votes wins; titles count more than the other cues.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.names import fold
from generator.extract.quotes.token_index import indices_where

#: Weight of a gendered title or noun against one pronoun cue.
TITLE_WEIGHT = 3
_SUBJECTS = ("nsubj", "nsubjpass")


def vote_genders(doc: Doc, lex: Lexicon, in_quote: list[bool],
                 is_person: Callable[[Token], str | None]) -> dict[str, str]:
    """The pronoun each person takes, by majority of the cues above.

    Args:
        doc: The parsed article.
        lex: Word lists (gendered titles, pronouns).
        in_quote: For each token, True inside quotation marks (quoted words are not cues).
        is_person: The canonical name of the person a token names, or None.
    """
    votes: dict[str, Counter] = defaultdict(Counter)
    known: dict[int, str | None] = {}

    def person(token: Token) -> str | None:  # each token is asked several times
        if token.i not in known:
            known[token.i] = is_person(token) if token.pos_ in ("PROPN", "NOUN") else None
        return known[token.i]

    for name, pronoun in _noun_cues(doc, lex, in_quote, person):
        votes[name][pronoun] += TITLE_WEIGHT
    sentences = list(doc.sents)
    for k, sentence in enumerate(sentences):
        for name, pronoun in _clause_cues(sentence, lex, in_quote, person):
            votes[name][pronoun] += 1
        subject = _person_subject(sentence, in_quote, person)
        if subject is None:
            continue
        name = person(subject)
        # a second person as subject, object or owner makes the pronoun ambiguous; one in
        # a prepositional phrase ("a hillside above Marrow Vale") is too little salient
        salient = {n for t in sentence if not in_quote[t.i]
                   and t.dep_ not in ("pobj", "compound", "flat") and (n := person(t))}
        if salient != {name} or _whose_relative(subject):
            continue  # "X, whose son ..., said he had been "glued to his phone"" (round 56)
        possessive = _gendered(sentence, lex, in_quote, after=subject.i, possessive=True)
        if possessive:
            votes[name][possessive] += 1
        if k + 1 < len(sentences):
            # "Pryce suggested ... Fenwick said she ...": a person named before the pronoun
            # is its likelier antecedent, so only a sentence that opens unnamed votes
            following = _gendered(_before_first_person(sentences[k + 1], person), lex,
                                  in_quote, subject_only=True)
            if following:
                votes[name][following] += 1
            opening = _opening_possessive(sentences[k + 1], in_quote)
            if opening:  # "X said ... . His party tabled a motion ..." (round 91)
                votes[name][opening] += 1
    return {name: count.most_common(1)[0][0] for name, count in votes.items()
            if len(count) == 1 or count.most_common(2)[0][1] > count.most_common(2)[1][1]}


def _pronoun_gender(token: Token) -> str | None:
    lower = token.lower_
    if lower in ("he", "him", "his", "himself"):
        return "he"
    if lower in ("she", "her", "hers", "herself"):
        return "she"
    return None


def _noun_cues(doc: Doc, lex: Lexicon, in_quote: list[bool],
               is_person: Callable[[Token], str | None]):
    """(name, pronoun) for gendered nouns before or in apposition to a name."""
    titles = lex.pronoun_of_title
    for i in indices_where(doc, LOWER, lambda word: titles.get(word.replace(".", ""))):
        token = doc[i]
        pronoun = lex.pronoun_of_title.get(token.lower_.replace(".", ""))
        if not pronoun or in_quote[token.i]:
            continue
        # "Monica Reyes, whose son, Daniel,": the parser may make the son her apposition
        linked = [token.head] if token.dep_ == "appos" and not any(
            c.lower_ == "whose" for c in token.children) else []
        linked += [c for c in token.children if c.dep_ == "appos"]
        if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
            following = doc[token.i + 1]
            while following.i + 1 < len(doc) and doc[following.i + 1].pos_ == "PROPN":
                following = doc[following.i + 1]
            linked.append(following)
        for other in linked:
            name = is_person(other)
            if name:
                yield name, pronoun
                break


def _clause_cues(sentence: Span, lex: Lexicon, in_quote: list[bool],
                 is_person: Callable[[Token], str | None]):
    """(name, pronoun) for "NAME said PRONOUN ...": the reported clause's subject."""
    for token in sentence:
        if token.dep_ not in _SUBJECTS or in_quote[token.i]:
            continue
        verb = token.head
        if verb.lemma_.casefold() not in lex.reporting_lemmas:
            continue
        name = is_person(token) or next(
            (n for c in token.children if c.dep_ == "appos" and (n := is_person(c))), None)
        if not name or any(c.dep_ in ("dobj", "dative") and is_person(c) for c in verb.children):
            continue  # "Brook told Falk that he ...": he may be the one told
        if _whose_relative(token):
            continue  # "X, whose son is a sophomore, said he had ...": he may be the son
        for clause in verb.children:
            if clause.dep_ != "ccomp" or _speaker_as_object(clause):
                continue
            subjects = [c for c in clause.children if c.dep_ in _SUBJECTS]
            # "Nandal says she ..." or "Nandal says her team ...", not "said her death
            # had been ...", which befell someone else (round 89)
            owners = [g for c in subjects if c.lower_ not in lex.befallen_nouns
                      for g in c.children if g.tag_ == "PRP$"]
            # "“She would arrive with notes in every margin,” says Marlow": the quote's own
            # subject is no cue of the speaker's (round 98)
            pronoun = next((_pronoun_gender(c) for c in subjects + owners
                            if c.pos_ == "PRON" and not in_quote[c.i] and _pronoun_gender(c)),
                           None)
            if pronoun and not _names_another(token, pronoun, in_quote):
                yield name, pronoun


def _speaker_as_object(clause: Token) -> bool:
    """"Teague says she has “kept me alive”": the speaker's own "me" as the clause's
    object, so its subject is someone else (a "she" and a "me" of one verb are never the
    same person) and tells nothing of the speaker's gender (round 96)."""
    objects = [c for c in clause.children if c.dep_ in ("dobj", "dative")]
    # "kept me going": the parser makes "me" the subject of the small clause
    objects += [g for c in clause.children if c.dep_ in ("xcomp", "ccomp", "oprd")
                for g in c.children if g.dep_ == "nsubj" and g.i < c.i]
    return any(c.lower_ == "me" for c in objects)


def _person_subject(sentence: Span, in_quote: list[bool],
                    is_person: Callable[[Token], str | None]) -> Token | None:
    """The person token that is the subject of the sentence's main verb (outside quotation
    marks)."""
    return next((t for t in sentence if t.dep_ in _SUBJECTS and not in_quote[t.i]
                 and t.head.dep_ == "ROOT" and is_person(t)), None)


def _before_first_person(sentence: Span,
                         is_person: Callable[[Token], str | None]) -> Span:
    """The words of ``sentence`` before the first person named in it (all if none)."""
    first = next((t.i for t in sentence if is_person(t)), sentence.end)
    return sentence.doc[sentence.start : first]


def _gendered(sentence: Span, lex: Lexicon, in_quote: list[bool], after: int = -1,
              possessive: bool = False, subject_only: bool = False) -> str | None:
    """The gender of the first fitting pronoun of ``sentence`` outside quotation marks."""
    for token in sentence:
        if token.i <= after or in_quote[token.i] or token.pos_ != "PRON":
            continue
        if possessive and (token.tag_ != "PRP$" or _maybe_object(token)
                           or any(a.dep_ == "relcl" for a in token.ancestors)):
            continue  # "X, whose son was shot by a classmate who took *his* father's gun"
        if subject_only and token.dep_ not in _SUBJECTS:
            continue
        gender = _pronoun_gender(token)
        if gender:
            return gender
    return None


def _opening_possessive(sentence: Span, in_quote: list[bool]) -> str | None:
    """The gender of a possessive pronoun opening the next sentence's subject ("*His*
    party tabled a motion"): like a subject pronoun there, it stands for the person the
    sentence before was about."""
    first = next((t for t in sentence if not t.is_space), None)
    if first is None or in_quote[first.i] or first.tag_ != "PRP$" or first.dep_ != "poss" \
            or first.head.dep_ not in _SUBJECTS:
        return None
    return _pronoun_gender(first)


def _whose_relative(subject: Token) -> bool:
    """"Renee Castillo, whose son is a sophomore,": a relative clause giving the subject's
    relative or thing brings in someone else the sentence's pronouns may stand for."""
    return any(c.dep_ == "relcl" and any(t.lower_ == "whose" for t in c.subtree)
               for c in subject.children)


def _names_another(subject: Token, pronoun: str, in_quote: list[bool]) -> bool:
    """"Piet Marlow, who sat beside *her* in court, says *she* was ...": a pronoun
    of the same gender inside the subject's own phrase stands for someone else, the one
    the reported clause's pronoun may well be (round 98)."""
    return any(t.i != subject.i and t.pos_ == "PRON" and not in_quote[t.i]
               and _pronoun_gender(t) == pronoun for t in subject.subtree)


def _maybe_object(token: Token) -> bool:
    """"showed her invoices": a "her" right after a verb may be its object, not the owner
    of the noun after it, so it says nothing about the subject's gender."""
    doc = token.doc
    return token.lower_ == "her" and token.i > 0 and doc[token.i - 1].pos_ in ("VERB", "AUX")


def titled_names(doc: Doc, lex: Lexicon, in_quote: list[bool]) -> Iterator[tuple[str, int, str]]:
    """(name, offset, pronoun) of each run of proper nouns after a gendered title."""
    for i in indices_where(doc, ORTH, lambda word: lex.pronoun_of_title.get(fold(word))):
        if i == len(doc) - 1:
            continue  # a title needs a word after it
        token = doc[i]
        pronoun = lex.pronoun_of_title.get(fold(token.text))
        following = doc[token.i + 1]
        if pronoun and following.pos_ == "PROPN" and not in_quote[token.i]:
            run = [following]
            while run[-1].i + 1 < len(doc) and doc[run[-1].i + 1].pos_ == "PROPN":
                run.append(doc[run[-1].i + 1])
            while len(run) > 1 and fold(run[0].text) in lex.titles:
                run.pop(0)  # "Mrs Justice Penhallow": the title between (round 56)
            yield " ".join(t.text for t in run), token.idx, pronoun
