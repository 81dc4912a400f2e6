"""Precision, recall and F1 of the positive (check-worthy) class."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Scores:
    """Binary classification scores of the check-worthy class."""

    precision: float
    recall: float
    f1: float
    support: int
    """Number of gold check-worthy sentences."""

    def line(self, name: str) -> str:
        """One aligned line for a benchmark table."""
        return (f"{name:<28} P={self.precision:.4f} R={self.recall:.4f} "
                f"F1={self.f1:.4f} (n+={self.support})")


def binary_scores(gold: Iterable[bool], predicted: Iterable[bool]) -> Scores:
    """Score predictions against gold labels (positive class = check-worthy)."""
    tp = fp = fn = 0
    for want, got in zip(gold, predicted, strict=True):
        tp += want and got
        fp += got and not want
        fn += want and not got
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, tp + fn)


def average_precision(gold: Sequence[bool], scores: Sequence[float]) -> float:
    """Area under the precision-recall curve as scikit-learn computes it: precision at each
    distinct score, from the top, weighted by the recall that score adds.

    Threshold-free: how well ``scores`` rank the check-worthy sentences first. Labels with
    another share of positives (ClaimBuster's expert set) move the best threshold; a better
    ranking carries over, which is why the benchmark reports it.
    """
    positives = sum(gold)
    if not positives:
        return 0.0
    ranked = sorted(zip(scores, gold, strict=True), key=lambda pair: -pair[0])
    area = recall_before = 0.0
    hits = 0
    for seen, (score, want) in enumerate(ranked, 1):
        hits += want
        if seen == len(ranked) or ranked[seen][0] != score:  # the last of a tie group
            area += hits / seen * (hits / positives - recall_before)
            recall_before = hits / positives
    return area
