"""Decision thresholds of the check-worthiness scorer: the shipped policy, and fair comparisons.

A score becomes a decision at a cut. The cut that maximises F1 depends on the labels' share of
positives, so a cut fitted on one set of labels is only fair on another when it was chosen
without looking at that set's labels. ``best_cut`` picks the F1-best cut on labelled scores;
``cross_half_cuts`` picks, for each half (group) of a labelled set, the cut that is best on the
*other* halves, so that a reported figure never uses its own labels to choose its cut.

Threshold policies (``POLICIES``; ``generator.training.checkworthy.train`` applies one):

- ``dev`` (shipped): the F1-best cut on the development ids. Their labels are the crowd's,
  except the ids that careful annotators relabelled (``generator.training.data.RELABELS``).
  It never sees a held-out label, so every held-out figure of the shipped model is honest.
  Before the relabels the crowd's under-labelling (on 578 carefully re-labelled held-out ids,
  31 % crowd positives against 38 % careful ones) made this cut too high for cleaner labels
  (recall 0.61 there); trained with them, the model scores ahead of the TF-IDF baseline at this
  cut on the crowd's labels and level with it on the careful ones, with a better ranking of
  both (figures in ``generator.training.architectures``, session 4).
- ``careful``: the F1-best cut on the careful labels
  (``benchmarks/data/claimbuster_careful_labels.jsonl``, ids of the held-out split only, so the
  model never trained on them), scored by the final model. Its choice carries from one
  annotation half to the other within about 0.016 F1, but it costs precision on the crowd's
  labels (held-out F1 0.646 against the baseline's 0.676 before the relabels).
- ``balanced``: the midpoint of the ``dev`` and ``careful`` cuts (shipped in session 3, when
  the model learnt from crowd labels only and each extreme lost to the baseline under the
  other kind of label).

Every calibrated score moves with the threshold, since the scorer maps it to 0.5
(``generator.extract.checkworthy.calibrate``).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.training.data import DataError, json_records
from generator.training.metrics import Scores, binary_scores

#: How ``train`` may choose the shipped decision threshold (see the module docstring).
POLICIES = ("dev", "careful", "balanced")
#: The careful re-labelling of 600 held-out ClaimBuster ids (labels only, no text).
CAREFUL_LABELS = (Path(__file__).resolve().parents[2] / "benchmarks" / "data"
                  / "claimbuster_careful_labels.jsonl")

#: The cuts a search tries: 0.05 .. 0.95 in steps of 0.01.
CUTS = tuple(step / 100 for step in range(5, 96))


def best_cut(gold: Sequence[bool], scores: Sequence[float],
             cuts: Sequence[float] = CUTS) -> tuple[float, Scores]:
    """The cut with the best F1 (``score >= cut`` is positive) and its scores.

    Ties go to the cut nearest 0.5, so that a flat F1 curve keeps the usual rule.
    """
    ranked = sorted(cuts, key=lambda cut: abs(cut - 0.5))
    best = (ranked[0], binary_scores(gold, [s >= ranked[0] for s in scores]))
    for cut in ranked[1:]:
        result = binary_scores(gold, [s >= cut for s in scores])
        if result.f1 > best[1].f1:
            best = (cut, result)
    return best


def cross_half_cuts(gold: Sequence[bool], scores: Sequence[float],
                    groups: Sequence[Hashable]) -> dict[Hashable, float]:
    """For each group, the F1-best cut chosen on the items of all OTHER groups.

    Args:
        gold: labels, one per item.
        scores: scores, one per item.
        groups: the group (e.g. annotation half ``"A"`` / ``"B"``) of each item.

    Returns:
        Cut by group. A group with no other group to learn from is left out.
    """
    cuts = {}
    for group in dict.fromkeys(groups):
        others = [i for i, g in enumerate(groups) if g != group]
        if others:
            cuts[group], _ = best_cut([gold[i] for i in others], [scores[i] for i in others])
    return cuts


def cross_fitted(scores: Sequence[float], groups: Sequence[Hashable],
                 cuts: dict[Hashable, float]) -> list[bool]:
    """Decisions where each item is judged at its own group's cut (from ``cross_half_cuts``)."""
    return [score >= cuts[group] for score, group in zip(scores, groups)]


@dataclass(frozen=True, slots=True)
class CarefulLabel:
    """One agreed label of the careful re-labelling."""

    id: str
    set: str
    """Annotation half (``"A"`` or ``"B"``): each half had its own two annotators."""
    checkworthy: bool


def load_careful_labels(path: str | Path = CAREFUL_LABELS) -> list[CarefulLabel]:
    """The agreed labels of a careful-labels file (lines whose ``checkworthy`` is null, where
    the two annotators disagreed, are left out).

    Raises:
        DataError: on invalid JSON or a missing / mistyped field, naming file and line.
    """
    labels = []
    for number, record in json_records(path):
        if not isinstance(record.get("id"), str) or not isinstance(record.get("set"), str):
            raise DataError(f"{path}:{number}: fields 'id' and 'set' must be strings")
        if record.get("checkworthy") not in (True, False, None):
            raise DataError(f"{path}:{number}: field 'checkworthy' must be true, false "
                            f"or null (got {record.get('checkworthy')!r})")
        if record["checkworthy"] is not None:
            labels.append(CarefulLabel(record["id"], record["set"], record["checkworthy"]))
    return labels


@dataclass(frozen=True, slots=True)
class CarefulCut:
    """The ``careful`` policy's choice and how it carries between annotation halves."""

    threshold: float
    """F1-best cut on all the careful labels: the shipped threshold."""
    labels: int
    """Number of careful labels used."""
    by_set: dict[str, float]
    """F1-best cut on each annotation half alone."""
    carried_f1: dict[str, float]
    """F1 of each half at the cut chosen on the other half(s): the honest estimate."""


def careful_cut(labels: Sequence[CarefulLabel], raw: Sequence[float]) -> CarefulCut:
    """Apply the ``careful`` policy to a model's raw scores of the careful labels' sentences.

    Raises:
        ValueError: when the labels hold no check-worthy or no other sentence.
    """
    gold = [label.checkworthy for label in labels]
    if all(gold) or not any(gold):
        raise ValueError(f"careful threshold: {len(gold)} labels, need both classes")
    sets = [label.set for label in labels]
    threshold, _ = best_cut(gold, raw)
    by_set = {name: best_cut(*_part(gold, raw, sets, name))[0] for name in dict.fromkeys(sets)}
    carried = {name: binary_scores(part_gold, [s >= cut for s in part_raw]).f1
               for name, cut in cross_half_cuts(gold, raw, sets).items()
               for part_gold, part_raw in [_part(gold, raw, sets, name)]}
    return CarefulCut(threshold, len(gold), by_set, carried)


def policy_threshold(policy: str, dev_cut: float, careful: CarefulCut | None) -> float:
    """The shipped threshold under ``policy`` (see the module docstring)."""
    if policy == "dev":
        return dev_cut
    if careful is None:
        raise ValueError(f"threshold policy {policy!r} needs the careful labels")
    if policy == "careful":
        return careful.threshold
    return round((dev_cut + careful.threshold) / 2, 2)


def _part(gold, raw, sets, name):
    index = [i for i, s in enumerate(sets) if s == name]
    return [gold[i] for i in index], [raw[i] for i in index]
