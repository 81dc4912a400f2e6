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

from generator.extract.doctext import doc_text
from generator.extract.temporal.headline import headline_start
from generator.extract.temporal.readings import Reading
from generator.extract.temporal.ruleset import setting_words

__all__ = ["weekday_in_a_present_timetable"]

#: Tags of a verb that carries its clause's tense.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Subjects that make a base form a plural present ("they put", "Britain and France put").
_PLURAL_SUBJECTS = frozenset({"NNS", "NNPS"})
_PLURAL_PRONOUNS = frozenset({"i", "we", "you", "they"})


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
    for token in span[0].sent:
        if _in_other_relative_clause(token, span):
            continue  # "the slalom, in which she won bronze last year, has its first run"
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
