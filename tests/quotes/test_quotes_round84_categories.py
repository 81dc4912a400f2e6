"""Round 84's and 85's categories (blind set 649-664), each on a fictional text of its own:
a comparison in marks ("a “better than even” chance") is a judgement, not a writer's term;
a name after a colon ("has its own name for the winter that followed: “the cold siege.”"),
a name "as residents call them", a particle compound ("skiing “off-road”") and a title
whose subtitle follows a colon are no speech, nor are the words a banner "reads" after the
quote; a rating agency's short name is the agency ("Halden" after "Halden Ratings"); "the
company" is never a public service ("the National Weather Service"); "the prefecture of
Savoie" speaks as a country body; "the festival" is the name a festival is given in
apposition; "whose" joined after a "who" clause describes the same noun; "the post said" is
whoever wrote on the platform; "Families of residents say" are "families"; a dateline's
city with the subject as its conjunct is no subject."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, check_example_counts, exactly, last, speakers_are

pytestmark = pytest.mark.model


def _contents(quotes, kind):
    return [q.content for q in quotes if q.kind == kind]


CASES = [
    case("a_comparison_in_marks_is_a_judgement",
         ('Analysts at Orsk Bank wrote in a note that they saw a "better than even" chance of '
          "a rate cut in June."),
         exactly("direct", [("better than even", "Analysts at Orsk Bank")])),
    case("a_name_as_residents_call_it_is_no_speech",
         ("Orsk water rules\n\n"
          "The town will hire four more wardens — “hose police,” as some residents have taken "
          "to calling them."),
         exactly("direct", [])),
    case("a_particle_compound_in_marks_is_a_term",
         ('Dozens of riders are hurt each year, most of them cycling "off-road" on closed '
          "trails, according to the Orsk Cycling Federation."),
         exactly("direct", []), speakers_are("indirect", ["Orsk Cycling Federation"])),
    case("a_title_with_a_subtitle_is_no_speech",
         ("Ms. Reyes said the gallery was reviewing its loans. Two of the bowls were last "
          "shown in the gallery’s 2018 exhibition “Kings of the Coast: Gold of Old Orsk.”"),
         exactly("direct", [])),
    case("the_words_a_banner_reads_are_no_speech",
         ("Some growers have refused to fell their trees, and a few activists argue that the "
          'blight is not to blame. "They are burning our hills for nothing," reads a banner '
          "tied to a gate outside Orsk."),
         exactly("direct", [])),
    case("a_rating_agency_by_its_short_name",
         ("Orsk cut to junk\n\n"
          "LONDON (Reuters) - Kessel Ratings cut Orsk's credit rating to junk on Friday.\n\n"
          '"The fiscal plans lack credibility," Kessel said in a statement.'),
         exactly("direct", [("The fiscal plans lack credibility,", "Kessel Ratings")])),
    case("the_company_is_no_public_service",
         ("The storm touched down at 9 p.m., according to the National Weather Service.\n\n"
          "The sirens were installed in 2022 by Tallow Alert Systems of Tulsa. The company "
          "said its engineers were on site."),
         last("indirect", ("its engineers were on site", "Tallow Alert Systems"))),
    case("the_prefecture_of_a_department",
         "The slide broke away above a red run, the prefecture of Isere said in a statement.",
         speakers_are("indirect", ["Isere prefecture"])),
    case("the_festival_named_in_apposition",
         ("Orsk Meadows, the two-day festival in the hills above Orsk, has been cancelled.\n\n"
          "In a statement, the festival said it could no longer afford to stage the event "
          "safely."),
         last("indirect", (
             "it could no longer afford to stage the event safely",
             "Orsk Meadows",
         ))),
    case("whose_joined_after_who_and_the_post",
         ("The Ferrymen, who were due to play on Sunday and whose single “Salt Roads” reached "
          "the Top 10, wrote on X that they were “heartbroken”. “See you next year, Orsk,” the "
          "post said."),
         speakers_are("direct", ["Ferrymen", "Ferrymen"])),
    case("families_of_unnamed_residents",
         ("Families of patients at an Orsk nursing home say they have been given a month to "
          "find new places."),
         speakers_are("indirect", ["families"])),
    case("the_subject_after_a_dateline_as_its_conjunct",
         ("Orsk deal blocked\n\n"
          "BRUSSELS, May 4 (Reuters) - European Union competition regulators on Tuesday "
          "blocked Orsk Air's bid for rival Kestrel, saying the deal would have raised fares."),
         exactly("indirect", [
             ("the deal would have raised fares", "European Union competition regulators"),
         ])),
    case("a_lede_participle_on_the_of_phrase",
         ("Orsk recount ends\n\n"
          "ORSK, Ohio (AP) — A hand count of more than 9,000 ballots confirmed Tuesday that "
          "Democrat Lena Ortiz won the seat by 12 votes, county officials said, ending a "
          "two-week dispute."),
         exactly("indirect", [
             (
                 ("A hand count of more than 9,000 ballots confirmed Tuesday that Democrat "
                  "Lena Ortiz won the seat by 12 votes"),
                 "county officials",
             ),
         ])),
    case("a_that_clause_hung_on_the_apposition",
         ("State Sen. Maria Lund, a Democrat whose district includes Port Orsk, posted on X "
          'that the vote was "a slap in the face to the harbor" and promised to introduce a '
          "bill."),
         exactly("indirect", [('the vote was "a slap in the face to the harbor"', "Maria Lund")]),
         exactly("direct", [("a slap in the face to the harbor", "Maria Lund")])),
    case("a_subject_read_as_a_clause_before_the_cue",
         ("The regional council, which co-finances the replanting scheme, said in May that it "
          "would release a further 10 million euros for growers."),
         exactly("indirect", [
             ("it would release a further 10 million euros for growers", "regional council"),
         ])),
    case("a_cue_read_as_a_participle_of_the_noun_before",
         ("The inquiry began after a former goalkeeper, Tomas Lind, posted on Instagram that "
          "coaches had told him he would be dropped if he rested."),
         exactly("indirect", [
             ("coaches had told him he would be dropped if he rested", "Tomas Lind"),
         ])),
    case("a_surname_with_a_particle_alone",
         ("Orsk port strike ends\n\n"
          "ORSK (Reuters) - Dockworkers returned to work on Monday, union leader Anouk van der "
          "Berg said.\n\n"
          '"We won what we came for," said van der Berg.'),
         exactly("indirect", [("Dockworkers returned to work on Monday", "Anouk van der Berg")]),
         exactly("direct", [("We won what we came for,", "Anouk van der Berg")])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round84_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_a_name_after_a_colon_is_no_speech(quotes_of):
    from generator.extract.quotes.notices import NoticesFile
    from generator.rulefiles import load_rule_file

    rules = load_rule_file("written_notices.yaml", NoticesFile)
    check_example_counts(quotes_of, rules, "direct")
