"""Round 102's categories (blind set 793-800), each on a fictional text of its own: a
relative clause the parser hangs on the description set off after a body's name ("the
Union syndicale des pilotes (USP), the largest pilots' union, which says": the named
body); a body's name written the French way ("the union" is the "Union syndicale des
pilotes" named before, not NER's "Union"); France 24's "Issued on:" / "Modified:" lines,
which stand where a byline would, so the line above is a standfirst whose bare plural
("Unions say ...") is the one union the story quotes; a name set off after a role that the
parser read as a conjunct ("The local MP, Fiona Garside, who ..., said"); a "she" after a
paragraph of the writer's, which is the last speaker whose given name takes it, over a
woman quoted before; a headline's company and title the reader took for a name
("Velmora CEO tells staff ...": the CEO the body names); "one of the traders said" then
"he added" (the same trader); and an oral history's voices under name lines, with no
marks, and its pull quote; and a document's clause named in marks after its possessive
("the state constitution's "right to a remedy"": a title, no quote)."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, contents_are, includes, said_by

pytestmark = pytest.mark.model

STRIKE = (
    "Pilots' strike grounds flights in Orsk\n\n"
    "Unions say the walkout is about \"pay, not politics\", as the minister urges talks.\n\n"
    "Issued on: 12/03/2021 - 09:10\n"
    "Modified: 12/03/2021 - 15:40\n\n"
    "Hundreds of flights were cancelled across Orsk on Friday as pilots began a strike.\n\n"
    "The strike was called by the Union syndicale des pilotes (USP), the largest pilots' "
    "union, which says staff shortages have left some bases working \"on the edge\" for "
    "months.\n\n"
    "\"This is about pay, not politics,\" the union said in a statement.\n")

UNION_NAMED_ONLY = (
    "Pilots strike in Orsk\n\nBy Ria Banner\n\n"
    "The strike was called by the Union syndicale des pilotes (USP), the largest pilots' "
    "union.\n\n"
    "\"This is about pay,\" the union said.\n")

MP = (
    "Orsk flood wall opens\n\nBy Ria Banner\n\nA flood wall opened in Orsk on Friday.\n\n"
    "Ilse Varga, 74, said she had spent \"every winter\" watching the river.\n\n"
    "\"I cried when they finished it,\" she said.\n\n"
    "The local MP, Fiona Garside, who campaigned for the scheme in Parliament, said it "
    "showed \"what happens when a town refuses to give up\".\n\n"
    "The government provided most of the cost.\n\n"
    "She said: \"I want to thank the action group.\"\n")

CEO = (
    "Velmora CEO tells staff the company has \"too many people who coast\"\n\n"
    "By Ria Banner\n\n"
    "Velmora CEO Ivo Brandt told employees on Thursday that the company had \"too many "
    "people who coast\" and that cuts would begin next month.\n\n"
    "\"I am going to be direct,\" Brandt said.\n")

TRADERS = (
    "Orsk trader loses $80 million on coffee\n\nBy Ria Banner\n\n"
    "Orsk Commodities lost about $80 million on coffee futures, the company said.\n\n"
    "\"We misjudged the market,\" Chief Executive Ivo Brandt said in the statement.\n\n"
    "Orsk had been among the biggest sellers, according to three traders familiar with its "
    "positions, who declined to be named.\n\n"
    "\"Everybody knew they were short,\" one of the traders said.\n\n"
    "\"At some point you stop being a trader,\" he added.\n")

ORAL_HISTORY = (
    "‘The River Took the Bridge’: An Oral History of the Orsk Flood\n\n"
    "For two days in May the river held the town. A baker, a ferryman and a teacher "
    "remember.\n\n"
    "By Ria Banner\n\n"
    "On May 3 the river Velka broke its banks.\n\n"
    "Anna Brandt, baker, Mill Street\n\n"
    "The water came in under the door at six. By seven the ovens were out.\n\n"
    "Piet Marlow, ferryman\n\n"
    "I took the boat out at dawn. I had done it a thousand times.\n\n"
    "My brother held the lamp. We found the Kessler family on their roof.\n\n"
    "“We were the only bridge left.”\n\n"
    "Maria Lund, 58, teacher, Orsk Primary School\n\n"
    "We opened the school at midnight. I made tea for two hundred people.\n\n"
    "Piet Marlow\n\n"
    "On the third day the river went down. We were the only bridge left. I slept for a "
    "day.\n")

CASES = [
    case("a_relative_on_a_bodys_description_is_the_named_body",
         STRIKE,
         includes("indirect", (("staff shortages have left some bases working \"on the edge\" "
                                "for months"), "Union syndicale des pilotes")),
         said_by("direct", "on the edge", "Union syndicale des pilotes")),
    case("the_union_after_a_body_named_the_french_way_is_that_body",
         STRIKE,
         said_by("direct", "This is about pay, not politics,", "Union syndicale des pilotes")),
    case("the_union_after_a_french_name_that_did_not_speak_yet",
         UNION_NAMED_ONLY,
         said_by("direct", "This is about pay,", "Union syndicale des pilotes")),
    case("time_stamp_lines_make_the_line_above_a_standfirst_whose_plural_is_the_union",
         STRIKE,
         said_by("direct", "pay, not politics", "Union syndicale des pilotes")),
    case("a_name_after_a_role_read_as_a_conjunct_is_the_speaker",
         MP,
         said_by("direct", "what happens when a town refuses to give up", "Fiona Garside")),
    case("she_after_the_writers_paragraph_is_the_last_speaker_whose_given_name_takes_it",
         MP,
         said_by("direct", "I want to thank the action group.", "Fiona Garside")),
    case("a_headlines_company_and_title_is_the_ceo_the_body_names",
         CEO,
         said_by("direct", "too many people who coast", "Ivo Brandt"),
         includes("indirect", ("the company has \"too many people who coast\"", "Ivo Brandt"))),
    case("he_added_after_one_of_the_traders_is_that_trader",
         TRADERS,
         said_by("direct", "At some point you stop being a trader,",
                 "trader familiar with its positions")),
    case("an_oral_historys_voices_under_name_lines",
         ORAL_HISTORY,
         said_by("direct", "The water came in under the door at six. By seven the ovens were out.",
                 "Anna Brandt"),
         said_by("direct", ("I took the boat out at dawn. I had done it a thousand times.\n\n"
                            "My brother held the lamp. We found the Kessler family on their "
                            "roof."), "Piet Marlow"),
         said_by("direct", "We opened the school at midnight. I made tea for two hundred people.",
                 "Maria Lund"),
         said_by("direct", "On the third day the river went down. We were the only bridge left. "
                 "I slept for a day.", "Piet Marlow")),
    case("an_oral_historys_pull_quote_is_the_voice_it_repeats",
         ORAL_HISTORY,
         said_by("direct", "We were the only bridge left.", "Piet Marlow")),
    case("a_clause_of_a_document_named_in_marks_after_its_possessive_is_no_quote",
         ("Orsk court rules\n\nBy Ria Banner\n\nThe Orsk Supreme Court struck down the ban on "
          "Thursday. Lawyers for the tenants said it breached the state constitution's \"right "
          "to be heard\" for renters.\n"),
         contents_are("direct", [])),
    case("name_lines_over_two_voices_are_no_oral_history",
         ("Orsk flood\n\nBy Ria Banner\n\nThe Velka broke its banks on May 3.\n\n"
          "Anna Brandt, baker, Mill Street\n\nI lost the ovens.\n\n"
          "Piet Marlow, ferryman\n\nI took the boat out at dawn.\n"),
         contents_are("direct", [])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round102_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)
