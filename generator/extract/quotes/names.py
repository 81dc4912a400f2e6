"""The names an article uses: persons and organisations, read once per document.

The resolver (:mod:`.resolve`) looks surnames and "the firm" up in these lists. Names come
from NER entities, from proper nouns after an office title (NER misses some), and from
subjects only a person can be. The organisations NER may miss are read by
:mod:`.organization_names`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from generator.extract.doctext import doc_entities, doc_text
from generator.extract.quotes.company_places import based_in_place
from generator.extract.quotes.lexicon import Lexicon, fold_name, load_lexicon
from generator.extract.quotes.office_entities import office_read_as_name
from generator.extract.quotes.romance_names import with_romance_words
from generator.extract.quotes.titled_works import names_a_work
from generator.extract.quotes.token_index import indices_where
from generator.speakers import person_name


@dataclass(frozen=True, slots=True)
class Name:
    """A name found in the article: where, its folded words, and its text."""

    start: int
    words: tuple[str, ...]
    text: str

    @property
    def surname(self) -> str:
        """The folded family name: the last word, except before a romanised Chinese or
        Korean given name written with a hyphen and a lower-case second syllable, which
        follows the family name ("Lam" of "Derek Lam Ka-wing", "Tsang" of "Tsang
        Wai-kit"); "Lloyd-Webber" and "Jean-Pierre" keep their capital."""
        written = self.text.split()
        if len(written) > 1 and _HYPHENATED_GIVEN_NAME.fullmatch(written[-1]):
            return fold(written[-2])
        return self.words[-1]

    def ends_with(self, word: str) -> bool:
        """Whether the folded ``word`` is this name's last word or its family name."""
        return word in (self.words[-1], self.surname)


#: "Ka-wing", "Mei-ling", "Jae-in": a given name after the family name (see Name.surname).
_HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")


def initials(words) -> str:
    """The first letters of the capitalised ``words``, what an acronym of the name spells:
    "SDMA" of "State Disaster Management Authority", "SAMWU" of "South African Municipal
    Workers' Union"; lower-case linking words ("of", "and") give none."""
    return "".join(w[0] for w in words if w[:1].isupper())


def fold(word: str) -> str:
    """Lower case without periods, for comparing name words ("Mr." -> "mr")."""
    return word.casefold().replace(".", "")


def clean_entity(text: str) -> str:
    """Entity text without a trailing possessive or leading "the"."""
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text[4:] if text.lower().startswith("the ") else text


def collect_names(doc: Doc, labels: tuple[str, ...], subjects_only: bool = False) -> list[Name]:
    """Entities of the given labels as bare names, in text order (titles stripped); with
    ``subjects_only``, only those that are the subject of their clause."""
    names = []
    for ent in doc_entities(doc):
        if ent.label_ not in labels or "/" in ent.text or any(c.isdigit() for c in ent.text):
            continue
        if subjects_only and ent.root.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if len(ent) == 1 and ent[0].tag_ in ("VBG", "VBN", "JJ") and ent.start == ent.sent.start:
            continue  # "Underlying operating profit fell ...": a capitalised modifier
        ent = _without_glued_verb(ent)
        if labels == ("PERSON",):
            ent = _with_untagged_given_name(_after_owner(ent))
        if labels == ("PERSON",) and _written_lower_case(ent):
            continue  # "“Melatonin is not a sleeping pill”" where the article says "melatonin"
        if labels == ("PERSON",) and office_read_as_name(ent.root, load_lexicon()):
            continue  # "The Dean of Kelby, the Very Rev Ada Holt,": the holder follows (r108)
        if labels == ("PERSON",) and names_a_work(ent):
            continue  # "Her memoir, Small Mercies, ...": a title (round 98)
        text = clean_entity(ent.text)
        if labels == ("PERSON",):
            text = person_name(text)
        else:
            text = clean_entity(with_of_phrase(with_romance_words(ent)).text)
        words = tuple(fold(w) for w in text.split())
        if words:
            names.append(Name(ent.start_char, words, text))
    return names


def _with_untagged_given_name(entity: Span) -> Span:
    """"Caleb Bellamy" of "— Caleb Bellamy threw ..." where NER tagged only "Bellamy": a
    one-word person whose name the parser opens with an untagged capitalised proper noun
    is named in full, so a later namesake ("His father, Tom ... Tom Bellamy") does not take
    the surname back to the lede (round 53)."""
    before = entity.doc[entity.start - 1] if entity.start > 0 else None
    if len(entity) != 1 or before is None or before.ent_iob_ != "O" or before.pos_ != "PROPN" \
            or before.dep_ != "compound" or before.head.i != entity.start \
            or not before.text.istitle() or not before.is_alpha:
        return entity
    return entity.doc[entity.start - 1 : entity.end]


def _without_glued_verb(entity: Span) -> Span:
    """"Lumora" of "Lumora Sued by US, 14 States ...": NER may run a title-case headline's
    name on into the verb after it; a name never ends in a past participle or finite verb,
    nor holds a lower-case finite verb."""
    while len(entity) > 1 and entity[-1].pos_ == "VERB" \
            and entity[-1].tag_ in ("VBD", "VBN", "VBZ", "VBP"):
        entity = entity[:-1]
    # "Owen Castillo led Eastmont (3-4) with 22 points": NER may also run a name on over a
    # lower-case verb into its object; no name has a lower-case finite verb inside
    inner = next((t.i - entity.start for t in entity[1:] if t.pos_ == "VERB"
                  and t.text.islower() and t.tag_ in ("VBD", "VBZ", "VBP")), None)
    return entity[:inner] if inner else entity


def _after_owner(entity: Span) -> Span:
    """"Reid" of "Castlegate's Reid": NER may run a person's name back over the club or
    council that owns it; a name holds no possessive, so the person is what follows it."""
    owner = next((t.i - entity.start for t in reversed(entity[:-1])
                  if t.tag_ == "POS" or t.text in ("'s", "’s")), None)
    return entity[owner + 1 :] if owner is not None else entity


def _written_lower_case(entity: Span) -> bool:
    """A one-word "name" the article also writes in lower case is a common noun NER took
    for a name at the start of a sentence ("Melatonin is ...", "... melatonin ...")."""
    word = entity.text
    if not (len(entity) == 1 and word[:1].isupper() and word[1:].islower()):
        return False
    lower = word.lower()
    if _WORD.fullmatch(lower):  # all word characters: "\bword\b" is a whole run of them
        return lower in _word_runs(entity.doc)
    return re.search(rf"\b{re.escape(lower)}\b", doc_text(entity.doc)) is not None


#: A run of word characters (what ``\b`` bounds).
_WORD = re.compile(r"\w+")
#: Where :func:`_word_runs` keeps its set in ``Doc.user_data``.
_WORD_RUNS_KEY = "quotes_word_runs"


def _word_runs(doc: Doc) -> frozenset[str]:
    """Every maximal run of word characters in the text, read once per doc (each one-word
    entity asked whether the article writes it in lower case)."""
    runs = doc.user_data.get(_WORD_RUNS_KEY)
    if runs is None:
        runs = doc.user_data[_WORD_RUNS_KEY] = frozenset(_WORD.findall(doc_text(doc)))
    return runs


#: Words joining a body's name to its capitalised phrase ("Ministry of Fisheries", round 51's
#: "Coalition for App Fairness"), and the articles a "for" phrase may open with ("the
#: Collective for a Decent Life"); "of the" stays out (whole_entity reads it where NER sees it).
_NAME_JOINERS = {"of": frozenset(), "for": frozenset({"a", "the"})}


def with_of_phrase(span: Span) -> Span:
    """An organisation entity NER cut before "of" ("Second District Court" of "Second
    District Court of Appeal", "Ministry" of "Ministry of Fisheries") or the parser's subject
    cut before "for" ("Coalition" of "The Coalition for App Fairness") with its capitalised
    phrase taken back in."""
    doc, end = span.doc, span.end
    if end + 1 < len(doc) and doc[end].lower_ in _NAME_JOINERS:
        after = end + 1 + (doc[end + 1].lower_ in _NAME_JOINERS[doc[end].lower_])
        if after < len(doc) and _capitalised(doc[after]) and not based_in_place(span, doc[after]):
            end = after
            while end < len(doc) and _capitalised(doc[end]):
                end += 1
    return doc[span.start : end]


def _capitalised(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ != "DATE"


def name_text(token: Token) -> str:
    """The proper nouns ending at ``token`` ("Marit Rehn" for "Rehn"), so that a first name
    in the text picks the right one of two people sharing a surname."""
    doc, start = token.doc, token.i
    if _post_nominal_after_name(token):
        return name_text(doc[token.i - 1])
    while start > 0 and (doc[start - 1].pos_ == "PROPN" or _in_hyphenated_name(doc[start - 1])) \
            and doc[start - 1].ent_type_ == token.ent_type_:
        start -= 1
    return doc[start : token.i + 1].text


def _post_nominal_after_name(token: Token) -> bool:
    """Letters after a name that the parser made its head ("KC" of "Rebecca Thorne KC told
    jurors ... ‘...,’ she said", speakers.yaml post_nominals): no part of the name, and
    alone they would pick whoever else the article writes with them ("Daniel Okoro KC")."""
    return token.i > 0 and token.text.isupper() \
        and fold_name(token.text) in load_lexicon().post_nominals \
        and token.doc[token.i - 1].pos_ == "PROPN"


def _in_hyphenated_name(token: Token) -> bool:
    """A piece of a given name the tokenizer split at its hyphen, whatever the tagger made
    of it ("Ka", "-" of "Derek Lam Ka-wing")."""
    doc = token.doc
    hyphen = token if token.text == "-" else doc[token.i + 1] if token.i + 1 < len(doc) else None
    return hyphen is not None and hyphen.text == "-" and hyphen.ent_type_ == "PERSON" \
        and not hyphen.whitespace_ and hyphen.i > 0 and not doc[hyphen.i - 1].whitespace_


def collect_titled_names(doc: Doc, lex: Lexicon) -> list[Name]:
    """Names that follow an office title or honorific ("Chancellor Olaf Brand", "Chief
    Executive Nadia Ferro", "Norvik chief executive Lars Holt"), which NER sometimes misses
    or tags as an organisation."""
    title_words = lex.titles | lex.title_modifiers | lex.honorifics
    names = []
    i = 0
    # only a title word or a person noun opens a run; every other token is passed over
    for start in sorted({*indices_where(doc, ORTH, lambda word: fold(word) in title_words),
                         *indices_where(doc, LOWER, lambda word: word in lex.group_nouns)}):
        if start < i:
            continue  # inside the run before
        i = start
        lower_title = doc[i].pos_ == "NOUN" and doc[i].lower_ in lex.titles  # "chief executive"
        if _person_noun_before_name(doc[i], lex):
            lower_title = True  # "Union official Clare Mbeki": NER may tag her a place
        elif not (doc[i].pos_ == "PROPN" or lower_title) or fold(doc[i].text) not in title_words:
            continue
        run = [doc[i]]
        while run[-1].i + 1 < len(doc) and doc[run[-1].i + 1].pos_ == "PROPN" and len(run) < 6:
            run.append(doc[run[-1].i + 1])
        last_title = max((k for k, t in enumerate(run) if fold(t.text) in title_words), default=0)
        name = run[last_title + 1 :]
        # "Mrs Justice Penhallow": a surname after an honorific and a title is a person
        # the article names no other way (round 56), whatever NER made of the three
        if len(name) >= 2 or (len(name) == 1 and last_title >= 1
                              and fold(run[0].text) in lex.honorifics):
            words = tuple(fold(t.text) for t in name)
            names.append(Name(name[0].idx, words, doc[name[0].i : name[-1].i + 1].text))
        i = run[-1].i + 1
    return names


def _person_noun_before_name(token: Token, lex: Lexicon) -> bool:
    """A singular noun for one person of an unnamed group ("official", "analyst",
    "resident") written before a name as a title: what follows is a person."""
    return token.tag_ == "NN" and token.lower_ in lex.group_nouns


_OPENING_MARKS = frozenset({'"', "\u201c", "\u2018", "'"})
_CLOSING_MARKS = frozenset({'"', "\u201d", "\u2019", "'"})


def collect_nicknamed_persons(doc: Doc, lex: Lexicon) -> list[Name]:
    """Persons written with a nickname in marks between given name and surname
    ('Dorothy "Dot" Gaines'), which NER cuts apart: the name without its nickname, so that
    "Gaines says" (the tagger may take the surname for a plural noun) finds her. The given
    name must be tagged a person or listed in speakers_given_names.yaml."""
    names = []
    for mark in indices_where(doc, ORTH, lambda word: word in _OPENING_MARKS):
        if not 0 < mark < len(doc) - 2:
            continue  # the given name before the mark, two words after it at least
        token = doc[mark - 1]
        if doc[token.i + 1].text not in _OPENING_MARKS or not (
                token.ent_type_ == "PERSON" or fold_name(token.text) in lex.pronoun_of_given_name):
            continue
        close = next((t.i for t in doc[token.i + 2 : token.i + 5] if t.text in _CLOSING_MARKS),
                     None)
        if close is None or close + 1 >= len(doc) or close == token.i + 2:
            continue
        nickname, surname = doc[token.i + 2 : close], doc[close + 1]
        if all(t.text[:1].isupper() for t in nickname) and surname.text[:1].isupper() \
                and surname.tag_ in ("NNP", "NNPS", "NNS"):
            names.append(Name(token.idx, (fold(token.text), fold(surname.text)),
                              f"{token.text} {surname.text}"))
    return names


def most_named(names: list[Name]) -> str | None:
    """The name given most often ("Haldane Foods" in a story about it), the latest of
    those on a tie; None for none."""
    counts: dict[str, int] = {}
    for name in names:
        counts[name.text] = counts.get(name.text, 0) + 1
    latest = {name.text: k for k, name in enumerate(names)}
    return max(counts, key=lambda n: (counts[n], latest[n])) if counts else None


#: Words that end the noun part of an unnamed source's description ("source close to ...").
_DESCRIPTION_BREAKS = frozenset({"for", "of", "at", "from", "with", "in", "on", "close",
                                 "familiar", "who", "briefed", "involved", "knowledgeable"})


def described_nouns(name: str) -> list[str]:
    """The words of an unnamed source's name before its modifiers ("people familiar with
    the matter" -> ["people"], "senior official" -> ["senior", "official"])."""
    words = [fold(w) for w in name.split()]
    cut = next((k for k, w in enumerate(words) if w in _DESCRIPTION_BREAKS), len(words))
    return words[:cut]


#: Verbs of a relative clause that gives the subject's name ("who gave her name as X",
#: "who identified himself as X", "who asked to be called X").
_NAMING_VERBS = frozenset({"give", "identify", "name", "call", "introduce", "know"})


#: Nouns after which a relative clause sets off the name a source gave ("who gave only his
#: surname, Wong,", round 106).
_OWN_NAME_NOUNS = frozenset({"name", "surname"})


def name_given_in_relative(head: Token | None) -> str | None:
    """"A trader at the market, who simply gave her name as Iya Bisola, said": the name
    the relative clause gives the unnamed subject, or None; also the name it sets off after
    "name" or "surname" whatever its verb ("who asked that CNBC use only her first name,
    Marisol,", round 54)."""
    if head is None:
        return None
    for clause in head.subtree:  # the parser may hang it on "the jetty" of "a man on the jetty"
        if clause.dep_ != "relcl" or not any(c.lower_ == "who" for c in clause.children):
            continue
        named = next((c for w in clause.subtree if w.lemma_.casefold() in _OWN_NAME_NOUNS
                      and w.pos_ == "NOUN" for c in w.children
                      if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None:
            return name_text(named)
        if clause.lemma_.casefold() not in _NAMING_VERBS:
            continue
        for word in clause.subtree:
            if word.pos_ == "PROPN" and word.dep_ in ("pobj", "oprd", "attr", "dobj") and (
                    word.dep_ != "pobj" or word.head.lower_ == "as"):
                return name_text(word)
    return None
