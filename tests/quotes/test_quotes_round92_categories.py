"""Round 92's categories (blind set 713-720), each on a fictional text of its own: what a
court's order says is its text, a document, no speaker (generator/rules/attribution.yaml
``non_speakers``); the words in marks after "as" of a verb of referring whose own "to" has
no object ("a radio the crews referred to as “the old kettle”") name a thing, no quote
(generator/rules/naming_habits.yaml ``referring``); a participle of calling hung on a past
verb ("hit back on Friday, calling the plan a “Luftschloss”") gives a verdict, as "called"
does, not a writer's term; a headline whose quoted predicate the parser hung on the noun
before the marks ("Orsk clinic 'not safe for patients', inspectors say") takes the closing
cue and its subject as speaker, direct only (no report, the set's verbless headlines); words
in marks inside a noun phrase a document owns ("the city constitution's guarantee of "fair
and open" hearings") are its wording, no quote; a lede's "a former shipping company
director told the court" is the person the next paragraph opens with, named with a
relative clause ("Pavel Lind, who sat on the board ..., has pleaded guilty"), under an FT
byline ("Mara Quist, Law Courts Correspondent"); and a subheading that is a quote alone on
its line is the speaker's of the body quote after it that holds its words, not the voice
of the paragraph before; a profile's present-tense "she says" right after a critic who
"called" the book something (past tense, pronoun never given) is the one person known to
take "she" who "says" before it (voice_tense.py)."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, contents_are, count, exactly, last, last_speaker

pytestmark = pytest.mark.model


CASES = [
    case("a_courts_order_is_a_document",
         ("Orsk map struck down\n\nThe Orsk High Court struck down the council's ward map on "
          "Friday. The court's order said the council must draw new wards within 30 days."),
         exactly("indirect", [])),
    case("words_after_referred_to_as_name_a_thing",
         ("Orsk ferry trial\n\nSkipper Ines Dahl told the inquiry she had called the harbour "
          "twice, often using a radio the two crews referred to in their logbooks as “the old "
          "kettle”."),
         exactly("direct", []),
         count("indirect", 1)),  # the report holding the name
    case("words_after_referred_to_as_name_a_thing/2",
         ("Orsk ferry trial\n\nSkipper Ines Dahl said the spare parts were kept in what the "
          "crews refer to as \"the back room\" for years."),
         exactly("direct", []),
         count("indirect", 1)),  # the report holding the name
    case("referred_to_with_an_object_judges",
         ("Orsk ferry plan\n\nMayor Ines Dahl referred to the ferry plan as “an insult to every "
          "skipper in this town”."),
         contents_are("direct", ["an insult to every skipper in this town"])),
    case("a_participle_of_calling_after_a_past_verb",
         ("Orsk budget row\n\nFinance Minister Pavel Kron hit back on Friday, calling the "
          "opposition's plan a “Luftschloss” (a castle in the air)."),
         exactly("direct", [("Luftschloss", "Pavel Kron")])),
    case("a_headline_predicate_in_marks_before_a_closing_cue",
         ("Orsk clinic 'not safe for patients', inspectors say\n\n"
          "A clinic in Orsk has been rated inadequate.\n\n"
          "The Orsk Health Board said the clinic was \"not safe for patients and staff\" in "
          "August."),
         exactly("direct", [
             ("not safe for patients", "inspectors"),
             ("not safe for patients and staff", "Orsk Health Board"),
         ]),
         contents_are("indirect", [
             "the clinic was \"not safe for patients and staff\" in August",
         ])),
    case("a_subheading_quote_is_the_next_quotes_speakers",
         ("Orsk clinic rated inadequate\n\n"
          "A clinic in Orsk has been rated inadequate.\n\n"
          "\"We are sorry,\" said Dr Ilse Varga, the clinic's director.\n\n"
          "'We waited all night'\n\n"
          "Tomas Brenn, 41, brought his father to the clinic in May.\n\n"
          "\"We waited all night and nobody came to see him,\" said Tomas Brenn."),
         exactly("direct", [
             ("We are sorry,", "Ilse Varga"),
             ("We waited all night", "Tomas Brenn"),
             ("We waited all night and nobody came to see him,", "Tomas Brenn"),
         ])),
    case("words_a_documents_noun_phrase_owns",
         ("Orsk council loses appeal\n\nThe Orsk appeals court on Friday struck down the "
          "council's new rules, ruling that the council had broken the city constitution's "
          "guarantee of \"fair and open\" hearings."),
         exactly("direct", []),
         contents_are("indirect", [
             ("the council had broken the city constitution's guarantee of \"fair and open\" "
              "hearings"),
         ])),
    case("a_former_holder_in_the_lede_named_with_a_relative_clause",
         ("Orsk fund boss 'traded on tips', jury told\n\n"
          "Prosecutors say Ivo Brandt made £3mn from tips\n\n"
          "Mara Quist, Law Courts Correspondent\n\n"
          "Ivo Brandt, the founder of Orsk fund Keelwater, was given details of two bids over "
          "lunch, a former shipping company director told Orsk Crown Court on Monday.\n\n"
          "Pavel Lind, who sat on the board of Orsk Shipping until 2019, has pleaded guilty to "
          "insider dealing."),
         last_speaker("indirect", "Pavel Lind")),
    case("a_present_tense_she_after_a_past_tense_critic",
         ("Ilse Varga: ‘I wrote the book I was afraid of’\n\n"
          "“I never meant to write about the flood,” Ilse Varga says, when we meet in Orsk.\n\n"
          "Varga, 52, grew up above her father’s bakery.\n\n"
          "Writing in the Orsk Review, the critic Tomas Vell called the novel “handsome but "
          "cold”.\n\n"
          "She no longer reads reviews, she says. Asked about Vell’s, she says: “I haven’t "
          "read it, and I won’t.”"),
         exactly("indirect", [("She no longer reads reviews", "Ilse Varga")]),
         last("direct", ("I haven’t read it, and I won’t.", "Ilse Varga"))),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_round92_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)
