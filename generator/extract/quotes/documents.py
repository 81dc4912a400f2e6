"""Documents as the source of speech: "a statement from the ministry said", "the ministry's
statement", "An audit by the state auditor found ...", "the memo said" after "X announced
the cuts in a memo".

A document speaks for whoever issued it; a report, audit or study does not speak at all, but
names the author a later quote or pronoun may fall back on.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.cues import is_non_speaker
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.names import fold
from generator.extract.quotes.verb_subjects import subject_of


def document_owner(token: Token, lex: Lexicon) -> Token | None:
    """Who issued a statement: "a statement *from the ministry*", "the *ministry's*
    statement"; None for other documents (data, studies, transcripts are not speech)."""
    if not {token.lemma_.casefold(), token.lower_} & lex.issued_documents:
        return None
    return document_author(token)


def document_author(token: Token) -> Token | None:
    """Who wrote a document: "an audit *by the state auditor*", "the *ministry's* report"."""
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            owner = next((g for g in child.children if g.dep_ == "pobj"), None)
            if owner is not None and owner.pos_ in ("PROPN", "NOUN"):
                return owner
        if child.dep_ == "acl" and child.tag_ == "VBN":  # "a joint statement released
            agent = next((g for g in child.children if g.dep_ == "agent"), None)  # by X"
            owner = next((g for g in agent.children if g.dep_ == "pobj"), None) \
                if agent is not None else None
            if owner is not None and owner.pos_ in ("PROPN", "NOUN"):
                return owner
    return None


def author_named_before(head: Token, window_start: int, in_quote: list[bool],
                        lex: Lexicon) -> Token | None:
    """The author of the last document named before ``head`` and after ``window_start``
    outside quotation marks ("An audit *by the state auditor* found ..."), unless that
    author is itself a document."""
    for token in reversed(head.doc[: head.i]):
        if token.idx < window_start:
            return None
        if in_quote[token.i] or not is_non_speaker(token, lex):
            continue
        author = document_author(token)
        if author is not None and not is_non_speaker(author, lex):
            return author
    return None


#: Prepositions that give the document a verb's subject issued ("said *in* a statement").
_CARRIERS = frozenset({"in", "through", "via"})
#: Documents a verb of posting issues without naming them ("wrote on X", "posted on
#: Facebook"): "the post said" is the poster's (round 84).
_POSTS = frozenset({"post", "tweet"})
#: Pronouns that can stand for the one who issued a statement ("In a statement, she said").
_ISSUING_PRONOUNS = frozenset({"he", "she", "they", "it"})
#: Verbs whose subject wrote the document they take as object: "employees signed a letter
#: to the board" is the employees' letter, not the board's, its addressee (round 95).
_AUTHORING = frozenset({"sign", "write", "pen", "draft", "send"})


def _posted_on(verb: Token) -> bool:
    """"wrote on X", "posted on Instagram": a verb of writing or posting on a named
    platform."""
    return verb.pos_ == "VERB" and verb.lemma_.casefold() in ("write", "post", "tweet") and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(
            g.dep_ == "pobj" and g.text[:1].isupper() for g in c.children) for c in verb.children)


def issuer_named_before(head: Token, window_start: int, in_quote: list[bool]) -> Token | None:
    """Who issued the document ``head`` ("the memo said") names: the subject of the last
    verb before it, after ``window_start``, that carried a document of the same noun
    ("Chief Executive X announced the cuts *in a memo*", "Y said *in a statement*"). A
    verb that carried it with "the" ("Greyline founder X wrote in the letter") refers back
    to the document as another verb brought it in with "a" ("the fund said in a letter"):
    that one's subject issued it, the other signed or spoke in it (round 97)."""
    found = _carrier_subject(head, window_start, in_quote)
    if found is None or found[1] is None:
        return found[0] if found else None
    introduced = _carrier_subject(found[1], 0, in_quote, introducing=True)
    return introduced[0] if introduced else found[0]


def _carrier_subject(head: Token, window_start: int, in_quote: list[bool],
                     introducing: bool = False) -> tuple[Token, Token | None] | None:
    """(subject, document) of :func:`issuer_named_before`'s verb before ``head``; the
    document only when "the" makes it a reference back; with ``introducing``, only a
    verb that carried it with "a" or "an"."""
    noun = head.lemma_.casefold()
    for token in reversed(head.doc[: head.i]):
        if token.idx < window_start:
            return None
        if introducing and not (token.dep_ == "pobj" and token.lemma_.casefold() == noun
                                and _article(token) in ("a", "an")):
            continue
        if noun in _POSTS and not in_quote[token.i] and _posted_on(token):
            subject = subject_of(token)  # "the post said" after "X wrote on X that ..."
            if subject is not None and subject.pos_ in ("PROPN", "NOUN"):
                return subject, None
        if not in_quote[token.i] and token.dep_ == "dobj" and token.lemma_.casefold() == noun \
                and token.head.lemma_.casefold() in _AUTHORING:
            subject = subject_of(token.head)  # "300 employees signed a letter to the board"
            if subject is not None and subject.pos_ in ("PROPN", "NOUN", "NUM"):
                return subject, None
        if in_quote[token.i] or token.dep_ != "pobj" or token.lemma_.casefold() != noun:
            continue
        prep = token.head
        verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # "the cuts in a memo"
        if prep.lower_ in _CARRIERS and verb.pos_ in ("VERB", "AUX"):
            subject = subject_of(verb)
            # "In a statement read by his father, he said ...": the pronoun's person issued
            # it, not the last body named (round 90)
            if subject is not None and (subject.pos_ in ("PROPN", "NOUN")
                                        or subject.lower_ in _ISSUING_PRONOUNS):
                return subject, token if _article(token) == "the" else None
    return None


def _article(noun: Token) -> str | None:
    """The article of ``noun`` ("a", "the"), or None."""
    return next((c.lower_ for c in noun.lefts if c.dep_ == "det"), None)


def document_alone(subject: Token | None, speaker: str | None, lex: Lexicon) -> bool:
    """Whether a direct quote's only source is a document no one is behind: "kept in
    ‘wholly inadequate’ conditions, report says" (a headline), "..., according to an
    inspection report" (round 72). Its marked words are the document's, which speaks for
    no one (attribution.yaml ``non-speakers``), so they are no quote; a statement, memo or
    declaration (``issued``) speaks for whoever issued it, and a report whose author was
    named ("the report said" after "An audit by the state auditor found") for that author,
    whose name the speaker then is."""
    if subject is None or not is_non_speaker(subject, lex) \
            or {subject.lower_, subject.lemma_.casefold()} & lex.issued_documents:
        return False
    words = (speaker or "").split()
    return not words or fold(words[-1]) in (subject.lower_, subject.lemma_.casefold())
