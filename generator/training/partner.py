"""The scorer's second classifier: word n-grams only, trained on the crowd's labels.

The shipped scorer is the mean of two linear classifiers that read a sentence differently:
``textcat`` (word and character n-grams, careful labels where we have them, the threshold
chosen on the development ids) and ``textcat_words`` (log-scaled word unigrams and bigrams as
the TF-IDF baseline reads them, the crowd's labels, check-worthy sentences seen three times
per epoch as ``class_weight="balanced"`` weighs them). Each alone ranks about as well as the
baseline on the cleaner labels; their mean ranks better than either on every label set we
have, crowd, careful and clear-cut (figures in ``generator.training.architectures``, session
5). Trained on the careful labels too, the partner agrees more with ``textcat`` and the mean
gains less: its value is the second view.

The partner's epoch is the one whose mean with ``textcat``'s development scores ranks the
development ids best (average precision: the F1 of the mean is flat over the epochs, within
0.005, and picked an undertrained first epoch for two seeds of three), and the F1-best cut of
that mean becomes the threshold.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from generator.extract.checkworthy import raw_scores
from generator.training.data import LabelledSentence
from generator.training.fitting import Settings, fit
from generator.training.metrics import Scores, average_precision
from generator.training.thresholds import best_cut

#: Component name of the partner in the shipped pipeline (``textcat`` is the first).
PARTNER_NAME = "textcat_words"
#: Times each check-worthy sentence is seen per epoch: the crowd calls about one in four
#: check-worthy, so three copies weigh the classes about evenly.
POSITIVE_COPIES = 3


def partner_settings(main: Settings) -> Settings:
    """The partner's hyper-parameters: ``main``'s seed, batch size and learning rate, the
    partner's architecture, balanced classes and no dropout (a linear model over few
    features per sentence; dropout only slowed it)."""
    if main.partner is None:
        raise ValueError("these settings train no partner (partner=None)")
    return replace(main, architecture=main.partner, positive_copies=POSITIVE_COPIES,
                   dropout=0.0, label_issues="keep", partner=None)


def mean_scores(pipelines: Sequence, texts: Sequence[str]) -> list[float]:
    """The mean raw probability of ``pipelines`` (each with one ``textcat``) for each text:
    what the combined pipeline scores."""
    columns = [raw_scores(nlp, texts) for nlp in pipelines]
    return [sum(values) / len(values) for values in zip(*columns)]


def select_partner_epoch(crowd_train: list[LabelledSentence],
                         dev_rows: list[LabelledSentence], main_dev: list[float],
                         settings: Settings, log: Callable[[str], None]
                         ) -> tuple[int, float, Scores]:
    """Train the partner on ``crowd_train`` and find the epoch whose mean with ``main_dev``
    (the first classifier's raw scores of ``dev_rows``) has the best development average
    precision.

    Args:
        crowd_train: training rows with the crowd's labels (no relabels, no cleaning).
        dev_rows: the development rows with the labels the first classifier was chosen on.
        main_dev: the first classifier's raw scores of ``dev_rows``, in order.
        settings: the first classifier's settings (``partner_settings`` derives the rest).
        log: receives one progress line per epoch.

    Returns:
        ``(epoch, threshold, scores)``: the epoch, the F1-best raw cut of its mean and the
        development scores at that cut.
    """
    gold = [row.checkworthy for row in dev_rows]
    texts = [row.text for row in dev_rows]
    best: list = []

    def evaluate(nlp, epoch: int, loss: float) -> None:
        mixed = [(a + b) / 2 for a, b in zip(main_dev, raw_scores(nlp, texts))]
        ranking = average_precision(gold, mixed)
        threshold, scores = best_cut(gold, mixed)
        log(f"partner epoch {epoch}: loss {loss:.2f} dev AP of the mean {ranking:.4f}, "
            f"F1 {scores.f1:.4f} at threshold {threshold:.2f}")
        if not best or ranking > best[3]:
            best[:] = [epoch, threshold, scores, ranking]

    fit(crowd_train, partner_settings(settings), settings.epochs, evaluate)
    return best[0], best[1], best[2]
