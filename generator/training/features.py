"""A spaCy text classifier over word n-grams AND character n-grams of each word.

spaCy's ``TextCatBOW`` hashes whole tokens only, so "unemployment", "employment" and
"employed" are unrelated features and a word seen once in training teaches nothing about its
relatives. Character n-grams of each word (with boundary marks, as scikit-learn's
``char_wb``) share the stems, affixes and number shapes ("%", "$0,000", "-ion") between them.
Each group (word n-grams, character n-grams) is scaled to unit length as a TF-IDF vector is,
and one more feature tells the sentence's length bucket, which that scaling hides. On the
ClaimBuster split this is the feature set that lifted the linear model above the TF-IDF
baseline (see ``generator.training.architectures``).

``factcheck.WordTfBOW.v1`` is the shipped scorer's second, plainer view: word unigrams and
bigrams only, log-scaled as the TF-IDF baseline's are (``word_tf_features``).

The architectures are registered with spaCy as ``factcheck.CharNgramBOW.v1`` and
``factcheck.WordTfBOW.v1``; a saved pipeline names them in its ``config.cfg``, so this module
must be imported before ``spacy.load`` of such a model
(``generator.extract.checkworthy.load_scorer`` does).
"""

from __future__ import annotations

import re
from functools import lru_cache, partial

import numpy
from spacy.attrs import ORTH
from spacy.ml.models.textcat import resize_and_set_ref
from spacy.strings import hash_string
from spacy.util import registry
from thinc.api import Model, SparseLinear_v2, chain, resizable, softmax_activation, with_cpu
from thinc.layers.resizable import resize_linear_weighted

#: Bias fill of new output rows when labels are added (as spaCy's BOW model does).
_NEG_VALUE = -5000.0
#: Marks a character n-gram key so it never equals the hash of a real token.
_CHAR_PREFIX = "\x00c"


@lru_cache(maxsize=200_000)
def char_ngram_keys(word: str, min_n: int, max_n: int) -> numpy.ndarray:
    """Hashes of the character n-grams of ``word`` padded with spaces (``" word "``).

    Cached per word: vocabulary is Zipfian, so almost every token of a new sentence is a hit
    and feature extraction stays a dictionary look-up per token. The array is shared by every
    caller and marked read-only.
    """
    padded = f" {word} "
    grams = {padded[i:i + n] for n in range(min_n, max_n + 1)
             for i in range(len(padded) - n + 1)}
    keys = numpy.asarray([hash_string(_CHAR_PREFIX + gram) for gram in sorted(grams)],
                         dtype="uint64")
    keys.flags.writeable = False
    return keys


def doc_features(doc, ngram_size: int, char_range: tuple[int, int], char_weight: float):
    """(keys, values) of one doc: word 1..ngram_size-grams + character n-grams.

    Each group's counts are scaled to unit length; the character group then by
    ``char_weight``, the share of the signal it gets against the word group.
    """
    unigrams = numpy.asarray(doc.to_array(ORTH), dtype="uint64")
    word_keys = [unigrams] + [_ngrams(unigrams, n) for n in range(2, ngram_size + 1)]
    keys, counts = numpy.unique(numpy.concatenate(word_keys), return_counts=True)
    values = _unit(counts)
    if char_range[1] >= char_range[0] and len(doc):
        strings = doc.vocab.strings  # by orth, not by token: a Token object costs more
        chars = numpy.concatenate([char_ngram_keys(strings[orth], *char_range)
                                   for orth in unigrams.tolist()])
        char_keys, char_counts = numpy.unique(chars, return_counts=True)
        keys = numpy.concatenate([keys, char_keys])
        values = numpy.concatenate([values, _unit(char_counts) * char_weight])
    keys = numpy.append(keys, numpy.uint64(length_key(len(doc))))
    values = numpy.append(values, numpy.float32(1.0))
    return keys, values


_LENGTH_BUCKETS = (4, 8, 12, 18, 25, 35, 50)


def length_key(n_tokens: int) -> int:
    """Feature key of the sentence's length bucket: unit-length feature groups hide length."""
    bucket = sum(n_tokens > edge for edge in _LENGTH_BUCKETS)
    return hash_string(f"\x00len{bucket}")


def _unit(counts: numpy.ndarray) -> numpy.ndarray:
    """Counts scaled to unit length (L2), as TF-IDF vectors are.

    Without it a long sentence, with hundreds of character n-grams, moves the output by
    hundreds of weight updates per step and the model overfits on length within two epochs.
    """
    values = counts.astype("float32")
    norm = float(numpy.sqrt(numpy.dot(values, values)))
    return values / norm if norm else values


def _ngrams(unigrams: numpy.ndarray, n: int) -> numpy.ndarray:
    """Order-sensitive hash of every n consecutive keys (empty when the doc is shorter)."""
    if len(unigrams) < n:
        return numpy.zeros((0,), dtype="uint64")
    combined = unigrams[: len(unigrams) - n + 1].copy()
    for offset in range(1, n):
        # Multiply-and-add in uint64 wraps around, which is what a hash may do.
        following = unigrams[offset: len(unigrams) - n + 1 + offset]
        combined = combined * numpy.uint64(1000003) + following
    return combined


def extract_features(ngram_size: int, char_range: tuple[int, int], char_weight: float) -> Model:
    """A thinc layer: docs -> (keys, values, lengths) as ``SparseLinear`` reads them."""
    model: Model = Model("extract_char_ngrams", _extract_forward)
    model.attrs.update(ngram_size=ngram_size, char_range=tuple(char_range),
                       char_weight=char_weight)
    return model


def _extract_forward(model: Model, docs, is_train: bool):
    per_doc = [doc_features(doc, model.attrs["ngram_size"], model.attrs["char_range"],
                            model.attrs["char_weight"]) for doc in docs]
    return _batch(per_doc), _no_gradient


def _batch(per_doc: list[tuple[numpy.ndarray, numpy.ndarray]]):
    """Per-doc (keys, values) as one (keys, values, lengths) triple for ``SparseLinear``."""
    lengths = numpy.asarray([len(keys) for keys, _ in per_doc], dtype="int32")
    if per_doc:
        keys = numpy.concatenate([keys for keys, _ in per_doc])
        values = numpy.concatenate([values for _, values in per_doc]).astype("float32")
    else:
        keys, values = numpy.zeros((0,), dtype="uint64"), numpy.zeros((0,), dtype="float32")
    return keys, values, lengths


def _no_gradient(d_output):
    """Feature extraction has no weights: nothing to pass back."""
    return []


@registry.architectures("factcheck.CharNgramBOW.v1")
def build_char_ngram_bow(
    ngram_size: int = 2,
    char_min: int = 2,
    char_max: int = 5,
    char_weight: float = 1.0,
    length: int = 2 ** 18,
    nO: int | None = None,
) -> Model:
    """Exclusive-class linear text classifier over hashed word and character n-grams.

    Args:
        ngram_size: longest word n-gram (2 = unigrams + bigrams).
        char_min: shortest character n-gram within a (space-padded) word.
        char_max: longest character n-gram; below ``char_min`` disables character features.
        char_weight: length of the (unit-length) character group relative to the word group.
        length: rows of the hashed weight table; the model's size is about
            ``8 * length`` bytes for two labels.
        nO: number of labels (set by the ``textcat`` component).
    """
    return _linear_classifier(extract_features(ngram_size, (char_min, char_max), char_weight),
                              length, nO)


#: A word as the TF-IDF baseline's tokenizer reads one: two or more word characters.
_WORD = re.compile(r"\w\w+")


def word_tf_features(doc) -> tuple[numpy.ndarray, numpy.ndarray]:
    """(keys, values) of one doc: unigrams + bigrams of its words (punctuation and
    one-letter tokens left out), log-scaled counts (``1 + log(count)``) scaled to unit length.

    The features of a TF-IDF vector without the IDF: the check-worthiness partner model
    (``factcheck.WordTfBOW.v1``) reads a sentence as the baseline does, not as ``charbow``.
    """
    strings = doc.vocab.strings
    words = numpy.asarray([orth for orth in doc.to_array(ORTH).tolist()
                           if _is_word(strings[orth])], dtype="uint64")
    keys, counts = numpy.unique(numpy.concatenate([words, _ngrams(words, 2)]),
                                return_counts=True)
    return keys, _unit(1.0 + numpy.log(counts.astype("float32")))


@lru_cache(maxsize=200_000)
def _is_word(text: str) -> bool:
    """Whether a token counts as a word for ``word_tf_features`` (cached: words repeat)."""
    return _WORD.fullmatch(text) is not None


def _word_tf_forward(model: Model, docs, is_train: bool):
    return _batch([word_tf_features(doc) for doc in docs]), _no_gradient


@registry.architectures("factcheck.WordTfBOW.v1")
def build_word_tf_bow(length: int = 2 ** 18, nO: int | None = None) -> Model:
    """Exclusive-class linear text classifier over log-scaled word 1-2-gram counts
    (``word_tf_features``).

    Args:
        length: rows of the hashed weight table (about ``8 * length`` bytes for two labels).
        nO: number of labels (set by the ``textcat`` component).
    """
    return _linear_classifier(Model("extract_word_tf", _word_tf_forward), length, nO)


def _linear_classifier(features: Model, length: int, nO: int | None) -> Model:
    """``features`` -> hashed sparse linear layer -> softmax, resizable as spaCy's BOW is."""
    sparse_linear = SparseLinear_v2(nO=nO, length=length)
    fill_defaults = {"b": _NEG_VALUE, "W": 0}
    resizable_layer = resizable(sparse_linear,
                                resize_layer=partial(resize_linear_weighted,
                                                     fill_defaults=fill_defaults))
    linear = chain(features, resizable_layer)
    output_layer = softmax_activation()
    model = chain(with_cpu(linear, linear.ops), with_cpu(output_layer, output_layer.ops))
    if nO is not None:
        model.set_dim("nO", nO)
    model.set_ref("output_layer", sparse_linear)
    model.attrs["multi_label"] = False
    model.attrs["resize_output"] = partial(resize_and_set_ref, resizable_layer=resizable_layer)
    return model
