"""Speakers of a standalone quote that no reporting verb attributes.

A quote opening its sentence may still be given its speaker without a cue: a colon
introduces it ("Rhee put it bluntly: “...”", "Pop star Kiki Marlowe: 'I spent ...'") or a
headline names the speaker after it ("'We will rebuild': Dunmore's defiant mayor",
"'...' - Mayor Celia Vance"). :mod:`.direct` asks these functions for a
``direct-unattributed`` quote's speaker token.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doctext import doc_text
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.marks import MarkedSpan
from generator.extract.quotes.speaker_misparses import surname_read_as_noun
from generator.extract.quotes.verb_subjects import subject_of


def introducer(text: str, span: MarkedSpan, quote: Span, lex: Lexicon) -> Token | None:
    """Speaker of a quote introduced by a colon ("Rhee put it bluntly: “...”"): the subject
    of the verb the quote hangs from; or by a sentence of its own that only says how the
    quote puts it ("Marchetti put it more simply. “...”")."""
    if not text[max(0, span.open - 80) : span.open].rstrip().endswith(":"):
        return _put_it_before(quote)
    outside = [a for t in quote[:3] for a in t.ancestors if not span.open <= a.idx < span.outer_end]
    if outside:
        return subject_of(outside[0]) or _name_before_colon(quote, lex)
    return _colon_sentence_subject(quote) or _name_before_colon(quote, lex)


#: Words of manner that may follow "put it" ("more simply", "another way", "best").
MAX_MANNER_WORDS = 3


def _put_it_before(quote: Span) -> Token | None:
    """"Jolene Marchetti, 29, ..., put it more simply. “If she goes, I go.”": the same
    paragraph's sentence just before the quote is only "X put it" and a manner, closed by a
    full stop instead of the usual colon (round 96); X speaks. The parser may hang "put" on
    a relative clause of X ("whose children were delivered by Y, put it"): then the noun
    the relative describes."""
    doc = quote.doc
    before = [t for t in doc[max(0, quote.start - MAX_MANNER_WORDS - 4) : quote.start]
              if not t.is_space and not t.is_quote]
    if len(before) < 3 or before[-1].text != "." or "\n" in doc_text(doc)[
            before[-1].idx : quote[0].idx]:
        return None
    put = next((t for t in reversed(before[:-1]) if t.lemma_ == "put"), None)
    if put is None or put.i + 1 >= len(doc) or doc[put.i + 1].lower_ != "it" or not all(
            t.pos_ in ("ADV", "ADJ", "DET", "NOUN") for t in doc[put.i + 2 : before[-1].i]):
        return None
    if put.dep_ == "conj" and put.head.dep_ == "relcl":
        return put.head.head  # "X, whose children were all delivered by Y, put it"
    return subject_of(put)


#: Longest verbless name phrase opening a paragraph before a colon and a quote.
MAX_COLON_NAME_WORDS = 8


def _name_before_colon(quote: Span, lex: Lexicon) -> Token | None:
    """"Pop star Kiki Marlowe: 'I spent two years ...'", "Flood town's mayor: 'We will
    rebuild'": a headline (or transcript) line that is only a name or role phrase, a colon
    and the quote; the phrase's last word speaks. A standfirst joins its parts with a
    semicolon ("Substitute scores twice; Castlegate's Reid: '...'"): the label is the
    part after the last one."""
    doc = quote.doc
    colon = next((t for t in reversed(doc[max(0, quote.start - 3) : quote.start])
                  if t.text == ":"), None)
    if colon is None:
        return None
    line = doc_text(doc).rfind("\n", 0, colon.idx) + 1
    words = list(doc[line_start(doc, line) : colon.i])
    semicolons = [k for k, t in enumerate(words) if t.text == ";"]
    phrase = words[semicolons[-1] + 1 :] if semicolons else words
    return _words_of(phrase) or _label(phrase, lex)


def _words_of(words: list[Token]) -> Token | None:
    """"In the words of one Renaissance deputy: "Nobody wants ..."": the phrase says whose
    words the quote gives; its last noun speaks (round 31's leftover, round 86)."""
    if [t.lower_ for t in words[:4]] != ["in", "the", "words", "of"] or len(words) < 5 \
            or len(words) > MAX_COLON_NAME_WORDS + 4 or any(t.pos_ in ("VERB", "AUX")
                                                             for t in words):
        return None
    return words[-1] if words[-1].pos_ in ("NOUN", "PROPN") else None


def label_after(text: str, span: MarkedSpan, quote: Span, lex: Lexicon) -> Token | None:
    """"'We will rebuild': Dunmore's defiant mayor", "'...' - Mayor Celia Vance": a
    headline quote followed by a colon or dash and a name or role phrase ending the line."""
    rest = text[span.outer_end : span.outer_end + 3].lstrip(" ")
    if not rest[:1] or rest[0] not in ":-–—":
        return None
    doc = quote.doc
    line_end = text.find("\n", span.outer_end)
    line_end = len(text) if line_end < 0 else line_end
    words = [t for t in doc[quote.end :] if t.idx < line_end][:MAX_COLON_NAME_WORDS + 3]
    words = [t for t in words if t.idx > span.outer_end and t.text not in ":-–—"]
    return _label(words, lex)


def _label(words: Span | list[Token], lex: Lexicon) -> Token | None:
    """The speaking word of a verbless name or role phrase (its last proper noun or title
    noun), or None if the phrase is long, has a verb or ends otherwise."""
    words = list(words)
    if not words or len(words) > MAX_COLON_NAME_WORDS or any(
            t.pos_ in ("VERB", "AUX") or t.is_punct and t.text not in ".-'’" for t in words):
        return None
    last = words[-1]
    if last.pos_ == "PROPN" or last.pos_ == "NOUN" and last.lower_ in lex.titles:
        return last
    # "Castlegate's Reid: '...'": a surname the tagger read as a common noun
    return last if surname_read_as_noun(last) else None


def line_start(doc: Doc, offset: int) -> int:
    """Index of the first token at or after character ``offset``."""
    return next((t.i for t in doc if t.idx >= offset), len(doc))


def _colon_sentence_subject(quote: Span) -> Token | None:
    """"She put it plainly:" or "Then he said:" closing the paragraph before the quote,
    which the parser made a sentence of its own: the subject of that sentence's verb."""
    doc = quote.doc
    colon = next((t for t in reversed(doc[max(0, quote.start - 4) : quote.start])
                  if t.text == ":"), None)
    if colon is None:
        return None
    # the verb before the colon, even when the parser ran the quote into its sentence
    verb = next((t for t in colon.sent if t.i < colon.i and t.pos_ in ("VERB", "AUX")
                 and any(c.dep_ == "nsubj" for c in t.children)), None)
    return subject_of(verb) if verb is not None else None
