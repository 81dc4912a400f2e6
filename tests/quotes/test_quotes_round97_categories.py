"""Round 97's categories (blind set 753-760), each on a fictional text of its own: a
title and its portfolio running into a name NER took for an organisation ("Vice President
for Student Life X said"); a name set off before a participle aside that holds a clause of
its own ("Mayor X, speaking at the arena as the buses were loaded, said"); a "he said"
whose own report names the man the pronoun would otherwise stand for (never him); the
writer's question ("When I asked whether ..., she shrugged.") holding over the first
sentence of the answer; a deck's bare nouns ("Company says", "Activist calls") as the
bodies the story names with the same noun, a closing "the activist investor said" as the
organisation its report is about, and "the letter said" as the one who brought the letter
in with "a letter", not the founder who "wrote in the letter"; a standfirst's "No
campaign says" as "the X campaign" of the body; a headline's short name as the lede's
subject past an editor's update note; "the club" as the club whose supporters the story
names, not a caption's country; and "said people who were unsure whether ... should ..."
(a report, the parser's object being the clause's subject). Bylines with a date line
("By A and B" over "February 4, 2026 at 7:31 AM EST", "Name Political Correspondent")
are read as bylines, so the deck above them is no lede."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, exactly, first, includes, last, said_by

pytestmark = pytest.mark.model


CASES = [
    case("a_portfolio_title_runs_into_a_name_ner_took_for_an_organisation",
         ('Orsk college cancels lecture\n\n'
          'By Ana Reed\n\n'
          'In a statement emailed to students Tuesday afternoon, Vice President for '
          'Student Life Gregory Anangwe said the college "stands by open debate" but '
          'could not keep the hall safe.\n\n'
          '"We did not take this step lightly," the statement said.'),
         exactly("indirect", [('the college "stands by open debate" but could not keep the hall '
                               'safe', "Gregory Anangwe")]),
         said_by("direct", "We did not take this step lightly,", "Gregory Anangwe")),
    case("a_name_before_a_participle_aside_holding_a_clause_of_its_own",
         ('Wildfire forces evacuation of Lac-Vert\n\n'
          'By Ana Reed\n\n'
          'Residents of Lac-Vert were ordered out on Sunday as a wildfire neared the '
          'town.\n\n'
          "Mayor Odile Brannock-Roy, speaking at the town's arena as the first school "
          'buses were loaded, said in French that the decision had been "the hardest '
          'of my life."'),
         exactly("indirect", [('the decision had been "the hardest of my life."',
                               "Odile Brannock-Roy")]),
         said_by("direct", "the hardest of my life.", "Odile Brannock-Roy")),
    case("a_pronoun_is_never_the_person_its_own_report_names",
         ('Orsk striker Tomas Brell retires\n\n'
          'Orsk striker Tomas Brell has retired from football at 34.\n\n'
          '"My knee has told me it is time," he said.\n\n'
          'National manager Ivo Karsk told the radio station the decision had not come '
          'as a surprise.\n\n'
          '"We spoke last week and he was very calm," Karsk said.\n\n'
          'The national side begin their qualifying campaign in September.\n\n'
          'He said there would be a job for Brell with the squad "if he wants one".'),
         said_by("direct", "if he wants one", "Ivo Karsk")),
    case("the_writers_question_holds_over_the_first_sentence_of_the_answer",
         ('The Slow Table\n\n'
          'By Ana Reed\n\n'
          'Mira Tallent keeps a notebook of failed dishes. "I write down what didn\'t '
          'work," she told me one morning. "The notebook is thicker than the menu."\n\n'
          'She says fermentation taught her patience.\n\n'
          'Her mother, Greta Tallent, still lives in the house where Mira grew up. '
          '"She never ate anything she hadn\'t watched being made," Greta told me.\n\n'
          'The critic Ivo Brandt reviewed the restaurant in 2022. "She refuses to '
          'hurry you," he wrote.\n\n'
          'The waiting list now runs to nine thousand names. When I asked whether the '
          'list worried her, she shrugged. "People think a waiting list is a '
          'compliment. It\'s a debt," she said.'),
         said_by("direct", "People think a waiting list is a compliment. It's a debt,",
                 "Mira Tallent")),
    case("a_decks_bare_nouns_a_closing_description_and_a_letter_brought_in_with_a",
         ('Activist Orskvale Takes Velby Foods Stake, Pushes Sale of Dairy Unit\n\n'
          '- Activist calls strategy "a garden of half-built plans"\n'
          '- Company says it is "open to talks" with all investors\n\n'
          'By Ana Reed and Ivo Brandt\n'
          'March 3, 2026 at 7:31 AM EST\n\n'
          'Orskvale Capital Partners has built a stake of about 5% in Velby Foods Inc. '
          'and wants the cheese maker to sell its dairy unit, the activist investor '
          "said in a letter to the company's board.\n\n"
          '"Velby has become a garden of half-built plans," Orskvale founder Tomas '
          'Karsk wrote in the letter, which was dated March 2.\n\n'
          '"The dairy unit is a good business trapped inside a slow one," the letter '
          'said.\n\n'
          'In a statement, Velby said it remains "open to talks with all of our '
          'investors."\n\n'
          '"Our plan is working," the company said.'),
         said_by("direct", "a garden of half-built plans", "Orskvale Capital Partners"),
         said_by("direct", "open to talks", "Velby Foods"),
         includes("indirect", ('it is "open to talks" with all investors', "Velby Foods")),
         includes("indirect", ("Orskvale Capital Partners has built a stake of about 5% in Velby "
                               "Foods Inc. and wants the cheese maker to sell its dairy unit",
                               "Orskvale Capital Partners")),
         said_by("direct", "Velby has become a garden of half-built plans,", "Tomas Karsk"),
         said_by("direct", "The dairy unit is a good business trapped inside a slow one,",
                 "Orskvale Capital Partners"),
         said_by("direct", "Our plan is working,", "Velby Foods")),
    case("a_standfirsts_no_campaign_is_the_campaign_the_body_names",
         ("Water referendum passes as Premier hails 'a promise kept'\n\n"
          "No campaign says result shows island 'split down the middle' on water\n\n"
          'Ana Reed Political Correspondent\n\n'
          'Sat Oct 22 2022 - 19:45\n\n'
          'Voters have approved an amendment on water by 51 per cent to 49 per cent.\n\n'
          'Ivo Brandt, spokesman for the Hold Fast campaign, said the margin showed an '
          'island "split down the middle".'),
         first("indirect", ("result shows island 'split down the middle' on water",
                            "Hold Fast"))),
    case("a_headlines_short_name_is_the_ledes_subject_past_an_update_note",
         ('Velby cancels Karsk talk citing "security concerns"\n\n'
          'By Ana Reed, News Editor\n'
          'February 12, 2020\n\n'
          'Update, 11:40 p.m.: This article has been updated to include comments from '
          'the Velby Debating Society.\n\n'
          'Velby University canceled a talk by the blogger Tomas Karsk on Thursday '
          'night after students signed a petition.\n\n'
          'The Velby Student Union said it welcomed the decision.\n\n'
          'The Velby Debating Society called the cancellation "a heckler\'s veto."'),
         first("direct", ("security concerns", "Velby University"))),
    case("the_club_is_the_one_whose_supporters_the_story_names_not_a_captions_country",
         ('Tomas Brell: Norland striker retires\n\n'
          'Image caption: Brell scored 30 goals in 80 games for Norland\n\n'
          'Norland striker Tomas Brell has announced his retirement at the age of 34.\n\n'
          'Brell, known to Velby Rovers supporters as "the Hammer", said in a '
          'statement released through the club on Thursday that a knee injury had '
          'ended his career.\n\n'
          '"My knee has told me it is time," he said.\n\n'
          'The club said Brell would "always have a home" at its ground.'),
         said_by("direct", "always have a home", "Velby Rovers")),
    case("said_a_subject_whose_relative_holds_unsure_whether",
         ('Flu outbreak closes Orsk camp\n\n'
          'By Ana Reed\n\n'
          'Dr. Ivo Karsk, a vet at the Orsk Animal Hospital, said the camp had acted '
          'fast.\n\n'
          'He said owners who were unsure whether their dogs had both shots should '
          "call a vet's office rather than go to the animal hospital, where they could "
          'expose other pets.'),
         last("indirect", ("owners who were unsure whether their dogs had both shots should "
                           "call a vet's office rather than go to the animal hospital, where "
                           "they could expose other pets", "Ivo Karsk"))),
    # merged with round 96's reach over four speakers: past a last speaker whose pronoun the
    # text never gives, a "he" takes the fourth speaker back only when named since
    case("he_after_a_writers_paragraph_is_the_last_speaker_not_one_four_back",
         ('Measles at Orsk camp\n\n'
          'By Ana Reed\n\n'
          'Camp director Pavel Orn said two cabins had been closed. "We moved fast," he '
          'said.\n\n'
          'Epidemiologist Lena Vos said the virus had spread quickly. "It always does," '
          'she said.\n\n'
          'Kara Dunn, a mother of two, said she heard of it from a text. "I read it '
          'twice," she said.\n\n'
          '"Siblings are the worry now," said Dr. Ivo Karsk, a pediatrician at the Orsk '
          'hospital.\n\n'
          'Two doses are about 97% effective, according to the health ministry.\n\n'
          'He said parents should call a doctor rather than go to the emergency room.'),
         last("indirect", ("parents should call a doctor rather than go to the emergency room",
                           "Ivo Karsk"))),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round97_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_bylines_with_a_date_line_and_a_title_case_desk():
    from generator.extract.quotes.byline_shapes import date_line, more_byline
    from generator.extract.quotes.lede import _is_byline

    assert _is_byline("By Ana Reed and Ivo Brandt\nFebruary 4, 2026 at 7:31 AM EST")
    assert _is_byline("By Ana Reed, News Editor\nFebruary 12, 2020")
    assert _is_byline("Ana Reed Political Correspondent")
    assert date_line("Sat Oct 22 2022 - 19:45")
    assert not date_line("Voters approved the amendment on Oct 22 2022.")
    assert not more_byline("The minister said on March 3, 2026 that talks would resume\n"
                           "March 4, 2026", _is_byline)
