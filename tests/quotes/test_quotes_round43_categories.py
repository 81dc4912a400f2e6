"""Categories of errors of blind round 43 (fictional sentences, not the round's text).

Each test pins one general rule: a subject whose head is an institution's noun with a name
set off after it ("the operator, Bluewater Ferries, had told ...") names an organisation, never
the person a later "she said" refers back to, whatever the tagger made of the name; an
acronym that is a body's own name followed by the kind of body ("The GMB union said") speaks
as the acronym (speakers.yaml ``acronym_kinds``); a lede's description with "the" ("The
former security guard charged with ... told jurors") is the person the next paragraph sets off
after the same noun ("the guard, Colin Marsh,"); a judging verb the parser read as a past-tense
adjective on its object ("accused" amod VBD of "ministers") still governs the charge after "of";
a modal outside the marks with only the quoted verb's own complement after them ("would
“reflect deeply” on the result") is direct only (round 40's majority; round 41's second
predicate is none); a bare title opening the headline ("Officer Testified ...") is the
person the story names after the same noun ("the officer, Dana Voss,").
"""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, contents_are, exactly, speakers_are
from spacy.tokens import Doc

from generator.extract.quotes.antecedents import names_a_body
from generator.extract.quotes.bodies import without_legal_form
from generator.extract.quotes.judging import _verb_of_object
from generator.extract.quotes.lexicon import load_lexicon

CASES = [
    case("a_body_noun_set_off_by_a_name_is_no_antecedent_of_she",
         ("The harbour minister, Olwen Tarrant, told councillors the owner, Bluewater Ferries, "
          "had informed her department late on Friday that it could no longer pay its "
          "crews.\n\n"
          "'Nobody will be stranded on the island this week,' she said."),
         speakers_are("direct", ["Olwen Tarrant"])),
    case("a_modal_outside_with_only_the_quoted_verbs_complement_after_is_direct",
         ('Party leader Ren Ota told reporters the coalition would "reflect deeply" on the '
          "result."),
         exactly("indirect", []), speakers_are("direct", ["Ren Ota"])),
    case("a_modal_with_the_verbs_complement_quoted_stays_reported",
         ('Nadia Kerr said the firm would "work with the tenants" on the noise complaints. '
          'Kerr added that the board would "not give up on the idea" of the merger.'),
         contents_are("indirect", [
             'the firm would "work with the tenants" on the noise complaints',
             'the board would "not give up on the idea" of the merger',
         ])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round43_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_names_a_body_reads_the_subjects_head_noun(nlp):
    doc = nlp("The owner, Bluewater Ferries, had informed the port that it would close.")
    subject = next(t for t in doc if t.dep_ == "nsubj" and t.lower_ == "owner")
    assert not names_a_body(subject, load_lexicon())
    doc = nlp("The operator, Bluewater Ferries, had informed the port that it would close.")
    subject = next(t for t in doc if t.dep_ == "nsubj" and t.lower_ == "operator")
    assert names_a_body(subject, load_lexicon())


def test_an_acronym_before_its_kind_of_body_speaks_as_the_acronym(quotes_of):
    quotes = quotes_of("The GMB union said the closure was 'a disgrace' and called for talks.")
    assert {s for _, s in speakers(quotes, "indirect")} == {"GMB"}


def test_only_kinds_of_body_an_acronym_names_are_dropped():
    lex = load_lexicon()
    assert without_legal_form("GMB union", "organization", lex) == "GMB"
    assert without_legal_form("US government", "organization", lex) == "US government"
    assert without_legal_form("GMB union", "person", lex) == "GMB union"


def test_a_lede_description_is_the_person_set_off_after_its_noun_next(quotes_of):
    quotes = quotes_of(
        "Jury Hears From Guard in Warehouse Case\n\nBy Tom Reddy\n\nThe former security guard "
        "charged with stealing from a warehouse in Alderby told jurors on Monday that he had "
        "been ordered to move the crates.\n\n\"I did what my supervisor told me,\" the guard, "
        "Colin Marsh, testified in Alderby County Court. \"Nothing more.\"")
    assert {s for _, s in speakers(quotes, "indirect")} == {"Colin Marsh"}


def test_a_judging_verb_read_as_a_past_tense_adjective_governs_the_charge(nlp):
    # the parse the tagger gave a round-43 sentence: "accused" an amod (VBD) of "ministers"
    words = ["The", "minister", ",", "Ada", "Roe", ",", "accused", "ministers", "of",
             "stalling"]
    heads = [1, 1, 1, 4, 1, 1, 7, 1, 7, 8]
    deps = ["det", "ROOT", "punct", "compound", "appos", "punct", "amod", "appos", "prep",
            "pcomp"]
    tags = ["DT", "NN", ",", "NNP", "NNP", ",", "VBD", "NNS", "IN", "VBG"]
    pos = ["DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "NOUN", "ADP", "VERB"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    assert _verb_of_object(doc[7]).text == "accused"


def test_a_bare_title_opening_the_headline_is_the_person_named_next(quotes_of):
    quotes = quotes_of('Officer Testified She Saw No Weapon\n\nBy Tom Reddy\n\nThe police '
                       'officer charged with assault in Alderby told jurors on Monday that she '
                       'had feared for her life.\n\n"I had a second to decide," the officer, '
                       'Dana Voss, testified in Alderby County Court.')
    assert {s for _, s in speakers(quotes, "indirect")} == {"Dana Voss"}
