"""Quotes, reported speech and their speakers (textacy-style extractor over a spaCy Doc).

Stages, one module each:

- :mod:`.marks`: spans between quotation marks (string work);
- :mod:`.direct`: which spans are speech, and their reporting cue;
- :mod:`.interview`: answers of a Q&A transcript (speech without marks);
- :mod:`.reported`: reported clauses outside quotation marks;
- :mod:`.cues`: reporting cues, their subjects and how the cue reads;
- :mod:`.mentions`, :mod:`.names` and :mod:`.resolve`: the speaker behind each cue's
  subject, with one canonical name per person in the article;
- :mod:`.lexicon`: the word lists, read from ``generator/rules/reporting_verbs.yaml``,
  ``attribution.yaml`` and ``speakers.yaml`` (their ``examples:`` run as tests);
- :mod:`.evaluate`: annotate-style JSON for a gold file, and timings.

Conventions follow the seed's hand annotation: a direct quote's content is the words inside
the marks (a trailing comma included); a reported clause whose verb is inside quotation marks
is only a direct quote; a parenthetical cue inside a reported clause stays in its content.
"""

from __future__ import annotations

import bisect
import logging
import re

from spacy.tokens import Doc

from generator.extract.hits import Quote
from generator.extract.quotes.cues import RawQuote
from generator.extract.quotes.direct import iter_direct
from generator.extract.quotes.interview import iter_answers
from generator.extract.quotes.lexicon import Lexicon, load_lexicon
from generator.extract.quotes.marks import find_marked_spans, iter_paragraphs
from generator.extract.quotes.mentions import read_mention
from generator.extract.quotes.reported import iter_reported
from generator.extract.quotes.resolve import Speaker, SpeakerResolver
from generator.speakers import SpeakerRegistry

__all__ = ["iter_quotes"]

log = logging.getLogger("mkdocs.plugins.factcheck")

#: An unattributed quote continues the previous quote's speaker when it is at most this
#: many paragraphs further on.
CONTINUATION_PARAGRAPHS = 1
#: Share of a headline quote's words a body quote must contain to lend it its speaker.
HEADLINE_SHARE = 0.6


def iter_quotes(doc: Doc, registry: SpeakerRegistry | None = None) -> list[Quote]:
    """Direct and reported quotes of an article, in text order, with resolved speakers.

    Args:
        doc: The article parsed by :func:`generator.nlp.load_pipeline` (needs the parser,
            tagger, lemmatizer and NER).
        registry: Editors' speaker registry; when given, speaker names are mapped to its
            canonical names and its roles fill in missing ones.

    Returns:
        The quotes sorted by start offset; ``doc.text[q.start:q.end] == q.content``.

    Raises:
        ValueError: the Doc has no dependency parse (e.g. from ``spacy.blank``): speakers
            and reported speech are read off the parse.
    """
    if len(doc) and not doc.has_annotation("DEP"):
        raise ValueError(
            "iter_quotes needs a parsed Doc (tagger, parser, lemmatizer and NER); load the "
            "pipeline with generator.nlp.load_pipeline()"
        )
    lex = load_lexicon()
    text = doc.text  # Doc.text joins every token: build it once
    paragraphs = iter_paragraphs(text)
    spans = find_marked_spans(text)
    paragraph_of = _token_paragraphs(doc, paragraphs)
    in_marks = _token_mask(doc, [(s.open, s.outer_end) for s in spans])
    direct = list(iter_direct(doc, spans, lex, in_marks, paragraphs))
    direct = sorted(direct + list(iter_answers(doc, paragraphs)), key=lambda q: q.start)
    in_direct = _token_mask(doc, [(q.start - 1, q.end + 1) for q in direct])
    reported = list(iter_reported(doc, lex, in_direct, paragraph_of))
    raws = sorted(direct + _outermost(reported), key=lambda q: (q.start, q.kind))
    return _attribute(doc, text, raws, SpeakerResolver(doc, lex, in_direct), registry)


def _outermost(reported: list[RawQuote]) -> list[RawQuote]:
    """One piece of reported speech per clause: a report nested in another one's content
    ("she added that two families had told her they would leave") is part of it, except
    that "X said CLAUSE, according to Y" keeps X's report, not the whole sentence."""
    def inside(a: RawQuote, b: RawQuote) -> bool:
        return a is not b and b.start <= a.start and a.end <= b.end

    dropped = set()
    for a in reported:
        for b in reported:
            if inside(a, b) and (a.start, a.end) != (b.start, b.end):
                dropped.add(id(b) if b.rule == "according-to" else id(a))
    return [q for q in reported if id(q) not in dropped]


def _attribute(doc: Doc, text: str, raws: list[RawQuote], resolver: SpeakerResolver,
               registry: SpeakerRegistry | None) -> list[Quote]:
    """Resolve every raw quote's speaker in text order and build the hits."""
    lex = resolver.lex
    resolved: list[tuple[RawQuote, Speaker]] = []
    for raw in raws:
        try:
            speaker = _speaker(raw, resolved, resolver, lex)
        except Exception:  # one odd parse must not abort the article
            log.warning("quotes: speaker resolution failed at %d (%s)", raw.start, raw.rule,
                        exc_info=True)
            speaker = Speaker(None)
        resolved.append((raw, speaker))
    resolved = [(raw, _headline_speaker(text, raw, speaker, resolved)) for raw, speaker in resolved]
    roles = {**resolver.harvested_roles, **resolver.roles}  # roles given with quotes win
    # reported speech with no speaker ("I said", an unresolved "they") is not a claim by
    # anyone we can name: drop it; a direct quote stays, its words are still on record
    return [_to_hit(text, raw, speaker, roles, registry) for raw, speaker in resolved
            if speaker.name or raw.kind == "direct"]


def _speaker(raw: RawQuote, earlier: list[tuple[RawQuote, Speaker]],
             resolver: SpeakerResolver, lex: Lexicon) -> Speaker:
    """The speaker of one quote: from its cue's subject, or continued from the quote before."""
    if raw.subject is not None:
        mention = read_mention(raw.subject, lex)
        speaker = resolver.resolve(mention, raw.subject.idx, raw.subject.sent)
        if speaker.name:
            return speaker
    if raw.kind == "direct":
        previous = _previous_speaker(raw, earlier)
        if previous is None or previous[1] != raw.paragraph:
            # the paragraph's own narration ("She laughs.") beats a quote further up
            narrated = resolver.paragraph_subject_before(raw.start)
            previous = (narrated, raw.paragraph) if narrated is not None else previous
        previous = previous[0] if previous else resolver.subject_before(raw.start)
        if previous is None and not earlier and _fills_paragraph(raw, resolver.doc.text):
            previous = resolver.subject_after(raw.end)  # a feature's opening quote
        if previous is not None:
            resolver.remember(previous)
            return Speaker(previous.name, None, previous.role, previous.kind)
    return Speaker(None)


def _headline_speaker(text: str, raw: RawQuote, speaker: Speaker,
                      resolved: list[tuple[RawQuote, Speaker]]) -> Speaker:
    """A headline quote with no speaker of its own repeats or condenses a quote of the body
    ("'If the school goes, the island dies'"): it takes the speaker of the body quote that
    shares most of its words."""
    if speaker.name or raw.paragraph != 0 or raw.kind != "direct":
        return speaker
    words = set(_words(text[raw.start : raw.end]))
    best, best_share = speaker, HEADLINE_SHARE
    for other, found in resolved:
        if other.paragraph == 0 or not found.name or other.kind != "direct":
            continue
        share = len(words & set(_words(text[other.start : other.end]))) / len(words) if words else 0.0
        if share >= best_share:
            best, best_share = Speaker(found.name, None, found.role, found.kind), share
    return best


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _previous_speaker(raw: RawQuote, earlier: list[tuple[RawQuote, Speaker]]
                      ) -> tuple[Speaker, int] | None:
    """The speaker (and paragraph) of the last quote before ``raw`` if the text continues
    it (same or previous paragraph)."""
    for other, speaker in reversed(earlier):
        if raw.paragraph - other.paragraph > CONTINUATION_PARAGRAPHS:
            return None
        if speaker.name:
            return speaker, other.paragraph
    return None


def _fills_paragraph(raw: RawQuote, text: str) -> bool:
    """The quote is its paragraph, marks and all (nothing but punctuation around it)."""
    start = text.rfind("\n", 0, raw.start) + 1
    end = text.find("\n", raw.end)
    end = len(text) if end < 0 else end
    return not any(c.isalnum() for c in text[start : raw.start] + text[raw.end : end])


def _to_hit(text: str, raw: RawQuote, speaker: Speaker, roles: dict[str, str],
            registry: SpeakerRegistry | None) -> Quote:
    name, role = speaker.name, speaker.role
    if name and not role:
        role = roles.get(name)
    kind = speaker.kind if name else None
    if registry is not None and name:
        entry = registry.info(name)
        name = registry.canonical(name)
        role = role or (entry.role if entry else None)
        kind = (entry.kind if entry else None) or kind
    return Quote(
        start=raw.start, end=raw.end, content=text[raw.start : raw.end], kind=raw.kind,
        speaker=name, speaker_mention=speaker.mention, cue=raw.cue, speaker_role=role,
        speaker_kind=kind, sentence_start=raw.sentence_start,
        sentence_end=raw.sentence_end, rule=raw.rule,
    )


def _token_mask(doc: Doc, ranges: list[tuple[int, int]]) -> list[bool]:
    """For each token, True if its first character lies in one of the sorted ranges."""
    starts = [r[0] for r in ranges]
    mask = []
    for token in doc:
        i = bisect.bisect_right(starts, token.idx) - 1
        mask.append(i >= 0 and token.idx < ranges[i][1])
    return mask


def _token_paragraphs(doc: Doc, paragraphs: list[tuple[int, int]]) -> list[int]:
    """For each token, the index of the paragraph it is in."""
    starts = [p[0] for p in paragraphs]
    return [max(0, bisect.bisect_right(starts, t.idx) - 1) for t in doc]
