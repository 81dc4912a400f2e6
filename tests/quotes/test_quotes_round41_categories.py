"""Categories of errors of blind round 41 (fictional sentences, not the round's text).

Each test pins one general rule: a Title Case headline report whose verb the tagger read as a
name ("New Cholera Pill Cut Deaths by Half in Trial, Scientists Say") is the plural common-noun
speaker's report; a quoted clause followed by a second predicate of the writer's outside the
marks ('said the plan "spends money we don't have" and does nothing ...') is reported as well
as direct (round 40's direct-only clauses have nothing after the marks); a possessive role
of a thing ("the mine's operator", "the plant's owner") is the organisation the article names
in that role with the role's verb ("the mine ..., which is run by X", "X, which owns the
plant"; speakers.yaml ``organization_roles``); a standfirst label after a semicolon
("Substitute scores twice; Castlegate’s Reid: ‘...’") speaks, and NER's "Castlegate’s Reid" is the
person "Reid" (a name holds no possessive), so the body's "Stuart Reid" is the speaker; "the
company" with no subject to refer back to is the organisation whose short name the text gives
most often, and "Castara Robotics shareholders" names the company whose people they are, not
a thing (speakers.yaml ``company_people``).
"""

from __future__ import annotations

from devscore import speakers

HEADLINE = ("New Cholera Pill Cut Deaths by Half in Trial, Scientists Say\n\n"
            "A new cholera pill halved deaths in a trial in Veldra, scientists reported on "
            "Monday.\n")


def test_title_case_headline_report_with_plural_speaker(quotes_of):
    reported = speakers(quotes_of(HEADLINE), "indirect")
    assert ("New Cholera Pill Cut Deaths by Half in Trial", "Scientists") in reported


def test_headline_without_a_report_gives_none(quotes_of):
    quotes = quotes_of("Scientists Say\n\nA new cholera pill halved deaths in Veldra.\n")
    assert speakers(quotes, "indirect") == []


def test_second_predicate_after_the_marks_is_the_writers_report(quotes_of):
    quotes = quotes_of('Rep. Dana Kroll, one of the members who voted no, said the plan '
                       '"spends money we don\'t have" and does nothing to fix the roads.')
    assert speakers(quotes, "indirect") == [
        ("the plan \"spends money we don't have\" and does nothing to fix the roads",
         "Dana Kroll")]
    assert ("spends money we don't have", "Dana Kroll") in speakers(quotes, "direct")


def test_quoted_clause_with_nothing_after_the_marks_stays_direct_only(quotes_of):
    quotes = quotes_of('Rep. Dana Kroll said the plan "spends money we don\'t have."')
    assert speakers(quotes, "indirect") == []


def test_possessive_role_of_a_thing_is_the_company_named_in_that_role(quotes_of):
    text = ("PUNO, Dec 1 (Reuters) - Rescuers reached nine miners trapped in a collapsed "
            "mine, the mine's operator said.\n\nThe collapse happened at the Orlo mine near "
            "the town of Vaska, which is run by Minera Pico Verde SA.\n")
    assert speakers(quotes_of(text), "indirect") == [
        ("Rescuers reached nine miners trapped in a collapsed mine", "Minera Pico Verde SA")]


def test_owner_named_by_an_active_relative_clause(quotes_of):
    text = ("Output at the Kelby smelter fell by half last year, the plant's owner said on "
            "Monday.\n\nKorva Metals, which owns the plant, has cut 200 jobs.\n")
    assert speakers(quotes_of(text), "indirect")[0][1] == "Korva Metals"


def test_possessive_role_without_the_thing_named_stays_as_written(quotes_of):
    text = ("Output fell by half last year, the plant's owner said.\n\n"
            "Korva Metals, which owns three hotels in Orm, has cut 200 jobs.\n")
    assert speakers(quotes_of(text), "indirect")[0][1] == "plant's owner"


STANDFIRST = ("Ferreira double lifts Harbury\n\n"
              "Substitute scores twice late on; Castlegate’s Reid: ‘We were second best for an "
              "hour’\n\n"
              "The Castlegate manager, Stuart Reid, was frustrated. ‘We were second best for an "
              "hour and then we switched off,’ he said.\n")


def test_standfirst_label_after_a_semicolon_names_the_body_speaker(quotes_of):
    quotes = quotes_of(STANDFIRST)
    assert speakers(quotes, "direct")[0] == ("We were second best for an hour", "Stuart Reid")


def test_a_name_holds_no_possessive(nlp):
    from generator.extract.quotes.names import collect_names

    doc = nlp(STANDFIRST)
    assert all("’s" not in name.text for name in collect_names(doc, ("PERSON",)))


PROXY = ("Castara shareholders back CEO, reject activist Northwick's nominees\n\n"
         "Castara Robotics shareholders on Tuesday re-elected the company's board, handing "
         "Chief Executive Mia Stroud a win over activist investor Northwick Capital, which had "
         "sought two seats.\n\n"
         "Preliminary results showed each of Castara's nominees won at least 60% of the votes, "
         "the company said in a filing.\n")


def test_the_company_is_the_one_the_story_names_most_by_its_short_name(quotes_of):
    assert speakers(quotes_of(PROXY), "indirect")[0][1] == "Castara Robotics"


def test_most_mentioned_counts_short_names_in_the_text():
    from generator.extract.quotes.names import Name
    from generator.extract.quotes.organization_mentions import most_mentioned

    names = [Name(0, ("orvane", "robotics"), "Orvane Robotics"),
             Name(40, ("harlow", "partners"), "Harlow Partners")]
    text = "Orvane Robotics beat Harlow Partners. Orvane's nominees won."
    assert most_mentioned(names, text) == "Orvane Robotics"
    assert most_mentioned(names, "Orvane Robotics beat Harlow Partners.") == "Harlow Partners"
    assert most_mentioned([], text) is None
