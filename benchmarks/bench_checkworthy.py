"""Check-worthiness: our spaCy textcat model against a TF-IDF + logistic regression baseline.

Both are trained on the SAME training ids and evaluated on the SAME held-out ids (20%, by id
hash: ``generator.training.data.split_sentences``) in one run, so the figures compare::

    python benchmarks/bench_checkworthy.py --data ../shared/corpora/claimbuster/crowdsourced.jsonl
    python benchmarks/bench_checkworthy.py --data ... --model generator/trained/checkworthy
    python benchmarks/bench_checkworthy.py --data ... --train --architecture bow

Without ``--train`` the model in ``--model`` (default: the shipped one) is evaluated; it was
trained on the same split, so its held-out ids were never seen. ``--score-py DIR`` also writes
the held-out set as gold and system JSON lines in the format ``score.py checkworthy`` reads.

``--annotate DIR`` measures the path acceptance measures: the held-out ids go through
``factcheck annotate`` (spaCy parse, sentence split, boilerplate, ``extract_doc``) and each item
counts as check-worthy when its best sentence scores >= 0.5, as ``score.py checkworthy`` rules;
``DIR/gold.jsonl`` and ``DIR/annotate.jsonl`` are left for ``score.py`` to confirm the figure.
It always uses the shipped model, as ``factcheck annotate`` does.

``--test FILE`` evaluates on another labelled file (same JSON-lines fields) instead of the
held-out ids, e.g. ClaimBuster's expert ground truth converted to JSON lines; the baseline is
still fitted on the training ids only, so both sides have seen the same data::

    python benchmarks/bench_checkworthy.py --data .../crowdsourced.jsonl --test expert.jsonl

Ids of ``FILE`` that are training ids of ``--data`` are dropped (and counted), so a file cut
from the same corpus cannot leak training sentences into the figure. ``FILE`` may hold labels
only (ids of ``--data``, no text), as ``benchmarks/data/claimbuster_careful_labels.jsonl`` does.
When its lines carry a ``set`` (annotation half), each set and all of them are also scored
with both models at their own rule (>= 0.5) and at the F1-best cut chosen on the OTHER set, so
that no cut has seen the labels it is scored on (``print_halves``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from generator.extract.checkworthy import MODEL_DIR, Scorer, load_scorer
from generator.training.checkworthy import train
from generator.training.data import (
    DataError,
    LabelledSentence,
    json_records,
    load_sentences,
    split_sentences,
)
from generator.training.metrics import average_precision, binary_scores
from generator.training.thresholds import cross_fitted, cross_half_cuts


def baseline_predictions(train_rows, held_out) -> tuple[list[float], float]:
    """TF-IDF (1-2 grams) + logistic regression with balanced class weights: probabilities of
    the check-worthy class on the held-out sentences (>= 0.5 is its decision) and the seconds
    spent fitting and predicting."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    started = time.perf_counter()
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
    features = vectorizer.fit_transform([row.text for row in train_rows])
    model = LogisticRegression(max_iter=2000, class_weight="balanced", random_state=0)
    model.fit(features, [row.checkworthy for row in train_rows])
    probabilities = model.predict_proba(vectorizer.transform([row.text for row in held_out]))
    return [float(p) for p in probabilities[:, 1]], time.perf_counter() - started


def weighted_f1(gold: list[bool], predicted: list[bool]) -> float:
    """Support-weighted mean of both classes' F1 (the figure ClaimBuster papers often quote)."""
    positive = binary_scores(gold, predicted)
    negative = binary_scores([not g for g in gold], [not p for p in predicted])
    share = positive.support / len(gold)
    return share * positive.f1 + (1 - share) * negative.f1


def gold_line(row: LabelledSentence) -> str:
    """One gold JSON line as ``score.py checkworthy`` and ``factcheck annotate`` read it."""
    return json.dumps({"id": row.id, "text": row.text, "published": None,
                       "checkworthy": row.checkworthy}) + "\n"


def write_score_py_files(out_dir: Path, held_out: list[LabelledSentence], scores: list[float]):
    """Gold and system JSON lines for ``score.py checkworthy`` (one sentence per document)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / "gold.jsonl").open("w", encoding="utf-8") as gold, \
            (out_dir / "system.jsonl").open("w", encoding="utf-8") as system:
        for row, score in zip(held_out, scores):
            gold.write(gold_line(row))
            sentence = {"start": 0, "end": len(row.text), "checkworthiness": round(score, 4)}
            system.write(json.dumps({"id": row.id, "sentences": [sentence]}) + "\n")


def annotate_predictions(out_dir: Path, held_out: list[LabelledSentence]) -> list[bool]:
    """Run ``factcheck annotate`` (in this process) over the held-out sentences; an item is
    predicted check-worthy when any of its sentences scores >= 0.5 (``score.py``'s rule)."""
    from generator.annotate import annotate_stream

    out_dir.mkdir(parents=True, exist_ok=True)
    gold_path, system_path = out_dir / "gold.jsonl", out_dir / "annotate.jsonl"
    with gold_path.open("w", encoding="utf-8") as gold:
        for row in held_out:
            gold.write(gold_line(row))
    with gold_path.open(encoding="utf-8") as source, \
            system_path.open("w", encoding="utf-8") as sink:
        annotate_stream(source, sink)
    best = {}
    with system_path.open(encoding="utf-8") as system:
        for line in system:
            record = json.loads(line)
            best[record["id"]] = max((s["checkworthiness"] for s in record["sentences"]),
                                     default=0.0)
    return [best.get(row.id, 0.0) >= 0.5 for row in held_out]


def test_sentences(path: Path, rows: list[LabelledSentence], train_rows: list[LabelledSentence]
                   ) -> tuple[list[LabelledSentence], list[str]]:
    """The labelled sentences of ``path`` that are not training ids (those are counted), and
    the annotation set of each (its ``set`` field, ``""`` when absent).

    A line may leave out ``text`` when its id is in the corpus (``rows``): a label file such as
    ``benchmarks/data/claimbuster_careful_labels.jsonl`` then carries no corpus text. Lines
    whose ``checkworthy`` is null (annotators disagreed) are skipped and counted.
    """
    corpus = {row.id: row.text for row in rows}
    seen = {row.id for row in train_rows}
    kept, sets, undecided, trained = [], [], 0, 0
    for number, record in json_records(path):
        sentence_id = str(record.get("id"))
        text = record.get("text", corpus.get(sentence_id))
        if text is None:
            raise DataError(f"{path}:{number}: field 'text' is missing and id "
                            f"{sentence_id!r} is not in the corpus")
        if record.get("checkworthy") is None:
            undecided += 1
        elif sentence_id in seen:
            trained += 1
        else:
            kept.append(LabelledSentence(sentence_id, text, bool(record["checkworthy"])))
            sets.append(str(record.get("set", "")))
    if trained:
        print(f"dropped {trained} test sentences whose ids are training ids")
    if undecided:
        print(f"skipped {undecided} test sentences without an agreed label")
    return kept, sets


def print_halves(gold: list[bool], sets: list[str], systems: dict[str, list[float]]) -> None:
    """F1 / P / R / AP of each system on each annotation set and on all of them, at its own
    rule (>= 0.5) and at the F1-best cut chosen on the OTHER set(s), so that neither system's
    cut has seen the labels it is scored on. On all sets, that is cross-fitted: each sentence
    is judged at the cut its own set did not choose."""
    names = sorted(set(sets))
    cuts_of = {system: cross_half_cuts(gold, scores, sets) for system, scores in systems.items()}
    for name in [*names, "all"] if len(names) > 1 else []:
        index = [i for i, s in enumerate(sets) if name in ("all", s)]
        part = [gold[i] for i in index]
        print(f"set {name}: {len(part)} sentences ({sum(part)} check-worthy)")
        for system, scores in systems.items():
            mine = [scores[i] for i in index]
            ap = f" AP={average_precision(part, mine):.4f}"
            print(binary_scores(part, [s >= 0.5 for s in mine]).line(f"  {system} at 0.50") + ap)
            cuts = cuts_of[system]
            if name == "all":
                label = "cross-fitted"
                decided = cross_fitted(mine, [sets[i] for i in index], cuts)
            else:
                label = f"at {cuts[name]:.2f} (others')"
                decided = [s >= cuts[name] for s in mine]
            print(binary_scores(part, decided).line(f"  {system} {label}"))


def model_size(path: Path) -> int:
    """Bytes on disk of a model directory."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", required=True, help="ClaimBuster-style JSON lines")
    parser.add_argument("--model", type=Path, default=MODEL_DIR, help="model to evaluate")
    parser.add_argument("--train", action="store_true", help="train a model in this run")
    parser.add_argument("--architecture", default="charbow")
    parser.add_argument("--out", type=Path, default=None, help="where --train saves the model")
    parser.add_argument("--test", type=Path, default=None,
                        help="evaluate on this labelled JSON-lines file instead of the "
                             "held-out ids")
    parser.add_argument("--score-py", type=Path, default=None, help="write score.py inputs here")
    parser.add_argument("--annotate", type=Path, default=None,
                        help="also score the held-out ids through factcheck annotate; "
                             "its gold and output files go here")
    return parser.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    rows = load_sentences(args.data)
    train_rows, held_out = split_sentences(rows)
    if args.test:
        held_out, sets = test_sentences(args.test, rows, train_rows)
    gold = [row.checkworthy for row in held_out]
    print(f"train {len(train_rows)} sentences, {'test' if args.test else 'held out'} "
          f"{len(held_out)} ({sum(gold)} check-worthy)")
    if args.train:
        started = time.perf_counter()
        nlp, result = train(args.data, args.out, architecture=args.architecture,
                            log=lambda line: print("  " + line))
        scorer = Scorer(nlp, result.threshold)
        print(f"trained in {time.perf_counter() - started:.1f}s")
    else:
        scorer = load_scorer(args.model)
    started = time.perf_counter()
    scores = scorer.score([row.text for row in held_out])
    elapsed = time.perf_counter() - started
    predicted = [s >= 0.5 for s in scores]
    ours = binary_scores(gold, predicted)
    base_scores, base_time = baseline_predictions(train_rows, held_out)
    base_predicted = [s >= 0.5 for s in base_scores]
    base = binary_scores(gold, base_predicted)
    print(ours.line("spaCy textcat (ours)") + f" weighted-F1={weighted_f1(gold, predicted):.4f}"
          f" AP={average_precision(gold, scores):.4f}")
    print(base.line("TF-IDF + LogReg baseline")
          + f" weighted-F1={weighted_f1(gold, base_predicted):.4f}"
          f" AP={average_precision(gold, base_scores):.4f} (fit+predict {base_time:.1f}s)")
    policy = scorer.nlp.meta.get("factcheck", {}).get("threshold_policy", "dev")
    print(f"ours scores {len(held_out) / elapsed:,.0f} sentences/s; threshold "
          f"{scorer.threshold:.2f} ({policy} policy); F1 difference {ours.f1 - base.f1:+.4f}")
    if args.test:
        if policy == "careful":
            print("the careful policy chose our threshold on the careful labels: on them, "
                  "trust the lines at the others' cut")
        print_halves(gold, sets, {"ours": scores, "baseline": base_scores})
    if not args.train:
        print(f"model size {model_size(args.model) / 1e6:.1f} MB ({args.model})")
    if args.annotate:
        started = time.perf_counter()
        path_scores = binary_scores(gold, annotate_predictions(args.annotate, held_out))
        print(path_scores.line("factcheck annotate path")
              + f" ({time.perf_counter() - started:.0f}s, shipped model)")
    if args.score_py:
        write_score_py_files(args.score_py, held_out, scores)
        print(f"score.py inputs in {args.score_py}/gold.jsonl and system.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
