"""Check-worthiness of sentences: the shipped spaCy model (two ``textcat`` components whose
mean is the score), loaded once.

The model lives in ``generator/trained/checkworthy/`` (package data, written by
``python -m generator.training.checkworthy``). Its raw probability is mapped so that the
threshold chosen at training time becomes 0.5: the rest of the project only knows the rule
"checkworthiness >= 0.5 means check-worthy". That threshold is the F1-best cut on the development
ids at training time (``generator.training.thresholds``).

``score_doc`` scores the sentences of a parsed ``Doc``. The parser sometimes cuts one sentence
in two ("The bridge cost more than we" | "were ever told."; "MODERATOR:" | "Time is up.").
A piece like that is not what the model was trained on and its score is noise, so a piece
that does not end a sentence is scored together with the pieces after it on the same line
(``scoring_groups``), and each piece gets the score of its whole group.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.extract.doctext import doc_text

#: Positive label of the textcat components.
LABEL = "CHECKWORTHY"
#: The other (exclusive) label.
OTHER = "OTHER"
#: Where the shipped model is, next to this package.
MODEL_DIR = Path(__file__).resolve().parent.parent / "trained" / "checkworthy"
_DIGITS = re.compile(r"\d")
#: Characters that end a sentence; closing quotes and brackets after them are skipped.
_FINAL = ".!?\u2026"
_CLOSERS = "\"'\u2019\u201d)]"


class ScorerNotFound(RuntimeError):
    """The check-worthiness model is missing or unreadable."""


@dataclass(frozen=True)
class Scorer:
    """A loaded check-worthiness model and the threshold it was tuned to."""

    nlp: Any
    """The spaCy pipeline (blank English + its text classifiers, ``classifiers``)."""
    threshold: float
    """Raw probability that counts as check-worthy; mapped to 0.5 by ``calibrate``."""

    def score(self, texts: Sequence[str], batch_size: int = 256) -> list[float]:
        """Calibrated scores in 0..1, one per text (see ``calibrate``)."""
        raw = raw_scores(self.nlp, texts, batch_size)
        # A "sentence" without a single letter ("—", "* * *") states nothing; the model has
        # never seen one and its score would be noise.
        return [calibrate(p, self.threshold) if has_words(text) else 0.0
                for p, text in zip(raw, texts)]


def normalise(text: str) -> str:
    """What the model reads: lower case, every digit a 0.

    The bag-of-n-grams model hashes exact token text, so "9 percent" and "15 percent" would be
    unrelated features; folding digits makes "0 percent" / "00 percent" / "$00" count as the
    number features they are, and lower case merges sentence-initial words with the rest.
    """
    return _DIGITS.sub("0", text.lower())


def has_words(text: str) -> bool:
    """True when the text holds at least one letter."""
    return any(char.isalpha() for char in text)


def raw_scores(nlp, texts: Sequence[str], batch_size: int = 256) -> list[float]:
    """The probability of ``LABEL`` for each text: the mean over the pipeline's text
    classifiers (the shipped model has two, ``classifiers``), batched."""
    from spacy.util import minibatch

    models = classifiers(nlp)
    scores: list[float] = []
    for batch in minibatch([normalise(text) for text in texts], size=batch_size):
        docs = list(nlp.tokenizer.pipe(batch))
        total = sum(model.predict(docs)[:, model.labels.index(LABEL)] for model in models)
        scores.extend(float(value) / len(models) for value in total)
    return scores


def classifiers(nlp) -> list:
    """The pipeline's components that score ``LABEL``: ``textcat`` (character and word
    n-grams, careful labels) and, in the shipped model, ``textcat_words`` (words only, the
    crowd's labels; ``generator.training.partner``). Their mean ranks check-worthy sentences
    better than either alone on every label set we have (``docs/accuracy.md``)."""
    found = [proc for _name, proc in nlp.pipeline if LABEL in getattr(proc, "labels", ())]
    if not found:
        raise ScorerNotFound(f"pipeline {nlp.meta.get('name')!r} has no {LABEL} classifier")
    return found


def calibrate(probability: float, threshold: float) -> float:
    """Map a raw probability so that ``threshold`` becomes 0.5, linearly on either side.

    Monotone, keeps 0 and 1 in place, and so keeps the ranking of sentences.
    """
    if probability < threshold:
        return 0.5 * probability / threshold
    return 0.5 + 0.5 * (probability - threshold) / (1.0 - threshold)


@functools.lru_cache(maxsize=2)
def load_scorer(path: str | Path | None = None) -> Scorer:
    """Load the check-worthiness model once per process.

    Args:
        path: a model directory; defaults to the shipped ``MODEL_DIR``.

    Raises:
        ScorerNotFound: when the directory holds no spaCy pipeline, with the command that
            trains one.
    """
    import spacy  # imported here so that the site build never pays for spaCy

    # The shipped config names our own architecture; registering it is this import's effect.
    import generator.training.features  # noqa: F401

    model_dir = Path(path) if path is not None else MODEL_DIR
    if not (model_dir / "meta.json").is_file():
        raise ScorerNotFound(
            f"no check-worthiness model in {model_dir}; train one with: python -m "
            f"generator.training.checkworthy --data CORPUS.jsonl --out {model_dir}"
        )
    nlp = spacy.load(model_dir)
    threshold = float(nlp.meta.get("factcheck", {}).get("threshold", 0.5))
    return Scorer(nlp, threshold)


def score_texts(texts: Sequence[str], scorer: Scorer | None = None) -> list[float]:
    """Check-worthiness of each text, 0..1; ``>= 0.5`` means check-worthy.

    Args:
        texts: sentences (or any short texts).
        scorer: a loaded model; defaults to the shipped one (``load_scorer()``).
    """
    if not texts:
        return []
    return (scorer or load_scorer()).score(texts)


def ends_sentence(piece: str) -> bool:
    """True when ``piece`` ends like a full sentence: with ``.``, ``!``, ``?`` or an ellipsis,
    possibly followed by closing quotes or brackets. A dash ("--"), a colon or a bare word
    means the parser cut the sentence short."""
    stripped = piece.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _FINAL


def scoring_groups(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Runs of sentence spans to score as one text: ``(first, last)`` indices, inclusive.

    A span that does not end a sentence (``ends_sentence``) joins the next one, unless a line
    break lies between them: a headline or a list item has no full stop and must keep a score
    of its own.

    Args:
        text: the document text.
        spans: ``(start, end)`` character offsets of its sentences, in order.
    """
    groups: list[tuple[int, int]] = []
    first = 0
    for index, (start, end) in enumerate(spans):
        piece = text[start:end]
        if (index == len(spans) - 1 or ends_sentence(piece)
                or line_break_after(text, start + len(piece.rstrip()), spans[index + 1][0])):
            groups.append((first, index))
            first = index + 1
    return groups


def line_break_after(text: str, words_end: int, next_start: int) -> bool:
    """True when a line break lies between the last word of a piece and the next piece.

    spaCy keeps the blank lines after a headline inside the headline's span, so the gap
    *between* spans is empty; what counts is everything after the last non-space character.
    """
    return "\n" in text[words_end:next_start]


def score_doc(doc, scorer: Scorer | None = None) -> list[float]:
    """Check-worthiness of each of ``doc.sents``, 0..1, pieces of a cut sentence scored whole.

    Args:
        doc: a parsed spaCy ``Doc`` (sentence boundaries set).
        scorer: a loaded model; defaults to the shipped one (``load_scorer()``).

    Returns:
        One score per sentence, in order; the pieces of one group (``scoring_groups``) share
        the score of their joined text.
    """
    spans = [(sent.start_char, sent.end_char) for sent in doc.sents]
    text = doc_text(doc)
    groups = scoring_groups(text, spans)
    group_scores = score_texts([text[spans[a][0]:spans[b][1]] for a, b in groups], scorer)
    scores: list[float] = []
    for (first, last), score in zip(groups, group_scores):
        scores.extend([score] * (last - first + 1))
    return scores
