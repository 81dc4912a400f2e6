"""Quotes, reported speech and their speakers (textacy-style extractor over a spaCy Doc).

Stages, one module each:

- :mod:`.marks`: spans between quotation marks (string work);
- :mod:`.direct`: which spans are speech, and their reporting cue (split out of it:
  :mod:`.terms`, scare quotes, terms, names and titles that are no speech;
  :mod:`.alternatives`, labels offered as alternatives, "as either “doom” or “hope”";
  :mod:`.attribution`, which cue or construction governs a quote; :mod:`.introducers`,
  the speaker a colon or a headline label gives a quote with no cue);
- :mod:`.interview`: answers of a Q&A transcript (speech without marks), its questions
  no one's reported speech;
- :mod:`.transcript`: guests' turns of a broadcast transcript ("ARRIAGA: ...");
  :mod:`.oral_history`: voices under name lines, with no marks;
- :mod:`.section_labels`: a house style's paragraph labels ("Why it matters:"), no part of
  the sentence after them, so no cue and no reported words;
- :mod:`.reported`: reported clauses outside quotation marks (:mod:`.clauses`: where a
  reporting verb's clause is, including where the parser hides it; :mod:`.settings`: a
  that-clause hung on the setting or its audience, "said in a response to questions
  that"; :mod:`.misparses`:
  reports and speakers the parser hung elsewhere, "..., officials said" as a conjunct,
  "..., money prosecutors said she spent", "X, asked about it, said:", and what it gives
  as a clause that is none, "her voice breaking"; :mod:`.fronted`: a subject hung on the
  sentence's opening phrase, "Among the marchers, X, 59, a nurse, estimated that";
  :mod:`.list_subjects`: a list subject the parser split at a "since" inside it;
  :mod:`.rulings`: "the ruling said" as the court named before; :mod:`.according_clauses`:
  the clause and source of "CLAUSE, according to X");
- :mod:`.cues`: reporting cues, their subjects and how the cue reads;
- :mod:`.mentions` (:mod:`.mention_types`: the Mention and Speaker records;
  :mod:`.phrases`: the words of a mention; :mod:`.appositions`: where
  the name sits in a subject phrase, "its president, Ilse Farrow", "Kingsmere director of
  rugby Alan Pryce"; :mod:`.stand_in_subjects`: a place or a plural heading the phrase
  for the person, "Outside City Hall, X, ... said", "residents like Ms Y";
  :mod:`.bodies`: names of bodies the parser or NER cut short, "the Union | for Renewal",
  "(CENI)", "The observation mission of the bloc, the X Community,"),
  :mod:`.names` and :mod:`.resolve`: the speaker behind each cue's
  subject, with one canonical name per person in the article. Split out of resolve, one
  mixin per kind of reference: :mod:`.surnames` (a surname or first name to the fullest
  name), :mod:`.family` (a relative to the person named, with :mod:`.relatives` reading
  the words: "her father", "Pruett's wife, Carol"), :mod:`.history` (the speakers
  resolved so far), :mod:`.pronouns` (what he, she and they refer to), :mod:`.groups`
  (persons speaking together, "A and B"), :mod:`.organizations` ("the ministry", "the
  company"; :mod:`.organization_voices`: "a spokesman") and :mod:`.offices` ("the Member for Y",
  "the minister" tied to the person quoted); beside them :mod:`.genders` (which pronoun
  each person takes),
  :mod:`.roles` ("the coach", "its chief executive", "the Dane", "the teenager", "the
  Harrowgate manager"), :mod:`.teams`
  ("Arriaga and his colleagues" behind "they report"), :mod:`.lede` (a lede's described
  person named in the next paragraph; :mod:`.lede_bodies`: a body the lede or headline
  describes, "the rail company", named further down; :mod:`.partitives`: "one of ...
  exporters" describing a company; :mod:`.key_point_voices`: a Key points line's "A marine
  scientist says" the body names), :mod:`.introductions` ("a federal prosecutor" whom
  "the prosecutor, X," names after) and :mod:`.owners` ("Talvera's military" named with
  the article's "Talveran", "Corvaline's central bank" the "Bank of Corvaline" it names);
- :mod:`.narration`: the speaker of a quote with no cue, from the text around it;
- :mod:`.lexicon`: the word lists, read from ``generator/rules/reporting_verbs.yaml``,
  ``attribution.yaml``, ``speakers.yaml`` and ``speakers_given_names.yaml`` (their
  ``examples:`` run as tests);
- :mod:`.evaluate`: annotate-style JSON for a gold file, and timings.

Conventions follow the seed's hand annotation: a direct quote's content is the words inside
the marks (a trailing comma included); a reported clause whose verb is inside quotation marks
is only a direct quote; a parenthetical cue inside a reported clause stays in its content.
"""

from __future__ import annotations

import logging
from bisect import bisect_left, bisect_right

import numpy
from spacy.tokens import Doc

from generator.extract.doctext import doc_text
from generator.extract.hits import Quote
from generator.extract.quotes.acronym_pairs import pairs_named_by_acronyms
from generator.extract.quotes.bodies import without_legal_form
from generator.extract.quotes.cues import RawQuote
from generator.extract.quotes.deck_nouns import deck_nouns_named_below
from generator.extract.quotes.direct import iter_direct
from generator.extract.quotes.documents import document_alone
from generator.extract.quotes.headline_acts import lede_act_named_in_headline
from generator.extract.quotes.headline_groups import group_named_by_repeat
from generator.extract.quotes.headline_rulings import iter_headline_rulings
from generator.extract.quotes.headline_short_names import headline_short_names
from generator.extract.quotes.headline_terms import without_headline_terms
from generator.extract.quotes.headline_voices import (
    body_named_by_headline_noun,
    group_before_headline_quote,
    recipients_of_passive_headline,
    report_named_by_its_quote,
)
from generator.extract.quotes.interview import iter_answers, question_paragraphs
from generator.extract.quotes.key_point_voices import described_above_named_below
from generator.extract.quotes.lede import counted_group_named, described_then_named, lede_paragraph
from generator.extract.quotes.lexicon import Lexicon, load_lexicon
from generator.extract.quotes.marks import find_marked_spans, iter_paragraphs, top_of_story
from generator.extract.quotes.mentions import read_mention
from generator.extract.quotes.narration import headline_group, headline_speaker, narrated_speaker
from generator.extract.quotes.oral_history import iter_voices, pull_quote_voice
from generator.extract.quotes.owners import owner_first
from generator.extract.quotes.phrases import balanced_brackets
from generator.extract.quotes.qa_boxes import iter_box_answers
from generator.extract.quotes.quantified_groups import quantified_group
from generator.extract.quotes.reported import iter_reported
from generator.extract.quotes.resolve import Speaker, SpeakerResolver
from generator.extract.quotes.role_holders import role_holder_named_below
from generator.extract.quotes.subheadings import RULE as SUBHEADING_RULE
from generator.extract.quotes.subheadings import subheading_speaker
from generator.extract.quotes.token_index import token_starts
from generator.extract.quotes.transcript import iter_turns
from generator.speakers import SpeakerRegistry

__all__ = ["iter_quotes"]

log = logging.getLogger("mkdocs.plugins.factcheck")



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
    text = doc_text(doc)
    paragraphs = iter_paragraphs(text)
    spans = find_marked_spans(text)
    paragraph_of = _token_paragraphs(doc, paragraphs)
    in_marks = _token_mask(doc, [(s.open, s.outer_end) for s in spans])
    direct = list(iter_direct(doc, spans, lex, in_marks, paragraphs))
    # Q&A answers, broadcast turns, a profile's box ("Favorite element? / Neon. ..."), an
    # oral history's voices under name lines (round 102)
    unmarked = list(iter_answers(doc, paragraphs)) + list(iter_turns(doc, paragraphs)) \
        + list(iter_box_answers(doc, paragraphs)) + list(iter_voices(doc, paragraphs))
    # marks inside an answer or a turn quote someone within its speaker's words (a
    # supervisor's saying, a minister's "still developing"): part of the answer (round 89)
    direct = [q for q in direct if not any(u.start <= q.start and q.end <= u.end
                                           for u in unmarked)]
    direct = sorted(direct + unmarked, key=lambda q: q.start)
    # an interviewer's questions are no one's reported speech either
    asked = [paragraphs[k] for k in question_paragraphs(text, paragraphs)]
    in_direct = _token_mask(doc, _merged([(q.start - 1, q.end + 1) for q in direct] + asked))
    reported = list(iter_reported(doc, lex, in_direct, paragraph_of)) \
        + list(iter_headline_rulings(doc, paragraphs, in_direct))  # "..., coroner rules"
    raws = sorted(direct + _outermost(reported), key=lambda q: (q.start, q.kind))
    if paragraphs:  # "declares 'water emergency'" and a lede's unmarked "water emergency"
        raws = without_headline_terms(text, raws, paragraphs[0][1], spans)
    return _attribute(doc, text, raws, SpeakerResolver(doc, lex, in_direct, in_marks),
                      registry)


def _outermost(reported: list[RawQuote]) -> list[RawQuote]:
    """One piece of reported speech per clause: a report nested in another one's content
    ("she added that two families had told her they would leave") is part of it, except
    that "X said CLAUSE, according to Y" keeps X's report, not the whole sentence; a verb
    and object phrase whose subject Y's words name ("Heat is building up ..., raising fears
    that ..., according to new research", round 56) is part of what Y says."""
    def inside(a: RawQuote, b: RawQuote) -> bool:
        return a is not b and b.start <= a.start and a.end <= b.end

    def phrase_in_source(a: RawQuote, b: RawQuote) -> bool:
        return (a.rule == "verb-object-phrase" or _borrowed_subject(a)) \
            and a.subject is not None and b.start <= a.subject.idx < b.end

    # only a report starting within the longest report's length before ``a`` can hold it
    ordered = sorted(reported, key=lambda q: q.start)
    starts = [q.start for q in ordered]
    longest = max((q.end - q.start for q in reported), default=0)
    dropped = set()
    for a in reported:
        for b in ordered[bisect_left(starts, a.end - longest): bisect_right(starts, a.start)]:
            if inside(a, b) and (a.start, a.end) != (b.start, b.end):
                dropped.add(id(b) if b.rule == "according-to" and not phrase_in_source(a, b)
                            else id(a))
    return [q for q in reported if id(q) not in dropped]


def _borrowed_subject(raw: RawQuote) -> bool:
    """"The rebels had turned back two convoys, demanding that ..., according to UN
    officials": a participle's report whose subject is another verb's (its subject's head
    is no cue word) is part of what the "according to" source says (round 67)."""
    cue = (raw.cue or "").split(" ")[0].casefold()
    return raw.subject is not None and cue.endswith("ing") \
        and raw.subject.head.lower_ != cue


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
    resolved = [(raw, resolver.office_tied_later(raw.subject, speaker))
                for raw, speaker in resolved]
    resolved = [(raw, recipients_of_passive_headline(raw, speaker)) for raw, speaker in resolved]
    resolved = [(raw, headline_speaker(text, raw, speaker, resolved)) for raw, speaker in resolved]
    resolved = [(raw, subheading_speaker(text, raw, speaker, resolved))
                for raw, speaker in resolved]  # "'We are already stretched'" over the nurse's
    resolved = [(raw, group_before_headline_quote(text, raw, speaker, lex))
                for raw, speaker in resolved]  # "Residents 'can't get insurance'"
    resolved = [(raw, headline_group(raw, speaker, resolved)) for raw, speaker in resolved]
    resolved = [(raw, pull_quote_voice(text, raw, speaker, resolved))
                for raw, speaker in resolved]  # an oral history's pull quote (round 102)
    resolved = [(raw, group_named_by_repeat(text, raw, speaker, resolved))
                for raw, speaker in resolved]  # "..., MPs warn" over "a committee of MPs"
    resolved = [(raw, report_named_by_its_quote(raw, speaker, resolved))
                for raw, speaker in resolved]  # "leader says budget 'on a knife edge'"
    resolved = [(raw, body_named_by_headline_noun(text, raw, speaker, lex))
                for raw, speaker in resolved]  # "says patients' group" (Vale Voices)
    resolved = deck_nouns_named_below(text, resolved, top_of_story(text)[1],
                                      lede_paragraph(doc))  # a deck's "Company says"
    resolved = described_above_named_below(resolved, top_of_story(text)[1],
                                           lede_paragraph(doc))  # "A marine scientist says"
    resolved = headline_short_names(doc, resolved)  # "Harwood" of "Harwood University"
    resolved = described_then_named(resolved, resolver)
    resolved = role_holder_named_below(resolved, resolver)  # "Transport secretary says"
    resolved = counted_group_named(resolved, resolver)
    resolved = lede_act_named_in_headline(resolved, resolver)  # "Kalunda's Nkemba rejects ..."
    resolved = pairs_named_by_acronyms(text, resolved)  # "The Christian Democrats (KDU) and"
    roles = {**resolver.harvested_roles, **resolver.roles}  # roles given with quotes win
    # reported speech with no speaker ("I said", an unresolved "they") is not a claim by
    # anyone we can name: drop it; a direct quote stays, its words are still on record
    # a direct quote whose only source is a document no one is behind is the document's
    # words, no quote (round 72)
    return [_to_hit(text, raw, speaker, roles, registry) for raw, speaker in resolved
            if (speaker.name or raw.kind == "direct")
            and not (raw.kind == "direct" and document_alone(raw.subject, speaker.name, lex))]


def _speaker(raw: RawQuote, earlier: list[tuple[RawQuote, Speaker]],
             resolver: SpeakerResolver, lex: Lexicon) -> Speaker:
    """The speaker of one quote: from its cue's subject, or continued from the quote before."""
    if raw.label is not None:  # a transcript turn: the label names the speaker
        speaker = Speaker(resolver.full_name(raw.label, raw.start), None, None, "person")
        resolver.remember(speaker)
        return speaker
    if raw.subject is not None and not _inside_own_words(raw):
        mention = quantified_group(raw.subject) or read_mention(raw.subject, lex)
        speaker = resolver.resolve(mention, raw.subject.idx, raw.subject.sent)
        if speaker.name:
            return speaker
    if raw.kind == "direct" and raw.rule != SUBHEADING_RULE:  # its speaker comes from below
        previous = narrated_speaker(raw, earlier, resolver)
        if previous is not None:
            resolver.remember(previous)
            return Speaker(previous.name, None, previous.role, previous.kind)
    return Speaker(None)


def _inside_own_words(raw: RawQuote) -> bool:
    """'... and accused the government of using "starvation as a weapon"': a subject the
    parser found inside the quote's own words, its whole phrase there, is none of its
    speaker (round 67); "the goats," Rehana Begum ...' (a name the parser apposed to the
    quote's last noun) still names one."""
    subject = raw.subject
    return raw.kind == "direct" and raw.start <= subject.left_edge.idx \
        and subject.right_edge.idx < raw.end


def _to_hit(text: str, raw: RawQuote, speaker: Speaker, roles: dict[str, str],
            registry: SpeakerRegistry | None) -> Quote:
    name, role = speaker.name, speaker.role
    if name and not role:
        role = roles.get(name)
    kind = speaker.kind if name else None
    if name:
        name = owner_first(name, kind, text)  # "Talvera's military" -> "Talveran military"
        name = without_legal_form(name, kind, load_lexicon())  # "Lumora Inc." -> "Lumora"
    if registry is not None and name:
        entry = registry.info(name)
        name = registry.canonical(name)
        role = role or (entry.role if entry else None)
        kind = (entry.kind if entry else None) or kind
    if name:  # never an unbalanced bracket: "Federal Office (FOVS" -> "Federal Office"
        name = balanced_brackets(name) or name
    return Quote(
        start=raw.start, end=raw.end, content=text[raw.start : raw.end], kind=raw.kind,
        speaker=name, speaker_mention=speaker.mention, cue=raw.cue, speaker_role=role,
        speaker_kind=kind, sentence_start=raw.sentence_start,
        sentence_end=raw.sentence_end, rule=raw.rule,
    )


def _token_mask(doc: Doc, ranges: list[tuple[int, int]]) -> list[bool]:
    """For each token, True if its first character lies in one of the sorted ranges."""
    if not ranges:
        return [False] * len(doc)
    starts = numpy.asarray([r[0] for r in ranges], dtype="int64")
    ends = numpy.asarray([r[1] for r in ranges], dtype="int64")
    at = token_starts(doc)  # the doc's offsets as one array: no Token built per token
    i = numpy.searchsorted(starts, at, side="right") - 1  # bisect_right - 1
    return ((i >= 0) & (at < ends[numpy.maximum(i, 0)])).tolist()


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted ranges with overlaps joined (a quote inside a question paragraph), as
    :func:`_token_mask` reads only the last range starting before a token."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _token_paragraphs(doc: Doc, paragraphs: list[tuple[int, int]]) -> list[int]:
    """For each token, the index of the paragraph it is in."""
    starts = numpy.asarray([p[0] for p in paragraphs], dtype="int64")
    found = numpy.searchsorted(starts, token_starts(doc), side="right") - 1  # bisect_right - 1
    return numpy.maximum(found, 0).tolist()
