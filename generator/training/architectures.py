"""spaCy ``textcat`` model configurations the check-worthiness trainer can build.

Kept as data (thinc config strings, as spaCy's own defaults are) so that an experiment is a new
entry here rather than a new code path. ``bow`` is the shipped choice; the others stay for
comparison (``benchmarks/bench_checkworthy.py --train --architecture NAME``).

What was tried (ClaimBuster crowdsourced, F1 of the check-worthy class on the fixed 20%
held-out ids; the TF-IDF 1-2 gram + balanced logistic regression baseline scores 0.676):

- ``bow`` (ORTH unigrams + bigrams): 0.670
- ``bow`` + lower case and digits folded (``checkworthy.normalise``): 0.671
- ... + refit on training + development ids: 0.677 (shipped); the same with unigrams only
  0.675, with trigrams 0.656
- ``ensemble`` (bow + CNN over NORM/PREFIX/SUFFIX/SHAPE): 0.665; with refit 0.666
- ensemble with en_core_web_sm TAG and ENT_TYPE as extra features: 0.654-0.675
- mean of ``bow`` and ``ensemble`` probabilities: 0.673
- ``bow`` with positives oversampled x3, batch 128 or learning rate 3e-4: 0.663-0.671
- ``bow`` with averaged Adam weights and L2: 0.666
- en_core_web_sm tok2vec output, mean- and max-pooled, + logistic regression: 0.622; mixed
  with ``bow`` probabilities: 0.662

The spread between these (about +-0.01) is the noise of one split: the crowdsourced labels
are noisy, and word n-grams carry most of what a small model can learn from them. ``bow`` wins
on size (2 MB) and speed (about 5,000 sentences a second against 1,400 for ``ensemble``).
"""

from __future__ import annotations

from thinc.api import Config

import generator.training.features  # noqa: F401  (registers factcheck.CharNgramBOW.v1)

#: Bag of words + bigrams: a linear model over hashed n-grams of the exact token text.
BOW = """
[model]
@architectures = "spacy.TextCatBOW.v3"
exclusive_classes = true
length = 262144
ngram_size = 2
no_output_layer = false
"""

#: spaCy's default ensemble: the n-gram linear model plus a small CNN over hashed word,
#: prefix, suffix and *shape* embeddings. The shape feature ("dd.d%", "$d,ddd") is what lets the
#: network see numbers, money and percentages that a bag of words hashes apart.
ENSEMBLE = """
[model]
@architectures = "spacy.TextCatEnsemble.v2"

[model.tok2vec]
@architectures = "spacy.Tok2Vec.v2"

[model.tok2vec.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = 64
rows = [5000, 2500, 1000, 2500, 500]
attrs = ["NORM", "LOWER", "PREFIX", "SUFFIX", "SHAPE"]
include_static_vectors = false

[model.tok2vec.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 64
window_size = 1
maxout_pieces = 3
depth = 2

[model.linear_model]
@architectures = "spacy.TextCatBOW.v3"
exclusive_classes = true
length = 262144
ngram_size = 2
no_output_layer = false
"""

#: Only the CNN part (mean-pooled HashEmbedCNN): no n-gram memory.
CNN = """
[model]
@architectures = "spacy.TextCatReduce.v1"
exclusive_classes = true
use_reduce_first = false
use_reduce_last = false
use_reduce_max = true
use_reduce_mean = true

[model.tok2vec]
@architectures = "spacy.HashEmbedCNN.v2"
pretrained_vectors = null
width = 96
depth = 3
embed_size = 5000
window_size = 1
maxout_pieces = 3
subword_features = true
"""

#: Word unigrams + bigrams and character 2-5-grams of each word in one linear model
#: (``generator.training.features``).
CHARBOW = """
[model]
@architectures = "factcheck.CharNgramBOW.v1"
ngram_size = 2
char_min = 2
char_max = 5
char_weight = 1.0
length = 262144
"""

ARCHITECTURES = {"bow": BOW, "ensemble": ENSEMBLE, "cnn": CNN, "charbow": CHARBOW}


def model_config(name: str) -> dict:
    """The ``model`` block for ``nlp.add_pipe("textcat", config=...)``.

    Raises:
        ValueError: for an unknown name, listing the known ones.
    """
    if name not in ARCHITECTURES:
        raise ValueError(f"unknown architecture {name!r}; expected one of {sorted(ARCHITECTURES)}")
    return Config().from_str(ARCHITECTURES[name])["model"]
