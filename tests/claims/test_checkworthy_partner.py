"""The scorer's second classifier: word features, the mean of both, and how training makes it."""

from __future__ import annotations

import json

import numpy
import pytest
import spacy
from test_checkworthy import tiny_corpus

from generator.extract.checkworthy import (
    LABEL,
    MODEL_DIR,
    ScorerNotFound,
    classifiers,
    load_scorer,
    raw_scores,
)
from generator.training.checkworthy import train
from generator.training.features import word_tf_features
from generator.training.fitting import Settings
from generator.training.metrics import average_precision
from generator.training.partner import PARTNER_NAME, partner_settings

TEXTS = ["Crime in Zarn fell by 12 percent last year.", "Good evening, Zarn.",
         "The harbour cost $40 million, twice the estimate.", "I love this town."]


def quiet(line: str) -> None:
    """Training log sink."""


def component_scores(nlp, name: str, texts: list[str]) -> list[float]:
    from generator.extract.checkworthy import normalise

    component = nlp.get_pipe(name)
    docs = [nlp.make_doc(normalise(text)) for text in texts]
    return [float(v) for v in component.predict(docs)[:, component.labels.index(LABEL)]]


def test_word_features_are_log_scaled_word_ngrams_of_unit_length():
    doc = spacy.blank("en")("crime , crime fell ; a crime")
    keys, values = word_tf_features(doc)
    # words of two or more letters: crime crime fell crime -> unigrams crime, fell; bigrams
    # "crime crime", "crime fell", "fell crime": punctuation and "a" are left out.
    assert len(keys) == 5
    assert numpy.dot(values, values) == pytest.approx(1.0)
    crime = doc.vocab.strings["crime"]
    fell = doc.vocab.strings["fell"]
    by_key = dict(zip(keys.tolist(), values.tolist()))
    assert by_key[crime] / by_key[fell] == pytest.approx(1.0 + numpy.log(3.0))


def test_average_precision_of_hand_worked_rankings():
    assert average_precision([True, False, True], [0.9, 0.8, 0.7]) == pytest.approx(
        (1 / 1 + 2 / 3) / 2)
    assert average_precision([True, True, False], [0.9, 0.8, 0.1]) == 1.0
    # a tie counts as one threshold: both sentences are taken together
    assert average_precision([True, False], [0.5, 0.5]) == pytest.approx(0.5)
    assert average_precision([False, False], [0.3, 0.2]) == 0.0


def test_average_precision_agrees_with_scikit_learn():
    """The benchmark's AP figures came from scikit-learn before it used this function."""
    import random

    from sklearn.metrics import average_precision_score

    rng = random.Random(7)
    for _ in range(50):
        gold = [rng.random() < 0.3 for _ in range(40)] + [True]
        scores = [round(rng.random(), 1) for _ in gold]  # rounded: ties happen
        assert average_precision(gold, scores) == pytest.approx(
            average_precision_score(gold, scores))


def test_partner_settings_balance_the_classes_and_train_no_partner_of_their_own():
    main = Settings(seed=4, learn_rate=0.003)
    partner = partner_settings(main)
    assert (partner.architecture, partner.positive_copies, partner.dropout) == ("words", 3, 0.0)
    assert (partner.seed, partner.learn_rate, partner.partner) == (4, 0.003, None)
    with pytest.raises(ValueError, match="no partner"):
        partner_settings(Settings(partner=None))


def test_shipped_model_scores_the_mean_of_its_two_classifiers():
    nlp = load_scorer().nlp
    assert nlp.pipe_names == ["textcat", PARTNER_NAME]
    first, second = (component_scores(nlp, name, TEXTS) for name in nlp.pipe_names)
    assert raw_scores(nlp, TEXTS) == pytest.approx([(a + b) / 2 for a, b in zip(first, second)])
    assert first != pytest.approx(second)  # two views, not one model twice


def test_shipped_model_records_its_partner():
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))["factcheck"]
    assert meta["partner"] == "words"
    assert 1 <= meta["partner_epoch"] <= 6


def test_training_makes_both_classifiers_and_the_cut_of_their_mean(tmp_path):
    data = tiny_corpus(tmp_path / "tiny.jsonl")
    nlp, result = train(data, tmp_path / "model", epochs=2, relabels=None, log=quiet)
    assert nlp.pipe_names == ["textcat", PARTNER_NAME]
    assert (result.partner, result.partner_epoch in (1, 2)) == ("words", True)
    saved = load_scorer(tmp_path / "model")
    assert saved.nlp.pipe_names == ["textcat", PARTNER_NAME]
    assert raw_scores(saved.nlp, TEXTS) == pytest.approx(raw_scores(nlp, TEXTS))
    fact, chatter = saved.score(TEXTS[:2])
    assert fact > chatter


def test_training_without_a_partner_makes_one_classifier(tmp_path):
    data = tiny_corpus(tmp_path / "tiny.jsonl")
    nlp, result = train(data, None, epochs=1, relabels=None, partner=None, log=quiet)
    assert nlp.pipe_names == ["textcat"]
    assert (result.partner, result.partner_epoch) == (None, None)


def test_training_with_a_partner_is_deterministic(tmp_path):
    data = tiny_corpus(tmp_path / "tiny.jsonl")
    runs = [train(data, None, epochs=2, relabels=None, log=quiet)[0] for _ in range(2)]
    assert raw_scores(runs[0], TEXTS) == raw_scores(runs[1], TEXTS)


def test_a_pipeline_without_a_classifier_is_refused():
    with pytest.raises(ScorerNotFound, match="no CHECKWORTHY classifier"):
        classifiers(spacy.blank("en"))


@pytest.mark.parametrize("flags, expected", [([], "default"), (["--no-partner"], None)])
def test_train_command_passes_no_partner_on(monkeypatch, flags, expected):
    import generator.training.checkworthy as training
    from generator.cli import main

    calls = []
    monkeypatch.setattr(training, "train", lambda data, **kwargs: calls.append(kwargs))
    assert main(["train-checkworthy", "--data", "c.jsonl", *flags]) == 0
    assert calls[0].get("partner", "default") == expected


def test_module_command_takes_the_partner_flags():
    from generator.training.checkworthy import parse_args

    assert parse_args(["--data", "c.jsonl"]).partner == "words"
    assert parse_args(["--data", "c.jsonl", "--no-partner"]).partner is None
    assert parse_args(["--data", "c.jsonl", "--partner", "bow"]).partner == "bow"
