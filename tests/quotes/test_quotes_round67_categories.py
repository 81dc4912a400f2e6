"""Rounds 67-68's categories (blind set 513-528), each on a fictional text of its own:
"the team said" after a player introduced by team and position ("Harbor Kings guard Tomas
Reel will miss ...") is the team, not the player NER took for an organisation; a given name
and surname in apposition after a person's post ("Lanmark's founder and chief executive,
Ana Verhoef,") is a person whatever NER tagged it, so "Verhoef said" and her "She said"
stay hers; "according to" ranking a noun inside a clause ("its No. 2 prospect according to
Scout Weekly") is no report; a closing cue the parser hung on the report's last noun
("... will be about $2.1 billion, the Tulsa-based company said") still reports the clause
before the comma; "told reporters Cole was "feeling better every day" but that ..." (no
"that", the parser's open complement) is a report with its own subject; a subject the
parser found inside a quote's own words is no speaker; a participle that borrows the
subject of the clause an "according to" sources is part of what the source says; a
participle set off after a passive verb's agent ("reviewed by the FTC, which ..., arguing
that") is the agent's; "the two organizations, A and B, said" is A and B together; "who
say" after "lawmakers of both parties" is the lawmakers'; a bare "One" after a counted group
("Two former trustees ... One said:") is one member of it ("former trustee"); a quoted
phrase opening with a superlative after its determiner ('the “best overall value”') is the
speaker's verdict, not the writer's term; 'X, the leader of Y, posted on X that ...' read by
the parser as a noun phrase (the cue and the that-clause both modifiers of the name) is X's."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, contents_are, exactly, includes, speakers_are

pytestmark = pytest.mark.model


CASES = [
    case("the_team_is_the_team_written_before_the_players_position",
         ("HARBOR CITY (AP) — Harbor Kings guard Tomas Reel will miss at least three weeks "
          "with a broken finger, the team said Friday.\n\n"
          "ELSEWHERE\n\n"
          "Lakeside Owls forward Denis Marro will miss the rest of the season after knee "
          "surgery, the team announced."),
         includes("indirect", (
             "Harbor Kings guard Tomas Reel will miss at least three weeks with a broken finger",
             "Harbor Kings",
         )),
         includes("indirect", (
             ("Lakeside Owls forward Denis Marro will miss the rest of the season after knee "
              "surgery"),
             "Lakeside Owls",
         ))),
    case("a_name_apposed_to_a_post_is_a_person",
         ("Navy spokeswoman Cmdr. Rita Olund said the review followed the rules. She declined "
          "to say more.\n\n"
          "Lanmark’s founder and chief executive, Ana Verhoef, defended the award.\n\n"
          "“We won because we were ready,” Verhoef said in an interview. She said the company "
          "had delivered every prototype on time."),
         includes("direct", ("We won because we were ready,", "Ana Verhoef")),
         includes("indirect", (
             "the company had delivered every prototype on time",
             "Ana Verhoef",
         ))),
    case("according_to_ranking_a_noun_is_no_report",
         ("Denver gets left-hander Eli Moss, Tampa's No. 2 prospect according to Scout Weekly, "
          "along with two minor leaguers."),
         exactly("indirect", [])),
    case("according_to_a_clause_still_reports",
         "The fire had burned 2,000 acres by noon, according to the state forestry agency.",
         speakers_are("indirect", ["state forestry agency"])),
    case("a_closing_cue_read_as_a_relative_clause_of_the_last_noun",
         ("Revenue in the current quarter will be about $2.1 billion, the Tulsa-based company "
          "said in a statement on Tuesday. Shares rose 4%."),
         contents_are("indirect", ["Revenue in the current quarter will be about $2.1 billion"])),
    case("a_finite_clause_read_as_an_open_complement_after_the_audience",
         ('Hawks coach Lena Ortiz told reporters Cole was "feeling better every day" but that '
          "the team would be careful with him."),
         exactly("indirect", [
             (
                 'Cole was "feeling better every day" but that the team would be careful with him',
                 "Lena Ortiz",
             ),
         ])),
    # direct only until session 19, which settled a form of "be" outside the marks as the
    # writer's report as well (test_quotes_progressive.py)
    case("a_progressive_inside_the_marks_after_the_audience_is_reported_too",
         'Hawks coach Lena Ortiz told reporters Cole was "feeling better every day."',
         exactly("indirect", [('Cole was "feeling better every day."', "Lena Ortiz")])),
    case("a_subject_inside_the_quotes_own_words_is_no_speaker",
         ("Rebel spokesman Joel Nkosi said on the group’s website that the trucks had been let "
          'through "as a sign of good faith" and accused the army of using "hunger as a '
          'weapon".'),
         includes("direct", ("hunger as a weapon", "Joel Nkosi"))),
    case("a_participle_borrowing_the_sourced_clauses_subject_is_the_sources",
         ("The militia had stopped three earlier convoys, demanding that food be handed out by "
          "its own officials, according to UN officials."),
         speakers_are("indirect", ["UN officials"])),
    case("a_participle_after_a_passive_agent_is_the_agents",
         ("The takeover needs approval from state regulators and will be reviewed by the "
          "Federal Trade Commission, which has blocked several grocery deals in recent years, "
          "arguing that consolidation raises prices for shoppers."),
         exactly("indirect", [
             ("consolidation raises prices for shoppers", "Federal Trade Commission"),
         ])),
    case("a_counted_plural_then_its_names_is_the_named_bodies",
         ("The merged system would keep the Tarrow Health name and have annual revenue of "
          "about $2.1 billion, the two organizations, Tarrow Health and Kelby Lakes Medical "
          "Center, said in a joint statement."),
         speakers_are("indirect", ["Tarrow Health and Kelby Lakes Medical Center"])),
    case("a_bare_one_after_a_counted_group_is_one_member",
         ("Two former directors, who asked not to be named, told the paper that the accounts "
          "had not been shown to them.\n\n"
          "One said: “We were kept outside the room.”"),
         includes("direct", ("We were kept outside the room.", "former director"))),
    case("a_bare_one_with_a_relative_clause_is_one_member",
         ("Several council members said privately that they expected a deal by early next "
          "week. One, who spoke on the condition of anonymity, said the two sides were close."),
         includes("indirect", ("the two sides were close", "council member"))),
    case("a_superlative_after_the_determiner_is_the_speakers_verdict",
         ("Navy spokesman Cmdr. Leo Brandt said the review “followed every rule” and that "
          "Orlen’s bid offered the “best overall value” to the service."),
         includes("direct", ("best overall value", "Leo Brandt"))),
    case("a_plain_term_after_its_determiner_stays_no_quote",
         "Brandt said the “peace plan” was a trick.",
         exactly("direct", [])),
    case("a_cue_the_parser_hung_on_a_name_read_as_the_sentence",
         ("A Transport Office spokesperson said: “The delays are unacceptable.”\n\n"
          'Nadia Rahal, the leader of Ormley Council, posted on X that commuters were "paying '
          'the price for a timetable that was never ready".'),
         includes("direct", (
             "paying the price for a timetable that was never ready",
             "Nadia Rahal",
         ))),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round67_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_a_contact_relative_without_a_comma_is_no_closing_cue(quotes_of):
    text = "Investigators traced the $40,000 the treasurer said he had lent to a friend."
    assert [c for c, _ in speakers(quotes_of(text), "indirect")] != [
        "Investigators traced the $40,000"]


def test_who_after_people_of_both_parties_is_the_people(quotes_of):
    text = ("The contract has drawn questions from senators of both parties, who say the "
            "agency skipped steps.")
    names = [s for _, s in speakers(quotes_of(text), "indirect")]
    assert names and names[0].startswith("senators")
