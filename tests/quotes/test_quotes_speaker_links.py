"""Speakers the blind round 7 taught us to link: several named persons speaking together,
verdict nouns, "Name: quote" headlines, answers to the writer's questions, relatives, the
author of a document, role nouns that point at a named holder, and organisations named by
a noun in apposition. Fictional sentences only."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, exactly, last

pytestmark = pytest.mark.model


@pytest.mark.parametrize("headline", [
    "Flood town's mayor: 'We will rebuild every street'",
    "'We will rebuild every street': Dunmore's defiant mayor",
    "'We will rebuild every street' - Dunmore mayor Celia Vance",
])
def test_a_verbless_headline_label_names_the_speaker(quotes_of, headline):
    text = f"{headline}\n\nMayor Celia Vance spoke on Tuesday in Dunmore."
    assert speakers(quotes_of(text)) == [("We will rebuild every street", "Celia Vance")]


CASES = [
    case("named_persons_speaking_together_keep_every_name",
         ("Coaches Ivo Brandt and Mia Sorel said the pitch was unsafe. "
          '"We will not play on it," the two coaches said.'),
         exactly(None, [
             ("the pitch was unsafe", "Ivo Brandt and Mia Sorel"),
             ("We will not play on it,", "Ivo Brandt and Mia Sorel"),
         ])),
    case("a_role_with_a_name_in_apposition_joins_the_names",
         "Mayor Ada Quill and her deputy, Ivo Renn, said the ferry would run again in May.",
         exactly(None, [
             ("the ferry would run again in May", "Ada Quill and Ivo Renn"),
         ])),
    case("they_after_persons_speaking_together_is_all_of_them",
         ('Lena Okoro and Jon Vass said they had trained for a year. '
          '"We are ready," they said.'),
         exactly("direct", [("We are ready,", "Lena Okoro and Jon Vass")])),
    case("a_verdict_noun_with_a_pronoun_possessor",
         "Lena Okoro crossed the line first in Halden. “Unbelievable,” was her verdict.",
         exactly(None, [("Unbelievable,", "Lena Okoro")])),
    case("a_headline_name_before_a_colon_speaks_the_quote",
         ("Chef Tomas Ferrante: “I never wanted a restaurant”\n\n"
          "The chef opened his third kitchen in Velm on Friday."),
         exactly(None, [("I never wanted a restaurant", "Tomas Ferrante")])),
    case("a_quote_after_the_writers_question_is_the_interviewees_answer",
         ('Anna Rask is tired. "I have not slept since Monday," she says.\n\n'
          "Her novel sold 40,000 copies in a week. Will she write another?\n\n"
          '"Only if the cat agrees."'),
         exactly(None, [
             ("I have not slept since Monday,", "Anna Rask"),
             ("Only if the cat agrees.", "Anna Rask"),
         ])),
    case("she_in_the_writers_question_is_the_interviewee",
         ('"The tour nearly broke me," Anna Rask says. "I am done with airports."\n\n'
          'Her sister, Mona Rask, told a radio station in May that "nothing ever breaks '
          'Anna."\n\n'
          "I ask what she will do next.\n\n"
          '"Sleep," she says.'),
         last("direct", ("Sleep,", "Anna Rask"))),
    case("the_source_refers_back_to_a_source_described_before",
         ("A source close to the band said the tour had been cancelled. "
          '"They are exhausted," the source said.'),
         exactly(None, [
             ("the tour had been cancelled", "source close to the band"),
             ("They are exhausted,", "source close to the band"),
         ])),
    case("a_relative_named_by_first_name_takes_the_family_surname",
         ("Ilse Marrow won the seat by 40 votes. Marrow's husband, Anders, a retired "
          'pilot, stood beside her. "She never gives up," he said.'),
         exactly(None, [("She never gives up,", "Anders Marrow")])),
    case("her_father_is_the_man_who_shares_her_surname",
         ('Pia Holm runs the bakery her grandfather opened. "I get up at four," she says.\n\n'
          'Her father, Erik Holm, still helps on Saturdays. "I taste everything," he says.\n\n'
          "The ovens, her father says, are older than the building."),
         exactly("indirect", [
             ("The ovens, her father says, are older than the building", "Erik Holm"),
         ])),
    case("the_report_speaks_for_the_author_of_the_document_named_before",
         ("An inquiry by the Velm Harbour Board found that the crane had not been "
          'inspected since 2019. Staff "ignored repeated warnings," the report said.'),
         exactly("direct", [
             ("ignored repeated warnings,", "Velm Harbour Board"),
         ])),
    case("a_lede_role_with_a_possessive_is_the_named_holder",
         ("Shares of Orrin Foods fell after its chief executive warned that sales would "
          "slow.\n\n"
          '"Shoppers are careful," Chief Executive Officer Lise Tamm said. '
          "Chief Financial Officer Bo Viks said costs would rise."),
         exactly("indirect", [
             ("sales would slow", "Lise Tamm"),
             ("costs would rise", "Bo Viks"),
         ])),
    case("the_company_is_the_organisation_the_story_names_most",
         ("Orrin Foods shares slid on Monday.\n\n"
          "Shares of Orrin Foods fell 4% on a weak outlook. Profit will fall this year, "
          "the company said."),
         exactly("indirect", [
             ("Profit will fall this year", "Orrin Foods"),
         ])),
    case("an_organisation_named_in_apposition_to_a_noun_speaks",
         "Her record label, Tallow Music, said the album would be out in June.",
         exactly(None, [("the album would be out in June", "Tallow Music")])),
    case("an_age_epithet_is_the_person_just_named",
         ('Striker Jonas Ekdal scored twice for Vellby. "It was a strange game," the '
          "27-year-old said."),
         exactly(None, [("It was a strange game,", "Jonas Ekdal")])),
    case("a_nationality_epithet_is_the_person_just_named",
         ('Harrow manager Colm Reilly was furious with the referee. "He gave them '
          'everything," the Irishman told reporters.'),
         exactly(None, [("He gave them everything,", "Colm Reilly")])),
    case("a_listed_epithet_is_the_person_just_named",
         ('Singer Lila Moss has cancelled her tour. "I need to rest," the star wrote on '
          "Instagram."),
         exactly(None, [("I need to rest,", "Lila Moss")])),
    case("the_official_is_no_epithet",
         'Mayor Ada Quill opened the bridge. "It is safe," the official said.',
         exactly(None, [("It is safe,", "official")])),
    case("both_after_persons_joined_as_subject",
         ("Union leader Piet Hals met Transport Minister Aino Rask. Rask and Hals are due "
          "to meet again on Thursday. Both said they hoped to reach an agreement."),
         exactly(None, [
             ("they hoped to reach an agreement", "Aino Rask and Piet Hals"),
         ])),
    case("a_spokesperson_for_an_organisation_in_apposition",
         ("A spokesperson for her label, Brightwave Records, said refunds would be issued "
          "within 14 days."),
         exactly(None, [
             ("refunds would be issued within 14 days", "Brightwave Records spokesperson"),
         ])),
    case("a_lower_case_title_before_a_name_the_tagger_missed",
         ("Norvik chief executive Lars Holt defended the price on a call with investors. "
          '"We think it is fair," Holt said.'),
         exactly(None, [("We think it is fair,", "Lars Holt")])),
    case("a_bare_title_in_a_headline_is_the_named_holder",
         ("Mayor says 'no more cuts' as council approves budget\n\n"
          "Mayor Rosa Ilves said on Sunday that the city would not cut police funding."),
         exactly("direct", [("no more cuts", "Rosa Ilves")])),
    case("the_woman_is_the_unnamed_person_who_spoke_last",
         ("One victim, an 81-year-old widow, said she lost her life savings. "
          '"I don\'t sleep anymore," the woman told the Kellstadt Gazette.'),
         exactly(None, [
             ("she lost her life savings", "victim"),
             ("I don't sleep anymore,", "victim"),
         ])),
    case("a_sentence_pointing_back_at_a_quote_names_its_speaker",
         ('"You never forget the first flood."\n\n'
          "Those are the words of Marta Kell, who has run the riverside cafe for 20 years.\n\n"
          '"We were lucky." That was how Ivo Brandt, the harbour master, summed up the night.'),
         exactly(None, [
             ("You never forget the first flood.", "Marta Kell"),
             ("We were lucky.", "Ivo Brandt"),
         ])),
    case("she_after_an_unnamed_relative_is_that_relative",
         ('Resident Tom Ibsen, 67, said he would stay. "I\'ve seen worse," Ibsen said. '
          'His wife disagreed. "He always says that," she said.'),
         exactly("direct", [
             ("I've seen worse,", "Tom Ibsen"),
             ("He always says that,", "Tom Ibsen's wife"),
         ])),
    case("both_sides_after_two_parties_joined_by_and",
         ("Talks between Velmar and Norrland on fishing rights ended on Friday, though both "
          "sides said they would meet again in May."),
         exactly(None, [("they would meet again in May", "Velmar and Norrland")])),
    case("the_two_presidents_are_no_pair_of_countries",
         ("The leaders of Velmar and Norrland met in Orsk. "
          '"We choose peace," the two presidents said.'),
         exactly(None, [("We choose peace,", "presidents")])),
    case("a_family_name_written_first_is_found_by_its_first_word",
         ("Xu Lin, who owns a takeaway on the high street, said he feared rats. "
          "'Two weeks is too long in summer,' Mr Xu said."),
         exactly("direct", [("Two weeks is too long in summer,", "Xu Lin")])),
    case("a_warning_pointing_back_at_a_quote_names_its_speaker",
         ('"The bridge will not survive another winter."\n\n'
          "That warning came from engineer Lisa Brandt, who inspected the span in May."),
         exactly(None, [
             ("The bridge will not survive another winter.", "Lisa Brandt"),
         ])),
    case("a_person_introduced_after_a_quote_paragraph_is_its_speaker",
         ("Firefighters worked through the night in Velm.\n\n"
          '"It was terrifying."\n\n'
          "Maria Ortiz, 41, was asleep when the wall came down."),
         exactly(None, [("It was terrifying.", "Maria Ortiz")])),
    case("a_known_person_after_a_quote_paragraph_does_not_take_it",
         ('Mayor Ada Quill spoke first. "We will rebuild," Quill said.\n\n'
          '"Every house, every road."\n\n'
          "Ada Quill has been mayor since 2019."),
         exactly(None, [
             ("We will rebuild,", "Ada Quill"),
             ("Every house, every road.", "Ada Quill"),
         ])),
    case("a_nationality_ner_reads_as_an_organisation_is_still_an_epithet",
         ('Mikkel Lund won the opening stage in Velm. "My team did everything for me," '
          "the Dane said."),
         exactly(None, [("My team did everything for me,", "Mikkel Lund")])),
    case("a_persons_spokesman_is_no_office_holder",
         ("Government spokesman Rafael Nuri spoke first. Malm's spokesman said the vote "
          "was rigged."),
         exactly(None, [("the vote was rigged", "Malm's spokesman")])),
    case("an_epithet_with_no_person_nearby_stays_unnamed",
         ("Mayor Ada Quill visited the scene in Velm. A bus carrying 30 children crashed "
          'on Monday. "The brakes failed," the driver said.'),
         exactly(None, [("The brakes failed,", "driver")])),
    case("an_epithet_introduced_as_unnamed_stays_unnamed",
         ("Striker Jonas Ekdal visited a teenager hurt in the crash. "
          '"I could not stop," the teenager said.'),
         exactly(None, [("I could not stop,", "teenager")])),
    case("a_quote_paragraph_continuing_a_quote_keeps_its_speaker",
         ('"We will rebuild," Mayor Ada Quill said on Monday.\n\n'
          '"Every house, every road, every bridge."\n\n'
          "Tom Berg, a builder in Velm, is less sure."),
         exactly(None, [
             ("We will rebuild,", "Ada Quill"),
             ("Every house, every road, every bridge.", "Ada Quill"),
         ])),
    case("the_agency_is_the_organisation_that_was_the_subject_just_before",
         ("The Tarn Basin Authority, which manages the dams, welcomed the move. The agency "
          "said it had asked for such a deal since 2015."),
         exactly(None, [
             ("it had asked for such a deal since 2015", "Tarn Basin Authority"),
         ])),
    case("a_person_introduced_in_the_sentence_after_a_quote_is_its_speaker",
         ("The harbour in Velm has lost half its boats since 2010.\n\n"
          '"We have no choice but to stay." Erik Lund, 45, has fished here for 30 years.'),
         exactly(None, [("We have no choice but to stay.", "Erik Lund")])),
    case("a_parenthetical_cue_attributes_a_partial_quote",
         'Dr. Sarah Kimball spoke. The researchers, she said, had done "careful work."',
         exactly("direct", [("careful work.", "Sarah Kimball")])),
    case("named_organisations_speaking_together_keep_both_names",
         "Norrbank and Fjell Capital said in a joint statement that the merger would close.",
         exactly(None, [
             ("the merger would close", "Norrbank and Fjell Capital"),
         ])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_speaker_links_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)
