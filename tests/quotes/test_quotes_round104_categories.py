"""Round 104's categories (blind set 809-816, first sight, fixed in session 23), each on a
fictional text of its own: British and Irish titles written before a name ("Alderman Ivo Renn",
"Taoiseach Conn Ferris"); a radio transcript whose presenter's label gives the role in brackets
("ADA VELL (PRESENTER):"), whose later turns under the surname alone are the presenter's too;
two titles one person holds joined by "and" before the name ("President and CEO Ann Cole"); an
office written with a hyphen ("the UN secretary-general", "the state attorney-general"); the
office a name is set off after when a title of address stands before the name ("the Mayor of
Orsk, Cllr Tom Vell" makes "The mayor" Vell), or when the parser hung the name on the office's
place ("The mayor of Tarn, Ann Cole,"); a pronoun after a sentence whose subject is a named
holder's bare office ("The minister has faced calls ... ¶ She said:"); a role noun whose
apposition names the company ("Its owner, a Tarn company called Orsk Print Holdings"); a thing
introduced by the participle of its name ("a column called “Shop Floor Notes,”"); a campaign's
name that reads as a clause after its spokesman ("..., Wait Till Twenty, conceded defeat but
said ..."); a side's campaigners ("No campaigners say") speaking as the campaign named for that
side ("the No campaign, Keep Orsk Afloat,"); a start-up funding database cited with "according
to"."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, count, exactly, lacks_content, said_by

pytestmark = pytest.mark.model

CASES = [
    case("an_aldermans_title_is_no_part_of_his_name",
         ("Library at 100\n\nBy Ada Vell\n\n"
          "The mayor read out a letter that the committee's chairman, Alderman Ivo Renn, sent "
          "in 1926.\n\n"
          "\"We ask for a hall,\" Alderman Renn wrote, \"and for a lamp to read by.\"\n"),
         said_by("direct", "We ask for a hall,", "Ivo Renn"),
         said_by("direct", "and for a lamp to read by.", "Ivo Renn")),
    case("the_taoiseach_is_a_title_before_a_name_and_in_a_headline",
         ("Referendum passes as Taoiseach hails ‘a fair day for the young’\n\n"
          "By Ada Vell\n\n"
          "Taoiseach Conn Ferris said the result was “a fair day for the young, and a test "
          "for every party”.\n\n"
          "The count was delayed in Orsk by rain.\n\n"
          "“From today they have their say,” he said.\n"),
         said_by("direct", "a fair day for the young", "Conn Ferris"),
         said_by("direct", "From today they have their say,", "Conn Ferris")),
    case("a_presenters_bracketed_role_makes_her_turns_no_quotes",
         ("Orsk Library at 100\n\nOrsk Radio | The Morning Show\n\n"
          "ADA VELL (PRESENTER): The bunting is up. With me is the librarian, Tom Renn. "
          "How has it lasted?\n\n"
          "TOM RENN: Luck, mainly. The town kept voting for it.\n\n"
          "VELL: And what do people come in for now?\n\n"
          "RENN: Bus timetables. Tax forms. A warm chair.\n"),
         exactly("direct", [("Luck, mainly. The town kept voting for it.", "Tom Renn"),
                            ("Bus timetables. Tax forms. A warm chair.", "Tom Renn")])),
    case("two_titles_joined_before_a_name_the_person_speaks",
         ("Orsk Health raises $40M\n\nBy Ada Vell\n\n"
          "President and CEO Ann Cole said it was “fine.”\n\n"
          "Chief executive and founder Ola Berg said the plan was “sound.”\n"),
         said_by("direct", "fine.", "Ann Cole"),
         said_by("direct", "sound.", "Ola Berg"),
         said_by("indirect", "the plan was “sound.”", "Ola Berg")),
    case("an_office_written_with_a_hyphen_is_a_noun_phrase",
         ("Truce agreed in Orsk\n\nBy Ada Vell\n\n"
          "The UN secretary-general welcomed the truce in a statement, saying it \"has to "
          "lead to real talks\".\n"),
         said_by("direct", "has to lead to real talks", "UN secretary-general")),
    case("an_office_written_with_a_hyphen_after_no_title_alone",
         ("Ruling due\n\nBy Ada Vell\n\n"
          "The state attorney-general welcomed the ruling, saying it \"has to lead to real "
          "reform\".\n"),
         said_by("direct", "has to lead to real reform", "state attorney-general")),
    case("an_office_set_off_before_a_name_with_a_title_of_address",
         ("Library at 100\n\nBy Ada Vell\n\n"
          "The Mayor of Orsk, Cllr Tom Vell, read out a letter at three o'clock.\n\n"
          "The mayor told the crowd the council had \"no intention at all\" of closing "
          "the branch.\n"),
         said_by("direct", "no intention at all", "Tom Vell"),
         said_by("indirect", 'the council had "no intention at all" of closing the branch',
                 "Tom Vell")),
    case("an_office_set_off_before_a_name_the_parser_hung_on_its_place",
         ("Hall opens\n\nBy Ada Vell\n\n"
          "The mayor of Tarn, Ann Cole, opened the hall on Monday.\n\n"
          "The crowd cheered.\n\n"
          "The mayor told the crowd the council had \"no intention at all\" of closing the "
          "branch.\n"),
         said_by("direct", "no intention at all", "Ann Cole")),
    case("a_pronoun_after_a_sentence_about_the_named_holders_office",
         ("Waits grow at Orsk hospital\n\nBy Ada Vell\n\n"
          "Heledd Vell, from Orsk, said her father spent 31 hours on a trolley. He was moved "
          "on Monday.\n\n"
          "\"He was lying there,\" she said.\n\n"
          "On Tuesday, Health Minister Nerys Tarn told the assembly the pressure was "
          "\"severe\" and that beds would be funded.\n\n"
          "The minister has faced calls from opposition parties to publish figures.\n\n"
          "She said: \"Nobody wants this.\"\n"),
         said_by("direct", "Nobody wants this.", "Nerys Tarn"),
         said_by("direct", "He was lying there,", "Heledd Vell")),
    case("a_pronoun_after_a_sentence_about_the_capitalised_office",
         ("Waits grow at Orsk hospital\n\nBy Ada Vell\n\n"
          "Heledd Vell, from Orsk, said her father spent 31 hours on a trolley.\n\n"
          "\"He was lying there,\" she said.\n\n"
          "On Tuesday, Taoiseach Nerys Tarn told the Dail the pressure was \"severe\" and "
          "that beds would be funded.\n\n"
          "The Taoiseach has faced calls from opposition parties to publish figures.\n\n"
          "She said: \"Nobody wants this.\"\n"),
         said_by("direct", "Nobody wants this.", "Nerys Tarn")),
    case("a_role_nouns_apposition_names_the_company_called",
         ("The last week of the Orsk Ledger\n\nBy Ada Vell\n\n"
          "Its owner, a Tarn company called Orsk Print Holdings that bought the paper in "
          "2019, announced the closure in a memo to staff in January.\n\n"
          "“The numbers no longer add up for us,” the memo said. “We thank our "
          "readers.”\n"),
         said_by("direct", "The numbers no longer add up for us,", "Orsk Print Holdings"),
         said_by("direct", "We thank our readers.", "Orsk Print Holdings")),
    case("a_thing_introduced_by_the_participle_of_its_name",
         ("The last week of the Orsk Ledger\n\nBy Ada Vell\n\n"
          "For 30 years Piet Sorn also wrote a column called “Shop Floor Notes,” in which he "
          "judged the cakes at fetes.\n"),
         lacks_content("direct", "Shop Floor Notes,")),
    case("a_campaigns_name_that_reads_as_a_clause_after_its_spokesman",
         ("Vote passes\n\nBy Ada Vell\n\n"
          "On the other side, Piet Rann, spokesman for the No campaign, Wait Till Twenty, "
          "conceded defeat but said the vote had been “pushed through the assembly in a "
          "month” and that many farmers had “never been consulted”.\n"),
         said_by("direct", "pushed through the assembly in a month", "Piet Rann"),
         said_by("direct", "never been consulted", "Piet Rann"),
         count("indirect", 1)),
    case("a_sides_campaigners_speak_as_the_campaign_named_for_that_side",
         ("Ferry vote passes narrowly\n\n"
          "Yes side wins by 52 per cent to 48 per cent; No campaigners say count was "
          "‘hurried’\n\nBy Ada Vell\n\n"
          "Piet Rann, spokesman for the No campaign, Keep Orsk Afloat, said the count had "
          "been “hurried and badly lit” and that he would ask for a recount.\n"),
         said_by("direct", "hurried", "Keep Orsk Afloat"),
         said_by("indirect", "count was ‘hurried’", "Keep Orsk Afloat")),
    case("a_start_up_funding_database_says_nothing",
         ("Orsk Health raises $40M\n\nBy Ada Vell\n\n"
          "Orsk Health has raised $25 million so far, according to Crunchbase.\n"),
         exactly("indirect", [])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round104_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)
