"""A weekday in a sentence told wholly in the present is one still to come.

News reports what happened in the past tense, so a weekday in a present clause is read as the
one gone by ("Shares are up 3% since Friday" aside). A sentence with no past verb at all that
dates its present verb by a weekday is a timetable, though: "On Tuesday evening the best view
from London is between 6:45 p.m. and 7:40 p.m.", "From Sydney it is best seen from 4:30 a.m.
on Wednesday", "The new moon on Tuesday keeps skies dark this week" (round 41's comet story,
told on Monday, Oct. 20, 2025) are the coming Tuesday and Wednesday, as "For fans in
California that means staying up until 11:30 p.m. PDT on Thursday" (round 38) is the coming
Thursday. A verb whose past is its base form ("put", "set", "cut") is read by its subject and
its neighbours: "Britain and most of Europe put their clocks back an hour on Sunday, so from
that evening the London window opens at 5:45 p.m." is the coming Sunday, where "Delia, a
Category 3 storm, put its eye over Grand Isle at 3:40 a.m. Tuesday" (a singular subject, so
the past) and "Firefighters put out the last hotspots on Saturday" (no other verb to say it is
a present; events round 41) stay the days gone by (temporal.yaml ``same_past_verbs``). A
headline (historic present), a weekday's possessive ("Friday's vote") or a plural weekday ("on
Fridays", a habit) keeps its reading.
"""

from __future__ import annotations

import re

from generator.extract.doctext import doc_text
from generator.extract.temporal.cues import cue_pattern, cue_words
from generator.extract.temporal.governor import date_preposition
from generator.extract.temporal.headline import headline_start
from generator.extract.temporal.perfect import governing_verb
from generator.extract.temporal.readings import Reading
from generator.extract.temporal.ruleset import setting_words

__all__ = ["deadline_ahead", "weekday_compared_against", "weekday_in_a_present_timetable",
           "weekday_in_a_clause_ahead"]

#: A deadline granted in the present: "Households have until Monday to mail their forms".
_HAVE_UNTIL = cue_pattern("deadline-have-until")
#: A deadline's "by": "must deliver the totals by Dec. 31".
_BY = cue_pattern("deadline-by")


def deadline_ahead(doc, text: str, start: int, end: int) -> bool:
    """True for a deadline told in the present, which lies ahead however the story is told.

    "Households that have not mailed back their forms have until Monday to do so ..., the
    Census Bureau said Friday" (round 44) is the coming Monday; "The bureau must deliver state
    totals ... by Dec. 31" (April 2010) the coming Dec. 31. "had until Monday" and "had to
    deliver by Dec. 31" keep the past.
    """
    if _HAVE_UNTIL.search(text, max(0, start - 16), start):
        return True
    if not _BY.search(text, max(0, start - 4), start):
        return False
    verb = governing_verb(doc, start, end)
    if verb is not None and any(c.dep_ == "aux" and c.lower_ == "must" for c in verb.children):
        return True
    # the parser may hang "by Dec. 31" on a relative clause in between: read the words
    return _MUST_BY.search(text, max(0, start - 150), start) is not None


#: "must" and its deadline's "by" in one clause of words ("must deliver totals, which decide
#: how seats are shared out, to the president by").
_MUST_BY = cue_pattern("deadline-must-by")

#: What a yardstick follows: "higher than Wednesday's forecast", "compared with Friday's";
#: not "starting with Saturday's trip" (events ev107), still to come.
_YARDSTICK = cue_pattern("weekday-yardstick")


def weekday_compared_against(text: str, start: int, end: int, reading: Reading) -> bool:
    """True for a weekday's possessive a figure is measured against: a known one, gone by.

    "The river will crest at 37.6 feet Saturday afternoon, more than a foot higher than
    Wednesday's forecast" (round 43, Thursday's story) compares the coming crest with the
    forecast made the day before; the future of the main clause does not reach the yardstick.
    """
    return (reading.weekday is not None and reading.month is None
            and reading.direction is None and text[end:end + 2] in ("'s", "\u2019s")
            and _YARDSTICK.search(text, max(0, start - 16), start) is not None)


#: Tags of a verb that carries its clause's tense.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Subjects that make a base form a plural present ("they put", "Britain and France put").
_PLURAL_SUBJECTS = frozenset({"NNS", "NNPS"})
_PLURAL_PRONOUNS = frozenset(cue_words("plural-pronouns", "pronoun"))
#: Conjunctions of a time clause whose non-past verb tells of what is still to come.
_AHEAD_MARKS = frozenset(cue_words("clause-ahead-marks", "mark"))
#: Tags and auxiliaries of a past clause.
_PAST_TAGS = frozenset({"VBD", "VBN"})
_PAST_AUX = frozenset(cue_words("clause-ahead-marks", "past_aux"))


def weekday_in_a_clause_ahead(doc, start: int, end: int, reading: Reading) -> bool:
    """True for a bare weekday dating a "before"/"until" clause not told in the past.

    English tells the future of a time clause in the present: "resumed talks on Sunday to agree
    a rescue before financial markets open on Monday" (round 43, Sunday's story) is the coming
    Monday, however past the main clause; "before markets opened on Monday" is the one gone by,
    and "before the vote on Monday", with no verb, keeps the main clause's tense. The parser
    often takes "open" there for an adjective, so the clause is read off the words.
    """
    if (reading.weekday is None or reading.month is not None or reading.direction is not None):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    first = span[0].sent.start
    # "before the West German mark becomes their currency on Sunday" (round 49): nine words back
    mark = next((k for k in range(span.start - 1, max(first, span.start - 10) - 1, -1)
                 if doc[k].lower_ in _AHEAD_MARKS or doc[k].is_punct), None)
    if mark is None or doc[mark].is_punct:
        return False
    words = doc[mark + 1:span.start]
    if not words or words[0].pos_ not in ("NOUN", "PROPN", "PRON", "DET", "ADJ"):
        return False
    if any(w.tag_ in _PAST_TAGS or w.lower_ in _PAST_AUX or w.tag_ == "MD" for w in words):
        return False
    return any(w.tag_ in ("VBP", "VBZ") or (w.lower_ in _OPEN_WORDS and w.tag_ == "JJ")
               for w in words)


#: Present verbs the parser takes for adjectives after a plural subject ("markets open").
_OPEN_WORDS = frozenset(cue_words("open-read-as-adjective", "verb"))


def weekday_of_a_verb_read_as_adjective(doc, start: int, end: int, reading: Reading) -> bool:
    """True for a bare weekday of "open"/"close" the parser made an adjective after its noun.

    "Dearborn schools, where about a third of pupils are Muslim, close for the holidays on
    Tuesday and reopen on Jan. 4" (round 49, a Friday's story): the parser hangs "close" on
    "schools" as an adjective, though an adjective does not follow its noun so; it is the
    present of a timetable, and the weekday is the coming one (the tense was left open).
    """
    if reading.weekday is None or reading.month is not None or reading.direction is not None:
        return False
    prep = date_preposition(doc, start, end)
    if prep is None or prep.dep_ != "prep":
        return False
    word = prep.head
    return (word.lower_ in _OPEN_WORDS and word.tag_ == "JJ" and word.dep_ == "amod"
            and word.head.i < word.i and word.head.tag_.startswith("NN"))


def weekday_in_a_present_timetable(doc, start: int, end: int, reading: Reading,
                                   tense: str | None) -> bool:
    """True for a bare weekday at ``start:end`` in a sentence told wholly in the present."""
    if (reading.weekday is None or reading.month is not None or reading.direction is not None
            or tense not in ("present", "past")):
        return False
    text = doc_text(doc)
    if text[end:end + 2] in ("'s", "\u2019s") or text[start:end].lower().endswith("days"):
        return False
    if headline_start(text, start, end) is not None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    present = False
    sent = span[0].sent
    quotes = _quotes(text, sent.start_char, sent.end_char)
    own = next(((a, b) for a, b in quotes if a <= start < b), None)
    for token in sent:
        if _in_other_relative_clause(token, span):
            continue  # "the slalom, in which she won bronze last year, has its first run"
        if _apart_from_its_quote(token, own, quotes, text):
            continue  # '"The first Seder is Friday night," she said': the quote's own tense
        if token.tag_ == "VBN" and _bare_or_perfect(token):
            return False  # "The satellites launched on Wednesday will be raised", "has closed"
        if token.tag_ not in _FINITE and not (token.tag_ == "VB" and _has_subject(token)):
            continue
        if token.tag_ in ("VBD", "VB", "VBP") and token.lower_ in setting_words("same_past_verbs"):
            # "put", "set": past or present as its subject says
            if not _plural_subject(token):
                return False
            continue  # it takes the tense of the sentence's other verbs
        if token.tag_ == "VBD" or _perfect(token):
            return False
        present = True
    return present


#: Quotation marks, straight or curly.
_QUOTE_MARKS = re.compile(r'["\u201c\u201d]')
#: Verbs that attribute a quote after it: '"...," she said'.
_SAYING = frozenset(cue_words("quote-saying-verbs", "verb"))


def _quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each quoted stretch between ``start`` and ``end``, marks paired in order
    (a quote left open runs to ``end``)."""
    marks = [m.start() for m in _QUOTE_MARKS.finditer(text, start, end)]
    return [(a, b + 1 if b is not None else end)
            for a, b in zip(marks[::2], [*marks[1::2], None])]


def _apart_from_its_quote(token, own: tuple[int, int] | None, quotes: list[tuple[int, int]],
                          text: str) -> bool:
    """True for a word a weekday's tense does not hang on across quotation marks: outside the
    quote holding the weekday, or, for a weekday outside quotes, inside another quote or the
    verb attributing it ("she said" right after it; a sentence the splitter ran on past "4
    p.m.." into a quote, round 50)."""
    if own is not None:
        return not own[0] <= token.idx < own[1]
    if any(a <= token.idx < b for a, b in quotes):
        return True
    return (token.lemma_.lower() in _SAYING and token.tag_ == "VBD"
            and any(0 <= token.idx - b <= 12 for _, b in quotes))


def _in_other_relative_clause(token, span) -> bool:
    """True for a word of a relative clause that does not hold the weekday."""
    for node in (token, *token.ancestors):
        if node.dep_ == "relcl":
            return not (node.left_edge.i <= span.start and span.end <= node.right_edge.i + 1)
    return False


def _has_subject(verb) -> bool:
    return any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)


def _plural_subject(verb) -> bool:
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return verb.dep_ == "conj" and _plural_subject(verb.head)
    subject = subjects[0]
    return (subject.tag_ in _PLURAL_SUBJECTS or subject.lower_ in _PLURAL_PRONOUNS
            or any(child.dep_ == "conj" for child in subject.children))


def _bare_or_perfect(participle) -> bool:
    """True for a participle with no auxiliary ("halted Saturday") or a perfect's ("has
    halted"); a passive's ("is best seen") is neither."""
    auxes = [child for child in participle.children if child.dep_ in ("aux", "auxpass")]
    return not auxes or any(aux.lemma_ == "have" for aux in auxes)


def _perfect(verb) -> bool:
    """True for a present perfect's auxiliary ("has closed since Friday")."""
    return verb.lemma_ == "have" and verb.dep_ == "aux" and verb.head.tag_ == "VBN"
