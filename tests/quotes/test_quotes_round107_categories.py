"""Round 107's categories (blind set 833-840), each on a fictional text of its own: a family
name written first ("Professor Hayashida Emi ... ¶ “...,” Hayashida said", NHK style) that
NER tags alone as an organisation (the full name); "The broadcaster X, who ..., presented
... . She said" (a role noun that may name a body, the person after it the subject; and,
in a hand-built parse, the same sentence with the role noun made the root and the verb hung
on the name); and "In X, a woman who runs a shop ... said ..." (an unnamed person with a
restrictive who-clause, hung on the opening place: the speaker, and the next "she said");
a memo its signer "told staff in", quoted again: "“...,” it says" after "“...,” the memo
says", and "the memo says" paragraphs after the signer's verb (the memo's earlier voice,
not the company); a title NER split off the name after it ("Professor" alone: no person,
so "She says" is the name's); "Ministers, she says, are “...”" (a cue the parser hung on the
auxiliary: the whole clause reported, the partial direct); "said that his office “respects
...” but believes ..." (a present-tense second predicate under a past cue, which the parser
hung on the cue: the clause's, so the clause is reported as well as quoted)."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, said_by
from spacy.tokens import Doc

from generator.extract.quotes.lexicon import load_lexicon
from generator.extract.quotes.lost_verb_roots import name_of_role_root
from generator.extract.quotes.names import Name
from generator.extract.quotes.split_titles import is_split_title

pytestmark = pytest.mark.model

FLOOD = (
    "Storm floods Osuka\n\n"
    "The Coastal Weather Agency says heavy rain struck Osuka Prefecture on Friday.\n\n"
    "Professor Hayashida Emi of Kanto Marine University, who studies river flooding, told "
    "reporters that the levees were \"built for a smaller storm.\"\n\n"
    "She says the water could keep rising until Sunday.\n\n"
    "\"We should treat this as a warning. Move your car to high ground tonight,\" "
    "Hayashida said.\n")

APPEAL = (
    "Hospice appeal beats target\n\n"
    "His mother, Harriet Penrose, from Tolworth, said the family had \"lived in that "
    "corridor\" for a month.\n\n"
    "\"You sit on a plastic chair all night listening to the machines,\" she said.\n\n"
    "Her husband, Mark, ran the Tolworth Marathon dressed as a hospital bed and raised more "
    "than £9,000.\n\n"
    "The broadcaster Helen Marchbank, who grew up in Wexcombe and has supported the hospice "
    "since 2012, presented Sunday's telethon on Radio Wexcombe. She said she had been "
    "\"close to tears\" when the total was read out to her.\n\n"
    "\"I have done a lot of things on air, and this is the one I will remember,\" she said.\n")

BAKER = (
    "Quake jolts Osuka\n\n"
    "In Kobe, a woman who runs a noodle shop near the harbour said the alarm went off just "
    "as she was lifting a pot from the stove.\n\n"
    "\"The windows rattled and the shelves came down,\" she said.\n")

MEMO = (
    "Scoop: Brellwick to rate staff on robot use\n\n"
    "Robotics firm Brellwick will start rating employees on how they use warehouse robots, "
    "operations chief Ada Brill told staff in a memo obtained by the Orsk Ledger.\n\n"
    "Why it matters: Brellwick is among the first logistics firms to do so.\n\n"
    "Driving the news: The memo, sent Monday to the firm's 900 staff, says robot skills will "
    "count in reviews from March.\n\n"
    "• “Working with the robots is part of every job here now,” the memo says.\n"
    "• Managers will check whether staff “use the robots before asking for more shifts,” it "
    "says.\n\n"
    "What they're saying: Union organiser Tomas Keller called the plan \"a stopwatch with "
    "wheels\" in a post on Monday.\n\n"
    "• “Nobody asked the pickers,” he wrote.\n\n"
    "The other side: Two pickers who spoke on condition of anonymity said the memo had caused "
    "“real worry”.\n\n"
    "Between the lines: Robots reward speed, not care, says Ilse Varga, a researcher at the "
    "Orsk Institute.\n\n"
    "• “You get what you measure,” Varga says.\n\n"
    "What's next: Brill will take questions at a staff meeting on Thursday, the memo says.\n")

MINISTERS = (
    "Currency slides\n\n"
    "“Devaluing once just tells everyone to expect the next one,” says Ada Brill of Orsk "
    "Economics, a research firm. She reckons the currency will fall further. Ministers, she "
    "says, are “pricing in a miracle”.\n")

STAY = (
    "Orsk tax ruling\n\n"
    "Orsk's finance minister, Tomas Keller, said in a statement that his office \"respects "
    "the court's ruling\" but believes the tax was lawful.\n")

CASES = [
    case("a_family_name_written_first_alone_is_the_full_name",
         FLOOD,
         said_by("direct", "We should treat this as a warning. Move your car to high ground "
                 "tonight,", "Hayashida Emi")),
    case("the_person_after_a_role_noun_that_may_name_a_body_is_the_subject_she_means",
         APPEAL,
         said_by("direct", "close to tears", "Helen Marchbank"),
         said_by("direct", "I have done a lot of things on air, and this is the one I will "
                 "remember,", "Helen Marchbank")),
    case("an_unnamed_person_with_a_restrictive_who_clause_after_the_opening_place_speaks",
         BAKER,
         said_by("indirect", "the alarm went off just as she was lifting a pot from the stove",
                 "woman"),
         said_by("direct", "The windows rattled and the shelves came down,", "woman")),
    case("a_cue_interrupting_a_clause_hung_on_its_auxiliary_reports_the_whole_clause",
         MINISTERS,
         said_by("indirect", "Ministers, she says, are “pricing in a miracle”", "Ada Brill"),
         said_by("direct", "pricing in a miracle", "Ada Brill")),
    case("a_present_verb_after_a_present_partial_clause_under_a_past_cue_is_reported",
         STAY,
         said_by("indirect", "his office \"respects the court's ruling\" but believes the tax "
                 "was lawful", "Tomas Keller"),
         said_by("direct", "respects the court's ruling", "Tomas Keller")),
    case("a_memo_quoted_again_and_its_it_speak_for_its_signer",
         MEMO,
         said_by("direct", "use the robots before asking for more shifts,", "Ada Brill"),
         said_by("indirect", "Brill will take questions at a staff meeting on Thursday",
                 "Ada Brill")),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round107_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_a_name_after_a_role_noun_made_the_root_is_who_the_sentence_is_about(nlp):
    # "The broadcaster Helen Marchbank, who grew up in Wexcombe, presented the telethon." as
    # the blind copy's like was parsed: the role noun the root, the name its apposition, the
    # verb hung on the name; the sentence has no subject
    words = ["The", "broadcaster", "Helen", "Marchbank", ",", "who", "grew", "up", "in",
             "Wexcombe", ",", "presented", "the", "telethon", "."]
    heads = [1, 1, 3, 1, 3, 6, 3, 6, 6, 8, 3, 3, 13, 11, 1]
    deps = ["det", "ROOT", "compound", "appos", "punct", "nsubj", "relcl", "prt", "prep",
            "pobj", "punct", "acl", "det", "dobj", "punct"]
    pos = ["DET", "NOUN", "PROPN", "PROPN", "PUNCT", "PRON", "VERB", "ADP", "ADP", "PROPN",
           "PUNCT", "VERB", "DET", "NOUN", "PUNCT"]
    tags = ["DT", "NN", "NNP", "NNP", ",", "WP", "VBD", "RP", "IN", "NNP", ",", "VBD", "DT",
            "NN", "."]
    ents = ["O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 11
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents)
    assert name_of_role_root(list(doc)).text == "Marchbank"
    # the same words with the verb on the role noun: no lost verb, no answer here
    deps[11] = "conj"
    heads[11] = 1
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, ents=ents)
    assert name_of_role_root(list(doc)) is None


def test_a_title_ner_split_off_before_a_name_is_no_person(nlp):
    # "Professor Hayashida Emi of ..." with NER tagging the name alone, as the blind copy's
    # like was tagged: "Professor" is the name's title; "Bishop said" keeps its surname
    lex = load_lexicon()
    doc = Doc(nlp.vocab, words=["Professor", "Hayashida", "Emi", "told", "reporters", "."],
              pos=["PROPN", "PROPN", "PROPN", "VERB", "NOUN", "PUNCT"])
    assert is_split_title(Name(0, ("professor",), "Professor"), doc, lex)
    assert not is_split_title(Name(10, ("hayashida", "emi"), "Hayashida Emi"), doc, lex)
    doc = Doc(nlp.vocab, words=["Bishop", "said", "it", "was", "late", "."],
              pos=["PROPN", "VERB", "PRON", "AUX", "ADJ", "PUNCT"])
    assert not is_split_title(Name(0, ("bishop",), "Bishop"), doc, lex)
