"""The speaker of a direct quote with no attribution of its own, read off the narration
around it.

News and feature copy leaves many quotes unattributed when the text makes the speaker
plain: a quote continuing the previous speaker's, one after a sentence about a person
("Jones disagreed. “It will never work.”", "She laughs. “When the bees tell me to.”"), a
feature's opening quote whose speaker the next paragraph introduces, and a headline quote
that condenses a quote of the body.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doctext import doc_text
from generator.extract.quotes.cues import RawQuote
from generator.extract.quotes.described_voices import (
    body_named_by_noun,
    described_voice,
    person_repeating,
    words_of,
)
from generator.extract.quotes.headline_warnings import spoken_of
from generator.extract.quotes.lexicon import load_lexicon
from generator.extract.quotes.mastheads import headline_under_masthead
from generator.extract.quotes.mentions import read_mention
from generator.extract.quotes.names import name_text
from generator.extract.quotes.resolve import Speaker, SpeakerResolver
from generator.extract.quotes.standfirst_voices import above_the_body

#: An unattributed quote continues the previous quote's speaker when it is at most this
#: many paragraphs further on.
CONTINUATION_PARAGRAPHS = 1
#: Share of a headline quote's words a body quote must contain to lend it its speaker.
HEADLINE_SHARE = 0.6

Resolved = list[tuple[RawQuote, Speaker]]


def narrated_speaker(raw: RawQuote, earlier: Resolved, resolver: SpeakerResolver) -> Speaker | None:
    """The speaker of an unattributed direct quote, best source first: the previous quote
    in the same paragraph, the narration just before it in its paragraph, the previous
    quote one paragraph up, the subject of the sentence before, and for an article that
    opens with a quote-only paragraph (or one that continues no quote), the person
    introduced right after it. A quote that answers the writer's question in the paragraph
    before is the answer of the person asked; one followed by "Those are the words of X"
    or "That was how X put it" is X's."""
    asked = answer_to_question(raw, resolver) or named_right_after(raw, resolver)
    if asked is not None:
        return asked
    previous = previous_speaker(raw, earlier)
    if previous is None:  # a quote continuing the one before keeps its speaker
        introduced = introduced_after(raw, resolver)
        if introduced is not None:
            return introduced
    if previous is None or previous[1] != raw.paragraph:
        narrated = paragraph_subject_before(resolver, raw.start)
        previous = (narrated, raw.paragraph) if narrated is not None else previous
    found = previous[0] if previous else subject_before(resolver, raw.start)
    if found is None and not earlier and fills_paragraph(raw, doc_text(resolver.doc)):
        found = subject_after(resolver, raw.end)
    return found


def answer_to_question(raw: RawQuote, resolver: SpeakerResolver) -> Speaker | None:
    """The speaker of a quote-only paragraph that follows a question the writer asks in
    prose ("Paper Crown spent 11 weeks at number one. Does she still sing it?" / "“Not
    yet.”"): the he or she the question asks about, else the person who spoke last (an
    interview's questions are about the interviewee; names in them are topics)."""
    doc, text = resolver.doc, doc_text(resolver.doc)
    if not fills_paragraph(raw, text):
        return None
    before = text[: text.rfind("\n", 0, raw.start)].rstrip()
    if not before.endswith("?"):
        return None  # a question in marks ends with the closing mark: someone else asked
    end = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    question = end.sent if end is not None else None
    if question is None or "\n" in doc_text(doc)[question.start_char : len(before)].strip():
        return None
    pronoun = next((t for t in question if t.dep_ in ("nsubj", "nsubjpass")
                    and t.lower_ in ("he", "she") and not resolver.in_quote[t.i]), None)
    if pronoun is not None:
        found = resolver.pronoun(read_mention(pronoun, resolver.lex), pronoun.idx, question)
        if found.name:
            return found
    last = resolver.last_person()
    return Speaker(last, None, None, "person") if last else None


#: Words that open a sentence pointing back at the quote before it ("That was how ...").
_POINTING_BACK = frozenset({"that", "those", "this", "these", "such"})


def named_right_after(raw: RawQuote, resolver: SpeakerResolver) -> Speaker | None:
    """The person named in a sentence right after the quote that points back at it with
    a demonstrative and "be" ("“We were lucky.” That was how Ivo Brandt summed up the
    night.", "Those are the words of Marta Kell, who ..."), even across a paragraph break
    when the quote is its own paragraph."""
    doc, text = resolver.doc, doc_text(resolver.doc)
    following = next((t for t in doc[_token_at(doc, raw.end) :] if t.idx >= raw.end
                      and not (t.is_punct or t.is_space)), None)
    if following is None or following.lower_ not in _POINTING_BACK:
        return None
    if "\n" in text[raw.end : following.idx] and not fills_paragraph(raw, text):
        return None
    sentence = following.sent
    spoken = following.head.lower_ in resolver.lex.verdict_nouns | {"words", "remark"}
    if following.i != _first_word(sentence).i or not (sentence.root.lemma_ == "be" or spoken):
        return None  # "That warning came from ...", "Those words belong to ..." also point
    named = next((t for t in sentence if resolver._is_person_token(t)
                  and not resolver.in_quote[t.i]
                  and (t.i + 1 >= len(doc) or not resolver._is_person_token(doc[t.i + 1]))),
                 None)
    if named is None:
        return None
    return Speaker(resolver.full_name(name_text(named), named.idx), None, None, "person")


def _token_at(doc: Doc, offset: int) -> int:
    """Index of the token at (or just before) character ``offset``."""
    span = doc.char_span(offset - 1, offset, alignment_mode="expand")
    return span.start if span is not None else 0


def _first_word(sentence: Span) -> Token:
    """The first token of a sentence that is a word."""
    return next((t for t in sentence if not (t.is_punct or t.is_space)), sentence[0])


def previous_speaker(raw: RawQuote, earlier: Resolved) -> tuple[Speaker, int] | None:
    """The speaker (and paragraph) of the last quote before ``raw`` if the text continues
    it (same or previous paragraph)."""
    for other, speaker in reversed(earlier):
        if raw.paragraph - other.paragraph > CONTINUATION_PARAGRAPHS:
            return None
        if speaker.name:
            return speaker, other.paragraph
    return None


def fills_paragraph(raw: RawQuote, text: str) -> bool:
    """The quote is its paragraph, marks and all (nothing but punctuation around it)."""
    start = text.rfind("\n", 0, raw.start) + 1
    end = text.find("\n", raw.end)
    end = len(text) if end < 0 else end
    return not any(c.isalnum() for c in text[start : raw.start] + text[raw.end : end])


def subject_before(resolver: SpeakerResolver, at: int) -> Speaker | None:
    """The person who is the subject of the sentence before offset ``at`` ("Jones
    disagreed. “It will never work.”")."""
    doc = resolver.doc
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or span.sent.start == 0:
        return None
    previous = doc[span.sent.start - 1].sent
    subjects = resolver.main_first(resolver.person_subjects(previous))
    if not subjects:
        return None
    return Speaker(resolver.full_name(subjects[0].text, subjects[0].idx), None, None, "person")


def paragraph_subject_before(resolver: SpeakerResolver, at: int) -> Speaker | None:
    """The person (named, or he/she) who is the main subject of the sentence right before
    offset ``at`` in the same paragraph ("When I ask her, she laughs. “When the bees tell
    me to.”"): a paragraph's own narration beats the quote before it."""
    doc = resolver.doc
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or span.sent.start == 0:
        return None
    previous = doc[span.sent.start - 1].sent
    if "\n" in doc_text(doc)[previous.start_char : at]:
        return None
    named = subject_before(resolver, at) or verbless_name(resolver, previous) \
        or _bare_name_subject(resolver, previous) or _name_before_verb_read_as_noun(
            resolver, previous)
    if named is not None:
        return named
    pronoun = next((c for c in previous.root.children if c.dep_ == "nsubj" and c.pos_ == "PRON"
                    and c.lower_ in resolver.lex.person_pronouns
                    and not resolver.in_quote[c.i]), None)
    if pronoun is None:
        return None
    found = resolver.pronoun(read_mention(pronoun, resolver.lex), pronoun.idx, previous)
    return found if found.name else None


def _name_before_verb_read_as_noun(resolver: SpeakerResolver,
                                   sentence: Span) -> Speaker | None:
    """"Asked about that, the elder Brede shrugs.": the sentence ends in a present-tense
    verb the tagger read as a plural noun ("shrugs", "nods"), right after a known person's
    name; that person is the subject."""
    words = [t for t in sentence if not (t.is_punct or t.is_space)]
    if len(words) < 2 or words[-1].tag_ != "NNS" or resolver.in_quote[words[-1].i]:
        return None
    name = words[-2]
    if name.dep_ != "compound" or name.head.i != words[-1].i \
            or not resolver._is_person_token(name):
        return None
    return Speaker(resolver.full_name(name_text(name), name.idx), None, None, "person")


def _bare_name_subject(resolver: SpeakerResolver, sentence: Span) -> Speaker | None:
    """"Lidia Varga was asleep when it hit. “I heard the walls ...”": the main subject
    written as first name and surname, which NER may have taken for an organisation."""
    subject = next((c for c in sentence.root.children if resolver.bare_full_name(c)), None)
    if subject is None:
        return None
    return Speaker(resolver.full_name(name_text(subject), subject.idx), None, None, "person")


def verbless_name(resolver: SpeakerResolver, sentence: Span) -> Speaker | None:
    """The person a sentence the parser read as a bare noun phrase is about ("Her
    apprentice, Nils Aho, shrugs." parsed with "shrugs" as a noun)."""
    root = sentence.root
    if root.pos_ not in ("NOUN", "PROPN") or any(
            t.pos_ == "VERB" and not resolver.in_quote[t.i] for t in sentence):
        return None
    named = root if root.pos_ == "PROPN" else next(
        (c for c in root.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if named is None and root.i > sentence.start:  # "Sorel shrugs." read as one noun
        first = sentence.doc[sentence.start]
        named = first if first.dep_ == "compound" and first.head.i == root.i \
            and resolver._is_person_token(first) else None
    if named is None or named.lower_ in resolver.lex.org_nouns:
        return None
    return Speaker(resolver.full_name(name_text(named), named.idx), None, None, "person")


def subject_after(resolver: SpeakerResolver, end: int) -> Speaker | None:
    """The person who is the subject of the first sentence after offset ``end``: a feature
    opens with a quote and introduces its speaker next ("“You learn patience.” / Lotte
    Brandvik is standing among her hives.")."""
    doc = resolver.doc
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None or span.sent.end >= len(doc):
        return None
    following = doc[span.sent.end].sent
    while not any(t.is_alpha for t in following) and following.end < len(doc):
        following = doc[following.end].sent  # a closing mark the parser made a sentence
    subjects = [t for t in resolver.person_subjects(following) if t.head.dep_ == "ROOT"]
    if not subjects:
        return None
    return Speaker(resolver.full_name(name_text(subjects[0]), subjects[0].idx), None, None,
                   "person")


def introduced_after(raw: RawQuote, resolver: SpeakerResolver) -> Speaker | None:
    """A quote that opens its paragraph (or is all of it), followed by a sentence that
    opens on a person the article has not named before ("“It was terrifying.” / Maria
    Ortiz, 41, was asleep when the wall came down."): the feature introduces the speaker
    after the words."""
    text = doc_text(resolver.doc)
    if not (fills_paragraph(raw, text) or _opens_paragraph(raw, text)):
        return None
    found = subject_after(resolver, raw.end)
    if found is None or not found.name or len(found.name.split()) < 2:
        return None
    surname = found.name.split()[-1]
    if surname in text[: raw.start]:
        return None  # named before: the paragraph goes on about someone we know
    return found


def _opens_paragraph(raw: RawQuote, text: str) -> bool:
    """Only the opening mark stands between the paragraph's start and the quote."""
    start = text.rfind("\n", 0, raw.start) + 1
    return not any(c.isalnum() for c in text[start : raw.start])


def headline_speaker(text: str, raw: RawQuote, speaker: Speaker, resolved: Resolved) -> Speaker:
    """A headline quote with no speaker of its own repeats or condenses a quote of the body
    ("'If the school goes, the island dies'"): it takes the speaker of the body quote that
    shares most of its words; one that repeats none ("Ambulance delays: 'We waited nine
    hours for my mum'") is the voice the story is built on, the first person it quotes.
    A speaker read off the headline's own words without a cue ("'They took eleven years
    from him': the fight to clear Callum Reddish" names the subject of the story) gives
    way to the body quote that repeats the headline quote word for word. A quote inside
    the headline's own report ("Orsk says talks with Talvia 'constructive'") is its
    speaker's."""
    if raw.kind != "direct":
        return speaker
    above_lede = raw.subject is not None and above_the_body(raw.subject, raw.start,
                                                            raw.paragraph)
    body = not above_lede and raw.paragraph != 0 and raw.subject is not None and above_the_body(
        raw.subject, raw.start, raw.paragraph, bodies=True)  # a standfirst's "group calls"
    if (raw.paragraph == 0 or above_lede or body) and described_voice(raw, speaker):
        # "'...,' says hip patient", a dek's "Software maker's chief tells staff ...": the
        # one the body names
        named = body_named_by_noun(raw, speaker, resolved) \
            or person_repeating(text, raw, speaker, resolved, body)
        if named is not None:
            return named
    if raw.paragraph != 0 and (raw.cue or not headline_under_masthead(text, raw.paragraph)):
        return speaker
    if speaker.name and raw.cue and _modifies_noun_after(raw) and not spoken_of(raw):
        # "Teachers' unions reject 'insulting' 3.5% pay offer": a word of the object's
        # noun phrase echoes the body quote that holds it (round 51)
        return person_repeating(text, raw, speaker, resolved) or speaker
    if speaker.name and raw.cue and not _set_off_by_colon(text, raw):
        return speaker
    reporting = next((found for other, found in resolved if other.paragraph == 0
                      and other.kind == "indirect" and found.name
                      and other.start <= raw.start and raw.end <= other.end), None)
    if reporting is not None:  # "Orsk says talks 'constructive'"
        return Speaker(reporting.name, reporting.mention, reporting.role, reporting.kind)
    words = set(words_of(text[raw.start : raw.end]))
    best, best_share = speaker, 1.0 if speaker.name else HEADLINE_SHARE
    for other, found in resolved:
        if other.paragraph == 0 or not found.name or other.kind != "direct" or not words:
            continue
        share = len(words & set(words_of(text[other.start : other.end]))) / len(words)
        if share >= best_share:
            best, best_share = Speaker(found.name, None, found.role, found.kind), share
    if best.name is None:
        first = next((found for other, found in resolved if other.paragraph > 0
                      and other.kind == "direct" and found.kind == "person" and found.name),
                     None)
        if first is not None:
            best = Speaker(first.name, None, first.role, first.kind)
    return best


def headline_group(raw: RawQuote, speaker: Speaker, resolved: Resolved) -> Speaker:
    """"Corvane to delay gas project, sources say": a bare plural noun the headline gives
    as the speaker is the group the body describes with the same noun first ("three
    sources familiar with the plans told Reuters"), written as the body writes it; a
    headline's "sources" is the first source the body so describes with any noun ("two
    people familiar with the talks said", round 55)."""
    if raw.paragraph != 0 or speaker.kind != "group" or not speaker.name \
            or len(speaker.name.split()) != 1:
        return speaker
    noun = speaker.name.casefold()
    generic = noun in load_lexicon().generic_sources
    fuller = next((found for other, found in resolved if other.paragraph > 0
                   and found.kind == "group" and found.name
                   and (generic or found.name.split()[0].casefold() == noun)
                   and len(found.name.split()) > 1), None)
    return Speaker(fuller.name, speaker.mention, speaker.role, "group") if fuller else speaker


#: Tags of a word modifying the noun after it ("'insulting' 3.5% pay offer").
_ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS", "VBG", "VBN"})


def _modifies_noun_after(raw: RawQuote) -> bool:
    """"Teachers' unions reject 'insulting' 3.5% pay offer": the headline quote is a
    modifier of a noun after its closing mark, a scare quote inside the verb's object, no
    words the headline's subject says; "Minister hails 'character' of the team" (the
    object itself) stays the subject's."""
    if raw.subject is None:
        return False
    doc = raw.subject.doc
    inside = [t for t in doc if raw.start <= t.idx < raw.end and t.is_alpha]
    after = next((t for t in doc if t.idx >= raw.end and not t.is_punct), None)
    # the parser may read the adjective as the verb's complement and the noun as a verb
    return bool(inside) and (inside[-1].tag_ in _ADJECTIVE_TAGS or inside[-1].dep_ == "amod") \
        and after is not None and not _set_off_after(doc_text(doc)[raw.end : after.idx]) \
        and (after.like_num or (after.is_alpha and after.is_lower))


def _set_off_after(gap: str) -> bool:
    """A line break or a comma after the closing mark: the noun after it is no noun the
    quote modifies ("leaves patients 'paying to be ill', campaigners say", round 61)."""
    return "\n" in gap or "," in gap


def _set_off_by_colon(text: str, raw: RawQuote) -> bool:
    """"‘We are closer than ever’: Veldran and Ostria agree to ...": a headline quote set
    off by a colon is a label over the headline, whose verb ("agree") reports nothing of
    it; the body quote that repeats it says who spoke."""
    return text[raw.end : raw.end + 3].lstrip("’'\"”").startswith(":")

