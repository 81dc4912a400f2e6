"""Categories that unseen AP, Reuters, Guardian, SCMP, NYT, Korea Herald, SMH and Bloomberg
copy (blind round 30) showed to be general, each on a short fictional text of its own: a
Korean given name written with a hyphen ("Han Min-jae"), whose pieces the parser may make
subjects of their own so that the last one ("jae") stood alone as the speaker; a court
participle and its object fronted before the judge ("Sentencing Wong, Judge X said"),
which parser and NER read as one name made the subject; an unnamed widow, whose age
compound keeps its number ("82-year-old widow") and whom a later "she said" refers to, not
the woman named before her; a title-case headline whose company name NER ran on into the
verb ("Varnex Sued by US ..."); a company's legal form ("Varnex Inc."), no part of the name
it speaks under; "the agency" for the body a noun in front of its name describes ("K-pop
agency Starline Entertainment"); "the members" for the group whose members the story named
("members of its girl group Novella"); a body described first and named by "known as";
an organisation whose name has "of the" in it ("Friends of the Fells"); reported clauses
the parser hid: "was ‘irritating but manageable’" (an -ing word joined to an adjective
read as a quoted progressive), "said, requesting anonymity, that ..." (the clause hung on
the aside), "In mitigation, defence counsel X said ..." (the subject hung on the fronted
phrase) and a lede's "..., fire officials said" after a dateline the parser made the root.
The last two only show in the parse of a whole article, so they are tested on the parse
the blind copy got. And "signalled it was in no hurry", which rounds 27 and 30 both leave
out (reporting_verbs.yaml), with "the bank" then the "Bank of X" that spoke, not a bank
named in an economist's apposition; "A spokesperson for the trade body X said", whose name
the parser split off as a second subject, is "X spokesperson"."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, contents_are, exactly, last
from spacy.tokens import Doc

from generator.extract.quotes.misparses import clause_before_split_sentence
from generator.extract.quotes.speaker_misparses import subject_before_participle

pytestmark = pytest.mark.model


CASES = [
    case("the_agency_is_the_body_a_noun_in_front_of_its_name_describes",
         ("Shares of talent agency Brightfold Entertainment fell on Monday.\n\n"
          'Brightfold rejected the claims. "We have paid every artist in full," the agency '
          "said in a press release."),
         exactly("direct", [("We have paid every artist in full,", "Brightfold Entertainment")])),
    case("the_members_are_the_group_whose_members_the_story_named",
         ("All four members of the string group Kestrel Quartet have left their label.\n\n"
          "In a letter, the members said they had not been paid since 2024."),
         exactly("indirect", [("they had not been paid since 2024", "Kestrel Quartet")])),
    case("a_body_named_by_known_as_speaks_under_that_name",
         ("In a statement, the city's planning board, known as Plandex, said it would review "
          "every bid."),
         exactly("indirect", [("it would review every bid", "Plandex")])),
    case("an_organisation_name_with_of_the_is_whole",
         "The campaign group Friends of the Moor said the vote was a dark day for walkers.",
         exactly("indirect", [("the vote was a dark day for walkers", "Friends of the Moor")])),
    case("an_ing_word_joined_to_an_adjective_is_no_quoted_progressive",
         "One Treasury source said the scale of the revolt was ‘irritating but manageable’.",
         exactly(None, [
             ("the scale of the revolt was ‘irritating but manageable’", "Treasury source"),
             ("irritating but manageable", "Treasury source"),
         ])),
    case("a_clause_hung_on_an_aside_after_the_cue_is_reported",
         ("An executive from a rival label said, requesting anonymity, that the feud was "
          "likely to last for years."),
         contents_are("indirect", ["the feud was likely to last for years"])),
    case("a_bank_that_signals_is_no_speaker",
         ("Varnian central bank holds rates\n\n"
          "Varnia's central bank kept its main rate at 5% on Thursday and signalled it was in "
          "no hurry to cut."),
         exactly("indirect", [])),
    case("the_bank_is_the_bank_of_x_that_spoke",
         ("The Bank of Varnia said on Thursday that rates would hold.\n\n"
          '"Inflation is too high," said Ana Berg, an economist at Kessel Bank.\n\n'
          "The bank also said growth was slowing."),
         last("indirect", ("growth was slowing", "Bank of Varnia"))),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round30_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


@pytest.mark.parametrize("text, expected", [
    ("\"Sales will stay weak for a year,\" said Han Min-jae, an analyst at Daerim "
     "Securities.", ("Sales will stay weak for a year,", "Han Min-jae")),
    ("Daesan CEO Moon Hae-jin told reporters at a briefing in Busan on Monday that the "
     "firm would appeal.", ("the firm would appeal", "Moon Hae-jin")),
])
def test_a_hyphenated_given_name_split_into_subjects_is_one_name(quotes_of, text, expected):
    assert speakers(quotes_of(text)) == [expected]


def test_a_fronted_court_participle_and_its_object_are_no_speaker(quotes_of):
    text = ("A former broker was jailed for three years on Friday.\n\n"
            "Wong Kai-man, 39, had pleaded guilty at the District Court to six counts of "
            "fraud.\n\n"
            "Sentencing Wong, Judge Alan Tse Ka-ming said he had \"abused the faith\" of "
            "elderly clients who saw him as family, and that the offences had caused heavy "
            "losses.")
    found = {speaker for _, speaker in speakers(quotes_of(text))}
    assert found == {"Alan Tse Ka-ming"}


def test_she_after_an_unnamed_widow_is_the_widow(quotes_of):
    text = ("He spent the money on a flat, according to prosecutor Nora Bell.\n\n"
            "In a victim impact statement read to the court, an 82-year-old widow said she "
            "had lost her savings.\n\n"
            "\"I trusted him,\" she said in the statement. \"Now I cannot sleep.\"")
    assert speakers(quotes_of(text))[1:] == [
        ("she had lost her savings", "82-year-old widow"),
        ("I trusted him,", "82-year-old widow"), ("Now I cannot sleep.", "82-year-old widow")]


def test_a_headline_verb_and_a_legal_form_are_no_part_of_the_company(quotes_of):
    text = ("Varnex Sued by US, 9 States Over Grip on Payments Market\n\n"
            "(Bloomberg) -- The US Justice Department and nine states sued Varnex Inc., "
            "accusing the payments company of shutting rivals out of its network.\n\n"
            "Varnex said in a statement that the suit was \"baseless.\" \"Our merchants "
            "choose us because we work,\" the company said.")
    assert {speaker for _, speaker in speakers(quotes_of(text))} == {"Varnex"}


def test_the_name_ending_a_fronted_phrase_is_the_subject(nlp):
    # "In mitigation, defence counsel X said ..." as the blind copy was parsed: the
    # subject hung on "In" as the object of the phrase, the cue left with none
    words = ["In", "mitigation", ",", "defence", "counsel", "Martin", "Yip", "said", "his",
             "client", "was", "sorry", "."]
    heads = [7, 4, 1, 4, 0, 6, 4, 7, 9, 10, 7, 10, 7]
    deps = ["prep", "nmod", "punct", "compound", "pobj", "compound", "appos", "ROOT", "poss",
            "nsubj", "ccomp", "acomp", "punct"]
    pos = ["ADP", "NOUN", "PUNCT", "NOUN", "NOUN", "PROPN", "PROPN", "VERB", "PRON", "NOUN",
           "AUX", "ADJ", "PUNCT"]
    ents = ["O"] * 5 + ["B-PERSON", "I-PERSON"] + ["O"] * 6
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    assert subject_before_participle(doc[7]).text == "Yip"


def test_a_lede_report_under_a_dateline_made_the_root_is_found(nlp):
    # "MARLOW CREEK, Ore. (AP) — A grass fire raced ..., destroying barns, fire officials
    # said." as the blind copy was parsed: the dateline the root, the lede's subject its
    # apposition and the verb a modifier; the sentence split before the closing cue
    words = ["MARLOW", "CREEK", ",", "Ore.", "(", "AP", ")", "—", "A", "grass", "fire",
             "raced", "through", "scrub", "on", "Monday", ",", "destroying", "barns", ",",
             "fire", "officials", "said", "."]
    heads = [1, 1, 1, 1, 1, 1, 1, 1, 10, 10, 1, 10, 11, 12, 11, 14, 11, 11, 17,
             22, 21, 22, 22, 22]
    deps = ["compound", "ROOT", "punct", "npadvmod", "punct", "appos", "punct", "punct",
            "det", "compound", "appos", "acl", "prep", "pobj", "prep", "pobj", "punct",
            "advcl", "dobj", "punct", "compound", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT", "DET",
           "NOUN", "NOUN", "VERB", "ADP", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "NOUN",
           "PUNCT", "NOUN", "NOUN", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    head, tokens = clause_before_split_sentence(doc[22])
    assert head.text == "raced" and tokens[-1].text == "barns"


def test_a_body_split_off_a_spokesperson_phrase_is_whose_voice_it_is(quotes_of):
    text = ("A spokesperson for the trade body Clean Power Britain said the levy was fair "
            "and overdue.")
    quote = quotes_of(text)[0]
    assert (quote.speaker, quote.speaker_mention) == (
        "Clean Power Britain spokesperson",
        "A spokesperson for the trade body Clean Power Britain")
