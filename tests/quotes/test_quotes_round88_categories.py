"""Round 88's categories (blind set 681-688), each on a fictional text of its own: a
contact relative whose subject is "they" or "it" ("a trade deal they say will flood ...")
is a report of the sentence's subject, a counted group by its noun ("Hundreds of farmers"
-> farmers); "the company" right after a sentence whose subject is a company's short name
NER took for a person ("Kestrel, which is listed in London ..., rejected the claim. In a
filing to the London Stock Exchange, the company said") is the full name written before
("Kestrel Copper"; "copper" a company name ending in speakers.yaml), not the exchange; a
verb of calling the parser hung on a verb inside the marks ("called the decision “a
betrayal of everyone who believed the museum meant what it said.”") still calls the quote;
a Guardian byline with the writer's desk ("Ann Reed Environment correspondent") puts the
standfirst above the lede, and its bare "Regulator says" is the body's person who repeats
the words; "the chief" is the one person whose title ends in "Chief"; "Mr Reed" after
"Ann Reed, whose father Tom ..." is no vote for Ann Reed being a he, and a family word
NER took for a name ("with Dad on the kitchen floor") is nobody "she" can mean; "who" after
"X, 34, a nursing assistant from Y" is X."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, exactly, first, last

pytestmark = pytest.mark.model


CASES = [
    case("the_company_after_its_short_name_as_subject",
         ("Velmar orders Kestrel Copper to pay $80 million in disputed fees\n\n"
          "LUSAKA, March 3 (Reuters) - Velmar's mines ministry on Wednesday ordered Kestrel "
          "Copper to pay $80 million in fees.\n\n"
          "Kestrel, which is listed in London and Toronto, rejected the claim. In a filing to "
          'the London Stock Exchange, the company said it had paid "every cent owed" under its '
          "contract."),
         last("indirect", ('it had paid "every cent owed" under its contract', "Kestrel Copper")),
         exactly("direct", [("every cent owed", "Kestrel Copper")])),
    case("a_verb_of_calling_hung_on_a_verb_inside_the_marks",
         ("Museum row\n\n"
          "“I don’t want my work in a building that thanks that family,” said Tom Rusk, an "
          "Orsk painter whose murals hang in the museum’s main hall.\n\n"
          "The sculptor Ada Quill, whose retrospective opened at the Harwell in March, called "
          "the decision “a betrayal of everyone who believed the museum meant what it said.”"),
         last("direct", (
             "a betrayal of everyone who believed the museum meant what it said.",
             "Ada Quill",
         ))),
    case("mr_with_the_surname_of_a_woman_quoted_before",
         ("Ambulance waits: 'We waited five hours with Dad on the kitchen floor'\n\n"
          "Ann Reed, whose father Tom fell at his home in Orsk on Boxing Day, said: “We waited "
          "five hours with Dad on the kitchen floor.”\n\n"
          "She said the family had since made a formal complaint. Mr Reed had surgery the next "
          "day and is recovering in hospital, but had been told he may not be able to live "
          "alone again."),
         exactly("indirect", [("the family had since made a formal complaint", "Ann Reed")])),
    case("who_after_a_description_set_off_after_a_name",
         ("Orsk rentals\n\n"
          "Among those who stayed in the gallery through the night was Ann Reed, 34, a "
          "certified nursing assistant from Orsk who said she and her two children had moved "
          "four times in three years."),
         exactly("indirect", [
             ("she and her two children had moved four times in three years", "Ann Reed"),
         ])),
    # Round 81's leftover: "..., says patients' group" is the body the story names right
    # after the same words, not the person whose quote repeats the headline's.
    case("a_headline_body_noun_the_story_names",
         ("Clinic parking rise 'a tax on the sick', says patients' group\n\n"
          "Patients and staff at an Orsk hospital trust say new parking charges will hit the "
          "people least able to afford them.\n\n"
          "Ann Reed, who chairs the patients' group Orsk Voices, said the rise was “a tax on "
          "the sick and the people who love them”."),
         exactly("direct", [
             ("a tax on the sick", "Orsk Voices"),
             ("a tax on the sick and the people who love them", "Ann Reed"),
         ])),
    # Round 81's leftover: "the carriers" of a dek above the lede are the two companies
    # the lede names next (a name ending in a trade word NER may miss, "Kestrel Airlines’";
    # a timestamp under the byline is no lede).
    case("a_dek_plural_company_noun_before_the_lede_names_them",
         ("Judge Blocks Kestrel-Orsk Airline Merger in Win for Antitrust Enforcers\n\n"
          "Ruling deals a blow to the $2 billion deal, which the carriers said would help them "
          "compete with the largest airlines\n\n"
          "By Ann Reed and Tom Pell\n\n"
          "Updated June 2, 2026 7:40 pm ET\n\n"
          "A federal judge on Tuesday blocked Kestrel Airlines’ planned $2 billion acquisition "
          "of Orsk Air, siding with the Justice Department’s argument that the combination "
          "would raise fares."),
         first("indirect", (
             "would help them compete with the largest airlines",
             "Kestrel Airlines and Orsk Air",
         ))),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round88_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


@pytest.mark.parametrize(("text", "report"), [
    ("Orsk farmers\n\nHundreds of farmers drove their tractors onto the ring road around Orsk "
     "on Monday, blocking traffic for hours in protest at a trade deal they say will flood "
     "Velmar with cheap imported beef and grain.",
     ("will flood Velmar with cheap imported beef and grain", "farmers")),
    ("Orsk budget\n\nLocal farmers blocked the road on Monday to protest a bypass they say will "
     "cut their land in two.", ("will cut their land in two", "Local farmers")),
])
def test_a_contact_relative_with_a_pronoun_subject(quotes_of, text, report):
    assert speakers(quotes_of(text), "indirect") == [report]


def test_a_standfirst_bare_noun_under_a_desk_byline(quotes_of):
    quotes = quotes_of(
        "Orsk Water fined record £20m over sewage spills\n\nRegulator says firm ‘put profits "
        "before rivers’, as campaigners call penalty ‘a rounding error’\n\nAnn Reed "
        "Environment correspondent\n\nOrsk Water has been fined a record £20m for failing to "
        "stop raw sewage pouring into rivers.\n\nThe regulator’s chief executive, Tom Rusk, "
        "said the company had ‘put profits before rivers’ for most of a decade.")
    assert speakers(quotes, "direct")[:2] == [("put profits before rivers", "Tom Rusk"),
                                            ("a rounding error", "campaigners")]


@pytest.mark.parametrize("title", ["Cal Fire Battalion Chief", "Fire Chief"])
def test_the_chief(quotes_of, title):
    quotes = quotes_of(
        f"Orsk fire\n\n{title} Tom Rusk, who led the investigation, said investigators had "
        "found a burned flare within 20 feet of the point of origin.\n\n\"We don't take a "
        "case to the DA unless we're sure where it started,\" the chief said.")
    assert speakers(quotes, "direct") == [
        ("We don't take a case to the DA unless we're sure where it started,", "Tom Rusk")]
