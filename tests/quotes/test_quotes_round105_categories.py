"""Round 105's categories (blind set 817-824), each on a fictional text of its own: a
romanised Korean given name written before the family name ("Seo-yeon Park", "Tae-min Cho":
NER misses it or takes the family name alone), and "she" after it; a verbless absolute
phrase after a mid-quote cue that the parser made the cue's host ("she said, her right
hand in a sling": no report); a judge in Commonwealth court copy ("Presiding, Madam
Justice X": the fronted part no role; the name after the title whole when NER misses its
given name; "the judge" is her); "the word of “...”" (someone's testimony, not the naming
noun "word": the partial is a quote); a plural noun ending a who-clause on the speaker,
read as a verb whose subject is the name and made the cue's subject ("X, who ... for bank
mandates in the 2010s, said": X speaks; on a hand-built parse); and a headline's "Defence
says" (the one defence lawyer the body names)."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, contents_are, has_content, includes, lacks, said_by
from spacy.tokens import Doc
from spacy.vocab import Vocab

from generator.extract.quotes.nearest_subjects import nearest_subject

pytestmark = pytest.mark.model

CRASH = (
    "Ferry capsizes off Velka coast\n\nBy Ria Banner\n\n"
    "A ferry capsized off the Velka coast on Sunday, killing four people, officials said.\n\n"
    "Seo-yeon Park, 29, said she had been reading on the upper deck when the ferry began "
    "to list.\n\n"
    "\"The water came so fast. I lost my shoes,\" she said, her right hand in a sling. "
    "\"Someone pulled me onto a raft.\"\n\n"
    "Her brother was still missing on Monday.\n\n"
    "\"I keep looking at the door,\" she said.\n\n"
    "Tae-min Cho, a teacher from Velka, said the crew had handed out life jackets \"far too "
    "late.\"\n")

TRIAL = (
    "Orsk trial: 'He was paid', prosecutor tells jury\n\n"
    "Defence says case rests on word of 'a man who would lie for money'\n\n"
    "By Ria Banner\n\n"
    "The trial of Piet Marlow opened in Orsk on Tuesday.\n\n"
    "Prosecutor Ilse Varga told the jury that Marlow had been paid to start the fire.\n\n"
    "Defence lawyer Tomas Brandt told the jury the case rested on the word of \"a man who "
    "would lie for money to save himself\" and that no one saw his client that night.\n\n"
    "Presiding, Madam Justice Anneke Vos Maren reminded jurors that they must decide the "
    "case on the evidence.\n\n"
    "\"Nothing you read outside this room is evidence,\" the judge said.\n")

JUDGE = (
    "Orsk arson trial opens\n\nBy Ria Banner\n\n"
    "The trial of Piet Marlow opened in Orsk on Tuesday.\n\n"
    "Madam Justice Doreen Vella Bonnici reminded jurors that they must decide the case on the "
    "evidence.\n\n"
    "\"Nothing you read outside this room is evidence,\" the judge said.\n")

CASES = [
    case("a_hyphenated_given_name_before_the_family_name_is_a_person",
         CRASH,
         includes("indirect", ("she had been reading on the upper deck when the ferry began to "
                               "list", "Seo-yeon Park"))),
    case("she_after_a_hyphenated_given_name_is_that_person",
         CRASH,
         said_by("direct", "The water came so fast. I lost my shoes,", "Seo-yeon Park"),
         said_by("direct", "I keep looking at the door,", "Seo-yeon Park")),
    case("a_hyphenated_given_name_before_a_family_name_ner_took_alone",
         CRASH,
         said_by("direct", "far too late.", "Tae-min Cho")),
    case("a_possessed_noun_after_a_mid_quote_cue_reports_nothing",
         CRASH,
         lacks("indirect", ("her right hand", "Seo-yeon Park")),
         contents_are("indirect", [
             "A ferry capsized off the Velka coast on Sunday, killing four people",
             "she had been reading on the upper deck when the ferry began to list",
             "the crew had handed out life jackets \"far too late.\""])),
    case("a_fronted_presiding_is_no_part_of_the_judges_role_and_the_judge_is_her",
         TRIAL,
         includes("indirect", ("they must decide the case on the evidence", "Anneke Vos Maren")),
         said_by("direct", "Nothing you read outside this room is evidence,",
                 "Anneke Vos Maren")),
    case("a_name_after_a_title_is_whole_when_ner_misses_its_given_name",
         JUDGE,
         includes("indirect", ("they must decide the case on the evidence",
                               "Doreen Vella Bonnici")),
         said_by("direct", "Nothing you read outside this room is evidence,",
                 "Doreen Vella Bonnici")),
    case("the_word_of_someone_in_marks_is_a_quote",
         TRIAL,
         has_content("direct", "a man who would lie for money to save himself"),
         has_content("direct", "a man who would lie for money")),
    case("a_headlines_defence_is_the_defence_lawyer_the_body_names",
         TRIAL,
         said_by("direct", "a man who would lie for money", "Tomas Brandt"),
         includes("indirect", ("case rests on word of 'a man who would lie for money'",
                               "Tomas Brandt"))),
    case("the_word_of_a_term_stays_no_quote",
         ("Orsk council bans a word\n\nBy Ria Banner\n\nThe council removed the word "
          "\"sustainable\" from its plan on Monday.\n"),
         contents_are("direct", [])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round105_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def _doc(words, heads, deps, tags, pos):
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos,
               lemmas=[w.lower() for w in words])


def test_a_plural_noun_ending_a_who_clause_read_as_the_cues_subject():
    # "Achter, who competed with Orsk for Nordic bank mandates in the 2010s, said the fund was
    # lucky." as the parser may read it: "mandates" a verb, the cue's subject, and the name
    # the subject of "mandates" (a parse the model gives only in some contexts)
    words = ["Achter", ",", "who", "competed", "with", "Orsk", "for", "Nordic", "bank",
             "mandates", "in", "the", "2010s", ",", "said", "the", "fund", "was", "lucky", "."]
    heads = [9, 0, 3, 0, 3, 4, 3, 8, 6, 14, 9, 12, 10, 14, 14, 16, 17, 14, 17, 14]
    deps = ["nsubj", "punct", "nsubj", "relcl", "prep", "pobj", "prep", "amod", "pobj", "nsubj",
            "prep", "det", "pobj", "punct", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct"]
    tags = ["NNP", ",", "WP", "VBD", "IN", "NNP", "IN", "JJ", "NN", "VBZ", "IN", "DT", "NNS", ",",
            "VBD", "DT", "NN", "VBD", "JJ", "."]
    pos = ["PROPN", "PUNCT", "PRON", "VERB", "ADP", "PROPN", "ADP", "ADJ", "NOUN", "VERB", "ADP",
           "DET", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT"]
    doc = _doc(words, heads, deps, tags, pos)
    assert nearest_subject(doc[14]).text == "Achter"
