"""Round 101's categories (blind set 785-792), each on a fictional text of its own: a Title
Case headline's description after "A" ("A Grain Trading Company Hid ...") that must not
stand for "the company" below; a headline's title written as its initials ("CM says",
"PM vows") for the one person the body gives that title; a headline's person noun after a
name ("New Orsk Athletic owner vows ‘...’") for the person whose body quote holds the
words; a person's name set off after a post that NER tags as a firm ("Tarrow’s managing
partner, Bradley Marchbank, said:"); "the airline" for the airline named by its trade word,
though its name modifies the plane ("A Corran Air jet"), never a byline's agency or the
dateline's city; a closing cue the parser hangs on a quoted verb after a modal
('Police would "keep the peace," he said': direct only); "declared X the winner" (an act,
no report); and the chain of "she" through a passive "she was turned down" back to the
woman a copula introduces ("One of the borrowers was Moira Kettle"); a profile's box of
short questions each followed by its answer on the next line ("Favorite planet? / Saturn.
..."; the answers the profiled person's); a card given in the sentence before that "it
read" quotes (its givers'); and a noun phrase in marks that a verb of saying inside a
reported clause takes as object ('said the crew reported a "possible engine failure"':
the outer speaker's words, no term); and a handle after "calling themselves" (a name, no
quote)."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, exactly, first, lacks, said_by

pytestmark = pytest.mark.model

HEADLINE_COMPANY = (
    "A Grain Trading Company Hid Its Losses. Then It Borrowed More.\n\n"
    "Internal emails show Velmar Commodities knew of the gap for years. Former traders say "
    "nobody checked.\n\n"
    "by Ana Pell\n\n"
    "In 2018, an accountant at Velmar Commodities flagged the losses.\n\n"
    "Velmar declined to make anyone available. In a written reply, the company said its books "
    "“meet every standard” and that auditors, not Velmar, sign them.\n\n"
    "“Velmar takes its accounts seriously,” the company wrote.\n")

CHIEF_MINISTER = (
    "Storm batters Velmar coast; 6 dead\n\n"
    "Army called in; CM says State \"ready\" for next 24 hours\n\n"
    "Special Correspondent\nORSK\n\n"
    "At least six people have died in the storm, officials said on Friday.\n\n"
    "Chief Minister P.T. Varkey said the State was \"ready\" to deal with it.\n\n"
    "\"There is no need for panic,\" Mr. Varkey said.\n")

PRIME_MINISTER = (
    "PM vows 'no retreat' on Orsk port plan\n\n"
    "By Ana Pell\n\n"
    "Prime Minister Lena Ostrova said on Friday the government would not drop the port "
    "plan.\n\n"
    "\"We will build it,\" Ms. Ostrova said.\n")

CLUB_OWNER = (
    "New Orsk Athletic owner vows ‘no fire sale’ as £9m takeover completed\n\n"
    "Supporters’ trust says it has been given ‘nothing in writing’ on stadium\n\n"
    "By Ana Pell\n\n"
    "Orsk Athletic have been sold to an American investment fund in a deal worth about £9 "
    "million.\n\n"
    "Velmar Sports Partners, a Denver-based fund that already holds stakes in clubs in "
    "Belgium, completed the purchase on Thursday after the FA approved it.\n\n"
    "In a statement released through the club, Velmar’s managing partner, Dale Fenwick, said: "
    "“Orsk Athletic is a club with a proud history. We are here for the long term.\n\n"
    "“There will be no fire sale and no selling the stadium.”\n\n"
    "“We have been promised a lot,” said Moira Bell, the trust’s chair.\n")

MANAGING_PARTNER = (
    "Orsk Athletic sold to US fund\n\n"
    "By Ana Pell\n\n"
    "Orsk Athletic have been sold to an American investment fund.\n\n"
    "Tarrow Sports Partners, a Boston-based fund, completed the purchase on Thursday.\n\n"
    "In a statement released through the club, Tarrow’s managing partner, Bradley Marchbank, "
    "said: “Orsk Athletic is a club with a proud history, a loyal support and a great deal of "
    "untapped potential.”\n")

AIRLINE = (
    "Jet with 90 aboard makes emergency landing in Orsk\n\n"
    "By PETRA VANCE Associated Press\n\n"
    "ORSK (AP) — A Corran Air jet bound for Velmar made an emergency landing at Orsk airport "
    "on Friday after an engine failed.\n\n"
    "No one among the 84 passengers and six crew members was hurt, the airline said.\n\n"
    "\"We are grateful that everyone is safe,\" said Dana Pike, a spokeswoman for Corran "
    "Air.\n")

MODAL_CLOSING_CUE = (
    "Orsk vote\n\nBy Ana Pell\n\n"
    "Government spokesman Ivo Tarn accused the opposition of \"playing with fire\". Police "
    "would \"keep the peace,\" he said, without giving details.\n")

DECLARED_WINNER = (
    "Velmar opposition rejects result\n\n"
    "By Ana Pell\n\n"
    "ORSK, Nov 3 (Reuters) - Velmar's electoral board declared President Ivo Tarn the winner "
    "on Tuesday, a result his main challenger called \"a theft in plain sight\" and vowed to "
    "fight.\n\n"
    "The National Electoral Board (NEB) said turnout was 61% and that opposition candidate "
    "Piet Harlow had won 41%.\n")

COPULA_CHAIN = (
    "A Lender Knew. It Kept Lending.\n\n"
    "by Ana Pell\n\n"
    "“Everybody on the team knew,” said Piet Harlow, an engineer who left Velmar in 2021.\n\n"
    "Another former employee said she raised the issue twice.\n\n"
    "“Nothing was ever our fault,” she said.\n\n"
    "Velmar declined to comment.\n\n"
    "One of the borrowers was Moira Kettle, a 44-year-old nurse in Orsk. In 2019 she was "
    "turned down for three loans. Each letter cited a debt in Corran, a city she said she has "
    "never visited.\n\n"
    "“I kept telling them, that’s not me,” Kettle said.\n")

QA_BOX = (
    "\"The best room in the school\": Pell retires after 30 years of physics\n\n"
    "By Ivo Tarn, Staff Writer\n\n"
    "When Edith Pell first walked into Room 9 in 1989, the lab had no sink.\n\n"
    "\"I always loved it here,\" Pell said.\n\n"
    "QUICK QUESTIONS\n\n"
    "Favorite planet?\nSaturn. It wears its rings well.\n"
    "Worst lab accident?\nA kettle, a fuse and a very long afternoon in 2003.\n\n"
    "Former students say her class was hard.\n")

CARD = (
    "Pell retires after 30 years of physics\n\n"
    "By Ivo Tarn, Staff Writer\n\n"
    "When Edith Pell first walked into Room 9 in 1989, the lab had no sink.\n\n"
    "Principal Ada Moss called Pell \"an Orsk treasure\" and said the school will name the "
    "lab after her.\n\n"
    "On Tuesday, her third-period physics class gave her a card signed by all 24 students. "
    "\"Thank you for making us love friction,\" it read.\n\n"
    "Pell said the card is going on her fridge.\n")

INNER_REPORT = (
    "Jet lands in Orsk\n\nBy Ana Pell\n\n"
    "A Corran Air jet made an emergency landing on Friday.\n\n"
    "The Federal Aviation Administration said the crew reported a \"possible engine "
    "failure\" at about 8,000 feet before turning back. The agency will investigate.\n")

HANDLE = (
    "Orsk app breach\n\nBy Ana Pell\n\n"
    "By then a user calling themselves “z3ro” had posted a sample of the data on DarkMart, a "
    "forum, and offered the full set for sale. Velmar said it would not pay.\n")

CASES = [
    case("a_title_case_headlines_description_after_a_is_no_company_name",
         HEADLINE_COMPANY,
         said_by("direct", "meet every standard", "Velmar Commodities"),
         said_by("direct", "Velmar takes its accounts seriously,", "Velmar Commodities")),
    case("a_headlines_initials_of_a_title_are_its_one_holder",
         CHIEF_MINISTER,
         first("direct", ("ready", "P.T. Varkey"))),
    case("a_headlines_pm_is_the_prime_minister_the_body_names",
         PRIME_MINISTER,
         said_by("direct", "no retreat", "Lena Ostrova")),
    case("a_headlines_person_noun_after_a_name_is_the_one_whose_quote_holds_the_words",
         CLUB_OWNER,
         said_by("direct", "no fire sale", "Dale Fenwick")),
    case("a_name_set_off_after_a_post_opening_with_a_given_name_is_a_person",
         MANAGING_PARTNER,
         said_by("direct", "Orsk Athletic is a club with a proud history, a loyal support "
                 "and a great deal of untapped potential.", "Bradley Marchbank")),
    case("the_airline_is_the_one_named_by_its_trade_word_not_the_byline_or_dateline",
         AIRLINE,
         said_by("indirect", "No one among the 84 passengers and six crew members was hurt",
                 "Corran Air")),
    case("a_closing_cue_hung_on_a_quoted_verb_after_a_modal_leaves_a_direct_quote_only",
         MODAL_CLOSING_CUE,
         exactly("indirect", []),
         said_by("direct", "keep the peace,", "Ivo Tarn")),
    case("declared_x_the_winner_is_an_act_not_a_report",
         DECLARED_WINNER,
         lacks("indirect", ("President Ivo Tarn the winner on Tuesday, a result his main "
                            "challenger", "Velmar's electoral board")),
         exactly("indirect", [("turnout was 61% and that opposition candidate Piet Harlow "
                               "had won 41%", "National Electoral Board")])),
    case("she_after_a_passive_she_goes_back_to_the_woman_a_copula_introduces",
         COPULA_CHAIN,
         said_by("indirect", "she has never visited", "Moira Kettle")),
    case("a_boxs_answer_lines_are_the_profiled_persons_words_its_questions_no_quotes",
         QA_BOX,
         said_by("direct", "Saturn. It wears its rings well.", "Edith Pell"),
         said_by("direct", "A kettle, a fuse and a very long afternoon in 2003.",
                 "Edith Pell"),
         lacks("direct", ("Favorite planet?", "Edith Pell"))),
    case("a_card_it_read_quotes_is_its_givers",
         CARD,
         said_by("direct", "Thank you for making us love friction,",
                 "third-period physics class")),
    case("a_partial_a_verb_of_saying_takes_inside_a_report_is_the_speakers_words",
         INNER_REPORT,
         said_by("direct", "possible engine failure", "Federal Aviation Administration")),
    case("a_handle_after_calling_themselves_is_a_name_no_quote",
         HANDLE,
         exactly("direct", [])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round101_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)
