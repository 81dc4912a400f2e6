"""Train the check-worthiness scorer: a blank English spaCy pipeline with two ``textcat``
components whose mean is the score (``generator.training.partner`` says why two).

Run it as::

    python -m generator.training.checkworthy --data crowdsourced.jsonl \\
        --out generator/trained/checkworthy

The corpus is split by id hash (``generator.training.data``): 20% held out for evaluation and
never seen here, 10% of the ids used as a development set to pick the epoch and the decision
threshold, the rest for training; the chosen number of epochs is then trained again on
training + development ids (``--no-refit`` keeps the first model).

Careful labels of 6,500 training ids (``--relabels``; ``generator.training.data``) first
replace the crowd's labels on those ids: the crowd misses check-worthy sentences that careful
annotators catch. ``--no-relabels`` trains on the crowd's labels alone.

The second classifier (``--partner``, ``--no-partner`` trains the first alone) reads words
only and learns the crowd's labels; its epoch and the development cut are chosen on the mean of
both. The decision threshold follows ``--threshold-policy`` (``generator.training.thresholds``):
``dev`` (the default, shipped) takes the F1-best cut on the development ids, whose labels are
the crowd's except where a careful relabel replaced them; ``careful`` the F1-best cut of the
final model on the careful re-labelling of held-out ids
(``benchmarks/data/claimbuster_careful_labels.jsonl``); ``balanced`` the midpoint of the two.
The shipped cut thus never sees a held-out label, so every held-out figure stays honest. The
threshold is stored in the model's ``meta.json`` (``factcheck.threshold``, with the policy)
and the scorer maps it to 0.5, so callers keep the plain rule "score >= 0.5 means
check-worthy".
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from generator.extract.checkworthy import MODEL_DIR, raw_scores
from generator.training import noise
from generator.training.architectures import ARCHITECTURES
from generator.training.data import (
    RELABELS,
    LabelledSentence,
    bucket,
    load_sentences,
    relabel_training,
    split_sentences,
)
from generator.training.fitting import Settings, fit, without_corpus_strings
from generator.training.metrics import Scores
from generator.training.partner import (
    PARTNER_NAME,
    mean_scores,
    partner_settings,
    select_partner_epoch,
)
from generator.training.thresholds import (
    CAREFUL_LABELS,
    POLICIES,
    CarefulCut,
    CarefulLabel,
    best_cut,
    careful_cut,
    load_careful_labels,
    policy_threshold,
)

#: Passes of the out-of-fold models that look for label issues: the number of epochs the
#: development set picks for the shipped model.
ISSUE_EPOCHS = 3


@dataclass(frozen=True, slots=True)
class TrainResult:
    """What a training run chose and how it scored on the development ids."""

    architecture: str
    epoch: int
    threshold: float
    dev: Scores
    train_size: int
    dev_size: int
    refit: bool = False
    """True when the saved model was trained again on training + development ids."""
    threshold_policy: str = "dev"
    """How ``threshold`` was chosen (``generator.training.thresholds.POLICIES``)."""
    dev_threshold: float | None = None
    """The F1-best cut on the development ids (the ``dev`` policy's choice)."""
    careful: CarefulCut | None = None
    """The ``careful`` policy's choice and how it carries between annotation halves."""
    relabelled: int = 0
    """Training sentences whose label came from the careful relabels, not the crowd."""
    relabels_changed: int = 0
    """Of those, how many the careful label changed."""
    partner: str | None = None
    """Architecture of the second classifier (``generator.training.partner``), if any."""
    partner_epoch: int | None = None
    """Its epochs, chosen with the mean of both on the development ids."""


def split_dev(rows: list[LabelledSentence], dev_share: float, holdout: float):
    """Split the training side into (train, dev) using the next buckets after the held-out ones."""
    low, high = round(holdout * 100), round((holdout + dev_share) * 100)
    dev = [row for row in rows if low <= bucket(row.id) < high]
    train = [row for row in rows if not low <= bucket(row.id) < high]
    return train, dev


def select_epoch(train_rows, dev_rows, settings: Settings, log: Callable[[str], None]):
    """Train on ``train_rows`` and find the epoch and threshold with the best dev F1.

    Returns:
        ``(nlp, epoch, threshold, dev_scores, weights, dev_raw)``: the last epoch's pipeline;
        then, of the best epoch, its number, cut and scores, ``nlp.to_bytes()`` of its
        pipeline and its raw scores of ``dev_rows`` (what the partner is averaged with).
    """
    gold = [row.checkworthy for row in dev_rows]
    texts = [row.text for row in dev_rows]
    best: list = []

    def evaluate(nlp, epoch: int, loss: float) -> None:
        raw = raw_scores(nlp, texts)
        threshold, scores = best_cut(gold, raw)
        log(f"epoch {epoch}: loss {loss:.2f} dev F1 {scores.f1:.4f} at threshold {threshold:.2f}")
        if not best or scores.f1 > best[2].f1:
            best[:] = [epoch, threshold, scores, nlp.to_bytes(), raw]

    nlp = fit(train_rows, settings, settings.epochs, evaluate)
    return nlp, *best


def train(
    data_path: str | Path,
    out_dir: str | Path | None = MODEL_DIR,
    *,
    holdout: float = 0.2,
    dev_share: float = 0.1,
    refit: bool = True,
    careful_labels: str | Path = CAREFUL_LABELS,
    relabels: str | Path | None = RELABELS,
    log: Callable[[str], None] = print,
    **settings: Any,
):
    """Train, pick the epochs and the threshold on the development ids, and save.

    Args:
        data_path: JSON-lines corpus (``id``, ``text``, ``checkworthy``).
        out_dir: where to write the pipeline (``spacy.load``-able); defaults to the shipped
            model's directory; None skips saving.
        holdout: share of ids never used here (the benchmark's held-out split).
        dev_share: share of ids used to pick the epoch and the threshold.
        refit: after choosing, train again on training + development ids for the chosen
            number of epochs (more data; the epoch stays the one chosen on dev).
        careful_labels: careful labels of held-out ids for the ``careful`` threshold policy
            (``generator.training.thresholds.load_careful_labels``).
        relabels: careful labels of training ids that replace the crowd's
            (``generator.training.data.load_relabels``); None keeps the crowd's labels.
        log: receives one progress line per epoch.
        **settings: fields of ``Settings``: ``architecture`` (a key of
            ``generator.training.architectures.ARCHITECTURES``), ``epochs``, ``seed`` (fixes
            spaCy/thinc/numpy initialisation and the shuffling order), ``batch_size``,
            ``dropout``, ``learn_rate``, ``positive_copies`` (how often each check-worthy
            sentence is seen per epoch, as ``class_weight="balanced"`` does for the baseline),
            ``label_issues`` (``keep``, ``drop`` or ``flip`` the training sentences whose
            label confidently disagrees with a 5-fold out-of-fold model; see
            ``generator.training.noise``; the development ids are neither judged nor used
            to judge), ``threshold_policy`` (``balanced``, ``careful`` or ``dev``, see the
            module docstring), ``partner`` (the second classifier's architecture, trained on
            the crowd's labels, or None for one classifier; ``generator.training.partner``).

    Returns:
        ``(nlp, TrainResult)``: the chosen pipeline and how it was chosen.
    """
    chosen = Settings(**settings)
    if chosen.threshold_policy not in POLICIES:  # before minutes of training
        raise ValueError(f"threshold_policy: {chosen.threshold_policy!r} is not one of "
                         f"{', '.join(POLICIES)}")
    crowd_rows, held_out = split_sentences(load_sentences(data_path), holdout)
    train_rows, relabelled, changed = crowd_rows, 0, 0
    if relabels is not None:
        train_rows, relabelled, changed = relabel_training(crowd_rows, held_out, relabels)
        log(f"relabels: {relabelled} training sentences take the careful label "
            f"({changed} changed)")
    careful_rows = (careful_sentences(held_out, careful_labels)
                    if chosen.threshold_policy != "dev" else None)
    train_rows, dev_rows = split_dev(train_rows, dev_share, holdout)
    crowd_train, crowd_dev = split_dev(crowd_rows, dev_share, holdout)
    if not train_rows or not dev_rows:
        raise ValueError(f"{data_path}: too few sentences to split (train {len(train_rows)}, "
                         f"dev {len(dev_rows)})")
    train_rows = clean_labels(train_rows, chosen, log)
    nlp, epoch, threshold, scores, weights, main_dev = select_epoch(train_rows, dev_rows,
                                                                    chosen, log)
    partner_epoch = None
    if chosen.partner is not None:
        partner_epoch, threshold, scores = select_partner_epoch(crowd_train, dev_rows, main_dev,
                                                                chosen, log)
    if refit:
        nlp = fit(train_rows + dev_rows, chosen, epoch)
        log(f"refit on {len(train_rows) + len(dev_rows)} sentences for {epoch} epochs")
    else:
        nlp.from_bytes(weights)
    parts = [("textcat", chosen.architecture, nlp)]
    if chosen.partner is not None:
        partner_rows = crowd_train + crowd_dev if refit else crowd_train
        parts.append((PARTNER_NAME, chosen.partner,
                      fit(partner_rows, partner_settings(chosen), partner_epoch)))
    careful = None
    if careful_rows is not None:
        labels, texts = careful_rows
        careful = careful_cut(labels, mean_scores([trained for *_, trained in parts], texts))
        log(f"careful threshold {careful.threshold:.2f} on {careful.labels} labels "
            f"(dev: {threshold:.2f}); by half {careful.by_set}")
    # After scoring: tokenising the careful sentences adds their words to the string store.
    nlp = without_corpus_strings(parts)
    shipped = policy_threshold(chosen.threshold_policy, threshold, careful)
    log(f"threshold {shipped:.2f} ({chosen.threshold_policy} policy)")
    result = TrainResult(chosen.architecture, epoch, shipped,
                         scores, len(train_rows), len(dev_rows), refit,
                         chosen.threshold_policy, threshold, careful, relabelled, changed,
                         chosen.partner, partner_epoch)
    _set_meta(nlp, result, chosen)
    if out_dir is not None:
        nlp.to_disk(out_dir)
    return nlp, result


def careful_sentences(held_out: list[LabelledSentence],
                      path: str | Path) -> tuple[list[CarefulLabel], list[str]]:
    """The careful labels of ``path`` that are of held-out ids, and their texts (from the
    corpus): the ``careful`` threshold policy scores them with the final model.

    Only held-out ids count: a training sentence would score higher than a new one and pull
    the cut up.

    Raises:
        ValueError: when fewer than 20 labels are of held-out ids of this corpus (another
            corpus, or another ``holdout``), naming the file and the way out.
    """
    texts = {row.id: row.text for row in held_out}
    labels = [label for label in load_careful_labels(path) if label.id in texts]
    if len(labels) < 20:
        raise ValueError(f"{path}: only {len(labels)} careful labels are of held-out ids of "
                         f"this corpus; pass threshold_policy='dev' "
                         f"(--threshold-policy dev) or other careful labels")
    return labels, [texts[label.id] for label in labels]


def clean_labels(train_rows, settings: Settings, log: Callable[[str], None]):
    """``train_rows`` with their label issues handled as ``settings.label_issues`` says.

    The out-of-fold models see training ids only: had they learnt from the development ids,
    the sentences kept would agree with the development labels and the development F1 that
    picks the epoch and the threshold would be flattered.
    """
    if settings.label_issues not in noise.ISSUE_HANDLING:  # before minutes of training
        raise ValueError(f"label_issues: {settings.label_issues!r} is not one of "
                         f"{', '.join(noise.ISSUE_HANDLING)}")
    if settings.label_issues == "keep":
        return train_rows

    def fit_and_score(rows_in, texts):
        return raw_scores(fit(rows_in, settings, ISSUE_EPOCHS), texts)

    issues = noise.label_issues(train_rows,
                                noise.out_of_fold_scores(train_rows, fit_and_score))
    log(f"label issues: {len(issues)} of {len(train_rows)} training sentences "
        f"({settings.label_issues})")
    return noise.handle_issues(train_rows, issues, settings.label_issues)


def _set_meta(nlp, result: TrainResult, settings: Settings) -> None:
    nlp.meta["name"] = "checkworthy"
    nlp.meta["version"] = "1.0.0"
    kinds = result.architecture + (f" + {result.partner}" if result.partner else "")
    nlp.meta["description"] = (
        f"factcheck check-worthiness scorer (textcat, {kinds}), trained on ClaimBuster "
        "crowdsourced sentences"
    )
    nlp.meta["license"] = "MIT (code); trained on CC BY 4.0 data"
    nlp.meta["sources"] = [{
        "name": "ClaimBuster: A Benchmark Dataset of Check-worthy Factual Claims (crowdsourced)",
        "author": "Arslan, Hassan, Li and Tremayne (ICWSM 2020)",
        "url": "https://doi.org/10.5281/zenodo.3609356",
        "license": "CC BY 4.0",
    }]
    nlp.meta["factcheck"] = {**asdict(result), "seed": settings.seed,
                             "label_issues": settings.label_issues,
                             "positive_copies": settings.positive_copies}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options of ``python -m generator.training.checkworthy``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    defaults = Settings()
    parser.add_argument("--data", required=True, help="JSON lines with id, text, checkworthy")
    parser.add_argument("--out", default=str(MODEL_DIR),
                        help="output directory of the pipeline (default: the shipped model)")
    parser.add_argument("--architecture", default=defaults.architecture,
                        help=f"one of {', '.join(ARCHITECTURES)} (default: the shipped "
                             f"{defaults.architecture})")
    parser.add_argument("--epochs", type=int, default=defaults.epochs)
    parser.add_argument("--learn-rate", type=float, default=defaults.learn_rate)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--holdout", type=float, default=0.2)
    parser.add_argument("--label-issues", choices=noise.ISSUE_HANDLING,
                        default=defaults.label_issues,
                        help="keep, drop or flip training sentences whose label confidently "
                             "disagrees with an out-of-fold model (default: keep)")
    parser.add_argument("--threshold-policy", choices=POLICIES,
                        default=defaults.threshold_policy,
                        help="dev (default): F1-best cut on the development ids; careful: "
                             "F1-best cut on the careful labels of held-out ids; balanced: "
                             "midpoint of the two")
    parser.add_argument("--careful-labels", default=str(CAREFUL_LABELS),
                        help="careful labels for --threshold-policy careful")
    parser.add_argument("--relabels", default=str(RELABELS),
                        help="careful labels of training ids that replace the crowd's")
    parser.add_argument("--no-relabels", dest="relabels", action="store_const", const=None,
                        help="train on the crowd's labels only")
    parser.add_argument("--partner", default=defaults.partner,
                        help="architecture of the second classifier, trained on the crowd's "
                             f"labels and averaged with the first (default: {defaults.partner})")
    parser.add_argument("--no-partner", dest="partner", action="store_const", const=None,
                        help="train the first classifier alone")
    parser.add_argument("--no-refit", dest="refit", action="store_false",
                        help="keep the model of the chosen epoch instead of training again "
                             "on training + development ids")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    args = parse_args(argv)
    _nlp, result = train(args.data, args.out, architecture=args.architecture,
                         epochs=args.epochs, learn_rate=args.learn_rate, seed=args.seed,
                         holdout=args.holdout, label_issues=args.label_issues,
                         threshold_policy=args.threshold_policy,
                         careful_labels=args.careful_labels, relabels=args.relabels,
                         refit=args.refit, partner=args.partner)
    print(f"saved {args.out}: epoch {result.epoch}, threshold {result.threshold:.2f}, "
          + result.dev.line("dev"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
