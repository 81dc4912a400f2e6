"""Claims the article makes itself: which of its sentences are check-worthy, and of what kind.

A sentence without quotes (or the part of one before ", and said" / ", but officials warned"
+ reported speech) is a claim when the model scores it >= 0.5, or it carries a statistic
cue, or a prediction cue and a date (it can be checked when the day comes), or a date and a
score >= ``DATED_THRESHOLD`` (it can be checked against the record), or a ``record`` cue and
a score >= ``RECORD_THRESHOLD``. The headline is one only when it is a finite clause the
model scores >= 0.5. A sentence about a date after publication is a prediction, unless a
verb in the past tense set that date ("The court *set* a hearing for April 14": it asserts
the act), itself or as the finite verb the dated infinitive hangs from ("voted ... to borrow
..., clearing the way for construction to begin in September").
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from bisect import bisect_left
from collections.abc import Sequence

from generator.extract import Span, SpanSet, outside
from generator.extract.claims.countdown import counted_date
from generator.extract.claims.cues import (
    CueHit,
    SentenceCues,
    checkable,
    claim_kind,
    identifies_subject,
    load_cues,
)
from generator.extract.claims.sentences import (
    headline_bounds,
    is_finite_clause,
    is_statement,
    timexes_within,
)
from generator.extract.doctext import doc_text
from generator.extract.hits import Claim, Quote, Sentence, Timex

#: Score a sentence with a ``record`` cue needs to be a claim (0.5 without the cue).
RECORD_THRESHOLD = 0.4
#: Score an undated forecast needs to be a claim ("But the launch could be disrupted by a
#: dispute with pilots", 0.41; round 20): as a record, it can be checked when it comes true.
PREDICTION_THRESHOLD = 0.4
#: Score a sentence that dates what it tells of needs to be a claim: "Dahlgren was charged
#: the following month" can be checked against the record (court files, logs, minutes). On
#: the blind event set every dated sentence is a gold claim whatever its score; the floor
#: only keeps out what the model finds empty ("Thanks to all who came on Sunday").
DATED_THRESHOLD = 0.2


def statement_claims(
    doc,
    sentences: Sequence[Sentence],
    quotes: Sequence[Quote],
    cues: Sequence[CueHit] | SentenceCues,
    timexes: Sequence[Timex],
    published: dt.date | None = None,
) -> list[Claim]:
    """Claims the article itself makes: sentences without quotes (or the part before a
    reported clause, see ``own_part``) that score >= 0.5 or carry a statistic (see
    ``selected``); one about a date after ``published`` is a prediction. ``cues`` are the
    doc's claim cues, or a ``SentenceCues`` that finds them only in the sentences read."""
    quoted = SpanSet((q.start, q.end) for q in quotes)
    text = doc_text(doc)
    headline = headline_bounds(text)
    claims = []
    for sentence in sentences:
        if sentence.boilerplate:
            continue
        if not quoted.outside(sentence.start, sentence.end):
            sentence = own_part(text, sentence, quotes)
        if sentence is None or not is_statement(doc, sentence):
            continue
        found = cues.within(doc, sentence.start, sentence.end) \
            if isinstance(cues, SentenceCues) else cues
        kinds = sentence_kinds(doc, sentence, found, timexes, published)
        if (sentence.start, sentence.end) == headline:
            if sentence.checkworthiness < 0.5 or not is_finite_clause(doc, sentence):
                continue
        elif not (selected(sentence.checkworthiness, kinds,
                           dated=has_date(timexes, sentence.start, sentence.end))
                  or checkable(found, sentence.start, sentence.end)):
            continue
        claims.append(Claim(
            start=sentence.start,
            end=sentence.end,
            text=text[sentence.start:sentence.end],
            kind=claim_kind(kinds),
            speaker=None,
            sentence_start=sentence.start,
            sentence_end=sentence.end,
            checkworthiness=sentence.checkworthiness,
            timexes=timexes_within(timexes, sentence.start, sentence.end),
        ))
    return claims


def sentence_kinds(
    doc,
    sentence: Sentence,
    cues: Sequence[CueHit],
    timexes: Sequence[Timex],
    published: dt.date | None,
) -> set[str]:
    """The cue kinds of the sentence, with ``prediction`` when it dates a happening after
    ``published``. A statistic in an aside on the subject does not count (see
    ``subject_asides``), nor an ordinal that only says which one the subject is ("The
    *first* patient was admitted ..."); a future in an aside does ("The works, *which will
    cost £38m*, were first planned for last summer" is a prediction)."""
    asides = subject_asides(doc, sentence)
    kinds = {c.kind for c in cues if sentence.start <= c.start and c.end <= sentence.end
             and (c.kind != "statistic" or (outside(asides, c.start, c.end)
                                            and not identifies_subject(doc, c)))}
    # "Her ruling takes effect in 30 days": a length that dates a coming happening (round 31)
    counted = _counted_dates(doc, timexes, published) if published is not None else timexes
    if published is not None and dated_after(counted, sentence.start, sentence.end,
                                             published, doc):
        kinds.add("prediction")
    return kinds


#: The doc, timexes and publication date ``_counted_dates`` was last asked about, and its list.
_last_counted: list = [None, None, None, -1, None]


def _counted_dates(doc, timexes: Sequence[Timex], published: dt.date) -> list[Timex]:
    """``timexes`` with each length after "in" read as the date it points at
    (``counted_date``), made once per doc and list rather than once per sentence."""
    if not (_last_counted[0] is doc and _last_counted[1] is timexes
            and _last_counted[2] == published and _last_counted[3] == len(timexes)):
        _last_counted[:] = [doc, timexes, published, len(timexes),
                            [counted_date(doc, t, published) or t for t in timexes]]
    return _last_counted[4]


def subject_asides(doc, sentence: Sentence) -> list[Span]:
    """Character spans of the asides on the subject, set off by commas: a relative clause or
    an apposition that only says who acts ("City, *who finished ninth in 2024*, can still
    add the cup"; "The Green Party, *the smallest of the three*, had threatened ..."). A
    figure there does not make the sentence a statistic: its claim is the rest. A bare
    figure in apposition is the subject's value, not who acts ("The record, *38.9C*, was set
    at Halbury", round 30: ``gives_value``)."""
    span = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
    asides = []
    for token in span if span is not None else ():
        if token.dep_ not in ("relcl", "appos") or token.head.dep_ not in ("nsubj", "nsubjpass") \
                or gives_value(token):
            continue
        first, last = token.left_edge.i, token.right_edge.i
        if first > 0 and doc[first - 1].text == "," and last + 1 < len(doc) \
                and doc[last + 1].text == ",":
            asides.append((doc[first].idx, doc[last].idx + len(doc[last])))
    return asides


def gives_value(token) -> bool:
    """Whether an apposition is a bare figure ("The record, *38.9C*, ..."): the value of the
    subject it hangs on."""
    return token.dep_ == "appos" and token.tag_ == "CD" and any(c.isdigit() for c in token.text)


def relative_report(quoted: str, speaker: str, cue: str) -> bool:
    """Whether a reported clause opens with a relative pronoun, its speaker and its cue ("Voters
    ... will choose a new MP tomorrow in a by-election *that both main parties say* is too
    close to call", round 40): what comes before it is the article's own."""
    if not quoted.startswith(("that", "which", "who")) or cue not in quoted:
        return False  # what every match needs, checked before compiling a pattern per quote
    return re.match(rf"(?:that|which|who)\s+{speaker}{re.escape(cue)}\b", quoted) is not None


#: The quotes ``_quote_index`` was last asked about, their number and the index.
_last_quotes: list = [None, -1, None]


def _quote_index(quotes: Sequence[Quote]) -> tuple[list[Quote], list[int], SpanSet]:
    """``quotes`` sorted by start (ties in their order), their starts, and their spans as a
    ``SpanSet``, made once per list (``own_part`` asks for every sentence with a quote)."""
    if _last_quotes[0] is not quotes or _last_quotes[1] != len(quotes):
        ordered = sorted(quotes, key=lambda q: q.start)
        _last_quotes[:] = [quotes, len(quotes), (ordered, [q.start for q in ordered],
                                                 SpanSet((q.start, q.end) for q in quotes))]
    return _last_quotes[2]


def own_part(text: str, sentence: Sentence, quotes: Sequence[Quote]) -> Sentence | None:
    """What the sentence asserts before it hands over to reported speech ("The company will
    close its factory next year, cutting 240 jobs, *and said* it would buy back shares";
    "The Commission opened an investigation, *saying* the deal could raise prices"; "Some
    4,000 residents were allowed home on Wednesday, *but officials warned* that ..."): the
    clause before ", and <cue>" or ", <cue>ing" (either maybe with the speaker before the
    cue, and "but" for "and"), or everything before the reported clause when the cue is in
    an adverbial clause ("The route was changed after residents complained last year that
    ...", see ``subordinate_handover``), when the sentence's first quote is reported; else
    None."""
    ordered, starts, spans = _quote_index(quotes)
    at = bisect_left(starts, sentence.start)  # the first quote starting in the sentence
    first = ordered[at] if at < len(ordered) and starts[at] < sentence.end else None
    if first is None or first.kind != "indirect" or not first.cue \
            or not spans.outside(sentence.start, first.start):
        return None
    before = text[sentence.start:first.start]
    # ", and said ..." hands over; so does a bare ", saying ..." (a participle)
    joint = r"(?:,?\s+(?:and|but)|,)" if first.cue.endswith("ing") else r",?\s+(?:and|but)"
    mention = first.speaker_mention
    speaker = rf"(?:{re.escape(mention)}\s+)?" if mention else ""
    handover = re.search(rf"{joint}\s+{speaker}{re.escape(first.cue)}\s+(?:that\s+)?$",
                         before) if _may_end_with_cue(before, first.cue) else None
    if handover is not None:
        end = handover.start()
    elif subordinate_handover(before, speaker, first.cue):
        end = len(re.sub(r"\s*(?:\bthat\s*)?$", "", before))  # "... complained last year"
    elif relative_report(text[first.start:first.end], speaker, first.cue):
        end = len(before.rstrip())  # "in a by-election *that both main parties say* is ..."
    else:
        return None
    return Sentence(sentence.start, sentence.start + end, sentence.checkworthiness,
                    sentence.boilerplate)


def subordinate_handover(before: str, speaker: str, cue: str) -> bool:
    """Whether the reporting verb sits in a clause opened by one of the cue file's
    ``handover_subordinators`` after a main clause ("The route was changed *after* residents
    complained last year that ..."): the main clause and the complaint itself are the
    article's claim, what was complained of is reported."""
    words = "|".join(map(re.escape, load_cues().handover_subordinators))
    return bool(words) and cue in before and _subordinator(words).search(before) is not None \
        and re.search(rf"\w.*\s(?:{words})\s+{speaker}{re.escape(cue)}\b", before) is not None


# The two patterns above are built per quote (its speaker and cue), so each search compiles
# one; these cheap checks of what every match needs skip most of those compilations.
def _may_end_with_cue(before: str, cue: str) -> bool:
    """Whether ``before`` may end with the cue, blanks, and maybe "that" and blanks: False
    only where the handover pattern cannot match."""
    if not cue or cue != cue.rstrip():
        return True
    stripped = before.rstrip()
    if stripped == before:
        return False
    if stripped.endswith(cue):
        return True
    rest = stripped[:-4]
    return stripped.endswith("that") and rest != rest.rstrip() and rest.rstrip().endswith(cue)


@functools.lru_cache(maxsize=8)
def _subordinator(words: str) -> re.Pattern:
    """A subordinator between blanks, which ``subordinate_handover``'s pattern needs."""
    return re.compile(rf"\s(?:{words})\s+")


def selected(score: float, kinds: set[str], dated: bool = False) -> bool:
    """Whether an article sentence with this score and these cue kinds is a claim; a
    prediction with a date (``dated``: "Parliament is due to approve the package on
    Thursday") can be checked when the day comes, whatever its score, an undated one from
    ``PREDICTION_THRESHOLD``, and any other dated sentence from ``DATED_THRESHOLD``."""
    return (score >= 0.5 or "statistic" in kinds
            or ("prediction" in kinds and (dated or score >= PREDICTION_THRESHOLD))
            or (dated and score >= DATED_THRESHOLD)
            or ("record" in kinds and score >= RECORD_THRESHOLD))


def dated_after(timexes: Sequence[Timex], start: int, end: int, published: dt.date,
                doc=None) -> bool:
    """Whether a date inside ``[start, end)`` begins after the publication date and, when
    ``doc`` is given, dates a happening rather than a period a noun covers ("agreed on a
    *budget for next year*" tells of no future happening)."""
    return any(t.type in ("DATE", "TIME") and t.range is not None
               and t.range.start > published
               and not (doc is not None and (names_period(doc, t) or arranged_before(doc, t)))
               for t in timexes_within(timexes, start, end))


def names_period(doc, timex: Timex) -> bool:
    """Whether the date only says what a noun covers ("a budget *for next year*"); the rule
    is the events filter's (``generator.extract.events.periods.covers_period``)."""
    # imported here: the events package imports the claims package
    from generator.extract.events.periods import covers_period
    from generator.extract.events.rules import load_event_rules

    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    return span is not None and covers_period(span, load_event_rules())


def arranged_before(doc, timex: Timex) -> bool:
    """Whether the later date belongs to a verb in the past tense: the sentence asserts what
    was done, an arrangement made ("Unions *called* a meeting for Monday", "The court *set* a
    hearing for April 14", "The trial *was adjourned* until April 20") or a fact of record
    ("Tickets for Saturday's match *sold out*"), not what will happen; or to what someone
    had aimed at or asked for, since replaced ("Tessimar *had originally aimed* to start
    output in the third quarter", ``events.superseded.replaced_intent``), or a plan in the past
    perfect ("He *had been due* to be sentenced on Oct. 2", ``events.superseded.superseded_due``,
    round 18), or one set off on a subject that was called off or moved since ("The regatta,
    *due to be held* on August 29, was cancelled on Wednesday", round 45,
    ``events.superseded.replaced_plan_aside`` and ``aside_plan_date``): a plan that no longer
    stands predicts nothing, even with its date to come."""
    # imported here: the events package imports the claims package
    from generator.extract.events.anchor_heads import clause_verb
    from generator.extract.events.rules import load_event_rules
    from generator.extract.events.superseded import (
        aside_plan_date,
        replaced_intent,
        replaced_plan_aside,
        superseded_due,
    )
    from generator.extract.events.tenses import is_past

    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None:
        return False
    verb, rules = clause_verb(span.root), load_event_rules()
    return is_past(verb) or is_past(finite_governor(verb)) or perfect_act(finite_governor(verb)) \
        or replaced_intent(verb, rules) or superseded_due(verb, rules, lapsed=False) \
        or replaced_plan_aside(verb, rules) or aside_plan_date(span, verb, rules) \
        or called_off_aside(verb, rules)


def called_off_aside(verb, rules) -> bool:
    """Whether the date is that of a planning participle set off on the subject of a verb that
    calls it off with no date of its own ("A night bus trial ..., *planned for November*, has
    been dropped to free up drivers", round 54): the plan no longer stands, the sentence
    asserts the dropping."""
    # imported here: the events package imports the claims package
    from generator.extract.events.status import called_off, calling_off

    holder = verb.head
    if calling_off(verb, rules) is not None:
        return True  # round 55: "An open day *that would have let* residents walk the runway
        # on Saturday, September 27, has been cancelled", a relative clause on the subject
    return verb.dep_ == "acl" and verb.lemma_.lower() in rules.status["planned"].lemmas \
        and holder.dep_ in ("nsubj", "nsubjpass") and holder.head.i != holder.i \
        and called_off(holder.head, rules)


def perfect_act(verb) -> bool:
    """Whether the verb is an active present perfect ("The unions *have called* a second
    strike for March 19 and 20", round 19): a past act that sets a fixture, as "called a
    meeting for Monday" is; the sentence asserts the act, not what will happen."""
    children = list(verb.children)
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in children) \
        and not any(c.dep_ == "auxpass" or c.tag_ == "MD" for c in children)


def finite_governor(verb):
    """The finite verb a non-finite one hangs from, through infinitives and participles
    ("Council *voted* 7-4 to borrow $420 million, clearing the way for construction to
    *begin* in September": a past act arranged the later date, round 15); ``verb`` itself
    when it is finite or has a modal of its own ("said it *will launch*")."""
    from generator.extract.events.anchor_heads import clause_verb

    token = verb
    for _ in range(4):
        if not non_finite(token) or token.head.i == token.i:
            return token
        head = token.head
        token = clause_verb(head) if head.pos_ in ("NOUN", "PROPN") else head
    return token


def non_finite(verb) -> bool:
    """Whether the verb is an infinitive with "to" or a bare participle, hung from another
    clause (``xcomp``, ``advcl``, ``relcl``, ``acl``; ``prep`` for a participle the parser
    read as a preposition: "voted 4-3 to move to a four-day week *starting* Aug. 18", round
    22), with no modal of its own."""
    children = list(verb.children)
    if verb.dep_ not in ("xcomp", "advcl", "relcl", "acl", "prep") or any(
            c.tag_ == "MD" for c in children):
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children) or (
        verb.tag_ in ("VBG", "VBN") and not any(c.dep_ in ("aux", "auxpass") for c in children))


def has_date(timexes: Sequence[Timex], start: int, end: int) -> bool:
    """Whether a resolved calendar date (DATE or TIME) lies inside ``[start, end)``."""
    return any(t.type in ("DATE", "TIME") and t.range is not None
               for t in timexes_within(timexes, start, end))
