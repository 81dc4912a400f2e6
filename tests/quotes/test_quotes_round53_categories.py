"""Rounds 53 and 54's categories (blind set 401-416), each on a fictional text of its own:
a name with a club ending and a plural verb ("Harwell Town have sacked") is a club, so "a
club statement" is that club's; a run of proper nouns after a lower-case noun for one person
("Sky Sports pundit X") is a person whatever NER made of it; a company's trade word
("Maritime") makes a subject a company, and "its operator" in the lede the company named
below it; the name a relative clause gives an unnamed source ("who asked that we use only
her first name, Ines,") is the source's, and that request reports nothing; an untagged given
name before a surname NER tagged alone is part of the name, so a namesake introduced later
does not take the surname; a name the parser hung on the quote's verb after the closing mark
is the speaker of the cue joined to that verb; "A spokesperson for <Name>" with the name
taken for a date is that body's; a "whose son" apposition casts no pronoun on its owner;
"Her group" is the group named before by the same noun; "the manager" is the one the club
sacked; "The delay, said X of Y, risks ..." reports the whole sentence; the clause after the
addressee of "telling" is told; a Title Case phrase after "on" is a programme's title; a
closing subject the parser hung inside the clause is cut out of it."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, includes

pytestmark = pytest.mark.model


CASES = [
    case("a_club_with_a_plural_verb_issues_the_club_statement",
         ("Harwell Town part company with Gary Pike\n\n"
          "Harwell Town have parted company with Gary Pike after six straight defeats.\n\n"
          "'We thank Gary for his service,' a club statement said."),
         includes("direct", ("We thank Gary for his service,", "Harwell Town"))),
    case("a_name_after_a_person_noun_is_a_person",
         ("Reid posted that the players were poor.\n\n"
          "Radio pundit Gemma Lowry said the owners were to blame. 'They sold everyone,' she "
          "told listeners."),
         includes("direct", ("They sold everyone,", "Gemma Lowry"))),
    case("an_untagged_given_name_keeps_a_later_namesake_off_the_surname",
         ("DENVER (AP) — Caleb Bellamy threw a shutout on Friday night.\n\n"
          '"I didn\'t know until the eighth," Bellamy said.\n\n'
          '"I forgot to breathe," Tom Bellamy, his father, said.'),
         includes("direct", ("I didn't know until the eighth,", "Caleb Bellamy"))),
    case("a_name_hung_on_the_quoted_verb_speaks_for_the_joined_cue",
         ("The prosecution said the plan was reckless.\n\n"
          "'Nobody here doubts the strength of these views,' Anna Hale KC, for the "
          "prosecution, told the jury."),
         includes("direct", ("Nobody here doubts the strength of these views,", "Anna Hale"))),
    case("her_group_is_the_group_named_before",
         ("Ella Marsh, who chairs the Carrow Otters swimming group, said she fell ill.\n\n"
          "Her group said the fine was too small."),
         includes("indirect", ("the fine was too small", "Carrow Otters"))),
    case("a_memo_no_one_is_said_to_issue_is_the_company_s",
         ("Norvex CEO defends job cuts\n\n"
          'Norvex CEO Ola Fenn on Thursday defended the decision to cut 900 jobs. "It is '
          'necessary," Fenn told CNBC. Shares of Norvex rose 3%.\n\n'
          "The cuts, announced in a memo seen by CNBC, will fall on sales staff. Affected "
          "workers will get 12 weeks of pay, the memo said."),
         includes("indirect", ("Affected workers will get 12 weeks of pay", "Norvex"))),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round53_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_a_trade_word_names_a_company_and_its_lede_operator(quotes_of):
    text = ("Ferry damaged in storm\n\n"
            "A passenger ferry was damaged by heavy seas on Monday, its operator said.\n\n"
            "Kestrel Maritime said in a statement that nobody was hurt. The ship was under "
            "tow, the Oslo-based company said.")
    indirect = speakers(quotes_of(text), "indirect")
    assert any(s == "Kestrel Maritime" and c.startswith("A passenger ferry") for c, s in indirect)
    assert ("The ship was under tow", "Kestrel Maritime") in indirect


def test_a_first_name_a_relative_clause_gives_is_the_source(quotes_of):
    text = ("Layoffs hit Brenmark\n\n"
            "One former engineer, who asked that the newspaper use only her first name, Ines, "
            "said she learned of the cuts by email.\n\n"
            "\"Twelve years,\" she said.")
    quotes = quotes_of(text)
    assert ("Twelve years,", "Ines") in speakers(quotes, "direct")
    assert not any("first name" in c for c, _ in speakers(quotes, "indirect"))


def test_a_spokesperson_for_a_body_named_like_a_date(quotes_of):
    text = ("The defendants, all members of the group Last Summer, were cleared.\n\n"
            "A spokesperson for Last Summer said the group would keep campaigning.")
    names = [s for _, s in speakers(quotes_of(text), "indirect")]
    assert names and "Last Summer" in names[0]


def test_a_whose_son_apposition_casts_no_pronoun_on_its_owner(quotes_of):
    text = ("Rep. Ada Mills said the bill went too far.\n\n"
            "In the gallery was Rosa Vance, whose son, Leo, was shot by a classmate.\n\n"
            "\"Nobody locked anything,\" Vance said.\n\n"
            "She said she would attend the signing.")
    assert any(s == "Rosa Vance" and c.startswith("she would attend")
               for c, s in speakers(quotes_of(text), "indirect"))


def test_the_manager_is_the_one_the_club_sacked(quotes_of):
    text = ("Harwell Town have sacked Gary Pike after six straight defeats.\n\n"
            "Pike, 48, had been in charge for two years.\n\n"
            "The manager admitted last week that the results had been 'not good enough'.")
    quotes = quotes_of(text)
    assert any(s == "Gary Pike" for _, s in speakers(quotes, "indirect"))


def test_an_inverted_cue_inside_the_clause_reports_the_whole_sentence(quotes_of):
    text = ("Brenmark Motors delayed its new plant.\n\n"
            "The pause, said Ruth Alder of Kingsgate Research, risks leaving Brenmark "
            "behind rivals that have already secured battery supply.")
    indirect = speakers(quotes_of(text), "indirect")
    assert any(s == "Ruth Alder" and c.startswith("The pause") and c.endswith("supply")
               for c, s in indirect)


def test_the_clause_after_the_addressee_of_telling_is_told(quotes_of):
    text = ("Four nurses who blocked a hospital car park have been cleared of obstruction, "
            "after telling magistrates they had acted to protect their patients.")
    assert any(c.startswith("they had acted") for c, _ in speakers(quotes_of(text), "indirect"))


def test_a_title_after_on_is_no_quote(quotes_of):
    text = ("\"We are growing again,\" Lena Moor told the host in an interview on "
            "\"Market Hour.\"")
    assert not any("Market Hour" in c for c, _ in speakers(quotes_of(text), "direct"))


def test_a_closing_subject_hung_inside_the_clause_is_cut_out(quotes_of):
    text = ("Protest turns deadly\n\n"
            "LORVA, May 2 (AFP) - Three people were killed on Friday as police fired on "
            "supporters of opposition leader Anna Vell, witnesses and a rights group said.")
    indirect = speakers(quotes_of(text), "indirect")
    assert any(s == "witnesses" and c.endswith("Anna Vell") for c, s in indirect)
