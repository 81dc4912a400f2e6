"""Categories of errors of blind round 36 (fictional sentences, not the round's text).

Each test pins one general rule: a relative of a couple named by first name, a name NER ran
on over a verb, a person's post in apposition, a headline's news before its cue, a tool as
a source, a title the parser hung on the noun before a name.
"""

from __future__ import annotations

import pytest
from quotes_helpers import NO_QUOTES, case, check, contents_are, exactly
from spacy.tokens import Doc

from generator.extract.quotes.clauses import reported_clause
from generator.extract.quotes.lexicon import load_lexicon
from generator.extract.quotes.terms import after_naming_word


def _naming_after(nlp, text: str) -> bool:
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == "‘") + 1
    end = next(t.i for t in doc if t.text == "’" and t.i > start)
    return after_naming_word(doc[start:end], load_lexicon(), text, doc[start].idx)


def _misparsed_title(nlp) -> Doc:
    """"Staff backed the plan, including an exit off Route 4, planning director Jo Ames told
    the board." as the parser read the round's sentence: "director" an apposition of "Route",
    "told" a conjunct of "backed"."""
    words = ["Staff", "backed", "the", "plan", ",", "including", "an", "exit", "off", "Route",
             "4", ",", "planning", "director", "Jo", "Ames", "told", "the", "board", "."]
    heads = [1, 1, 3, 1, 3, 3, 7, 5, 7, 8, 9, 9, 13, 9, 15, 16, 1, 18, 16, 16]
    deps = ["nsubj", "ROOT", "det", "dobj", "punct", "prep", "det", "pobj", "prep", "pobj",
            "nummod", "punct", "compound", "appos", "compound", "nsubj", "conj", "det", "dobj",
            "punct"]
    tags = ["NN", "VBD", "DT", "NN", ",", "VBG", "DT", "NN", "IN", "NNP", "CD", ",", "NN", "NN",
            "NNP", "NNP", "VBD", "DT", "NN", "."]
    pos = ["NOUN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "ADP", "PROPN", "NUM",
           "PUNCT", "NOUN", "NOUN", "PROPN", "PROPN", "VERB", "DET", "NOUN", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[1], lemmas[5], lemmas[16] = "back", "include", "tell"
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
               lemmas=lemmas)


CASES = [
    case("the_couples_child_named_alone_takes_the_family_surname",
         ("A judge let a Chilean couple stay on Monday.\n\n"
          "Ana Vidal, 39, held hands with her husband, Tomas.\n\n"
          "The couple's elder son, Mateo, 16, said he wanted to study law."),
         exactly("indirect", [("he wanted to study law", "Mateo Vidal")])),
    case("two_families_leave_the_childs_first_name_alone",
         ("Ana Vidal, 39, held hands with her husband, Tomas.\n\n"
          "Rosa Pinto, 41, came with her brother, Hugo.\n\n"
          "The couple's elder son, Mateo, 16, said he wanted to study law."),
         exactly("indirect", [("he wanted to study law", "Mateo")])),
    case("a_headline_reports_the_clause_after_its_cue_not_the_news_before",
         ("Orm bank holds rates, governor says cuts unlikely before autumn\n\n"
          "The bank kept its rate at 3% on Thursday."),
         exactly("indirect", [("cuts unlikely before autumn", "governor")])),
    case("a_fronted_headline_report_with_nothing_after_its_cue_still_counts",
         "Ferry service to resume on Friday, officials say\n\nThe ferry stopped in May.",
         exactly("indirect", [("Ferry service to resume on Friday", "officials")])),
    case("a_market_tool_is_no_speaker",
         ("Swap markets priced a 40% chance of a cut in May, according to the Orvik RateWatch "
          "tool."),
         NO_QUOTES),
    case("a_lede_role_is_the_person_the_next_paragraph_titles_with_it",
         ("Ferry fees held\n\n"
          "A federal judge on Monday blocked a rise in ferry fees, ruling that the port had "
          "skipped a hearing.\n\n"
          "District Judge Ada Vell read her decision from the bench in Orm."),
         exactly("indirect", [("the port had skipped a hearing", "Ada Vell")])),
    case("coordinated_adjectives_after_an_article_are_the_speakers_words",
         ("A federal judge on Monday halted the removal of a Velkan family, ruling that the "
          'family faced a "grave and lasting" risk if sent back.'),
         contents_are("direct", ["grave and lasting"])),
    case("a_single_quoted_adjective_after_an_article_stays_a_term",
         "Mira Dole said the council's “historic” reform had failed.",
         exactly("direct", [])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round36_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_a_name_after_a_subjectless_described_as_is_no_quote(nlp):
    assert _naming_after(nlp, "The Velby hills, sometimes described as Wales’s ‘hidden "
                              "jungle’, store about 40m tonnes of carbon.")


def test_what_a_speaker_described_as_stays_speech(nlp):
    assert not _naming_after(nlp, "The plan is what critics have described as ‘a farce’, "
                                  "Mira Dole said.")


def test_a_title_hung_on_the_noun_before_the_name_belongs_to_the_cues_subject(nlp):
    doc = _misparsed_title(nlp)
    clause = reported_clause(doc[16], load_lexicon())
    assert clause is not None
    assert " ".join(t.text for t in clause[1]) == (
        "Staff backed the plan , including an exit off Route 4")
