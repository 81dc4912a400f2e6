"""Training one check-worthiness classifier: a blank English pipeline with one ``textcat``,
trained for a number of epochs with spaCy's own update loop, deterministically for a seed.

``generator.training.checkworthy`` decides what to train (labels, epochs, threshold) and calls
``fit``; ``generator.training.partner`` trains the second, word-only classifier the same way.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from generator.extract.checkworthy import LABEL, OTHER, normalise
from generator.training.architectures import model_config
from generator.training.data import LabelledSentence


def build_pipeline(architecture: str = "charbow"):
    """A blank English pipeline with an untrained two-label ``textcat``."""
    import spacy

    nlp = spacy.blank("en")
    add_classifier(nlp, "textcat", architecture)
    return nlp


def add_classifier(nlp, name: str, architecture: str):
    """Add an untrained two-label ``textcat`` component called ``name``; returns it."""
    component = nlp.add_pipe("textcat", name=name, config={"model": model_config(architecture)})
    component.add_label(LABEL)
    component.add_label(OTHER)
    return component


def to_examples(nlp, rows: list[LabelledSentence]):
    """spaCy ``Example`` objects with exclusive cats."""
    from spacy.training import Example

    docs = nlp.tokenizer.pipe(normalise(row.text) for row in rows)
    return [
        Example.from_dict(doc, {"cats": {LABEL: float(row.checkworthy),
                                         OTHER: float(not row.checkworthy)}})
        for doc, row in zip(docs, rows)
    ]


def run_epoch(nlp, examples, optimizer, rng: random.Random, batch_size: int, dropout: float):
    """One shuffled pass over the training examples; returns the summed loss."""
    from spacy.util import minibatch

    rng.shuffle(examples)
    losses: dict[str, float] = {}
    for batch in minibatch(examples, size=batch_size):
        nlp.update(batch, sgd=optimizer, drop=dropout, losses=losses)
    return losses.get("textcat", 0.0)


@dataclass(frozen=True, slots=True)
class Settings:
    """Hyper-parameters of one training run (see ``train`` for their meaning)."""

    architecture: str = "charbow"
    epochs: int = 6
    seed: int = 0
    batch_size: int = 32
    dropout: float = 0.2
    learn_rate: float = 0.002
    positive_copies: int = 1
    label_issues: str = "keep"
    threshold_policy: str = "dev"
    partner: str | None = "words"
    """Architecture of the second classifier, trained on the crowd's labels and averaged with
    this one (``generator.training.partner``); None trains this one alone."""


def fit(rows: list[LabelledSentence], settings: Settings, epochs: int,
        on_epoch: Callable[[Any, int, float], None] | None = None):
    """Train a fresh pipeline on ``rows`` for ``epochs`` passes; deterministic for a seed.

    ``on_epoch(nlp, epoch, loss)`` is called after every pass (to evaluate or snapshot).
    """
    from spacy.util import fix_random_seed

    fix_random_seed(settings.seed)
    nlp = build_pipeline(settings.architecture)
    examples = to_examples(nlp, rows)
    positives = [ex for ex, row in zip(examples, rows) if row.checkworthy]
    examples += positives * (settings.positive_copies - 1)
    optimizer = nlp.initialize(lambda: examples)
    optimizer.learn_rate = settings.learn_rate
    rng = random.Random(settings.seed)
    for epoch in range(1, epochs + 1):
        loss = run_epoch(nlp, examples, optimizer, rng, settings.batch_size, settings.dropout)
        if on_epoch is not None:
            on_epoch(nlp, epoch, loss)
    return nlp


def without_corpus_strings(parts: list[tuple[str, str, Any]]):
    """The trained classifiers of ``parts`` in one fresh pipeline whose vocabulary holds no
    corpus words.

    Args:
        parts: ``(component name, architecture, trained pipeline)``; each trained pipeline's
            ``textcat`` becomes the named component, in this order.

    Training adds every token of the corpus to the string store, which ``to_disk`` would ship
    (``vocab/strings.json``). The models themselves only need hashes, so the trained weights
    move to a fresh pipeline: same scores, no corpus text in the package, 160 kB smaller.
    """
    import spacy

    fresh = spacy.blank("en")
    for name, architecture, trained in parts:
        weights = trained.get_pipe("textcat").to_bytes(exclude=["vocab"])
        add_classifier(fresh, name, architecture).from_bytes(weights, exclude=["vocab"])
    return fresh
