"""Speaker categories that unseen copy (blind round 8) showed to be general, each on a short
fictional text of its own: a described person linked to the name the article gives them,
partitive sources, institutions behind "the company", "the panel" and "it", a new voice
introduced before her first quote, and reported clauses the parser hides."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, exactly, first

pytestmark = pytest.mark.model


def test_an_inverted_cue_after_an_aside_takes_the_name_in_apposition(quotes_of):
    text = ("« We will read every line », warned for her part the head of the dockers' union "
            "of Brenmark, Ilse Varo, who said she was \"moderately hopeful\".")
    found = speakers(quotes_of(text))
    assert ("We will read every line", "Ilse Varo") in found
    assert ("she was \"moderately hopeful\"", "Ilse Varo") in found


def test_a_participle_cue_with_its_clause_on_an_aside_keeps_its_subject(quotes_of):
    text = ("Mayor Ada Quill said the bridge was safe.\n\n"
            "Her deputy, Ivo Renn, estimated for his part that a repair was \"a matter of "
            "weeks\" if the steel arrived.")
    found = speakers(quotes_of(text))
    assert ("a matter of weeks", "Ivo Renn") in found


def test_one_of_a_group_is_a_single_member_of_it(quotes_of):
    text = ("Ostra Mining is in talks to sell its smelter, two people familiar with the "
            "matter said. One of the people said a deal could close by June.")
    assert speakers(quotes_of(text), "indirect")[-1] == (
        "a deal could close by June", "person familiar with the matter")


def test_the_company_is_never_the_news_agency_of_the_dateline(quotes_of):
    text = ("BRENN, May 2 (Reuters) - Halvik Motors said on Tuesday it would close a plant.\n\n"
            "Sales fell 9% in April, the company said in a statement.")
    assert speakers(quotes_of(text), "indirect")[-1] == (
        "Sales fell 9% in April", "Halvik Motors")


def test_the_club_is_no_persons_surname_that_ner_took_for_an_organisation(quotes_of):
    text = ("Kestrel City beat Orm United 2-0 on Saturday.\n\n"
            "\"We were poor,\" Orm manager Piet Lasse said. Lasse said he would stay.\n\n"
            "The club said tickets for the final would go on sale on Monday.")
    assert speakers(quotes_of(text), "indirect")[-1] == (
        "tickets for the final would go on sale on Monday", "Kestrel City")


def test_a_court_speaks_through_its_panel_and_as_it(quotes_of):
    text = ("Court frees harbour chief\n\n"
            "A state appeals court on Monday overturned the fraud conviction of Tor Aslund, "
            "ruling that the trial judge had wrongly admitted a recording.\n\n"
            "A three-judge panel of the Second District Court of Appeal said the evidence was "
            "too thin.\n\n"
            "Lawyers for the state had argued that the recording was lawful. The panel "
            "disagreed. The informant, it said, had acted for the police.")
    found = speakers(quotes_of(text), "indirect")
    assert found[0] == ("the trial judge had wrongly admitted a recording",
                        "Second District Court of Appeal")
    assert found[1][1] == "Second District Court of Appeal"
    assert found[-1] == ("The informant, it said, had acted for the police",
                         "Second District Court of Appeal")


def test_a_new_voice_introduced_in_the_paragraph_before_her_quote(quotes_of):
    text = ("Interior Minister Lena Rask said the toll would rise. \"We are racing the "
            "clock,\" Rask said.\n\n"
            "In the village of Orvik, Mirela Dastan sat outside what had been her house. Her "
            "son was pulled out alive on Monday.\n\n"
            "\"I heard the walls first,\" she told reporters. \"Then the roof fell.\"")
    assert speakers(quotes_of(text), "direct")[-2:] == [
        ("I heard the walls first,", "Mirela Dastan"), ("Then the roof fell.", "Mirela Dastan")]


def test_a_pronoun_reaches_a_recent_speaker_known_to_take_it(quotes_of):
    text = ("His daughter, Tova Brandt, plays the cello he made. \"It is too loud,\" she "
            "says.\n\n"
            "A dealer in Orm, Pavel Kross, says the violins now sell for 50,000 euros. "
            "Brandt shrugs. \"I am not a dead Italian,\" he says.\n\n"
            "She laughs when she hears this. \"That is true.\" she says.")
    assert speakers(quotes_of(text), "direct")[-1] == ("That is true.", "Tova Brandt")


def test_a_cueless_quote_after_a_sentence_about_a_new_person(quotes_of):
    text = ("“The river rose in an hour,” said Mayor Paul Denk.\n\n"
            "Lidia Varga was asleep when it hit. “I heard the walls before I saw the water.”")
    assert speakers(quotes_of(text), "direct")[-1] == (
        "I heard the walls before I saw the water.", "Lidia Varga")


def test_a_headline_quote_repeating_no_body_quote_is_the_first_voice(quotes_of):
    text = ("Harbour strike: 'We cannot live on this'\n\n"
            "Dock workers in Brenn walked out on Monday.\n\n"
            "Anna Holm, 51, said her pay had not risen in six years. 'I have two jobs,' she "
            "said.")
    assert speakers(quotes_of(text), "direct")[0] == ("We cannot live on this", "Anna Holm")


def test_the_airline_is_the_company_named_as_a_subject_before(quotes_of):
    text = ("Orvia Air is preparing to cut 2,000 jobs, Reuters reported on Monday. The "
            "airline said it did not comment on speculation.")
    assert speakers(quotes_of(text), "indirect")[-1] == (
        "it did not comment on speculation", "Orvia Air")


def test_two_office_holders_speak_together(quotes_of):
    text = ("The prime ministers of Orvia and Brenmark said on Friday that they would sign a "
            "water treaty.\n\n"
            "\"This is a good day,\" declared the Orvian prime minister, Lena Rask.\n\n"
            "Her Brenmark counterpart, Tomas Ekberg, said the treaty would be signed in May.\n\n"
            "In a joint statement, the two leaders said the border would stay open.")
    found = speakers(quotes_of(text), "indirect")
    assert found[0][1] == "Lena Rask and Tomas Ekberg"
    assert found[-1] == ("the border would stay open", "Lena Rask and Tomas Ekberg")


def test_a_pronoun_chain_in_the_paragraph_goes_back_to_its_named_start(quotes_of):
    text = ("“The wind changed twice,” fire service spokesperson Tove Rask said.\n\n"
            "Martin Lund, 67, left his farm with his dogs. He watched the smoke from a school "
            "gym. “Forty years of work,” he said.")
    assert speakers(quotes_of(text), "direct")[-1] == ("Forty years of work,", "Martin Lund")


CASES = [
    case("a_clause_the_parser_made_the_object_of_said",
         ("Seismologist Aram Tessel of the Orvik Institute said aftershocks as strong as "
          "magnitude 5 were possible for weeks."),
         exactly("indirect", [
             ("aftershocks as strong as magnitude 5 were possible for weeks", "Aram Tessel"),
         ])),
    case("an_organisation_name_is_not_cut_at_of",
         "A three-judge panel of the Orm District Court of Appeal said the fine was lawful.",
         exactly("indirect", [
             ("the fine was lawful", "Orm District Court of Appeal"),
         ])),
    case("a_headline_role_with_initials_is_the_named_holder",
         ("Halvik profit falls on price war; CEO says no plans to close plants\n\n"
          "Halvik Motors reported a fall in profit on Monday.\n\n"
          "\"It was a hard quarter,\" Chief Executive Mira Osk told analysts."),
         first("indirect", ("no plans to close plants", "Mira Osk"))),
    case("a_state_outside_the_marks_is_the_writers_report",
         "A dealer, Pavel Kross, adds that the waiting list is “effectively closed.”",
         exactly("indirect", [
             ("the waiting list is “effectively closed.”", "Pavel Kross"),
         ])),
    case("first_names_alone_take_the_full_names_given_earlier",
         ("Marta Ruiz opened her bakery in 1998. Her husband, Pablo, does the books.\n\n"
          "\"We argue about flour,\" Pablo says.\n\n"
          "\"We argue about everything,\" Marta says, laughing."),
         exactly("direct", [
             ("We argue about flour,", "Pablo Ruiz"),
             ("We argue about everything,", "Marta Ruiz"),
         ])),
    case("a_surname_the_tagger_took_for_a_plural_noun",
         ("Senator Ana Mills and Governor Tom Reyes met on Monday. Mills said the talks "
          "were useful."),
         exactly("indirect", [("the talks were useful", "Ana Mills")])),
    case("one_of_a_group_named_in_apposition_is_that_person",
         "One of the dock workers, Petar Ilic, 34, said he had not been paid since March.",
         exactly("indirect", [
             ("he had not been paid since March", "Petar Ilic"),
         ])),
    case("a_gesture_read_as_a_noun_phrase_names_the_next_quotes_speaker",
         ("Deckhand Mia Sorel, 23, joined the crew last spring.\n\n"
          "The company plans to cut the service. A spokesman said the route lost money.\n\n"
          "Sorel shrugs. “Then we will fight for it.”"),
         exactly("direct", [("Then we will fight for it.", "Mia Sorel")])),
    case("a_second_cue_the_parser_read_as_an_adjective",
         "Minister Ivo Renn admitted the figures were bad, but insisted improvement was close.",
         exactly("indirect", [
             ("the figures were bad", "Ivo Renn"),
             ("improvement was close", "Ivo Renn"),
         ])),
    case("an_occupation_before_a_name_is_not_part_of_it",
         ("Nurse Petra Holm, 29, stood on the picket line with a thermos. \"I love this "
          "job,\" she said."),
         exactly("direct", [("I love this job,", "Petra Holm")])),
    # one member of the group, in the singular (the blind set's reading since round 60;
    # round 95 brought the code to it)
    case("one_of_them_is_one_of_the_group_referred_to",
         ("Some of the residents said the water had risen in minutes. “We had no warning,” "
          "one of them said."),
         exactly("direct", [("We had no warning,", "resident")])),
    case("a_role_with_several_names_in_apposition_is_all_of_them",
         ("The two ministers, Pia Lenz and Jan Visk, said after the meeting that the border "
          "would stay open."),
         exactly("indirect", [
             ("the border would stay open", "Pia Lenz and Jan Visk"),
         ])),
    case("an_inverted_subject_after_an_aside_and_no_second_report",
         "“We will not give in,” estimated for his part the mayor of Elka, Jan Visk.",
         exactly(None, [("We will not give in,", "Jan Visk")])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_attribution_categories_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)
