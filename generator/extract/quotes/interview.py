"""Interviews printed as questions and answers ("Q: ... / A: ..."): each answer is the
interviewee's direct speech, though it carries no quotation marks.

The interviewee is the person the introduction is about: the first person who is the
subject of a sentence before the first question ("Teodora Lind took over as chief ...").
Magazines label the questions with their own name or the interviewer's ("Horizon: Are you
angry?") and the answers with the interviewee's ("Solvang: Sometimes."), round 89.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from generator.extract.doctext import doc_text
from generator.extract.quotes.bare_interview import bare_questions
from generator.extract.quotes.cues import RawQuote

#: Paragraph labels of a Q&A transcript: "Q:", "Q.", "Question:" and "A:", "A.", "Answer:".
QUESTION = re.compile(r"(?:Q|Question)\s*[:.]\s+")
ANSWER = re.compile(r"(?:A|Answer)\s*[:.]\s+")
#: The name labelling an answer: one to three capitalised words and a colon ("Whitaker:").
NAME_LABEL = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\s*:\s+")


def iter_answers(doc: Doc, paragraphs: list[tuple[int, int]]) -> Iterator[RawQuote]:
    """The answers of a Q&A transcript as direct quotes (none unless the article has
    question paragraphs): "A:" paragraphs, and paragraphs right after a question labelled
    with the interviewee's name ("Whitaker: About $90 million ...", round 63). An answer
    goes on over the unlabelled paragraphs after it up to the next question (round 89).

    Args:
        doc: The parsed article.
        paragraphs: (start, end) of each paragraph.
    """
    text = doc_text(doc)
    questions = question_paragraphs(text, paragraphs)
    answers = [k for k, (a, b) in enumerate(paragraphs) if ANSWER.match(text, a, b)]
    if not questions:
        return
    interviewee = first_named_subject(doc, paragraphs[questions[0]][0])
    yield from _labelled_answers(doc, paragraphs, questions, answers)
    if _bare(text, paragraphs, questions):
        yield from _bare_answers(doc, paragraphs, questions, interviewee)
    for k in answers:
        start, end = paragraphs[k]
        label = ANSWER.match(text, start, end)
        content_start = label.end()
        content_end = _answer_end(text, paragraphs, k, questions, answers)
        if content_end - content_start < 2:
            continue
        yield RawQuote(content_start, content_end, "direct", None, interviewee, start,
                       max(end, content_end), "interview-answer", paragraph=k)


def question_paragraphs(text: str, paragraphs: list[tuple[int, int]]) -> list[int]:
    """The paragraphs that are an interviewer's questions: "Q:" ones, and those labelled
    with a name most of whose turns end in a question mark: the magazine's or the
    interviewer's ("Horizon: How fast is Greenland losing ice?", round 89), not a
    broadcast transcript's capitals (:mod:`.transcript` reads those)."""
    questions = [k for k, (a, b) in enumerate(paragraphs) if QUESTION.match(text, a, b)]
    turns: dict[str, list[int]] = {}
    for k, (a, b) in enumerate(paragraphs):
        label = NAME_LABEL.match(text, a, b)
        if label is not None and not label.group(1).isupper():
            turns.setdefault(label.group(1), []).append(k)
    for ks in turns.values():
        asked = sum(text[: paragraphs[k][1]].rstrip().endswith("?") for k in ks)
        if len(ks) >= 2 and 2 * asked > len(ks):
            questions.extend(ks)
    if not questions:  # no labels at all: "Why retire now? ¶ Because I ..." (round 98)
        questions = bare_questions(text, paragraphs)
    return sorted(questions)


def _bare_answers(doc: Doc, paragraphs: list[tuple[int, int]], questions: list[int],
                  interviewee: Token | None) -> Iterator[RawQuote]:
    """The answers of bare questions (:mod:`.bare_interview`): the paragraphs after each
    up to the next question; the interviewee the headline's name label when there is one
    ("Olwen Tarrant: ‘...’", the interview's usual headline), as NER may tag the name
    in the introduction an organisation."""
    text = doc_text(doc)
    interviewee = _headline_label(doc, paragraphs[0]) or interviewee
    for k in (q + 1 for q in questions):
        start, end = paragraphs[k]
        content_end = _answer_end(text, paragraphs, k, questions, [])
        yield RawQuote(start, content_end, "direct", None, interviewee, start,
                       max(end, content_end), "interview-answer", paragraph=k)


def _headline_label(doc: Doc, headline: tuple[int, int]) -> Token | None:
    """The last word of the name labelling the headline ("Olwen Tarrant: ‘...’")."""
    label = NAME_LABEL.match(doc_text(doc), *headline)
    if label is None:
        return None
    last = doc.char_span(label.start(1), label.end(1), alignment_mode="contract")
    return last[-1] if last is not None and len(last) and last[-1].pos_ == "PROPN" else None


def _bare(text: str, paragraphs: list[tuple[int, int]], questions: list[int]) -> bool:
    """Whether the questions are bare ones (:mod:`.bare_interview`), with no label."""
    return questions == bare_questions(text, paragraphs)


def _answer_end(text: str, paragraphs: list[tuple[int, int]], k: int, questions: list[int],
                answers: list[int]) -> int:
    """Where the answer of paragraph ``k`` ends: with its paragraph, or with the last of
    the unlabelled paragraphs after it when the next question follows them (one turn over
    two paragraphs, "Sometimes. I was angry ... / But anger is not a method. ...")."""
    last = k
    while last + 1 < len(paragraphs) and last + 1 not in questions \
            and last + 1 not in answers \
            and not NAME_LABEL.match(text, *paragraphs[last + 1]):
        last += 1
    if last + 1 not in questions:
        last = k  # the article's own prose after the last answer
    return len(text[: paragraphs[last][1]].rstrip())


def first_named_subject(doc: Doc, before: int) -> Token | None:
    """The first person that is a sentence subject before offset ``before``: the one an
    interview's answers (here) or a profile's Q&A box (:mod:`.qa_boxes`) belong to."""
    for token in doc:
        if token.idx >= before:
            return None
        if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "PROPN" \
                and token.ent_type_ in ("PERSON", ""):
            return token
    return None


def _labelled_answers(doc: Doc, paragraphs: list[tuple[int, int]], questions: list[int],
                      answers: list[int]) -> Iterator[RawQuote]:
    """Answers labelled with the speaker's name instead of "A:", each right after a
    question paragraph; the label is the speaker's mention, as a transcript's turn's."""
    text = doc_text(doc)
    for k in (q + 1 for q in questions):
        if k >= len(paragraphs) or k in answers or k in questions:
            continue
        start, end = paragraphs[k]
        label = NAME_LABEL.match(text, start, end)
        content_end = _answer_end(text, paragraphs, k, questions, answers)
        if label is None or content_end - label.end() < 2:
            continue
        yield RawQuote(label.end(), content_end, "direct", None, None, start,
                       max(end, content_end), "interview-answer", paragraph=k,
                       label=label.group(1))
