"""Label-noise handling for the training corpus: confident learning (Northcutt et al., 2021).

ClaimBuster's crowdsourced labels are noisy: the same kind of sentence is labelled both ways.
Confident learning finds the sentences whose label disagrees confidently with a model that never
saw them: every training sentence is scored by a model trained on the other folds
(``out_of_fold_scores``); a sentence is a *label issue* when the class the model is confident
about (its probability at least that class's mean probability over the sentences labelled with
it) is not its label (``label_issues``). Those can then be dropped or flipped (``handle_issues``).

On the fixed held-out split this did not pay off (every variant scored 0.684-0.696 against
0.693-0.696 for the plain model, see ``generator.training.architectures``), so the shipped
model keeps every label (``--label-issues keep``). On careful labels of held-out ids
(``benchmarks/data/claimbuster_careful_labels.jsonl``) it did not pay off either: dropping or
flipping the issues lowered F1 on both annotation halves (set B by about 0.03) and average
precision on set B (session 3 in ``generator.training.architectures``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence

from generator.training.data import LabelledSentence, bucket

#: What ``handle_issues`` can do with a label issue.
ISSUE_HANDLING = ("keep", "drop", "flip")


def fold_of(sentence_id: str, folds: int) -> int:
    """Fold of an id, fixed by its hash (independent of the held-out buckets' order)."""
    return bucket(sentence_id, 1000) % folds


def out_of_fold_scores(
    rows: Sequence[LabelledSentence],
    fit_and_score: Callable[[list[LabelledSentence], list[str]], list[float]],
    folds: int = 5,
) -> dict[str, float]:
    """The check-worthy probability of every sentence from a model trained without its fold.

    Args:
        rows: the labelled sentences.
        fit_and_score: trains on the given rows and returns the probability of each text.
        folds: number of folds (each model is trained on ``(folds - 1) / folds`` of the rows).

    Returns:
        Probability by sentence id.
    """
    scores: dict[str, float] = {}
    for fold in range(folds):
        train = [row for row in rows if fold_of(row.id, folds) != fold]
        held = [row for row in rows if fold_of(row.id, folds) == fold]
        if train and held:
            scores.update(zip((r.id for r in held),
                              fit_and_score(train, [r.text for r in held])))
    return scores


def class_thresholds(rows: Sequence[LabelledSentence],
                     scores: dict[str, float]) -> tuple[float, float]:
    """Mean probability of each class over the sentences labelled with it:
    ``(positive, negative)``; 0.5 for a class without sentences."""
    positive = [scores[r.id] for r in rows if r.checkworthy]
    negative = [1.0 - scores[r.id] for r in rows if not r.checkworthy]
    return (sum(positive) / len(positive) if positive else 0.5,
            sum(negative) / len(negative) if negative else 0.5)


def label_issues(rows: Sequence[LabelledSentence], scores: dict[str, float]) -> set[str]:
    """Ids whose label confidently disagrees with their out-of-fold probability.

    A sentence counts for each class whose probability reaches that class's threshold
    (``class_thresholds``), and for the likelier one when both do; it is an issue when that
    class is not its label. Sentences that reach neither threshold are not judged.
    """
    positive_t, negative_t = class_thresholds(rows, scores)
    issues = set()
    for row in rows:
        probability = scores[row.id]
        confident = [(probability, True)] if probability >= positive_t else []
        if 1.0 - probability >= negative_t:
            confident.append((1.0 - probability, False))
        if confident and max(confident)[1] != row.checkworthy:
            issues.add(row.id)
    return issues


def handle_issues(rows: Sequence[LabelledSentence], issues: set[str],
                  how: str) -> list[LabelledSentence]:
    """Keep, drop or flip the label of the sentences in ``issues``.

    Raises:
        ValueError: for a ``how`` not in ``ISSUE_HANDLING``.
    """
    if how not in ISSUE_HANDLING:
        raise ValueError(f"label issues: unknown handling {how!r}; expected one of "
                         f"{', '.join(ISSUE_HANDLING)}")
    if how == "keep":
        return list(rows)
    if how == "drop":
        return [row for row in rows if row.id not in issues]
    return [dataclasses.replace(row, checkworthy=not row.checkworthy) if row.id in issues
            else row for row in rows]
