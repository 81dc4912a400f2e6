"""Precision, recall and F1 of the positive (check-worthy) class."""

from __future__ import annotations

from collections.abc import Iterable
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
