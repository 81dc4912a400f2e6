"""Round 34 categories that depend on a parse the model gives only in some contexts, pinned
on hand-built parses so the test does not hang on the tagger's mood."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from generator.extract.quotes.lexicon import load_lexicon
from generator.extract.quotes.misread_objects import trailing_cue_on_object


def _doc(words, heads, deps, tags, pos):
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos,
               lemmas=[w.lower() for w in words])


def test_trailing_cue_on_an_unlabelled_object_noun_is_the_report():
    # "Orm will vote on May 8, the commission announced on Monday." with the noun of the
    # cue left unlabelled ("dep") by the parser, as in some leads under a headline
    words = ["Orm", "will", "vote", "on", "May", "8", ",", "the", "commission", "announced",
             "on", "Monday", "."]
    heads = [2, 2, 2, 2, 3, 4, 2, 8, 2, 8, 9, 10, 2]
    tags = ["NNP", "MD", "VB", "IN", "NNP", "CD", ",", "DT", "NN", "VBD", "IN", "NNP", "."]
    pos = ["PROPN", "AUX", "VERB", "ADP", "PROPN", "NUM", "PUNCT", "DET", "NOUN", "VERB",
           "ADP", "PROPN", "PUNCT"]
    lex = load_lexicon()
    for label in ("dep", "dobj"):
        deps = ["nsubj", "aux", "ROOT", "prep", "pobj", "nummod", "punct", "det", label,
                "acl", "prep", "pobj", "punct"]
        doc = _doc(words, heads, deps, tags, pos)
        assert trailing_cue_on_object(doc[9], lex), label
