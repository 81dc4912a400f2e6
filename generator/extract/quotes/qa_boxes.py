"""A box of quick questions and answers inside a profile (round 101).

"LIGHTNING ROUND ¶ Favorite element? / Neon. It's lazy and it glows. I relate. / Worst lab
accident? / Spring of 1997. ...": a school paper's or magazine's box prints short
questions, each on its own line, with the answer on the next, no marks and no labels. Each
answer is the profiled person's direct speech (build_gold.py: Q&A answers are the
interviewee's direct quotes); the questions are the paper's. Only a paragraph made wholly of
such pairs counts, so a question in running prose stays the writer's.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from generator.extract.doctext import doc_text
from generator.extract.quotes.cues import RawQuote
from generator.extract.quotes.interview import first_named_subject

#: Most words of a box's question ("Favorite element?", "Worst lab accident?").
_QUESTION_WORDS = 8
#: Marks that open a quote: an answer in marks is read as one already.
_MARKS = ('"', "“", "‘", "'")


def iter_box_answers(doc: Doc, paragraphs: list[tuple[int, int]]) -> Iterator[RawQuote]:
    """The answers of each question-and-answer box as direct quotes, their speaker the
    first person subject of the story before the box."""
    text = doc_text(doc)
    for block in _blocks(text, paragraphs):
        pairs = _pairs(text, [paragraphs[k] for k in block])
        if not pairs:
            continue
        subject = first_named_subject(doc, paragraphs[block[0]][0])
        for n, (answer_start, answer_end) in enumerate(pairs):
            k = block[2 * n + 1]
            yield RawQuote(answer_start, answer_end, "direct", None, subject, answer_start,
                           answer_end, "interview-answer", paragraph=k)


def _blocks(text: str, paragraphs: list[tuple[int, int]]) -> list[list[int]]:
    """Runs of lines (indices into ``paragraphs``) with no blank line between them."""
    blocks: list[list[int]] = []
    for k, (start, _) in enumerate(paragraphs):
        joined = k > 0 and text.count("\n", paragraphs[k - 1][1], start) == 1
        if joined:
            blocks[-1].append(k)
        else:
            blocks.append([k])
    return blocks


def _pairs(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each answer line of a run of lines made only of short question
    lines each followed by one answer line; none for any other run."""
    if len(lines) < 2 or len(lines) % 2:
        return []
    found = []
    for (qa, qb), (aa, ab) in zip(lines[::2], lines[1::2], strict=True):
        question, answer = text[qa:qb].strip(), text[aa:ab].strip()
        if not question.endswith("?") or len(question.split()) > _QUESTION_WORDS \
                or answer.endswith("?") or answer.startswith(_MARKS):
            return []
        found.append((aa + len(text[aa:ab]) - len(text[aa:ab].lstrip()),
                      aa + len(text[aa:ab].rstrip())))
    return found
