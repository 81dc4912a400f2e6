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
    """The answers of a Q&A transcript as direct quotes (none unless the article has both
    question and answer paragraphs).

    Args:
        doc: The parsed article.
        paragraphs: (start, end) of each paragraph.
    """
    text = doc_text(doc)
    questions = [k for k, (a, b) in enumerate(paragraphs) if QUESTION.match(text, a, b)]
    answers = [k for k, (a, b) in enumerate(paragraphs) if ANSWER.match(text, a, b)]
    if not questions or not answers:
        return
    interviewee = _interviewee(doc, paragraphs[questions[0]][0])
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
