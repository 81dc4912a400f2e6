"""Interviews printed as bare questions and answers, with no "Q:"/"A:" and no names
(round 98): "Why retire now? ¶ Because I am tired, and because my garden has waited
long enough ...". A run of short one-sentence question paragraphs, each followed by a
paragraph in the first person outside quotation marks, is a Q&A: the questions are the
interviewer's, each answer the interviewee's direct speech (:mod:`.interview` reads them
as it reads labelled ones).

Two such pairs at least, and at least half of the questions addressing "you": a feature's
rhetorical questions followed by the writer's own "I" are no interview.
"""

from __future__ import annotations

import re

#: Most words of a bare question paragraph.
QUESTION_WORDS = 30
#: Fewest question-and-answer pairs that make a Q&A.
FEWEST_PAIRS = 2
#: Any quotation mark: a question or answer holding one is narration with quotes, not a turn.
_MARKS = re.compile(r"[\"“”«»]|(?:^|\s)['‘]")
#: A sentence end inside the paragraph (the question is one sentence).
_INNER_STOP = re.compile(r"[.!?…]\s+\S")
#: A label opening the paragraph ("Q:", "A.", "LEVIN:", "MARCUS LEVIN, HOST:", "Varga:"):
#: a labelled transcript, which :mod:`.interview` and :mod:`.transcript` read.
_LABEL = re.compile(r"(?:Q|A)\.\s|[A-Z][\w'’.-]*(?:[ ,]+[\w'’.-]+){0,4}\s*:\s")
#: The interviewer addressing the interviewee.
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
#: The interviewee speaking in the first person.
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|me|we|our|us)\b")


def bare_questions(text: str, paragraphs: list[tuple[int, int]]) -> list[int]:
    """The indices of bare question paragraphs, when at least :data:`FEWEST_PAIRS` of them
    are each followed by a first-person answer paragraph; none otherwise."""
    found = [k for k in range(2, len(paragraphs) - 1)
             if _is_question(text[slice(*paragraphs[k])])
             and _is_answer(text[slice(*paragraphs[k + 1])])]
    # an interviewer asks the interviewee ("Is there a case you still think about?"); a
    # columnist's own questions ask the reader or no one
    addressed = sum(bool(_SECOND_PERSON.search(text[slice(*paragraphs[k])])) for k in found)
    return found if len(found) >= FEWEST_PAIRS and 2 * addressed >= len(found) else []


def _is_question(paragraph: str) -> bool:
    line = paragraph.strip()
    return line.endswith("?") and len(line.split()) <= QUESTION_WORDS and not _LABEL.match(line) \
        and not _INNER_STOP.search(line) and not _MARKS.search(line) and line[:1].isupper()


def _is_answer(paragraph: str) -> bool:
    line = paragraph.strip()
    return bool(line) and not line.endswith("?") and line[:1] not in "\"“‘'«" \
        and not _LABEL.match(line) \
        and bool(_FIRST_PERSON.search(_outside_marks(line)))


def _outside_marks(line: str) -> str:
    """The words of ``line`` outside double quotation marks (a quoted "I" is someone
    else's)."""
    return re.sub(r"“[^”]*”|\"[^\"]*\"", " ", line)
