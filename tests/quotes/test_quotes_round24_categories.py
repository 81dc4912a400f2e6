"""Categories that unseen AP, Reuters, Kyodo, BBC Scotland, NYT, ESPN, FT and US local copy
(blind round 24) showed to be general, each on a short fictional text of its own: an
organisation NER took for a person, which its apposition ("Skyline Link, a regional
carrier based in Orm,"), a trade word ending its name ("Kessick Minerals") or NER's tag
elsewhere in the article ("Shares in Halvern fell") shows to be one, so that "the
airline" and "the company" refer back to it, never to the public body that investigates
it ("the Civil Aviation Board") nor to a mine the story names; a definite verdict with a
clause of its own after "called X" ('"the worst week this valley has seen in decades"'),
which is no name; a BBC headline quote that condenses the body's partial quote ("'will
cut us off from hospitals'" over 'will "cut us off from" the mainland'); and a long
report closed by its cue that the parser ended mid-sentence ("... traces that upend |
what scientists thought ..., researchers reported on Wednesday"), pinned as the parser
read the round's sentence."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, contents_are, exactly
from spacy.tokens import Doc

from generator.extract.quotes.clauses import reported_clause
from generator.extract.quotes.lexicon import load_lexicon

pytestmark = pytest.mark.model

CRASH = ("ORM, Westmark (AP) — A small plane crashed short of the runway on Friday, "
         "authorities said.\n\n"
         "The Civil Aviation Board said it was sending a team of six investigators.\n\n"
         "Skyline Link, a {description} based in Orm, said it was cooperating fully.\n\n"
         "The Civil Aviation Board said its team would arrive on Saturday.\n\n"
         "\"Our thoughts are with the families,\" the {noun} said. \"We will share what we "
         "learn.\"\n\n"
         "The aircraft had passed an inspection in May, according to the {noun}.")


def _split_by_the_parser(nlp) -> Doc:
    """"A dam in Orm nearly failed last year, leaving cracks that upend what engineers
    thought, officials reported on Monday." as the parser read the round's sentence: a
    sentence ended after "upend" with no stop, "reported" the root of the rest."""
    words = ["A", "dam", "in", "Orm", "nearly", "failed", "last", "year", ",", "leaving",
             "cracks", "that", "upend", "what", "engineers", "thought", ",", "officials",
             "reported", "on", "Monday", "."]
    heads = [1, 5, 1, 2, 5, 5, 7, 5, 5, 5, 9, 12, 10, 15, 15, 18, 18, 18, 18, 18, 19, 18]
    deps = ["det", "nsubj", "prep", "pobj", "advmod", "ROOT", "amod", "npadvmod", "punct",
            "advcl", "dobj", "nsubj", "relcl", "dobj", "nsubj", "advcl", "punct", "nsubj",
            "ROOT", "prep", "pobj", "punct"]
    tags = ["DT", "NN", "IN", "NNP", "RB", "VBD", "JJ", "NN", ",", "VBG", "NNS", "WDT",
            "VBP", "WP", "NNS", "VBD", ",", "NNS", "VBD", "IN", "NNP", "."]
    pos = ["DET", "NOUN", "ADP", "PROPN", "ADV", "VERB", "ADJ", "NOUN", "PUNCT", "VERB",
           "NOUN", "PRON", "VERB", "PRON", "NOUN", "VERB", "PUNCT", "NOUN", "VERB", "ADP",
           "PROPN", "PUNCT"]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


CASES = [
    case("a_verdict_with_a_clause_of_its_own_after_called_is_a_quote",
         ('Mayor Ida Brenn called the flood "the worst week this valley has seen in decades" '
          "and said shelters would stay open."),
         exactly("direct", [("the worst week this valley has seen in decades", "Ida Brenn")])),
    case("a_short_definite_name_after_called_is_still_no_quote",
         'The council called the plan "the harbour deal" in its report.',
         exactly("direct", [])),
    case("a_headline_scare_quote_no_body_quote_holds_stays_none",
         ("Council backs 'green' budget for Orm\n\n"
          'The council voted for a budget that it said would "cut emissions by half" over a '
          "decade."),
         contents_are("direct", ["cut emissions by half"])),
    case("a_cue_after_a_sentence_that_ends_with_a_stop_reports_nothing_before_it",
         "The dam nearly failed last year. Officials reported on Monday.",
         exactly("indirect", [])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round24_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


@pytest.mark.parametrize(("description", "noun"), [
    ("regional carrier", "airline"), ("regional carrier", "carrier"),
    ("low-cost airline", "airline"), ("family-owned company", "company")])
def test_the_airline_is_the_carrier_described_not_the_board_that_spoke_last(
        quotes_of, description, noun):
    quotes = quotes_of(CRASH.format(description=description, noun=noun))
    said = [s for _, s in speakers(quotes, "direct")]
    assert said == ["Skyline Link", "Skyline Link"]
    assert ("The aircraft had passed an inspection in May", "Skyline Link") in speakers(
        quotes, "indirect")


def test_a_name_opening_with_a_given_name_stays_a_person_whatever_its_apposition(quotes_of):
    text = "Gary Voss, a rural carrier for 20 years, said the road had flooded twice."
    quote = quotes_of(text)[0]
    assert (quote.speaker, quote.speaker_kind) == ("Gary Voss", "person")


def test_the_company_is_the_one_whose_name_ends_in_a_trade_word(quotes_of):
    text = ("Kessick Minerals profit falls 12% on Kelso strike\n\n"
            "Nov 4 (Reuters) - Kessick Minerals reported a 12% drop in quarterly profit on "
            "Tuesday, hurt by a strike at its flagship Kelso mine.\n\n"
            "Net profit fell to $212 million, the company said.\n\n"
            "The Kelso strike lasted 19 days.\n\n"
            "Kessick now expects output of 300,000 tons next year, it said in a statement.")
    assert {s for _, s in speakers(quotes_of(text), "indirect")} == {"Kessick Minerals"}


def test_a_headline_quote_condensing_the_body_quote_is_speech(quotes_of):
    text = ("Ferry cuts 'will cut us off from hospitals'\n\n"
            "Islanders in Orm have warned that the new timetable will \"cut us off from\" "
            "the mainland and its hospitals.\n\n"
            "The ferry operator says the cuts are needed to save money.")
    direct = dict(speakers(quotes_of(text), "direct"))
    assert direct["will cut us off from hospitals"] == direct["cut us off from"]
    assert direct["cut us off from"]


def test_a_lone_name_tagged_an_organisation_elsewhere_is_the_company_not_its_mine(quotes_of):
    text = ("Halvern profit falls 18% on weaker copper\n\n"
            "Nov 12 (Reuters) - Halvern reported an 18% drop in quarterly profit on Thursday, "
            "hurt by a strike at its flagship Tarraco mine, and said it would cut spending.\n\n"
            "Net profit fell to $412 million, the company said.\n\n"
            "Shares in Halvern fell 6% in early trade. The Tarraco strike lasted 23 days.\n\n"
            "Halvern now expects output of 300,000 tons next year, it said in a statement.")
    assert {s for _, s in speakers(quotes_of(text), "indirect")} == {"Halvern"}


def test_a_report_the_parser_ended_mid_sentence_runs_from_the_real_start(nlp):
    doc = _split_by_the_parser(nlp)
    assert len(list(doc.sents)) == 2
    clause = reported_clause(doc[18], load_lexicon())
    assert clause is not None
    assert " ".join(t.text for t in clause[1]) == (
        "A dam in Orm nearly failed last year , leaving cracks that upend what engineers "
        "thought")
