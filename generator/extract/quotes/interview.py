"""Interviews printed as questions and answers ("Q: ... / A: ..."): each answer is the
interviewee's direct speech, though it carries no quotation marks.

The interviewee is the person the introduction is about: the first person who is the
subject of a sentence before the first question ("Teodora Lind took over as chief ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from generator.extract.doctext import doc_text
from generator.extract.quotes.cues import RawQuote

#: Paragraph labels of a Q&A transcript: "Q:", "Q.", "Question:" and "A:", "A.", "Answer:".
QUESTION = re.compile(r"(?:Q|Question)\s*[:.]\s+")
ANSWER = re.compile(r"(?:A|Answer)\s*[:.]\s+")


def iter_answers(doc: Doc, paragraphs: list[tuple[int, int]]) -> Iterator[RawQuote]:
    """The answers of a Q&A transcript as direct quotes (none unless the article has
    question paragraphs): "A:" paragraphs, and paragraphs right after a question labelled
    with the interviewee's name ("Whitaker: About $90 million ...", round 63).

    Args:
        doc: The parsed article.
        paragraphs: (start, end) of each paragraph.
    """
    text = doc_text(doc)
    questions = [k for k, (a, b) in enumerate(paragraphs) if QUESTION.match(text, a, b)]
    answers = [k for k, (a, b) in enumerate(paragraphs) if ANSWER.match(text, a, b)]
    if not questions:
        return
    interviewee = _interviewee(doc, paragraphs[questions[0]][0])
    yield from _labelled_answers(doc, paragraphs, questions, answers)
    for k in answers:
        start, end = paragraphs[k]
        label = ANSWER.match(text, start, end)
        content_start, content_end = label.end(), len(text[:end].rstrip())
        if content_end - content_start < 2:
            continue
        yield RawQuote(content_start, content_end, "direct", None, interviewee, start, end,
                       "interview-answer", paragraph=k)


def _interviewee(doc: Doc, before: int) -> Token | None:
    """The first person that is a sentence subject before offset ``before``."""
    for token in doc:
        if token.idx >= before:
            return None
        if token.dep_ in ("nsubj", "nsubjpass") and token.pos_ == "PROPN" \
                and token.ent_type_ in ("PERSON", ""):
            return token
    return None


#: The name labelling an answer: one to three capitalised words and a colon ("Whitaker:").
NAME_LABEL = re.compile(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})\s*:\s+")


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
        content_end = len(text[:end].rstrip())
        if label is None or content_end - label.end() < 2:
            continue
        yield RawQuote(label.end(), content_end, "direct", None, None, start, end,
                       "interview-answer", paragraph=k, label=label.group(1))
