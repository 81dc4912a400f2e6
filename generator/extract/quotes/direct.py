"""Direct quotes: marked spans that are speech (not scare quotes or titles) and their cue.

Attribution looks at the sentences the quote sits in, outside any quote: the reporting verb
that governs the quoted words wins (this handles "“We are ready,” he said, “to act.”",
where both parts hang from "said", and partial quotes inside a reported clause); otherwise
the nearest reporting verb, looking right first as news style puts the cue after the quote.
"""

from __future__ import annotations

import bisect
import logging
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from generator.extract.quotes.cues import (
    RawQuote,
    according_source,
    cue_subject,
    cue_text,
    is_passive_cue,
    is_reporting_verb,
    subject_of,
)
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.marks import MarkedSpan

log = logging.getLogger("mkdocs.plugins.factcheck")

#: A quoted passage without any cue is still speech when it is at least this long;
#: shorter ones ("its “historic” reform") are scare quotes.
MIN_UNATTRIBUTED_WORDS = 8
#: Longest attribution between the two parts of a split quote ("”, said Ada Quill, “").
MAX_SPLIT_GAP = 80
#: Longest verbless phrase after a determiner taken for a term ("the “peace plan”").
MAX_TERM_WORDS = 3
#: Longest quoted phrase taken for a modifier of the noun after it ("'buy now' loans").
MAX_MODIFIER_WORDS = 5
#: Longest Title Case phrase taken for a title ("the film “Under the Old Bridge”").
MAX_TITLE_WORDS = 8
_SENTENCE_END = ".!?:"
#: Dependencies of noun arguments: a quote inside one is not governed by the verb above.
_NOUN_ARGUMENTS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "dative", "iobj"})
_TITLE_LOWER = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for",
                          "with", "by", "from", "is", "as"})


def tokens_between(doc: Doc, start: int, end: int) -> Span:
    """The tokens that overlap ``[start, end)`` (an empty span if there are none)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None else doc[0:0]


def is_standalone(text: str, span: MarkedSpan) -> bool:
    """The quote opens a paragraph or a sentence, or follows a colon ("said: “...”")."""
    before = text[max(0, span.open - 80) : span.open].rstrip(" \t")
    return not before or before[-1] in "\n" + _SENTENCE_END or before.endswith(("—", "--"))


def is_title(content: str) -> bool:
    """Title Case words only ("Under the Old Bridge"): a work's title, not speech."""
    words = content.strip(" ,.").split()
    if not words or len(words) > MAX_TITLE_WORDS or content.rstrip()[-1:] in ",.!?":
        return False
    capitalised = all(w[:1].isupper() or w.lower() in _TITLE_LOWER for w in words)
    return capitalised and words[0][:1].isupper()


def after_naming_word(quote: Span, lex: Lexicon, text: str = "", open_at: int = 0) -> bool:
    """The quote follows "dubbed", "so-called", "known as" ...: a term, not speech.

    The words before the mark are read from the text too, as the tokenizer splits
    hyphenated ones ("so-called" -> "so", "-", "called")."""
    doc = quote.doc
    before = doc[max(0, quote.start - 4) : quote.start]
    words = [t.lower_ for t in before if not t.is_punct][-2:]
    written = text[max(0, open_at - 30) : open_at].lower().split()[-2:]
    return any(w.strip(",;:") in lex.naming_words for w in words + written)


def modifies_noun(quote: Span, content: str) -> bool:
    """A short phrase built on a bare verb and used as a modifier of the noun right after
    the closing mark ("'buy now, pay later' debts", "a “wait and see” approach"): a term,
    not speech. A quoted adjective stays the speaker's word ("cover ‘impossible’ rotas"),
    and quoted speech ends with its punctuation or runs on into the sentence."""
    doc = quote.doc
    words = [t for t in quote if not t.is_punct]
    if not 2 <= len(words) <= MAX_MODIFIER_WORDS or content.rstrip()[-1:] in ",.!?":
        return False
    if not any(t.tag_ == "VB" for t in words):
        return False
    after = next((t for t in doc[quote.end : quote.end + 2] if not t.is_punct), None)
    return after is not None and after.pos_ == "NOUN" and after.text.islower() \
        and words[-1].head.i == after.i


def is_term(quote: Span) -> bool:
    """A short verbless phrase inside a noun phrase ("the “peace plan” was a trick", "its
    “historic” reform"): the determiner sits outside the marks, so the writer is quoting a
    term, not reporting words someone said."""
    doc = quote.doc
    if not len(quote) or len(quote) > MAX_TERM_WORDS or quote.start < 2:
        return False
    before = doc[quote.start - 2]  # the word before the opening mark
    if before.pos_ not in ("DET", "PRON") and before.tag_ not in ("PRP$", "POS"):
        return False
    if before.pos_ == "PRON" and before.tag_ != "PRP$":
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in quote)


def is_name(content: str) -> bool:
    """A definite or Title Case phrase ("the harbour question", "The Needle"): a name; one
    in which someone speaks in the first person ("the best player I have coached") is a
    verdict in their words."""
    if _first_person(content):
        return False
    return content.split()[0].lower() == "the" or is_title(content)


def _first_person(content: str) -> bool:
    return any(w.strip(",.;:!?").lower() in _FIRST_PERSON for w in content.split()[1:])


#: Words that put a speaker in the quoted words.
_FIRST_PERSON = frozenset({"i", "i've", "i'd", "me", "my", "we", "we've", "us", "our"})


def governing_cue(quote: Span, candidates: list[Token]) -> Token | None:
    """The candidate cue that is a syntactic ancestor of a word of the quote, or an
    "according to" or a parenthetical cue ("The researchers, she said, had done “careful
    work.”") attached to such an ancestor (it attributes the whole clause).

    A verb whose noun argument merely contains the quote does not govern it: in "said the
    EU was demanding quotas that would “wipe out” mills", "demanding" is not the cue."""
    heads = set()
    for token in quote:
        heads.update(_governors(token, quote))
    ruling = [c for c in candidates
              if c.i in heads or (according_source(c) is not None and c.head.i in heads)
              or (c.dep_ == "parataxis" and c.head.i in heads)]  # "X, she said, had done “Y”"
    if not ruling:
        return None
    return min(ruling, key=lambda c: abs(c.i - quote.start))


def _governors(token: Token, quote: Span) -> list[int]:
    """Indices of the heads above ``token`` that govern the quote: every ancestor except
    a verb reached through one of its noun arguments outside the quote (the quote sits
    inside that noun phrase, "demanding quotas that would “wipe out” mills"); verbs
    further up, reached through clauses ("said the EU was demanding ..."), still count."""
    found = []
    child = token
    for head in token.ancestors:
        outside = not quote.start <= child.i < quote.end
        if not (outside and child.dep_ in _NOUN_ARGUMENTS):
            found.append(head.i)
        child = head
    return found


def nearest_cue(quote: Span, candidates: list[Token]) -> Token | None:
    """The candidate closest to the quote, preferring the right side on a tie."""
    if not candidates:
        return None

    def distance(cue: Token) -> tuple[int, int]:
        gap = cue.i - quote.end if cue.i >= quote.end else quote.start - cue.i
        return gap, 0 if cue.i >= quote.end else 1

    return min(candidates, key=distance)


def context_tokens(doc: Doc, span: MarkedSpan, paragraph: tuple[int, int]) -> list[Token]:
    """Tokens of the sentences around the quote, limited to its paragraph(s)."""
    start = doc.char_span(span.open, span.open + 1, alignment_mode="expand")
    end = doc.char_span(span.outer_end - 1, span.outer_end, alignment_mode="expand")
    if start is None or end is None:
        return []
    first = start[0].sent.start
    last = end[-1].sent.end
    if _runs_on(doc, span, last):
        last = doc[last].sent.end
    return [t for t in doc[first:last] if paragraph[0] <= t.idx < paragraph[1]]


def _runs_on(doc: Doc, span: MarkedSpan, after: int) -> bool:
    """“Why did you sign these?” he asked.": the parser ends the sentence at the question
    mark, but a lower-case word right after the closing mark continues it."""
    if after >= len(doc) or not doc[after].text[:1].islower():
        return False
    gap = doc.text[span.outer_end : doc[after].idx]
    return gap.strip() == "" and "\n" not in gap


def iter_direct(doc: Doc, spans: list[MarkedSpan], lex: Lexicon, in_quote: list[bool],
                paragraphs: list[tuple[int, int]]) -> Iterator[RawQuote]:
    """Direct quotes among the marked spans, with their cue and subject token.

    Args:
        doc: The parsed article.
        spans: Marked spans from :func:`~generator.extract.quotes.marks.find_marked_spans`.
        lex: The word lists.
        in_quote: For each token, True if it lies inside a marked span (cues there are
            part of the quoted words, not attribution).
        paragraphs: (start, end) of each paragraph, for the attribution window.

    Yields:
        One :class:`RawQuote` per speech span, in text order.
    """
    starts = [p[0] for p in paragraphs]
    text = doc.text  # Doc.text joins every token: build it once
    previous: MarkedSpan | None = None
    for span in spans:
        first_par = bisect.bisect_right(starts, span.open) - 1
        last_par = bisect.bisect_right(starts, span.outer_end - 1) - 1
        window = (paragraphs[first_par][0], paragraphs[last_par][1])
        around = context_tokens(doc, span, window)
        context = [t for t in around if not in_quote[t.i]]
        quote = tokens_between(doc, span.start, span.end)
        try:
            choice = _second_part(text, previous, span, context, lex) or _choose_cue(
                text, span, quote, context, lex)
        except Exception:  # one odd parse must not abort the article
            log.warning("quotes: skipped the quote at %d (direct)", span.start, exc_info=True)
            choice = None
        previous = span
        if choice is None:
            continue
        cue, subject, rule = choice
        sent_start = min(around[0].sent.start_char, span.open) if around else span.open
        sent_end = max(around[-1].sent.end_char, span.outer_end) if around else span.outer_end
        yield RawQuote(span.start, span.end, "direct", cue_text(cue, lex) if cue else None,
                       subject, sent_start, sent_end, rule, paragraph=first_par)


def _choose_cue(text: str, span: MarkedSpan, quote: Span, context: list[Token],
                lex: Lexicon) -> tuple[Token | None, Token | None, str] | None:
    """(cue, speaker token, rule id) of a speech span; None for a scare quote or title.

    Args:
        text: The article text.
        span: The marked span.
        quote: Its tokens.
        context: Tokens of its sentences outside any quotation marks.
        lex: The word lists.
    """
    candidates = [t for t in context if (is_reporting_verb(t, lex) and not is_passive_cue(t)
                                         and not _asks_for_a_thing(t, lex))
                  or according_source(t)]
    ruling = governing_cue(quote, candidates)
    if is_standalone(text, span) and _title_as_subject(text, span):
        return None  # "“The Salt Road” opens on Friday."
    if is_standalone(text, span):
        verdict = None if ruling is not None else verdict_cue(quote, context, lex)
        if verdict is not None:
            return verdict[0], verdict[1], "direct-verdict"
        cue = ruling or nearest_cue(quote, candidates)
        if cue is not None:
            return cue, cue_subject(cue, lex), "direct-attributed"
        label = _introducer(text, span, quote, lex) or _label_after(text, span, quote, lex)
        return None, label, "direct-unattributed"
    content = text[span.start : span.end]
    judged = judged_object(quote, context, lex)
    if judged is not None and ruling is None and not is_title(content):
        return judged, subject_of(judged), "direct-judged"
    if after_naming_word(quote, lex, text, span.open) or is_term(quote) \
            or modifies_noun(quote, content):
        return None
    judging = [t for t in context if t.lemma_.casefold() in lex.evaluative_verbs]
    verdict = governing_cue(quote, judging)
    if verdict is not None and (is_name(content) or _names_a_relative(verdict)):
        return None  # "which it calls the “harbour ledger”": a name, even inside speech
    if ruling is None and verdict is not None:
        return verdict, subject_of(verdict), "direct-evaluative"
    if ruling is None and is_title(content):
        return None
    if ruling is not None:
        return ruling, cue_subject(ruling, lex), "direct-attributed"
    holder = opinion_holder(quote, context, lex)
    if holder is not None:
        return holder[0], holder[1], "direct-opinion-holder"
    if len(content.split()) >= MIN_UNATTRIBUTED_WORDS:
        cue = nearest_cue(quote, candidates)
        return cue, cue_subject(cue, lex) if cue else None, "direct-unattributed-long"
    return None


def _asks_for_a_thing(verb: Token, lex: Lexicon) -> bool:
    """"collectors ask for them “by the shape of the rim”": asking for something is a
    request, not speech; the quote belongs to whoever reports it."""
    return verb.lemma_.casefold() in lex.question_lemmas and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in verb.children) and not any(
        c.dep_ in ("ccomp", "xcomp") for c in verb.children)


def opinion_holder(quote: Span, context: list[Token],
                   lex: Lexicon) -> tuple[Token, Token] | None:
    """("For", person) of a sentence that opens "For the deputy X, ..." and holds the
    quote: the person is a name or a title with a name, set off by a comma."""
    sentence = quote[0].sent
    opener = sentence[0]
    if opener.lower_ not in lex.opinion_words or not any(t.i == opener.i for t in context):
        return None
    objects = [c for c in opener.children if c.dep_ == "pobj"]
    objects += [a for o in objects for a in o.children if a.dep_ == "appos"]
    person = next((o for o in objects if o.ent_type_ == "PERSON"), None)
    if person is None or person.i >= quote.start:
        return None
    after = sentence.doc[person.i + 1]
    return (opener, person) if after.text == "," else None


def judged_object(quote: Span, context: list[Token], lex: Lexicon) -> Token | None:
    """The verb of judging ("praised", "denounced", "welcomed") whose direct object is the
    quoted phrase (its head word is inside the marks)."""
    for token in quote:
        if token.dep_ == "dobj" and token.head.i not in range(quote.start, quote.end) \
                and token.head.lemma_.casefold() in lex.judging_verbs \
                and any(t.i == token.head.i for t in context):
            return token.head
    return None


def verdict_cue(quote: Span, context: list[Token], lex: Lexicon) -> tuple[Token, Token] | None:
    """(noun, speaker) of "“Unreal,” was Dahl's verdict" or "“...,” was the reply of
    coach Lio Banning": a form of "be" right after the quote, then a noun of response
    (``verdict_nouns``) whose possessor, or the object of its "of"/"from", speaks."""
    words = [t for t in context if t.i >= quote.end and not t.is_punct][:6]
    if not words or words[0].lemma_ != "be":
        return None
    noun = next((t for t in words[1:] if t.lower_ in lex.verdict_nouns and t.pos_ == "NOUN"),
                None)
    if noun is None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "from")),
                    None)
        owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    return (noun, owner) if owner is not None else None


def _second_part(text: str, previous: MarkedSpan | None, span: MarkedSpan,
                 context: list[Token], lex: Lexicon) -> tuple[Token, Token | None, str] | None:
    """The second part of a quote split by its attribution ("“The problem,” said Quill,
    “is money.”"): only a short cue sits between the two parts, so they share it."""
    if previous is None or previous.close is None:
        return None
    if span.open - previous.outer_end > MAX_SPLIT_GAP:
        return None
    gap = text[previous.outer_end : span.open]
    if "\n" in gap or not gap.rstrip().endswith(","):
        return None
    between = [t for t in context if previous.outer_end <= t.idx < span.open]
    cue = next((t for t in between if is_reporting_verb(t, lex)), None)
    return (cue, cue_subject(cue, lex), "direct-split") if cue is not None else None


def _title_as_subject(text: str, span: MarkedSpan) -> bool:
    """A Title Case phrase opening a sentence and running straight on into it ("“The Salt
    Road” opens in cinemas", "'The Salt Road' brings ..."): a work's title, not speech,
    which would end with its punctuation or be followed by a comma."""
    if span.close is None or not is_title(text[span.start : span.end]):
        return False
    after = text[span.close + 1 : span.close + 3]
    return after[:1] == " " and after[1:2].isalnum()


def _names_a_relative(verb: Token) -> bool:
    """"what the board called a “review of needs”": the verb names a thing (its object is
    a relative pronoun), it does not judge one."""
    return any(c.tag_ in ("WP", "WDT") for c in verb.children)


def _introducer(text: str, span: MarkedSpan, quote: Span, lex: Lexicon) -> Token | None:
    """Speaker of a quote introduced by a colon ("Rhee put it bluntly: “...”"): the subject
    of the verb the quote hangs from."""
    if not text[max(0, span.open - 80) : span.open].rstrip().endswith(":"):
        return None
    outside = [a for t in quote[:3] for a in t.ancestors if not span.open <= a.idx < span.outer_end]
    if outside:
        return subject_of(outside[0]) or _name_before_colon(quote, lex)
    return _colon_sentence_subject(quote) or _name_before_colon(quote, lex)


#: Longest verbless name phrase opening a paragraph before a colon and a quote.
MAX_COLON_NAME_WORDS = 8


def _name_before_colon(quote: Span, lex: Lexicon) -> Token | None:
    """"Pop star Kiki Marlowe: 'I spent two years ...'", "Flood town's mayor: 'We will
    rebuild'": a headline (or transcript) line that is only a name or role phrase, a colon
    and the quote; the phrase's last word speaks."""
    doc = quote.doc
    colon = next((t for t in reversed(doc[max(0, quote.start - 3) : quote.start])
                  if t.text == ":"), None)
    if colon is None:
        return None
    line = doc.text.rfind("\n", 0, colon.idx) + 1
    return _label(doc[line_start(doc, line) : colon.i], lex)


def _label_after(text: str, span: MarkedSpan, quote: Span, lex: Lexicon) -> Token | None:
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
    return None


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
