"""Categories that unseen AP, Reuters, local court, BBC, Guardian, AP sport, AFP and feature
copy (blind round 20) showed to be general, each on a short fictional text of its own: an
epithet subject ("The Democrat said") after a paragraph of quotes is the person quoted in
it, a name in apposition to the main subject ("X's attorney, Y, had argued") is who the
next "He said" means, "a cousin of X's" is X's relative, and asking someone to do
something is a request, not a cue for the partial quote after it."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, exactly, said_by
from spacy.tokens import Doc

from generator.extract.quotes.attribution import asks_for_a_thing
from generator.extract.quotes.lexicon import load_lexicon

pytestmark = pytest.mark.model


CASES = [
    case("an_epithet_subject_looks_past_the_quotes_before_it",
         ("HALLOWAY (AP) — Gov. Ada Quill ordered a freeze on most state hiring Thursday.\n\n"
          '"Nobody in this building wanted to be here today," Quill told reporters. "But I was '
          'elected to make hard decisions."\n\n'
          "The Democrat said the freeze would not apply to nurses or prison staff."),
         exactly("indirect", [
             ("the freeze would not apply to nurses or prison staff", "Ada Quill"),
         ])),
    case("a_name_in_apposition_to_the_main_subject_is_the_next_he",
         ("A jury on Friday found Tom Vance guilty of murder.\n\n"
          "Vance's attorney, Piet Morrow, had argued that the video was too grainy to identify "
          "anyone and that the jacket could have come from a range where Vance once worked. He "
          "said after the verdict that his client would appeal.\n\n"
          "Vance's family left without speaking to reporters."),
         said_by("indirect", "his client would appeal", "Piet Morrow")),
    case("a_cousin_of_someones_is_their_relative",
         ("A jury on Friday found Tom Vance guilty of murder.\n\n"
          "A cousin of Vance's, who asked not to be named, said in a phone interview that the "
          "family still believed he was innocent."),
         exactly("indirect", [
             ("the family still believed he was innocent", "Tom Vance's cousin"),
         ])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round20_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_asking_someone_to_do_something_is_a_request(nlp):
    # "staff were asking anyone to phone ahead, 'so we can keep ...'" as the blind copy was
    # parsed: the quoted purpose clause hung on "asking" as its complement
    words = ["staff", "were", "asking", "anyone", "to", "phone", "ahead", ",", "'", "so", "we",
             "can", "keep", "patients", "safe", "'"]
    heads = [2, 2, 2, 2, 5, 2, 5, 2, 2, 12, 12, 12, 2, 12, 12, 2]
    deps = ["nsubj", "aux", "ROOT", "dobj", "aux", "advcl", "advmod", "punct", "punct", "mark",
            "nsubj", "aux", "ccomp", "dobj", "oprd", "punct"]
    tags = ["NN", "VBD", "VBG", "NN", "TO", "VB", "RB", ",", "``", "RB", "PRP", "MD", "VB",
            "NNS", "JJ", "''"]
    pos = ["NOUN", "AUX", "VERB", "PRON", "PART", "VERB", "ADV", "PUNCT", "PUNCT", "ADV", "PRON",
           "AUX", "VERB", "NOUN", "ADJ", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[2] = "ask"
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas)
    assert asks_for_a_thing(doc[2], load_lexicon())
