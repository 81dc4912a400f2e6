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

import numpy
from spacy.attrs import LEMMA, LOWER, POS
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Token

from generator.extract.datelines import without_dateline
from generator.extract.doctext import doc_text
from generator.extract.quotes.according_clauses import according_to, source_of_stranded_relative
from generator.extract.quotes.article_city import subject_past_dateline
from generator.extract.quotes.clause_ends import decided_in_clause
from generator.extract.quotes.clauses import cue_read_as_modifier, reported_clause
from generator.extract.quotes.closing_complements import closing_cue_read_as_complement
from generator.extract.quotes.cue_words import cue_text
from generator.extract.quotes.cues import (
    RawQuote,
    is_non_speaker,
    is_reporting_verb,
    phrase_object,
    plausible_speaker,
)
from generator.extract.quotes.documents import document_owner
from generator.extract.quotes.forecasts import forecast_object
from generator.extract.quotes.headline_pairs import subject_shared_with_first_verb
from generator.extract.quotes.headlines import headline_second_verb, lede_pointed_back
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.misparses import speaker_before_relative
from generator.extract.quotes.misread_objects import inverted_object, trailing_cue_on_object
from generator.extract.quotes.names import Name
from generator.extract.quotes.naming_habits import declared_result
from generator.extract.quotes.notices import notice_before_colon
from generator.extract.quotes.object_clauses import subject_outside_clause
from generator.extract.quotes.phrase_speakers import subject_of_clause_before_cue
from generator.extract.quotes.quoted_verbs import verb_quoted
from generator.extract.quotes.relative_misparses import (
    main_subject_of_root_contact_relative,
    sentence_subject_of_relative_pronoun,
    subject_of_contact_relative,
)
from generator.extract.quotes.relative_reports import (
    inner_relative_report,
    outer_without_as_report,
    outer_without_relative_report,
)
from generator.extract.quotes.rulings import ruling_court
from generator.extract.quotes.section_labels import in_section_label
from generator.extract.quotes.settings import that_clause
from generator.extract.quotes.speaker_misparses import epithet_read_as_modifier
from generator.extract.quotes.stray_that_clauses import subject_of_stray_cue
from generator.extract.quotes.teams import latest_team, stands_for_authors, team_subjects
from generator.extract.quotes.verb_subjects import subject_of

log = logging.getLogger("mkdocs.plugins.factcheck")

_TRIM = frozenset(".,;:!?-—–")
_LEADING_MARKS = frozenset({"that"})


def clause_bounds(tokens: list[Token]) -> tuple[int, int] | None:
    """Character span of a clause without the leading "that", edge punctuation and space."""
    words = [t for t in tokens if not t.is_space]
    if len(words) > 2 and words[1].text == ":" and _opens_paragraph(words[0]):
        words = words[2:]  # a notes section's label: "Kings: RHP X (elbow) had an MRI ..."
    while words and (words[0].text in _TRIM or _is_complementizer(words)):
        words.pop(0)
    while words and (words[-1].text in _TRIM or words[-1].lower_ in ("and", "but")):
        words.pop()  # "... shrugged off the standoff but | warned that ...": the joiner
    if len(words) < 2:
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _opens_paragraph(token: Token) -> bool:
    """A capitalised word at the start of the text or right after a line break."""
    before = token.doc[token.i - 1] if token.i else None
    return token.text[:1].isupper() and (before is None or "\n" in before.text)


def close_marks(text: str, bounds: tuple[int, int] | None) -> tuple[int, int] | None:
    """Take in the closing quotation mark of a partial quote that ends the clause (the
    parser hangs it on the main verb, outside the clause)."""
    if bounds is None:
        return None
    start, end = bounds
    content = text[start:end]
    unclosed = content.count("“") > content.count("”") or content.count('"') % 2 == 1
    # British copy's curly single marks: "’" is also an apostrophe, so only an opening
    # "‘" after the last "’" leaves the quote open ("was ‘deeply concerned’.")
    closers = ('”', '"', "’") if content.rfind("‘") > content.rfind("’") else ('”', '"')
    if unclosed or len(closers) == 3:
        tail = text[end : end + 2]
        if tail[:1] in closers:
            end += 1
        elif tail[:1] in ".,!?" and tail[1:2] in closers:
            end += 2  # American style puts the full stop inside: "optimistic."
    return start, end


def _is_complementizer(words: list[Token]) -> bool:
    """A leading "that" introducing the clause (not "that" as its subject: "said that was
    wrong"); the parser sometimes labels it as a pronoun."""
    first = words[0]
    if first.lower_ not in _LEADING_MARKS or len(words) < 2 or first.dep_ == "det":
        return False  # "That message, experts said, resonates": a determiner stays
    return first.dep_ == "mark" or words[1].pos_ not in ("AUX", "VERB")


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
    text = doc_text(doc)
    teams = team_subjects(doc, in_quote, lambda token: None)
    for i in _cue_candidates(doc, lex):
        token = doc[i]
        if in_quote[token.i] or in_section_label(token):
            continue  # "What they're saying: ..." is a section label, no cue
        try:
            found = _match(token, lex, in_quote)
        except Exception:  # one odd parse must not abort the article
            log.warning("quotes: skipped the cue %r at %d", token.text, token.idx, exc_info=True)
            continue
        if found is None:
            continue
        cue, subject, clause, rule = found
        if subject is not None and subject.dep_ == "appos" and subject.i in {t.i for t in clause}:
            # "CLAUSE ... two neighborhoods, city and county officials said": the parser
            # hung the speaker on the clause's last noun; the clause ends before it
            clause = [t for t in clause if t.i < subject.left_edge.i] or clause
        # ", which he argued would ...": the inner cue's words; the outer report stops before
        clause = outer_without_relative_report(inner_relative_report(token, clause, lex), lex)
        clause = outer_without_as_report(clause, lex)  # "..., as ministers insist ..."
        paragraph = paragraph_of[clause[0].i if rule == "pointed-back" else token.i]
        clause = without_dateline([t for t in clause if paragraph_of[t.i] == paragraph
                                   and not in_section_label(t)])
        bounds = close_marks(text, clause_bounds(clause))
        if bounds is None or _label_then_quote(clause, in_quote) \
                or notice_before_colon(doc[clause[0].i : clause[-1].i + 1]):
            continue  # no clause, a label, or a sign's words ("a sign ...: "Drivers wanted."")
        # a document that "says" speaks for its issuer or authors; "according to the
        # release" cites it as a source, like "the study found"
        if subject is not None and is_non_speaker(subject, lex) and (
                rule == "according-to" or not (_issued_earlier(subject, lex)
                                               or _authors_named_before(subject, teams)
                                               or ruling_court(subject, text))):
            subject = document_owner(subject, lex)  # "a statement from the ministry said"
            if subject is None or is_non_speaker(subject, lex):
                continue  # documents with no one behind them are sources, not speakers
        sent = token.sent
        yield RawQuote(bounds[0], bounds[1], "indirect", cue, subject, sent.start_char,
                       sent.end_char, rule, paragraph=paragraph)


def _cue_candidates(doc: Doc, lex: Lexicon) -> list[int]:
    """Indices of the tokens :func:`_match` may take for a cue, in order: a verb,
    "according", a forecast verb's or a phrase cue's lemma. Every other token (most of
    them) fails each of its tests; read off the doc's arrays, they cost no call each."""
    pos, lemma, lower = doc.to_array([POS, LEMMA, LOWER]).T
    strings = doc.vocab.strings
    lemmas = [key for key in set(lemma.tolist()) if (word := strings[key].casefold())
              in lex.forecast_verbs or lex.phrase_cues.get(word)]
    found = numpy.isin(pos, numpy.asarray((VERB, AUX), dtype="uint64")) \
        | (lower == numpy.uint64(strings["according"])) \
        | numpy.isin(lemma, numpy.asarray(lemmas, dtype="uint64"))
    return numpy.flatnonzero(found).tolist()


def _label_then_quote(clause: list[Token], in_quote: list[bool]) -> bool:
    """"Waiting lists: ‘I’ve been in pain ...,’ says hip patient": a headline's label and
    colon before a direct quote are no reported clause, only the quote is speech (round
    44); the parser hands the cue the label and the quoted words as its clause."""
    outside = [t for t in clause if not in_quote[t.i]]
    # "the plan had one flaw: “...”" has a verb of its own before the colon: a clause
    return bool(outside) and outside[-1].text == ":" and len(outside) < len(clause) \
        and not any(t.pos_ in ("VERB", "AUX") for t in outside)


def _authors_named_before(subject: Token, teams: list[Name]) -> bool:
    """"the paper says" after "Arriaga and his colleagues ...": the paper speaks for the
    team named before (see :mod:`.teams`); "a study found" stays a source."""
    return stands_for_authors(subject) and latest_team(teams, subject.idx) is not None


def _issued_earlier(subject: Token, lex: Lexicon) -> bool:
    """"the statement said": a statement mentioned before ("said in a statement"), which
    speaks for whoever issued it (see ``SpeakerResolver``)."""
    return subject.lower_ in lex.issued_documents and not list(subject.rights) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subject.children)


Match = tuple[str, Token | None, list[Token], str]
"""(cue text, subject token, clause tokens, rule id) of one piece of reported speech."""


def _match(token: Token, lex: Lexicon, in_quote: list[bool]) -> Match | None:
    """(cue text, subject, clause tokens, rule id) if ``token`` starts reported speech."""
    forecast = forecast_object(token, lex, in_quote)
    if forecast is not None:  # "The weather service forecast more rain ..."
        return cue_text(token, lex), subject_of(token), forecast, "forecast-object"
    if is_reporting_verb(token, lex) and not decided_in_clause(token, lex):
        lede = lede_pointed_back(token, in_quote)
        if lede is not None:  # "X disclosed this on Tuesday": the lede is X's report
            return cue_text(token, lex), subject_of(token), lede, "pointed-back"
        found = reported_clause(token, lex)
        if found is None or verb_quoted(found[0], token, in_quote) \
                or closing_cue_read_as_complement(found[0]) or declared_result(token, found[0]):
            return None  # no clause, the clause's verb quoted, "..., X told Y" misread, or
            # "declared X the winner" (round 101)
        if headline_second_verb(token):
            return None  # "Bank holds rates, says inflation “too high”": no inverted cue
        if token.lemma_.casefold() in lex.question_lemmas and asks_rather_than_states(found[0]):
            return None  # "asked whether ...", "asks that donations be made"
        if opens_indirect_question(token, found[0]):
            return None  # "say how it would be paid for", "to explain why it had not acted"
        subject = token.head if trailing_cue_on_object(token, lex) else inverted_object(
            token, lex) or subject_of(
            token.head.head.head if cue_read_as_modifier(token) else token)
        subject = speaker_before_relative(token) or subject or epithet_read_as_modifier(token) \
            or subject_of_clause_before_cue(token) or subject_of_stray_cue(token) \
            or subject_shared_with_first_verb(token)  # "leader concedes ..., says" (round 93)
        subject = source_of_stranded_relative(token, subject) or subject
        subject = subject_of_contact_relative(token, subject) or subject  # "a decision X warned"
        # "a deal they say will ...": the sentence's subject (round 88)
        subject = sentence_subject_of_relative_pronoun(token, subject) \
            or main_subject_of_root_contact_relative(token) or subject
        subject = subject_outside_clause(token, subject, found[1])  # "said income paid ..."
        subject = subject_past_dateline(subject)  # "SAN JOSE, ... (Reuters) - X said"
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


#: Verbs asking someone ("us") to say a clause: what is asked, no one's report.
_REQUESTING = frozenset({"ask", "urge", "encourage", "invite"})
#: Words opening an indirect question ("asked whether", "wondered how").
_QUESTION_WORDS = frozenset({"whether", "if", "how", "why", "what", "when", "where", "who",
                             "which", "whom", "whose"})


def asks_rather_than_states(head: Token) -> bool:
    """Whether the clause headed by ``head`` is an indirect question ("whether the bill
    would pass") or a request in the subjunctive ("that donations be made", "that he
    resign"): a bare verb with no modal and no subject-verb agreement."""
    first = min(head.subtree, key=lambda t: t.i)
    if first.lower_ in _QUESTION_WORDS or any(
            c.lower_ in _QUESTION_WORDS and c.dep_ in ("mark", "advmod", "nsubj", "dobj")
            and c.i < head.i for c in head.children):
        return True
    verb = next((c for c in head.children if c.dep_ in ("aux", "auxpass") and c.tag_ == "VB"),
                head)
    modal = any(c.tag_ == "MD" for c in head.children)
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # "asked that CNBC use only her first name": a plural-tagged verb after a singular
    # subject is the bare subjunctive the tagger missed (round 54)
    return subject is not None and not modal and (verb.tag_ == "VB" or (
        verb.tag_ == "VBP" and verb.i == head.i
        and (subject.tag_ in ("NN", "NNP") or subject.lower_ in ("he", "she", "it"))))


def opens_indirect_question(cue: Token, head: Token) -> bool:
    """Whether the clause headed by ``head`` and following the cue is an indirect question
    ("yet to say how it would be paid for", "to explain why it had not acted sooner"):
    what is asked or left open, not a claim the subject makes. The question word must be
    the clause's own first word, so a fronted adverbial clause ("said when the storm hit,
    the roof fell in") or a clause before a parenthetical cue ("When she climbed out, she
    said, ...") stays a report."""
    first = min(head.subtree, key=lambda t: t.i)
    return first.i > cue.i and first.lower_ in _QUESTION_WORDS and (
        first.head == head and first.dep_ in ("mark", "advmod", "nsubj", "nsubjpass", "dobj",
                                              "attr", "det"))  # "telling her which senators"


def _speaks(verb: Token, subject: Token | None, lex: Lexicon) -> bool:
    """Whether the verb reports someone's speech: not negated ("would not say whether"),
    not the expletive of "it is said that", and with a plausible speaker for evidential
    verbs ("the data suggest that")."""
    if any(c.dep_ == "neg" and not _quoted_after(verb, c) for c in verb.children):
        return False  # "did not say whether ...": no claim is reported
    if verb.dep_ == "xcomp" and verb.head.lemma_.casefold() in lex.refusal_verbs:
        return False  # "declined to say when ...": nothing is asserted
    if verb.dep_ == "xcomp" and verb.head.lemma_.casefold() in _REQUESTING \
            and any(c.dep_ == "dobj" for c in verb.head.children):
        return False  # "has asked us to remind exhibitors that ...": a request (round 106)
    if _is_passive(verb):
        return False  # "Asked whether ..., she said": the subject is the one asked
    if subject is not None and subject.lower_ == "it" and any(
        c.dep_ == "auxpass" for c in verb.children
    ):
        return False
    if verb.lemma_.casefold() in lex.speaker_subject_lemmas:
        return plausible_speaker(subject, lex)
    if verb.lemma_.casefold() in lex.person_subject_lemmas:
        return _person_subject(subject, lex)
    return True


def _quoted_after(verb: Token, word: Token) -> bool:
    """A word after the verb and after an opening mark: "tells lawmakers inflation fight 'not
    yet won'" negates the quoted words the parser hung on the cue, not the cue (round 91)."""
    return word.i > verb.i and any(t.is_quote for t in verb.doc[verb.i + 1 : word.i])


def _person_subject(subject: Token | None, lex: Lexicon) -> bool:
    """"a Fed official signaled that ...": a person (a name, he or she, a noun for people);
    an institution that "signalled" acts through its decision, it does not speak."""
    if subject is None:
        return False
    if subject.ent_type_ == "PERSON" or subject.lower_ in lex.person_pronouns:
        return True
    return subject.lower_ in lex.group_nouns | lex.titles and subject.tag_ == "NN"


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
