"""Categories that unseen Bloomberg, ABC, NYT, Al Jazeera, Kyodo, Guardian, News24 and WSJ
copy (blind round 27) showed to be general, each on a short fictional text of its own: a
place in apposition after "told reporters in the capital," taken for an inverted subject
while the named subject stands before the cue; "the Tarnby manager" for the person whose
side "his Tarnby Athletic players" is, the owner given by a pronoun rather than "X's";
"Corvaline's central bank" of the lede for the "Bank of Corvaline" the next paragraph
names; Australian copy's "Cr Quill" (councillor) for the mayor named before; "she says"
after "residents like Ms Orr say", the resident given as the group's example rather than
the last woman quoted; "Reporting from Ain Safra, Al Jazeera's X said that ..." with the
participle phrase taken for the subject and the name hung inside it; the noun of a partial
quote after "accused the government of" taken for an inverted subject when the subject is
a role with the name in apposition; "a federal prosecutor told jurors" at the top of a
court story for the person "the prosecutor, X," names in the paragraphs after it; a dek
under the headline, "Department-store chain says ...", whose bare company noun is the
company the body names (the lede counted after a byline that follows the dek); a title-case
headline "Founder of X Lied to Investors, Prosecutors Say" whose noun phrase the parser
hung on "Say" as an adverbial clause."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, includes

pytestmark = pytest.mark.model

TRIAL = ("Builder Lied to Buyers, Prosecutors Say\n\n"
         "As the trial of Orin Vask opened, a prosecutor told jurors that he had faked permits.\n\n"
         "By Lena Moss\n\n"
         "The builder sold homes he never meant to finish, a federal prosecutor told jurors on "
         "Monday.\n\n"
         "\"He sold a promise,\" the prosecutor, Dana Kell, said in her opening statement.")

DEK = ("Corran & Pike Cuts Outlook as Shoppers Pull Back\n\n"
       "Department-store chain says holiday sales will be weaker than expected; shares slide\n\n"
       "By Ana Reyes\n\n"
       "Corran & Pike Inc. lowered its profit forecast on Wednesday.\n\n"
       "Corran & Pike posted a profit of $84 million. A spokeswoman for Corran & Pike said "
       "the company would not comment.")


CASES = [
    case("a_place_in_apposition_after_the_audience_is_no_speaker",
         ("Governor Ilse Varga said prices were still rising.\n\n"
          '"We are not there yet," Varga told reporters in the capital, Brennmoor, after the '
          "meeting."),
         includes("direct", ("We are not there yet,", "Ilse Varga"))),
    case("the_team_manager_is_the_person_whose_players_his_team_are",
         ("Owen Tulley has urged his Tarnby Athletic players to keep their nerve after three "
          "straight defeats.\n\n"
          "Speaking on Friday, the Tarnby manager admitted the squad had been 'nervous' at "
          "home, but insisted he still had the backing of the board."),
         includes("indirect", ("he still had the backing of the board", "Owen Tulley"))),
    case("an_owned_body_takes_the_full_name_the_article_gives_it",
         ("Velmora's central bank said on Tuesday that rates would stay on hold.\n\n"
          "The Bank of Velmora kept its main rate at 3%. The bank said inflation was easing."),
         includes("indirect", ("inflation was easing", "Bank of Velmora")),
         includes("indirect", ("rates would stay on hold", "Bank of Velmora"))),
    case("an_australian_councillor_title_is_no_part_of_the_name",
         ("Shire mayor Ada Quill says the council has cut approval times.\n\n"
          '"Plans are not the problem," Cr Quill says.'),
         includes("direct", ("Plans are not the problem,", "Ada Quill"))),
    case("she_after_a_group_with_one_named_example_is_that_example",
         ("Nell Orr lost her house in the fire.\n\n"
          "Agency spokeswoman Tessa Vane said claims were being paid.\n\n"
          "But residents like Ms Orr say the help has come too late.\n\n"
          '"Half my street has gone," she says.'),
         includes(None, ("Half my street has gone,", "Nell Orr")),
         includes(None, ("the help has come too late", "residents"))),
    case("a_reporter_named_at_the_end_of_an_opening_participle_phrase_speaks",
         ('"I will believe it when I see it," said Nadia Fares, a teacher.\n\n'
          "Reporting from Dar Selim, Orbit News's Lina Haddad said both sides had been told to "
          "stay in the city.\n\n"
          '"Nobody wants to be the side that walked away," she said.'),
         includes(None, ("both sides had been told to stay in the city", "Lina Haddad")),
         includes(None, ("Nobody wants to be the side that walked away,", "Lina Haddad"))),
    case("the_object_in_a_partial_quote_after_accused_is_no_speaker",
         ('The movement\'s chief negotiator, Samir Aziz, accused the government of "moving the '
          'goalposts" every time a deal was near.'),
         includes("direct", ("moving the goalposts", "Samir Aziz"))),
    case("an_unnamed_role_at_the_top_is_the_person_named_after_it_in_apposition",
         TRIAL,
         includes("indirect", ("he had faked permits", "Dana Kell")),
         includes("indirect", ("The builder sold homes he never meant to finish", "Dana Kell"))),
    case("an_unnamed_role_never_named_after_stays_as_written",
         ("The builder sold homes he never meant to finish, a federal prosecutor told "
          "jurors.\n\n"
          "The prosecutor said the case would take two weeks."),
         includes("indirect", (
             "The builder sold homes he never meant to finish",
             "federal prosecutor",
         ))),
    case("a_bare_company_noun_in_the_dek_is_the_company_of_the_story",
         DEK,
         includes("indirect", ("holiday sales will be weaker than expected", "Corran & Pike"))),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round27_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_a_team_owned_by_a_pronoun_without_a_named_subject_is_no_one(quotes_of):
    text = ("The club has told his Tarnby Athletic players to report early.\n\n"
            "The Tarnby manager said the squad was ready.")
    found = speakers(quotes_of(text), "indirect")
    assert ("the squad was ready", "Owen Tulley") not in found
    assert len(found) == 1


def test_an_owned_body_the_article_never_names_keeps_its_possessive():
    from generator.extract.quotes.owners import owner_first

    text = "Velmora's central bank said rates would stay on hold. The Velmora Times said so."
    assert owner_first("Velmora's central bank", "organization", text) \
        == "Velmora's central bank"


def test_the_lede_follows_a_byline_under_a_dek(nlp):
    from generator.extract.quotes.lede import lede_paragraph

    assert lede_paragraph(nlp(DEK)) == 3
    assert lede_paragraph(nlp("Headline here\n\nBy Ana Reyes\n\nThe lede.\n\nMore.")) == 2


def test_a_fronted_headline_report_read_as_an_adverbial_clause_is_the_report(quotes_of):
    text = ("Founder of Failed Grain Start-Up Lied to Lenders, Prosecutors Say\n\n"
            "The founder lied about his sales, a prosecutor told jurors.")
    found = speakers(quotes_of(text), "indirect")
    assert any(content == "Founder of Failed Grain Start-Up Lied to Lenders"
               and speaker.casefold() == "prosecutors" for content, speaker in found), found
