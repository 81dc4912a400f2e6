"""The check-worthiness scorer: the shipped model, calibration, and the training command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.extract.checkworthy import (
    ScorerNotFound,
    calibrate,
    ends_sentence,
    load_scorer,
    normalise,
    score_doc,
    score_texts,
    scoring_groups,
)
from generator.training.checkworthy import train
from generator.training.data import DataError, load_sentences, split_sentences
from generator.training.fitting import build_pipeline

FACTS = [
    "Unemployment in {place} rose to {n} percent last year, the highest rate in a decade.",
    "The {place} council spent ${n} million on the new harbour.",
    "{place} exported {n},000 tonnes of wheat in 2021.",
    "Crime in {place} fell by {n} percent since the new law passed.",
    "The population of {place} has doubled to {n},000 people.",
]
CHATTER = [
    "Thank you very much, {place}.",
    "I think the people of {place} are wonderful.",
    "Well, let me say this about {place}.",
    "Good evening, everyone in {place}.",
    "We love {place} and we always will.",
]
PLACES = ["Veldmark", "Lowmere", "Orsk", "Tarnby", "Quillford", "Brask"]


def tiny_corpus(path: Path) -> Path:
    """60 fictional sentences, half of them check-worthy statistics."""
    rows, n = [], 0
    for place in PLACES:
        for template in FACTS + CHATTER:
            n += 1
            rows.append({"id": f"t-{n}", "text": template.format(place=place, n=n + 3),
                         "checkworthy": template in FACTS})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_shipped_model_ranks_a_statistic_above_thanks():
    statistic, thanks = score_texts([
        "Unemployment in Veldmark rose to 9 percent in 2023, the highest rate in a decade.",
        "Thank you very much.",
    ])
    assert statistic >= 0.5 > thanks
    assert 0.0 <= thanks <= statistic <= 1.0


def test_score_texts_of_nothing_is_nothing():
    assert score_texts([]) == []


def test_missing_model_names_the_training_command(tmp_path):
    with pytest.raises(ScorerNotFound, match="generator.training.checkworthy"):
        load_scorer(tmp_path)


@pytest.mark.parametrize(("raw", "threshold", "calibrated"), [
    (0.0, 0.3, 0.0), (0.3, 0.3, 0.5), (1.0, 0.3, 1.0), (0.15, 0.3, 0.25), (0.65, 0.3, 0.75),
])
def test_calibration_maps_the_threshold_to_one_half(raw, threshold, calibrated):
    assert calibrate(raw, threshold) == pytest.approx(calibrated)


def test_split_is_fixed_by_id(tmp_path):
    rows = load_sentences(tiny_corpus(tmp_path / "tiny.jsonl"))
    train_a, held_a = split_sentences(rows)
    train_b, held_b = split_sentences(list(reversed(rows)))
    assert {r.id for r in held_a} == {r.id for r in held_b}
    assert not {r.id for r in held_a} & {r.id for r in train_a}
    assert 0.1 < len(held_a) / len(rows) < 0.35


def test_bad_corpus_line_names_file_line_and_field(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "x", "checkworthy": true}\n{"id": "b", "text": "y"}\n')
    with pytest.raises(DataError, match=r"bad\.jsonl:2: field 'checkworthy'"):
        load_sentences(bad)


def test_training_command_writes_a_loadable_model(tmp_path):
    data, out = tiny_corpus(tmp_path / "tiny.jsonl"), tmp_path / "model"
    command = [sys.executable, "-m", "generator.training.checkworthy", "--data", str(data),
               "--out", str(out), "--epochs", "3", "--threshold-policy", "dev"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    scorer = load_scorer(out)
    assert 0.05 <= scorer.threshold <= 0.95
    fact, chatter = scorer.score(["Crime in Zarn fell by 12 percent.", "Good evening, Zarn."])
    assert fact > chatter


def test_text_without_letters_scores_zero():
    assert score_texts(["\u2014", "* * *"]) == [0.0, 0.0]


def test_saved_model_holds_no_corpus_words(tmp_path):
    data, out = tiny_corpus(tmp_path / "tiny.jsonl"), tmp_path / "model"
    nlp, _result = train(data, out, epochs=1, threshold_policy="dev", log=lambda line: None)
    assert "Quillford" not in (out / "vocab" / "strings.json").read_text(encoding="utf-8")
    assert nlp("Crime in Quillford fell.").cats  # still a working classifier


def test_char_ngrams_share_the_stem_of_related_words():
    from generator.training.features import char_ngram_keys

    employment = set(char_ngram_keys("employment", 2, 5).tolist())
    unemployment = set(char_ngram_keys("unemployment", 2, 5).tolist())
    weather = set(char_ngram_keys("weather", 2, 5).tolist())
    assert len(employment & unemployment) > len(employment) / 2
    assert len(employment & weather) < 3


def test_each_feature_group_has_unit_length_and_length_is_one_feature():
    import numpy
    import spacy

    from generator.training.features import doc_features

    doc = spacy.blank("en")("crime in zarn fell by 00 percent")
    keys, values = doc_features(doc, ngram_size=2, char_range=(2, 5), char_weight=0.5)
    words = len(doc) + len(doc) - 1  # unigrams + bigrams, all distinct here
    chars = values[words:-1]  # the last feature is the length bucket
    assert len(keys) == len(values) > words + 1
    assert numpy.dot(values[:words], values[:words]) == pytest.approx(1.0)
    assert numpy.dot(chars, chars) == pytest.approx(0.25)
    assert values[-1] == 1.0


@pytest.mark.parametrize("architecture", ["charbow", "bow"])
def test_training_is_deterministic_for_each_shipped_kind(tmp_path, architecture):
    data = tiny_corpus(tmp_path / "tiny.jsonl")
    texts = ["Crime in Zarn fell by 12 percent.", "We love Zarn."]
    runs = [train(data, None, architecture=architecture, epochs=2, threshold_policy="dev",
                  log=lambda line: None)[0] for _ in range(2)]
    first, second = ([doc.cats["CHECKWORTHY"] for doc in nlp.pipe(texts)] for nlp in runs)
    assert first == second


@pytest.mark.parametrize(("piece", "ends"), [
    ("Rents in Orsk rose by 4 percent.", True),
    ("Did rents in Orsk rise?", True),
    ('"Rents rose," she said.', True),
    ("Rents rose (by 4 percent.)", True),
    ("So the harbour was never", False),
    ("The mayor sent a letter --", False),
    ("MODERATOR:", False),
    ("", False),
])
def test_ends_sentence(piece, ends):
    assert ends_sentence(piece) is ends


def spans_of(text: str, pieces: list[str]) -> list[tuple[int, int]]:
    """Character spans of consecutive ``pieces`` in ``text``."""
    spans, at = [], 0
    for piece in pieces:
        start = text.index(piece, at)
        spans.append((start, start + len(piece)))
        at = start + len(piece)
    return spans


def test_a_cut_sentence_is_scored_as_one_group():
    pieces = ["So the harbour in Lowmere cost twice", "what we were told.", "Thank you."]
    text = " ".join(pieces)
    assert scoring_groups(text, spans_of(text, pieces)) == [(0, 1), (2, 2)]


def test_a_line_break_ends_a_group():
    pieces = ["Lowmere harbour opens", "The harbour cost $40 million", "Thank you."]
    text = "Lowmere harbour opens\n\nThe harbour cost $40 million Thank you."
    assert scoring_groups(text, spans_of(text, pieces)) == [(0, 0), (1, 2)]


def test_every_sentence_is_in_exactly_one_group():
    pieces = ["MODERATOR:", "Time is up --", "sir, time is up", "Fine."]
    text = " ".join(pieces)
    groups = scoring_groups(text, spans_of(text, pieces))
    covered = [i for first, last in groups for i in range(first, last + 1)]
    assert covered == list(range(len(pieces)))
    assert groups == [(0, 3)]


def test_score_doc_gives_the_pieces_of_a_cut_sentence_one_score(nlp):
    doc = nlp("Good evening. MODERATOR: Senator Brask, the harbour in Lowmere cost 40 million "
              "dollars -- twice the estimate. Thank you very much.")
    sents = list(doc.sents)
    scores = score_doc(doc)
    assert len(scores) == len(sents)
    groups = scoring_groups(doc.text, [(s.start_char, s.end_char) for s in sents])
    assert any(last > first for first, last in groups)  # the parser cut "MODERATOR:" off
    for first, last in groups:
        assert len(set(scores[first:last + 1])) == 1
        whole = doc.text[sents[first].start_char:sents[last].end_char]
        assert scores[first] == pytest.approx(score_texts([whole])[0])
    assert max(scores) >= 0.5 > scores[-1]


def labelled(pairs: list[tuple[str, bool]]):
    from generator.training.data import LabelledSentence

    return [LabelledSentence(f"n-{i}", text, label) for i, (text, label) in enumerate(pairs)]


def test_a_confidently_contradicted_label_is_an_issue():
    from generator.training.noise import label_issues

    rows = labelled([("a", True), ("b", True), ("c", False), ("d", False), ("e", False)])
    scores = {"n-0": 0.9, "n-1": 0.8, "n-2": 0.1, "n-3": 0.2, "n-4": 0.95}
    # n-4 is labelled not check-worthy but scores above the check-worthy mean (0.85)
    assert label_issues(rows, scores) == {"n-4"}


def test_an_unsure_score_is_not_judged():
    from generator.training.noise import class_thresholds, label_issues

    rows = labelled([("a", True), ("b", True), ("c", False), ("d", False)])
    scores = {"n-0": 0.9, "n-1": 0.5, "n-2": 0.1, "n-3": 0.1}
    positive, negative = class_thresholds(rows, scores)
    assert (positive, negative) == pytest.approx((0.7, 0.9))
    assert label_issues(rows, scores) == set()  # n-1 reaches neither class's mean


@pytest.mark.parametrize(("how", "labels"), [
    ("keep", [True, False, True]), ("drop", [True, True]), ("flip", [True, True, True]),
])
def test_issues_are_kept_dropped_or_flipped(how, labels):
    from generator.training.noise import handle_issues

    rows = labelled([("a", True), ("b", False), ("c", True)])
    assert [r.checkworthy for r in handle_issues(rows, {"n-1"}, how)] == labels


def test_unknown_issue_handling_is_refused():
    from generator.training.noise import handle_issues

    with pytest.raises(ValueError, match="unknown handling 'fix'"):
        handle_issues(labelled([("a", True)]), set(), "fix")


def test_out_of_fold_scores_never_score_a_sentence_seen_in_training():
    from generator.training.noise import out_of_fold_scores

    rows = labelled([(f"text {i}", i % 2 == 0) for i in range(40)])
    seen_by_scorer: list[tuple[set[str], list[str]]] = []

    def fit_and_score(train, texts):
        seen_by_scorer.append(({r.text for r in train}, texts))
        return [0.5] * len(texts)

    scores = out_of_fold_scores(rows, fit_and_score, folds=4)
    assert set(scores) == {r.id for r in rows}
    for trained_on, scored in seen_by_scorer:
        assert not trained_on & set(scored)


def test_training_with_label_issues_dropped_records_it(tmp_path):
    data = tiny_corpus(tmp_path / "tiny.jsonl")
    lines: list[str] = []
    nlp, _result = train(data, None, epochs=2, label_issues="drop", threshold_policy="dev",
                         log=lines.append)
    assert nlp.meta["factcheck"]["label_issues"] == "drop"
    assert any(line.startswith("label issues:") for line in lines)
    with pytest.raises(ValueError, match="'fix' is not one of keep, drop, flip"):
        train(data, None, epochs=1, label_issues="fix", threshold_policy="dev",
              log=lines.append)


def test_a_headline_keeps_its_own_score_although_spacy_keeps_its_blank_lines(nlp):
    doc = nlp("Lowmere harbour opens\n\nThe harbour cost 40 million dollars, the council said.")
    spans = [(s.start_char, s.end_char) for s in doc.sents]
    assert doc.text[spans[0][0]:spans[0][1]].endswith("\n")  # why the gap alone is not enough
    assert scoring_groups(doc.text, spans) == [(0, 0), (1, 1)]


def test_best_cut_finds_the_f1_best_cut_and_prefers_one_half_on_ties():
    from generator.training.thresholds import best_cut

    gold = [True, True, False, False]
    cut, scores = best_cut(gold, [0.9, 0.3, 0.2, 0.1])
    assert 0.2 < cut <= 0.3 and scores.f1 == 1.0
    cut, _scores = best_cut(gold, [0.9, 0.8, 0.1, 0.05])  # every cut in 0.1..0.8 is perfect
    assert cut == 0.5


def test_each_half_is_judged_at_the_cut_of_the_other():
    from generator.training.thresholds import cross_fitted, cross_half_cuts

    gold = [True, False, True, False]
    scores = [0.35, 0.25, 0.75, 0.65]
    groups = ["A", "A", "B", "B"]
    cuts = cross_half_cuts(gold, scores, groups)
    assert 0.65 < cuts["A"] <= 0.75 and 0.25 < cuts["B"] <= 0.35
    # A's sentences never reach B-chosen 0.7; B's both pass A-chosen 0.3
    assert cross_fitted(scores, groups, cuts) == [False, False, True, True]
    assert cross_half_cuts(gold, scores, ["A"] * 4) == {}


def careful_labels_file(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_careful_labels_skip_disagreements_and_name_the_bad_line(tmp_path):
    from generator.training.thresholds import load_careful_labels

    good = careful_labels_file(tmp_path / "good.jsonl", [
        {"id": "a", "set": "A", "checkworthy": True},
        {"id": "b", "set": "B", "checkworthy": None},
    ])
    assert [label.id for label in load_careful_labels(good)] == ["a"]
    bad = careful_labels_file(tmp_path / "bad.jsonl", [
        {"id": "a", "set": "A", "checkworthy": True},
        {"id": "b", "set": "B", "checkworthy": "yes"},
    ])
    with pytest.raises(DataError, match=r"bad\.jsonl:2: field 'checkworthy'"):
        load_careful_labels(bad)


def test_careful_cut_records_each_half_and_the_carried_f1():
    from generator.training.thresholds import CarefulLabel, careful_cut

    labels = [CarefulLabel(f"n-{i}", "AB"[i % 2], i < 4) for i in range(8)]
    raw = [0.9, 0.2, 0.8, 0.3, 0.25, 0.1, 0.05, 0.15]  # A's positives score high, B's low
    chosen = careful_cut(labels, raw)
    assert chosen.labels == 8
    assert chosen.by_set["A"] > 0.3 >= chosen.by_set["B"] > 0.15
    assert chosen.carried_f1["B"] == 0.0  # A's cut misses every positive of B
    assert chosen.carried_f1["A"] == pytest.approx(0.8)  # B's cut lets a negative of A in
    assert 0.15 < chosen.threshold <= 0.2


def test_policy_threshold_of_each_policy():
    from generator.training.thresholds import CarefulCut, policy_threshold

    careful = CarefulCut(0.18, 578, {"A": 0.13, "B": 0.16}, {"A": 0.82, "B": 0.73})
    assert policy_threshold("dev", 0.34, careful) == 0.34
    assert policy_threshold("careful", 0.34, careful) == 0.18
    assert policy_threshold("balanced", 0.34, careful) == 0.26
    assert policy_threshold("dev", 0.34, None) == 0.34
    with pytest.raises(ValueError, match="'balanced' needs the careful labels"):
        policy_threshold("balanced", 0.34, None)


def test_balanced_policy_sets_the_threshold_from_held_out_labels_only(tmp_path):
    data = tiny_corpus(tmp_path / "tiny.jsonl")
    rows = load_sentences(data)
    train_rows, held_out = split_sentences(rows)
    labels = [{"id": row.id, "set": "AB"[i % 2], "checkworthy": row.checkworthy}
              for i, row in enumerate(held_out * 2)]  # 20+ lines; repeats count twice
    labels.append({"id": train_rows[0].id, "set": "A", "checkworthy": True})
    careful = careful_labels_file(tmp_path / "careful.jsonl", labels)
    out = tmp_path / "model"
    nlp, result = train(data, out, epochs=2, careful_labels=careful,
                        threshold_policy="balanced", log=lambda line: None)
    saved = set(json.loads((out / "vocab" / "strings.json").read_text(encoding="utf-8")))
    scored = {word for row in held_out for word in normalise(row.text).split()}
    leakable = scored - set(build_pipeline().vocab.strings)  # "veldmark.", "lowmere", ...
    assert leakable and not leakable & saved
    meta = nlp.meta["factcheck"]
    assert meta["threshold_policy"] == "balanced"
    assert result.careful.labels == len(held_out) * 2  # the training id was left out
    assert meta["threshold"] == round((meta["dev_threshold"] + result.careful.threshold) / 2, 2)
    assert set(meta["careful"]["by_set"]) == {"A", "B"}


def test_careful_policy_without_held_out_labels_says_how_to_go_on(tmp_path):
    data = tiny_corpus(tmp_path / "tiny.jsonl")
    careful = careful_labels_file(tmp_path / "careful.jsonl",
                                  [{"id": "elsewhere", "set": "A", "checkworthy": True}])
    with pytest.raises(ValueError, match=r"careful\.jsonl: only 0 careful labels .*'dev'"):
        train(data, None, epochs=1, careful_labels=careful, threshold_policy="careful",
              log=lambda line: None)
    with pytest.raises(ValueError, match="threshold_policy: 'crowd' is not one of dev"):
        train(data, None, epochs=1, threshold_policy="crowd", log=lambda line: None)
