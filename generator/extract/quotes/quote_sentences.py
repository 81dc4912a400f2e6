"""The sentences a direct quote sits in, where its cue is looked for (split out of
:mod:`.direct`, round 98): the parser's sentences around the marks, run on where it ended a
sentence inside the attribution ("“...?” he asked.", "Det. Sgt. | Ada Rune told", "“...!”
Kallas shouted over team radio").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.doctext import doc_text
from generator.extract.quotes.lexicon import Lexicon, load_lexicon
from generator.extract.quotes.marks import MarkedSpan


def context_tokens(doc: Doc, span: MarkedSpan, paragraph: tuple[int, int],
                   lex: Lexicon | None = None) -> list[Token]:
    """Tokens of the sentences around the quote, limited to its paragraph(s)."""
    start = doc.char_span(span.open, span.open + 1, alignment_mode="expand")
    end = doc.char_span(span.outer_end - 1, span.outer_end, alignment_mode="expand")
    if start is None or end is None:
        return []
    first = start[0].sent.start
    last = end[-1].sent.end
    if _runs_on(doc, span, last):
        last = doc[last].sent.end
    while lex is not None and ends_at_title(doc, last, lex):  # "Det. Sgt. | Ada Rune told"
        last = doc[last].sent.end
    return [t for t in doc[first:last] if paragraph[0] <= t.idx < paragraph[1]]


def ends_at_title(doc: Doc, after: int, lex: Lexicon) -> bool:
    """"“...,” police spokesperson Sgt. Maria Lopez told KBHN.": the tokenizer splits a
    title's abbreviation from its full stop and the parser may end the sentence there;
    a sentence ending in a title (speakers.yaml ``titles``, ``title_abbreviations``) and a
    full stop, with a capitalised name right after, runs on into the next."""
    if after < 2 or after >= len(doc) or doc[after - 1].text != ".":
        return False
    title, name = doc[after - 2], doc[after]
    word = title.lower_
    glued = not title.whitespace_ and title.text[:1].isupper()
    return glued and (word in lex.titles or word in lex.title_abbreviations) \
        and name.pos_ == "PROPN" and name.text[:1].isupper()


def _runs_on(doc: Doc, span: MarkedSpan, after: int) -> bool:
    """“Why did you sign these?” he asked.": the parser ends the sentence at the question
    mark, but a lower-case word right after the closing mark continues it, and so does a
    name that is the subject of the cue closing the sentence ("“..., yes or no?” Holm
    asked.", round 62)."""
    if after >= len(doc) or not (doc[after].text[:1].islower() or _name_of_cue(doc[after])):
        return False
    gap = doc_text(doc)[span.outer_end : doc[after].idx]
    return gap.strip() == "" and "\n" not in gap


def _name_of_cue(name: Token) -> bool:
    """A proper noun subject of the reporting verb right after it, which ends its sentence
    or says nothing of its own after it: only a channel, place or time ("“...!” Kallas
    shouted over team radio as he climbed out", round 98), no clause or object
    (""...!" Holm said the board would ..." starts a report of its own)."""
    verb = name.head
    return name.pos_ == "PROPN" and name.dep_ == "nsubj" and verb.i == name.i + 1 \
        and verb.lemma_.casefold() in load_lexicon().reporting_lemmas \
        and verb.i + 1 < len(name.doc) and (name.doc[verb.i + 1].text in (".", "!") or not any(
            c.dep_ in _WORDS_OF_ITS_OWN for c in verb.children))


#: What a cue's verb says of its own: a clause or an object ("said the board would ...").
_WORDS_OF_ITS_OWN = frozenset({"ccomp", "xcomp", "dobj", "dative", "attr", "oprd", "conj"})
