"""Direct quotes: marked spans that are speech (not scare quotes or titles) and their cue.

Attribution looks at the sentences the quote sits in, outside any quote: the reporting verb
that governs the quoted words wins (this handles "“We are ready,” he said, “to act.”",
where both parts hang from "said", and partial quotes inside a reported clause); otherwise
the nearest reporting verb, looking right first as news style puts the cue after the quote.

This module walks the marked spans and decides per span (:func:`_choose_cue`); the tests it
asks live next to it: :mod:`.terms` (scare quotes, terms, names, titles),
:mod:`.attribution` (which cue or construction attributes the quote) and
:mod:`.introducers` (the speaker of a standalone quote with no cue).
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from generator.extract.doctext import doc_text
from generator.extract.quotes.alternatives import offered_as_alternatives
from generator.extract.quotes.attribution import (
    adds_an_amount,
    asks_for_a_thing,
    cue_before_quoted_predicate,
    governing_cue,
    nearest_cue,
    verdict_beside_report,
)
from generator.extract.quotes.called_things import thing_called
from generator.extract.quotes.classifier_terms import hyphenated_category
from generator.extract.quotes.cue_words import cue_text
from generator.extract.quotes.cues import (
    RawQuote,
    according_source,
    cue_subject,
    is_non_speaker,
    is_passive_cue,
    is_reporting_verb,
    subject_read_as_compound,
)
from generator.extract.quotes.document_phrases import owned_by_document
from generator.extract.quotes.headline_trailing_cues import cue_closing_headline
from generator.extract.quotes.introducers import introducer, label_after
from generator.extract.quotes.judging import (
    judge_of,
    judged_object,
    object_complement,
    opinion_holder,
    quoted_verb,
    verdict_cue,
)
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.marks import MarkedSpan, is_subheading, top_of_story
from generator.extract.quotes.naming_habits import named_by_habit, proper_name_given, referred_to_as
from generator.extract.quotes.naming_terms import (
    after_contact_relative_naming,
    after_what_called,
    called_so_after,
    names_a_relative,
    nickname,
    prepositional_compound,
)
from generator.extract.quotes.notices import notice_before_colon
from generator.extract.quotes.quote_sentences import context_tokens
from generator.extract.quotes.relative_misparses import main_verb_of_participle_on_relative
from generator.extract.quotes.replies import reply_after
from generator.extract.quotes.section_labels import in_section_label
from generator.extract.quotes.self_names import self_named
from generator.extract.quotes.subheadings import body_words, repeated_subheading_quotes
from generator.extract.quotes.terms import (
    after_naming_word,
    is_name,
    is_rating,
    is_term,
    is_title,
    modifies_noun,
    title_after_on,
    title_as_subject,
    title_in_apposition,
)
from generator.extract.quotes.verb_subjects import subject_of
from generator.extract.quotes.verdict_tense import past_act
from generator.extract.quotes.work_titles import work_title
from generator.extract.quotes.written_things import read_on_a_thing

log = logging.getLogger("mkdocs.plugins.factcheck")

#: A quoted passage without any cue is still speech when it is at least this long;
#: shorter ones ("its “historic” reform") are scare quotes.
MIN_UNATTRIBUTED_WORDS = 8
#: Longest attribution between the two parts of a split quote ("”, said Ada Quill, “").
MAX_SPLIT_GAP = 80
#: A headline quote condenses a body quote when it has at least this many distinct words
#: and the body quote holds this share of them (fewer words must repeat word for word).
MIN_CONDENSED_WORDS = 3
CONDENSED_SHARE = 0.6
_SENTENCE_END = ".!?:"


def tokens_between(doc: Doc, start: int, end: int) -> Span:
    """The tokens that overlap ``[start, end)`` (an empty span if there are none)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None else doc[0:0]


def is_standalone(text: str, span: MarkedSpan) -> bool:
    """The quote opens a paragraph or a sentence, or follows a colon ("said: “...”")."""
    before = text[max(0, span.open - 80) : span.open].rstrip(" \t")
    return not before or before[-1] in "\n" + _SENTENCE_END or before.endswith(("—", "--"))



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
    text = doc_text(doc)
    previous: MarkedSpan | None = None
    headline_start, headline_end = top_of_story(text) if paragraphs else (0, 0)
    passed_over: list[MarkedSpan] = []  # headline spans read as no speech
    accepted: set[str] = set()  # words of the body's quotes
    subheads: list[tuple[MarkedSpan, int]] = []  # spans on a subheading, with its paragraph
    body: list[tuple[int, int, str]] = []  # the body's quotes, for the subheadings
    for span in spans:
        first_par = bisect.bisect_right(starts, span.open) - 1
        last_par = bisect.bisect_right(starts, span.outer_end - 1) - 1
        window = (paragraphs[first_par][0], paragraphs[last_par][1])
        around = context_tokens(doc, span, window, lex)
        context = [t for t in around if not in_quote[t.i] and not in_section_label(t)]
        quote = tokens_between(doc, span.start, span.end)
        try:
            choice = _second_part(text, previous, span, context, lex) or _choose_cue(
                text, span, quote, context, lex)
        except Exception:  # one odd parse must not abort the article
            log.warning("quotes: skipped the quote at %d (direct)", span.start, exc_info=True)
            choice = None
        previous = span
        if (choice is None or choice[0] is None) and span.open >= headline_end \
                and is_subheading(text, *paragraphs[first_par]):
            subheads.append((span, first_par))  # no cue: speech only if the body repeats it
            continue
        if choice is None:
            if span.outer_end <= headline_end:
                passed_over.append(span)
            continue
        accepted.add(_folded_words(text[span.start : span.end]))
        body.append(body_words(text, span.start, span.end))
        cue, subject, rule = choice
        sent_start = min(around[0].sent.start_char, span.open) if around else span.open
        sent_end = max(around[-1].sent.end_char, span.outer_end) if around else span.outer_end
        yield RawQuote(span.start, span.end, "direct", cue_text(cue, lex) if cue else None,
                       subject, sent_start, sent_end, rule, paragraph=first_par)
    yield from _repeated_headline_quotes(text, passed_over, accepted,
                                         (headline_start, headline_end))
    yield from repeated_subheading_quotes(text, subheads, body, paragraphs)


def _folded_words(content: str) -> str:
    return " ".join(re.findall(r"\w+", content.casefold()))


def _repeated_headline_quotes(text: str, passed_over: list[MarkedSpan], accepted: set[str],
                              headline: tuple[int, int]) -> Iterator[RawQuote]:
    """Headline words in marks that the body quotes as speech word for word ('... says
    inflation "still too high"' over '... said inflation was "still too high"'), or of
    which a body quote holds most ("Plan 'will rip heart out of villages'" over 'will
    "rip the heart out of" their communities': headlines condense): the headline's parse
    hid their cue, the body's quote shows them to be speech. The speaker comes from the
    body quote (:func:`.narration.headline_speaker`)."""
    for span in passed_over:
        words = _folded_words(text[span.start : span.end])
        if words in accepted or _condensed_from(words.split(), accepted):
            yield RawQuote(span.start, span.end, "direct", None, None, *headline,
                           "direct-headline-repeat", paragraph=0)


def _condensed_from(words: list[str], accepted: set[str]) -> bool:
    """A headline phrase of a few words most of which one body quote holds, or of fewer
    words that one holds word for word ('rejects "fabricated" results' over '"These
    results are fabricated and ..."')."""
    if len(set(words)) < MIN_CONDENSED_WORDS:
        phrase = f" {' '.join(words)} "
        return any(phrase in f" {body} " for body in accepted)
    return any(len(set(words) & set(body.split())) >= CONDENSED_SHARE * len(set(words))
               for body in accepted)


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
                                         and not asks_for_a_thing(t, lex)
                                         and not adds_an_amount(t))
                  or according_source(t)]
    if not is_standalone(text, span):
        candidates = [t for t in candidates if not _action_in_report(t, candidates)]
    ruling = governing_cue(quote, candidates) or cue_before_quoted_predicate(quote, candidates) \
        or cue_closing_headline(quote, candidates)  # "clinic 'not safe', inspectors say"
    if is_standalone(text, span) and (title_as_subject(text, span)
                                      or read_on_a_thing(quote, lex) or called_so_after(quote)):
        return None  # "“The Salt Road” opens on Friday.", 'One (a card) read: "..."'
    if is_standalone(text, span) and notice_before_colon(quote):
        return None  # "pointed to a sign taped inside the window: "Drivers wanted.""
    if is_standalone(text, span):
        verdict = None if ruling is not None else verdict_cue(quote, context, lex)
        if verdict is not None:
            return verdict[0], verdict[1], "direct-verdict"
        cue = ruling or nearest_cue(quote, candidates)
        if cue is not None:
            return cue, cue_subject(cue, lex), "direct-attributed"
        reply = reply_after(quote)  # "“...,” came the reply from his engineer" (round 98)
        if reply is not None:
            return reply[0], reply[1], "direct-attributed"
        label = introducer(text, span, quote, lex) or label_after(text, span, quote, lex)
        return None, label, "direct-unattributed"
    content = text[span.start : span.end]
    if proper_name_given(quote, content) or self_named(quote):
        return None  # "declaring June 4 "Orsk Library Day"" (round 98), "calling themselves
        # “kr4ken”" (round 101): names
    judged = judged_object(quote, context, lex)
    if judged is not None and ruling is None and not is_title(content):
        return judged, judge_of(judged, subject_of(judged) or subject_read_as_compound(judged)), \
            "direct-judged"
    quoted = quoted_verb(quote, lex) if not candidates else None
    if quoted is not None:  # 'The bloc “firmly condemned” the attempt', no "said" around
        return quoted, subject_of(quoted), "direct-quoted-verb"
    judging = [t for t in context if t.lemma_.casefold() in lex.evaluative_verbs]
    if is_term(quote) and _after_indefinite(quote):
        spoken = _speakers_term(quote, judging, ruling, lex)
        if spoken is not None:
            return spoken
    if ruling is not None and is_term(quote) and _held_object_of(quote, ruling):
        return ruling, cue_subject(ruling, lex), "direct-attributed"
    if after_naming_word(quote, lex, text, span.open) or is_term(quote) \
            or offered_as_alternatives(text, span) or modifies_noun(quote, content) \
            or is_rating(quote, lex) or after_what_called(quote) \
            or after_contact_relative_naming(quote) or called_so_after(quote) \
            or prepositional_compound(content) or hyphenated_category(quote) \
            or referred_to_as(quote) or owned_by_document(quote, lex):
        return None
    verdict = governing_cue(quote, judging) or object_complement(quote, judging)
    if verdict is not None and (is_name(content, quote) or names_a_relative(verdict, content)
                                or nickname(verdict, content) or named_by_habit(verdict)
                                or thing_called(verdict)):  # "a column called “...,”"
        return None  # "which it calls the “harbour ledger”": a name, even inside speech
    if verdict is not None and (ruling is None or verdict_beside_report(verdict, ruling)
                                or _past_relative(verdict, ruling)):
        judge = subject_of(verdict) or subject_read_as_compound(verdict)  # "Ecologists hail"
        if judge is not None and is_non_speaker(judge, lex) \
                and judge.lower_ not in lex.issued_documents:
            return None  # "Report describes ‘culture of denial’": a document's term (round 70)
        # "A press release issued by the institute described the results as “...”": an
        # issued document speaks for its issuer, as it does under "said" (round 91)
        return verdict, judge, "direct-evaluative"
    if (ruling is None and is_title(content)) or title_in_apposition(quote, content) \
            or title_after_on(quote, content) or work_title(text, span, lex):
        return None  # "its hit drama “Saltmarsh.”" under "said": a work's title
    if ruling is not None:
        return ruling, cue_subject(ruling, lex), "direct-attributed"
    holder = opinion_holder(quote, context, lex)
    if holder is not None:
        return holder[0], holder[1], "direct-opinion-holder"
    if len(content.split()) >= MIN_UNATTRIBUTED_WORDS:
        cue = nearest_cue(quote, candidates)
        return cue, cue_subject(cue, lex) if cue else None, "direct-unattributed-long"
    return None



def _past_relative(verdict: Token, ruling: Token) -> bool:
    """"rejected a recount that confirmed X's win, calling the process “a second theft”":
    the cue of a relative clause on the main verb's object does not rule a verb of calling
    the parser hung on it; the main clause's subject calls (round 79). Nor does a report rule
    a contact relative of calling with a subject of its own ("He added that ..., a move the
    union called “...”")."""
    if verdict.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
                                       for c in verdict.children):
        return True  # "..., a move the union called “...”": the union's words (round 100)
    return verdict.head.i == ruling.i and main_verb_of_participle_on_relative(verdict) is not None


def _action_in_report(verb: Token, candidates: list[Token]) -> bool:
    """"The army said ... that its troops had responded “in accordance with the rules of
    engagement.”": a verb of saying with nothing said (no clause, no object) inside the
    clause another cue reports is an act the speaker tells of, not a second voice; the
    words in marks are the outer speaker's (round 49)."""
    if any(c.dep_ in ("ccomp", "dobj", "xcomp", "dative") for c in verb.children):
        return False
    return any(a.i == c.i for a in verb.ancestors for c in candidates)


def _after_indefinite(quote: Span) -> bool:
    """"a ‘predictable crisis’": "a" or "an" right before the opening mark."""
    return quote.start >= 2 and quote.doc[quote.start - 2].lower_ in ("a", "an")


def _speakers_term(quote: Span, judging: list[Token], ruling: Token | None,
                   lex: Lexicon) -> tuple[Token, Token | None, str] | None:
    """A noun phrase in marks after "a" that is someone's words, not the writer's term:
    the verdict of a past verb of calling ("She called the ban a ‘predictable crisis’";
    "The state calls places like this a “maternity care desert”" names a kind of place),
    or what a thing was done "as" inside a reported clause ("said it had released 120
    prisoners as a “goodwill gesture”"; "billed the seat as a ‘three-way fight’" with no
    reporting verb stays a term), or what a thing "was" in a reported clause. None
    otherwise."""
    verdict = governing_cue(quote, judging) or object_complement(quote, judging)
    if verdict is not None and past_act(verdict) and not names_a_relative(verdict):
        return verdict, subject_of(verdict), "direct-evaluative"
    before_article = quote.doc[quote.start - 3] if quote.start >= 3 else None
    if ruling is not None and _object_of_inner_report(quote, ruling, lex):
        # "said the crew reported a “possible engine failure”": what the report inside the
        # clause says is the speaker's words, not the writer's term (round 101)
        return ruling, cue_subject(ruling, lex), "direct-attributed"
    if ruling is not None and before_article is not None and before_article.lower_ == "as" \
            and ruling.i < quote.start:
        return ruling, cue_subject(ruling, lex), "direct-attributed"
    if ruling is not None and before_article is not None and before_article.lemma_ == "be" \
            and ruling.i < before_article.i and ruling in before_article.ancestors:
        # "said the Senate bill was a “good starting point,”": what the thing is, inside
        # the clause the cue reports, is the speaker's words (round 69)
        return ruling, cue_subject(ruling, lex), "direct-attributed"
    return None


def _held_object_of(quote: Span, ruling: Token) -> bool:
    """"said X retained the “full confidence” of the mayor": a definite noun phrase in
    marks that is the object of a verb inside the reported clause and is followed by its
    own "of" phrase (whose ... it is) gives the speaker's words, not the writer's term as
    "the “peace plan” was a trick" does (round 91)."""
    doc = quote.doc
    head = next((t for t in quote if not quote.start <= t.head.i < quote.end), None)
    after = doc[quote.end + 1] if quote.end + 1 < len(doc) else None
    if head is None or head.dep_ != "dobj" or doc[quote.start - 2].lower_ != "the" \
            or after is None or after.lower_ != "of" or after.head.i != head.i:
        return False
    verb = head.head
    return verb.i > ruling.i and ruling in verb.ancestors


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


def _object_of_inner_report(quote: Span, ruling: Token, lex: Lexicon) -> bool:
    """Whether the quote's phrase is the object of a verb of saying inside the clause the
    ruling cue reports ("said the crew reported a “possible engine failure”")."""
    head = next((t for t in quote if t.head.i < quote.start or t.head.i >= quote.end), None)
    verb = head.head if head is not None and head.dep_ == "dobj" else None
    return verb is not None and verb.i != ruling.i and verb.pos_ == "VERB" \
        and verb.lemma_.casefold() in lex.reporting_lemmas and ruling in verb.ancestors
