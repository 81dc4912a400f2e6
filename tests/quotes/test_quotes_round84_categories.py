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

pytestmark = pytest.mark.model


def _found(quotes, kind):
    return [(q.content, q.speaker) for q in quotes if q.kind == kind]


def _contents(quotes, kind):
    return [q.content for q in quotes if q.kind == kind]


def test_a_comparison_in_marks_is_a_judgement(quotes_of):
    quotes = quotes_of("Analysts at Orsk Bank wrote in a note that they saw a \"better than "
                       "even\" chance of a rate cut in June.")
    assert _found(quotes, "direct") == [("better than even", "Analysts at Orsk Bank")]


def test_a_name_after_a_colon_is_no_speech(quotes_of):
    from generator.extract.quotes.notices import NoticesFile
    from generator.rulefiles import load_rule_file

    rules = load_rule_file("written_notices.yaml", NoticesFile)
    for example in [*rules.examples, *rules.not_]:
        quotes = quotes_of(example.text)
        assert len([q for q in quotes if q.kind == "direct"]) == example.quotes, example.text


def test_a_name_as_residents_call_it_is_no_speech(quotes_of):
    quotes = quotes_of("Orsk water rules\n\nThe town will hire four more wardens — “hose "
                       "police,” as some residents have taken to calling them.")
    assert _found(quotes, "direct") == []


def test_a_particle_compound_in_marks_is_a_term(quotes_of):
    quotes = quotes_of("Dozens of riders are hurt each year, most of them cycling \"off-road\" "
                       "on closed trails, according to the Orsk Cycling Federation.")
    assert _found(quotes, "direct") == []
    assert [s for _, s in _found(quotes, "indirect")] == ["Orsk Cycling Federation"]


def test_a_title_with_a_subtitle_is_no_speech(quotes_of):
    quotes = quotes_of("Ms. Reyes said the gallery was reviewing its loans. Two of the bowls "
                       "were last shown in the gallery’s 2018 exhibition “Kings of the Coast: "
                       "Gold of Old Orsk.”")
    assert _found(quotes, "direct") == []


def test_the_words_a_banner_reads_are_no_speech(quotes_of):
    quotes = quotes_of("Some growers have refused to fell their trees, and a few activists "
                       "argue that the blight is not to blame. \"They are burning our hills "
                       "for nothing,\" reads a banner tied to a gate outside Orsk.")
    assert _found(quotes, "direct") == []


def test_a_rating_agency_by_its_short_name(quotes_of):
    quotes = quotes_of("Orsk cut to junk\n\nLONDON (Reuters) - Kessel Ratings cut Orsk's "
                       "credit rating to junk on Friday.\n\n\"The fiscal plans lack "
                       "credibility,\" Kessel said in a statement.")
    assert _found(quotes, "direct") == [("The fiscal plans lack credibility,", "Kessel Ratings")]


def test_the_company_is_no_public_service(quotes_of):
    quotes = quotes_of("The storm touched down at 9 p.m., according to the National Weather "
                       "Service.\n\nThe sirens were installed in 2022 by Tallow Alert Systems "
                       "of Tulsa. The company said its engineers were on site.")
    assert _found(quotes, "indirect")[-1] == ("its engineers were on site",
                                              "Tallow Alert Systems")


def test_the_prefecture_of_a_department(quotes_of):
    quotes = quotes_of("The slide broke away above a red run, the prefecture of Isere said in "
                       "a statement.")
    assert [s for _, s in _found(quotes, "indirect")] == ["Isere prefecture"]


def test_the_festival_named_in_apposition(quotes_of):
    quotes = quotes_of("Orsk Meadows, the two-day festival in the hills above Orsk, has been "
                       "cancelled.\n\nIn a statement, the festival said it could no longer "
                       "afford to stage the event safely.")
    assert _found(quotes, "indirect")[-1] == (
        "it could no longer afford to stage the event safely", "Orsk Meadows")


def test_whose_joined_after_who_and_the_post(quotes_of):
    quotes = quotes_of("The Ferrymen, who were due to play on Sunday and whose single “Salt "
                       "Roads” reached the Top 10, wrote on X that they were “heartbroken”. "
                       "“See you next year, Orsk,” the post said.")
    assert [s for _, s in _found(quotes, "direct")] == ["Ferrymen", "Ferrymen"]


def test_families_of_unnamed_residents(quotes_of):
    quotes = quotes_of("Families of patients at an Orsk nursing home say they have been given "
                       "a month to find new places.")
    assert [s for _, s in _found(quotes, "indirect")] == ["families"]


def test_the_subject_after_a_dateline_as_its_conjunct(quotes_of):
    quotes = quotes_of("Orsk deal blocked\n\nBRUSSELS, May 4 (Reuters) - European Union "
                       "competition regulators on Tuesday blocked Orsk Air's bid for rival "
                       "Kestrel, saying the deal would have raised fares.")
    assert _found(quotes, "indirect") == [("the deal would have raised fares",
                                           "European Union competition regulators")]


def test_a_lede_participle_on_the_of_phrase(quotes_of):
    quotes = quotes_of("Orsk recount ends\n\nORSK, Ohio (AP) — A hand count of more than 9,000 "
                       "ballots confirmed Tuesday that Democrat Lena Ortiz won the seat by 12 "
                       "votes, county officials said, ending a two-week dispute.")
    assert _found(quotes, "indirect") == [(
        "A hand count of more than 9,000 ballots confirmed Tuesday that Democrat Lena Ortiz "
        "won the seat by 12 votes", "county officials")]


def test_a_that_clause_hung_on_the_apposition(quotes_of):
    quotes = quotes_of("State Sen. Maria Lund, a Democrat whose district includes Port Orsk, "
                       "posted on X that the vote was \"a slap in the face to the harbor\" and "
                       "promised to introduce a bill.")
    assert _found(quotes, "indirect") == [
        ("the vote was \"a slap in the face to the harbor\"", "Maria Lund")]
    assert _found(quotes, "direct") == [("a slap in the face to the harbor", "Maria Lund")]


def test_a_subject_read_as_a_clause_before_the_cue(quotes_of):
    quotes = quotes_of("The regional council, which co-finances the replanting scheme, said in "
                       "May that it would release a further 10 million euros for growers.")
    assert _found(quotes, "indirect") == [
        ("it would release a further 10 million euros for growers", "regional council")]


def test_a_cue_read_as_a_participle_of_the_noun_before(quotes_of):
    quotes = quotes_of("The inquiry began after a former goalkeeper, Tomas Lind, posted on "
                       "Instagram that coaches had told him he would be dropped if he rested.")
    assert _found(quotes, "indirect") == [
        ("coaches had told him he would be dropped if he rested", "Tomas Lind")]


def test_a_surname_with_a_particle_alone(quotes_of):
    quotes = quotes_of("Orsk port strike ends\n\nORSK (Reuters) - Dockworkers returned to work "
                       "on Monday, union leader Anouk van der Berg said.\n\n\"We won what we "
                       "came for,\" said van der Berg.")
    assert _found(quotes, "indirect") == [("Dockworkers returned to work on Monday",
                                           "Anouk van der Berg")]
    assert _found(quotes, "direct") == [("We won what we came for,", "Anouk van der Berg")]
