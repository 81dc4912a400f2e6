"""Reported speech: a reporting cue outside quotation marks and the clause it reports.

Orders handled (all from the dependency parse, so word order does not matter):
"X said (that) CLAUSE", "CLAUSE, X said.", "CLAUSE, said X.", "Such a move, he said,
would ..." (the cue is a parenthetical inside the clause, which is reported whole),
"..., saying CLAUSE" (the subject is the governing verb's), "expressed concern that
CLAUSE", and "CLAUSE, according to X".
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from generator.extract.quotes.cues import (
    RawQuote,
    according_source,
    cue_text,
    document_owner,
    is_non_speaker,
    is_reporting_verb,
    phrase_object,
    plausible_speaker,
    subject_of,
)
from generator.extract.quotes.lexicon import Lexicon

log = logging.getLogger("mkdocs.plugins.factcheck")

_TRIM = frozenset(".,;:!?-—–")
_LEADING_MARKS = frozenset({"that"})
DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def clause_bounds(tokens: list[Token]) -> tuple[int, int] | None:
    """Character span of a clause without the leading "that", edge punctuation and space."""
    words = [t for t in tokens if not t.is_space]
    while words and (words[0].text in _TRIM or _is_complementizer(words)):
        words.pop(0)
    while words and words[-1].text in _TRIM:
        words.pop()
    if len(words) < 2:
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


def close_marks(text: str, bounds: tuple[int, int] | None) -> tuple[int, int] | None:
    """Take in the closing quotation mark of a partial quote that ends the clause (the
    parser hangs it on the main verb, outside the clause)."""
    if bounds is None:
        return None
    start, end = bounds
    content = text[start:end]
    unclosed = content.count("“") > content.count("”") or content.count('"') % 2 == 1
    if unclosed:
        tail = text[end : end + 2]
        if tail[:1] in ('”', '"'):
            end += 1
        elif tail[:1] in ".,!?" and tail[1:2] in ('”', '"'):
            end += 2  # American style puts the full stop inside: "optimistic."
    return start, end


def without_dateline(tokens: list[Token]) -> list[Token]:
    """Drop a dateline ("DUNMORE —", "TARVO, Kestria (AP) —") that opens the paragraph
    the clause starts in: a capitalised place name, then a dash within a few words."""
    words = [t for t in tokens[:10] if not t.is_punct]
    if not words or not words[0].text.isupper() or len(words[0].text) < 2:
        return tokens
    for k, token in enumerate(tokens[:10]):
        if token.text in DATELINE_DASHES:
            return tokens[k + 1 :]
    return tokens


def _is_complementizer(words: list[Token]) -> bool:
    """A leading "that" introducing the clause (not "that" as its subject: "said that was
    wrong"); the parser sometimes labels it as a pronoun."""
    first = words[0]
    if first.lower_ not in _LEADING_MARKS or len(words) < 2 or first.dep_ == "det":
        return False  # "That message, experts said, resonates": a determiner stays
    return first.dep_ == "mark" or words[1].pos_ not in ("AUX", "VERB")


def reported_clause(verb: Token, lex: Lexicon) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of the clause a reporting verb reports: its clausal complement, or,
    for a parenthetical cue ("Such a move, he said, would ..."), the clause it interrupts."""
    if _says_a_pronoun(verb):
        return None  # "Kellgren says this while holding ...": what follows is narration
    for child in verb.children:
        if child.dep_ == "ccomp" or _clause_read_as_object(child):
            words = _beyond_semicolon(verb, _without_participle_cues(child, lex))
            if words:
                return child, words
    headline = _headline_object(verb)
    if headline is not None:
        return headline, list(headline.subtree)
    if _cue_read_as_modifier(verb):  # "..., but insisted improvement was close"
        clause_head = verb.head.head
        return clause_head, [t for t in clause_head.subtree if t.i > verb.i]
    if verb.head is not verb and (verb.dep_ == "parataxis" or _inverted_cue(verb)):
        return verb.head, _interrupted_clause(verb.head, verb)
    if _trailing_cue_on_object(verb):
        clause_head = verb.head.head
        inside = {t.i for t in verb.head.subtree}
        return clause_head, [t for t in clause_head.subtree if t.i not in inside]
    return _clause_in_setting(verb) or _clause_on_audience(verb, lex)


#: Objects of "say" that stand for words given elsewhere ("says this while ...").
_PRONOUN_OBJECTS = frozenset({"this", "these", "nothing", "something", "little", "much"})


def _says_a_pronoun(verb: Token) -> bool:
    """"X says this while holding ...": the verb's object is the words quoted before."""
    return any(c.dep_ == "dobj" and c.lower_ in _PRONOUN_OBJECTS for c in verb.children)


def _beyond_semicolon(verb: Token, tokens: list[Token]) -> list[Token]:
    """The clause's words on the cue's side of a semicolon: "Profit slumps on price war;
    CEO says no plans to cut jobs" is two headlines, the first no report of the second's
    speaker."""
    if not tokens:
        return tokens
    doc = verb.doc
    first, last = min(tokens[0].i, verb.i), max(tokens[-1].i, verb.i)
    marks = [t.i for t in doc[first : last + 1] if t.text == ";"]
    before = [i for i in marks if i < verb.i]
    after = [i for i in marks if i > verb.i]
    low = max(before) if before else -1
    high = min(after) if after else len(verb.doc)
    return [t for t in tokens if low < t.i < high]


def _cue_read_as_modifier(verb: Token) -> bool:
    """"He admitted the figures were bad, but insisted improvement was close": the parser
    read the second cue as an adjective of the clause's subject ("insisted improvement")
    and joined that clause to the first cue; the cue opens the subject's phrase."""
    noun = verb.head
    return verb.dep_ == "amod" and verb.tag_ in ("VBD", "VBN") and noun.dep_ == "nsubj" \
        and noun.left_edge.i == verb.i and noun.head.dep_ == "conj" \
        and any(c.dep_ == "cc" for c in noun.head.head.children if c.i < verb.i)


def _headline_object(verb: Token) -> Token | None:
    """"CEO says no plans to cut jobs": a headline reports speech as the object noun
    phrase of "says" (headlines drop the clause's verb); only in the headline."""
    if verb.lemma_ != "say" or "\n\n" in verb.doc.text[: verb.idx]:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                 and any(g.dep_ in ("acl", "relcl", "prep", "det") for g in c.children)), None)


def _clause_read_as_object(child: Token) -> bool:
    """"said the bell rings less often": the parser made "bell rings" a plural noun object;
    a plural with a noun compounded to it and an adverb of its own is a present-tense
    verb with its subject."""
    children = {c.dep_ for c in child.children}
    if child.dep_ == "dobj" and child.tag_ == "NNS" and "compound" in children \
            and bool(children & {"advmod", "npadvmod"}):
        return True
    return _finite_clause_in_object(child)


def _finite_clause_in_object(child: Token) -> bool:
    """"said aftershocks as strong as magnitude 5 were possible": the parser made the
    clause's subject the object of "said" and hung its verb below it; an object of "say"
    holding a finite verb with a subject of its own (no relative clause) is the clause."""
    if child.dep_ != "dobj" or child.head.lemma_ != "say" or child.pos_ != "NOUN":
        return False
    for token in child.subtree:
        if token.tag_ in ("VBD", "VBZ", "VBP") and token.dep_ in ("advcl", "ccomp") \
                and any(c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in token.children):
            return True
    return False


def _trailing_cue_on_object(verb: Token) -> bool:
    """"CLAUSE, a watchdog group alleged in a complaint.": the parser read the cue as a
    participle modifying a noun it took for the clause's object."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or noun.head is noun:
        return False
    before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    return (before is not None and before.text == "," and noun.head.i < noun.i
            and noun.dep_ in ("dobj", "appos", "npadvmod"))


def _without_participle_cues(head: Token, lex: Lexicon) -> list[Token]:
    """The clause's words minus a trailing "..., adding: ..." that the parser hung inside
    it (it is the reporting verb's, see ``cues.subject_of``)."""
    skip: set[int] = set()
    for token in head.subtree:
        if token.dep_ == "advcl" and token.tag_ == "VBG" and is_reporting_verb(token, lex):
            skip.update(t.i for t in token.subtree)
    return [t for t in head.subtree if t.i not in skip]


def _inverted_cue(verb: Token) -> bool:
    """"CLAUSE, insisted Doran Vesk" or "CLAUSE, sources said": the parser joins the cue
    to the clause as a conjunct; it has no object of its own, and its subject follows it or
    opens right after the comma."""
    if verb.dep_ != "conj" or verb.head.i > verb.i:
        return False
    children = list(verb.children)
    has_object = any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in children)
    if has_object:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i for c in children):
        return True
    # "CLAUSE, people with knowledge of the matter said": a subject of its own after a
    # comma, and no "and"/"but" joining it to the clause (that would be a second clause)
    subject = next((c for c in children if c.dep_ == "nsubj" and c.i < verb.i), None)
    joined = any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children)
    doc = verb.doc
    return subject is not None and not joined and subject.left_edge.i > 0 \
        and doc[subject.left_edge.i - 1].text == ","


def _clause_in_setting(verb: Token) -> tuple[Token, list[Token]] | None:
    """"said in a statement that ...": the parser often hangs the that-clause on the
    noun of the setting phrase instead of on the verb."""
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj":
                clause = that_clause(noun, look_up=False)
                if clause:
                    return clause
    return None


def _clause_on_audience(verb: Token, lex: Lexicon) -> tuple[Token, list[Token]] | None:
    """"told a briefing that the minister had ...": the parser reads "that" as a relative
    pronoun on the audience noun. A relative clause with a subject of its own is no relative
    clause of that noun ("a briefing that the minister had spoken"): it is the report."""
    for noun in verb.children:
        if noun.dep_ not in ("dobj", "dative") or noun.lemma_.casefold() not in lex.audiences:
            continue
        for clause in noun.children:
            words = list(clause.subtree)
            if clause.dep_ == "relcl" and words[0].lower_ == "that" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in clause.children
            ):
                return clause, words
    return None


def _interrupted_clause(head: Token, cue: Token) -> list[Token]:
    """The head's clause minus adverbial clauses that open it ("If Beijing is interested in
    peace, said X, Xi should ..." reports only "Xi should ..."); the parser hangs such a
    clause from the head or from the cue."""
    skip = set()
    for child in [*head.lefts, *cue.lefts]:
        if child.dep_ in ("advcl", "prep", "npadvmod") and child.i < cue.i:
            skip.update(t.i for t in child.subtree)
    tokens = [t for t in head.subtree if t.i not in skip]
    cue_words = {t.i for t in cue.subtree}
    # a cue at either edge is not part of the content; one inside it is (gold convention)
    while tokens and (_edge_punct(tokens[0]) or tokens[0].i in cue_words):
        tokens.pop(0)
    while tokens and (_edge_punct(tokens[-1]) or tokens[-1].i in cue_words):
        tokens.pop()
    return tokens


def _edge_punct(token: Token) -> bool:
    """Punctuation that may not end a clause's content; a unit sign ("61%") belongs to it."""
    return token.is_punct and token.text not in _UNIT_SIGNS


#: Signs the tokenizer marks as punctuation that are part of a figure.
_UNIT_SIGNS = frozenset({"%", "‰", "°"})


def that_clause(noun: Token, look_up: bool = True) -> tuple[Token, list[Token]] | None:
    """(head, tokens) of the that-clause on a noun ("concern that ..."), or on the noun's
    verb when ``look_up`` (the parser may attach it to either)."""
    candidates = list(noun.children) + (list(noun.head.children) if look_up else [])
    for child in candidates:
        if child.dep_ in ("acl", "ccomp", "advcl", "relcl") and any(
            g.lower_ == "that" and g.dep_ == "mark" for g in child.children
        ):
            return child, list(child.subtree)
    return None


def according_to(token: Token) -> tuple[Token, list[Token]] | None:
    """(source, clause) of "according to SOURCE"; the clause is the phrase's head clause."""
    source = according_source(token)
    if source is None or token.head is token:
        return None
    inside = {t.i for t in token.subtree}
    clause = [t for t in token.head.subtree if t.i not in inside]
    return source, clause


def iter_reported(doc: Doc, lex: Lexicon, in_quote: list[bool],
                  paragraph_of: list[int]) -> Iterator[RawQuote]:
    """Reported speech outside quotation marks, in text order.

    Args:
        doc: The parsed article.
        lex: The word lists.
        in_quote: For each token, True if it lies inside a direct quote.
        paragraph_of: For each token, the index of its paragraph.

    Yields:
        One :class:`RawQuote` of kind ``indirect`` per reported clause.
    """
    text = doc.text  # Doc.text joins every token: build it once
    for token in doc:
        if in_quote[token.i]:
            continue
        try:
            found = _match(token, lex, in_quote)
        except Exception:  # one odd parse must not abort the article
            log.warning("quotes: skipped the cue %r at %d", token.text, token.idx, exc_info=True)
            continue
        if found is None:
            continue
        cue, subject, clause, rule = found
        paragraph = paragraph_of[token.i]
        clause = without_dateline([t for t in clause if paragraph_of[t.i] == paragraph])
        bounds = close_marks(text, clause_bounds(clause))
        if bounds is None:
            continue
        if subject is not None and is_non_speaker(subject, lex) \
                and not _issued_earlier(subject, lex):
            subject = document_owner(subject, lex)  # "a statement from the ministry said"
            if subject is None or is_non_speaker(subject, lex):
                continue  # documents with no one behind them are sources, not speakers
        sent = token.sent
        yield RawQuote(bounds[0], bounds[1], "indirect", cue, subject, sent.start_char,
                       sent.end_char, rule, paragraph=paragraph)


def _issued_earlier(subject: Token, lex: Lexicon) -> bool:
    """"the statement said": a statement mentioned before ("said in a statement"), which
    speaks for whoever issued it (see ``SpeakerResolver``)."""
    return subject.lower_ in lex.issued_documents and not list(subject.rights) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subject.children)


Match = tuple[str, Token | None, list[Token], str]
"""(cue text, subject token, clause tokens, rule id) of one piece of reported speech."""


def _match(token: Token, lex: Lexicon, in_quote: list[bool]) -> Match | None:
    """(cue text, subject, clause tokens, rule id) if ``token`` starts reported speech."""
    if is_reporting_verb(token, lex):
        found = reported_clause(token, lex)
        if found is None or _verb_quoted(found[0], in_quote):
            return None  # no clause, or the clause's verb is quoted: a direct quote covers it
        subject = token.head if _trailing_cue_on_object(token) else subject_of(
            token.head.head.head if _cue_read_as_modifier(token) else token)
        if not _speaks(token, subject, lex):
            return None
        return cue_text(token, lex), subject, found[1], "reporting-verb"
    obj = phrase_object(token, lex)
    if obj is not None:
        found = that_clause(obj)
        if found is None or in_quote[found[0].i]:
            return None
        return cue_text(token, lex), subject_of(token), found[1], "verb-object-phrase"
    source = according_to(token)
    if source is not None and not in_quote[token.head.i]:  # else a direct quote covers it
        return "according to", source[0], source[1], "according-to"
    return None


def _verb_quoted(head: Token, in_quote: list[bool]) -> bool:
    """Whether the clause's verb is inside quotation marks, so that a direct quote covers
    the report. A form of "be" outside the marks ("the list is “effectively closed.”",
    a state, where "had “let down everyone”" quotes the verb) or a second clause outside
    them ("the recordings “should never have reached the jury” and that the evidence was
    too thin") leaves the writer's own report."""
    if not in_quote[head.i]:
        return False
    children = list(head.children)
    # a bare "is"/"was" before a quoted participle describes a state; "have been “let
    # down”" is a verb in the passive, quoted
    state = not any(c.dep_ == "aux" for c in children) and any(
        c.dep_ == "auxpass" and not in_quote[c.i] for c in children)
    return not state and not any(not in_quote[c.i] and c.dep_ == "conj"
                                 and c.pos_ in ("VERB", "AUX") for c in children)


def _speaks(verb: Token, subject: Token | None, lex: Lexicon) -> bool:
    """Whether the verb reports someone's speech: not negated ("would not say whether"),
    not the expletive of "it is said that", and with a plausible speaker for evidential
    verbs ("the data suggest that")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "did not say whether ...": no claim is reported
    if verb.dep_ == "xcomp" and verb.head.lemma_.casefold() in lex.refusal_verbs:
        return False  # "declined to say when ...": nothing is asserted
    if _is_passive(verb):
        return False  # "Asked whether ..., she said": the subject is the one asked
    if subject is not None and subject.lower_ == "it" and any(
        c.dep_ == "auxpass" for c in verb.children
    ):
        return False
    if verb.lemma_.casefold() in lex.speaker_subject_lemmas:
        return plausible_speaker(subject, lex)
    return True


def _is_passive(verb: Token) -> bool:
    """A passive reporting verb: "was told", or a bare participle ("Asked whether ...")."""
    children = {c.dep_ for c in verb.children}
    if "auxpass" in children or "nsubjpass" in children:
        return True
    if verb.tag_ == "VBN" and "aux" not in children and verb.dep_ in ("advcl", "ROOT") \
            and "nsubj" not in children:
        return True
    # "Asked whether ..., she said" or "When asked why ..., he said" opening the sentence,
    # tagged as a past tense: only subordinators stand before the participle
    return verb.dep_ == "advcl" and verb.tag_ == "VBD" and "nsubj" not in children \
        and all(t.tag_ in ("WRB", "IN") for t in verb.doc[verb.sent.start : verb.i])
