"""Round 108's categories (blind set 841-848), each on a fictional text of its own: an office
that NER took for a person's name, its holder set off after it with a clerical style ("The
Dean of Arnmouth, the Very Rev Clara Wrenfield,": the holder speaks, "Very" is no given
name, and a headline's bare "Dean vows ..." is her); an Irish minister's title with a list
of portfolios before the name ("Minister for Roads, Rail and the Waterways Orla Brennock
said", then "the minister said:"); Singapore copy's "Madam Tan" for the "Madam Tan Mei Ling"
named before (family name first); and a split quote in straight single marks whose set-off
subject the parser hung inside the first piece ("'...,' our treasurer, Mavis Prentice, told
me, '...'"); and a who-clause after a name and its body ("Mr Hugo Tremlett of the Wessex
Marrow Society, who has judged at Bath") is no closing cue of the clause before it; and a
newsletter's headline under masthead lines over a byline naming the piece ("Show report by
Ann Lee, Newsletter Editor"), whose opening words in marks are the body voice's."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, said_by, speakers_are

pytestmark = pytest.mark.model

CHAPEL = (
    "Arnmouth chapel: Dean vows 'we will mend it' after fire\n\n"
    "By Ria Banner\n\n"
    "Fire tore through the roof of Arnmouth chapel on Sunday night.\n\n"
    "The Dean of Arnmouth, the Very Rev Clara Wrenfield, reached the chapel before dawn.\n\n"
    "\"I watched the bell tower go, and we will mend it,\" she said.\n")

CASES = [
    case("office_taken_for_a_name_then_she_said",
         CHAPEL,
         said_by("direct", "I watched the bell tower go, and we will mend it,",
                 "Clara Wrenfield")),
    case("headline_bare_post_is_the_holder_named_below",
         CHAPEL,
         said_by("direct", "we will mend it", "Clara Wrenfield")),
    case("office_taken_for_a_name_as_subject",
         ("The Provost of Kelby, the Right Rev Tobias Wrenfield, said the chapel would "
          "\"rise again\".\n"),
         said_by("direct", "rise again", "Tobias Wrenfield")),
    case("minister_named_after_a_list_of_portfolios",
         ("Minister for Roads, Rail and the Waterways Orla Brennock said the plan was \"bold "
          "but fair\", and that she had won more money.\n\n"
          "Speaking on the radio, the minister said: \"Nobody could have done more.\"\n"),
         said_by("direct", "bold but fair", "Orla Brennock"),
         said_by("indirect", "the plan was \"bold but fair\", and that she had won more money",
                 "Orla Brennock"),
         said_by("direct", "Nobody could have done more.", "Orla Brennock")),
    case("madam_and_the_family_name_written_first",
         ("For Madam Tan Mei Ling, 61, the ballot was her fourth try.\n\n"
          "\"I cannot sleep before the draw,\" said Madam Tan, a cook who is applying with "
          "her daughter.\n"),
         said_by("direct", "I cannot sleep before the draw,", "Tan Mei Ling")),
    case("split_quote_in_straight_marks_with_set_off_subject",
         ("'We had 90 entries,' our secretary, Mavis Prentice, told me, 'and only one "
          "complaint.'\n"),
         said_by("direct", "We had 90 entries,", "Mavis Prentice"),
         said_by("direct", "and only one complaint.", "Mavis Prentice")),
    case("who_clause_after_a_name_and_its_body_is_no_closing_cue",
         ("Our judge this year was Mr Hugo Tremlett of the Wessex Marrow Society, who has "
          "judged at Bath and Wells. He told me afterwards that the leeks were 'the best in "
          "years', which is high praise.\n"),
         speakers_are("indirect", ["Hugo Tremlett"])),
    case("headline_under_masthead_over_a_report_byline",
         ("MILLBROOK GARDEN CLUB\nSpring Newsletter 2021\n\n"
          "'Thirty summers': Walter's leeks take the cup at last\n\n"
          "Show report by Ann Lee, Newsletter Editor\n\n"
          "The show was held on Saturday.\n\n"
          "'Thirty summers I've been trying for that cup. Thirty summers,' said Walter "
          "Pike, who was presented with it by the mayor.\n"),
         said_by("direct", "Thirty summers", "Walter Pike")),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round108_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)
