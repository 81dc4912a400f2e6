"""Title abbreviations ("Capt.", "Det. Insp.") stay whole and never end a sentence before a name.

Runs every ``examples:`` entry of ``generator/rules/abbreviations.yaml`` through the pipeline,
and checks the ``title_stops`` component on its own and in pipelines a user may choose (a
senter instead of the parser, a blank pipeline with a sentencizer).
"""

from __future__ import annotations

import pytest

from generator.nlp import (
    DEFAULT_PIPELINES,
    PARAGRAPH_BREAKS,
    TITLE_STOPS,
    Abbreviations,
    customise_pipeline,
    first_sentence_setter,
    keep_titles_with_names,
    load_abbreviations,
    load_pipeline,
)
from generator.rulefiles import RuleFileError, validate_rule_file

EXAMPLES = load_abbreviations().examples


def _sentences(doc) -> list[str]:
    """The sentences' texts, without the line breaks a sentencizer leaves on their own."""
    return [sent.text.strip() for sent in doc.sents if sent.text.strip()]


def _blank_with_sentencizer():
    """An English pipeline with no model: the tokenizer splits "Capt." and the sentencizer
    ends a sentence on every lone full stop."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.mark.model
@pytest.mark.parametrize("example", EXAMPLES, ids=[e.text[:40] for e in EXAMPLES])
def test_rule_file_example(example):
    doc = load_pipeline()(example.text)
    assert len(_sentences(doc)) == example.sentences, _sentences(doc)
    tokens = [token.text for token in doc]
    missing = [word for word in example.whole if word not in tokens]
    assert not missing, f"{missing} split: {tokens}"


@pytest.mark.model
def test_a_title_gets_the_norm_of_a_known_title_and_a_suffix_keeps_its_own():
    doc = load_pipeline()("Sgt. Ola Vik met Ivo Dane Sr. in Tarrow.")
    by_text = {token.text: token for token in doc}
    assert by_text["Sgt."].norm_ == load_abbreviations().norm
    assert by_text["Sgt."].tag_ == "NNP"
    assert by_text["Sr."].norm_ == "sr."


@pytest.mark.model
def test_the_default_pipeline_guards_titles_before_its_parser():
    names = load_pipeline().pipe_names
    assert names.index(TITLE_STOPS) < names.index("parser")
    assert names.index(PARAGRAPH_BREAKS) < names.index("parser")


def test_the_component_joins_a_split_title_to_its_name():
    # No special cases here: "Capt" "." are two tokens, as in a pipeline the user built.
    nlp = _blank_with_sentencizer()
    doc = nlp.make_doc("Police spokesperson Capt. Ann Roe said the road would reopen.")
    assert [t.text for t in doc][2:4] == ["Capt", "."]
    doc = nlp.get_pipe("sentencizer")(keep_titles_with_names(doc))
    assert len(_sentences(doc)) == 1


@pytest.mark.parametrize("text", [
    "He retired as Capt. He now teaches sailing in Brenn.",     # a pronoun, then lower case
    "The ferry left with Capt.\nAnn Roe stayed ashore.",        # a line break is no space
    "The vote went to Capt. 12 of them were against it.",       # not a word
    "She thanked the Capt. the crew and the cook.",              # not capitalised
])
def test_the_component_leaves_other_stops_alone(text):
    doc = keep_titles_with_names(_blank_with_sentencizer().make_doc(text))
    assert [token.text for token in doc if token.is_sent_start is False] == []


def test_a_capitalised_stop_word_before_a_name_still_counts():
    nlp = _blank_with_sentencizer()
    doc = keep_titles_with_names(nlp.make_doc("Sgt. May Lin and Capt. Will Roe spoke."))
    assert [t.text for t in doc if t.is_sent_start is False] == ["May", "Will"]


def test_a_blank_pipeline_with_a_sentencizer_is_customised():
    nlp = customise_pipeline(_blank_with_sentencizer())
    assert nlp.pipe_names == [PARAGRAPH_BREAKS, TITLE_STOPS, "sentencizer"]
    doc = nlp("Police spokesperson Capt. Ann Roe said it.\nDet. Insp. Bo Lind agreed.")
    assert "Capt." in [t.text for t in doc]
    assert _sentences(doc) == ["Police spokesperson Capt. Ann Roe said it.",
                               "Det. Insp. Bo Lind agreed."]


def test_customising_twice_changes_nothing():
    nlp = customise_pipeline(customise_pipeline(_blank_with_sentencizer()))
    assert nlp.pipe_names == [PARAGRAPH_BREAKS, TITLE_STOPS, "sentencizer"]


def test_a_pipeline_without_sentences_gets_no_sentence_guards():
    import spacy

    nlp = customise_pipeline(spacy.blank("en"))
    assert first_sentence_setter(nlp) is None
    assert nlp.pipe_names == []
    assert "Capt." in [t.text for t in nlp("Capt. Ann Roe left.")]


@pytest.mark.model
def test_a_pipeline_with_a_senter_instead_of_a_parser():
    import spacy

    name = next(n for n in DEFAULT_PIPELINES if spacy.util.is_package(n))
    nlp = spacy.load(name, exclude=["parser"])
    nlp.enable_pipe("senter")
    customise_pipeline(nlp)
    assert first_sentence_setter(nlp) == "senter"
    assert nlp.pipe_names.index(TITLE_STOPS) < nlp.pipe_names.index("senter")
    doc = nlp("Police spokesperson Capt. Ann Roe said the road would reopen on Monday.")
    assert len(_sentences(doc)) == 1


@pytest.mark.parametrize("field, value", [
    ("titles", ["Capt."]),        # written with its stop
    ("titles", ["capt"]),         # not capitalised
    ("kept_whole", ["S r"]),
    ("norm", ""),
])
def test_a_bad_entry_is_named_in_the_error(field, value):
    data = {"id": "abbreviations", "norm": "dr.", "titles": ["Capt"], field: value}
    with pytest.raises(RuleFileError, match=f"abbreviations.yaml: field {field}"):
        validate_rule_file("generator/rules/abbreviations.yaml", Abbreviations, data)


def test_every_title_is_listed_once():
    rules = load_abbreviations()
    words = [*rules.titles, *rules.kept_whole]
    assert len(words) == len(set(words))
