"""Round 96's categories (blind set 745-752) and round 94's leftovers (729-736), each on a
fictional text of its own: a reported clause whose subject is "she" and whose object is
the speaker's own "me" ("X says she has “kept me alive”": she is someone else, so no vote
for X's pronoun); a sentence that only says how the quote puts it, closed by a full stop
("X put it more simply. “...”"); a seat of two places joined by "and" before an office
title ("Argyll and Bute MSP X"), and MSP, MLA and MEP as titles; a charge the other side
denies, set off after the accusation ("..., a charge the group denies": no report of the
denial, and "accused ... of using “...”" the accuser's); "the company" (or "according to
the company") right after a sentence whose subject is a name the article calls a body
("X, the national grid operator, announced", "Microchip database X said"), which NER took
for none; a passive time clause between the cue and its that-clause ("told Reuters before
the decision was announced that ..."); a Title Case name between a determiner and its noun
("the “Fair Care for All” review": no quote); a name, age and past-tense verb after "say"
("Rescuers say X, 31, survived ..."); a registry entry as a document, no speaker; a she
reaching back over four speakers to the woman the feature is about; "one of them, a
retired schoolteacher" after "Two jurors" (one juror: a bare trade is an aside, while a
description with a relative clause names the source); a company noun never a public body
named by its initials ("FDA")."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, exactly, includes, lacks, said_by

pytestmark = pytest.mark.model


CASES = [
    case("she_with_the_speakers_own_me_as_object_is_someone_else",
         ("The last vet in Orsk\n\n"
          "Ada Lund is the only vet in the valley. She says she is not leaving.\n\n"
          "“My brother looked at the farm and said, ‘Ada, they will pay you in eggs.’ He "
          "was right,” she says.\n\n"
          "Tom Brack, 80, who keeps sheep above the village, says she has “kept me going” "
          "through two bad winters.\n\n"
          "“She told me to rest. I did not. She stayed anyway,” he says."),
         said_by("direct", "She told me to rest. I did not. She stayed anyway,", "Tom Brack")),
    case("a_sentence_saying_how_the_quote_puts_it_closed_by_a_full_stop",
         ("The last vet in Orsk\n\n"
          "Ada Lund is the only vet in the valley.\n\n"
          "Tom Brack, 80, says the valley would empty without her.\n\n"
          "“I rode again and she did not quit,” he says.\n\n"
          "Mira Pell, 29, whose three dogs were all treated by Lund, put it more simply. "
          "“If she goes, we all go.”"),
         said_by("direct", "If she goes, we all go.", "Mira Pell")),
    case("an_unnamed_speaker_who_puts_it_another_way",
         ("The last vet in Orsk\n\n"
          "Ada Lund is the only vet in the valley.\n\n"
          "“I rode again and she did not quit,” says Tom Brack, 80.\n\n"
          "Her neighbour put it more simply. “If she goes, we all go.”"),
         said_by("direct", "If she goes, we all go.", "neighbour")),
    case("a_seat_of_two_places_joined_by_and_before_an_office_title",
         ("Ferry strikes rocks off Orsa\n\n"
          "Brightmoor and Lessing MSP Ishbel Grant described the grounding as \"the latest "
          "blow to a lifeline\".\n\n"
          "She said: \"Islanders have been warning for years.\""),
         said_by("direct", "the latest blow to a lifeline", "Ishbel Grant"),
         said_by("direct", "Islanders have been warning for years.", "Ishbel Grant")),
    case("a_seat_of_two_places_before_mp",
         ("Ferry strikes rocks off Orsa\n\n"
          "Brightmoor and Lessing MP Tom Askew said the ferry was \"a wreck waiting to "
          "happen\"."),
         said_by("direct", "a wreck waiting to happen", "Tom Askew")),
    case("msp_before_a_name_is_a_title",
         ("Ferry strikes rocks off Orsa\n\n"
          "Carnwell MSP Ishbel Grant described the grounding as \"the latest blow to a "
          "lifeline\"."),
         said_by("direct", "the latest blow to a lifeline", "Ishbel Grant")),
    case("a_charge_the_other_side_denies_is_no_report_of_the_denial",
         ("Truce agreed in Orsa\n\n"
          "Farid Kel, a spokesman for the Orsa Guard, said the guard would \"respect every "
          "word\" of the deal.\n\n"
          "\"We did not start this war,\" Kel said in the video.\n\n"
          "He accused the militia of using \"civilians as shields\" during the fighting, a "
          "charge the militia denies."),
         exactly("indirect", [("the guard would \"respect every word\" of the deal",
                               "Farid Kel")]),
         said_by("direct", "civilians as shields", "Farid Kel")),
    case("a_verdict_the_mother_said_had_left_is_still_her_report",
         ("Jury acquits officer\n\n"
          "A jury on Thursday acquitted an officer in the shooting of an unarmed man, a "
          "verdict the man's mother said had left her family \"broken\"."),
         includes("direct", ("broken", "man's mother"))),
    case("the_company_after_a_name_with_a_body_noun_in_apposition",
         ("Drone strike hits Orsa power plant\n\n"
          "The plant's operator, the private energy company Volta Orsa, declined to "
          "comment.\n\n"
          "Gridlan, the national grid operator, announced power cuts for factories in "
          "three regions.\n\n"
          "\"The situation in the power system remains difficult,\" the company said in a "
          "statement."),
         said_by("direct", "The situation in the power system remains difficult,", "Gridlan")),
    case("according_to_the_company_after_a_name_with_nouns_before_it",
         ("Spaniel home after a year\n\n"
          "The dog was taken to Kellbrook Animal Rescue, where staff scanned her.\n\n"
          "Microchip database ChipFind UK said the owner had updated her number in time.\n\n"
          "About a third of lost dogs are never returned to their owners, according to the "
          "company."),
         said_by("indirect",
                 "About a third of lost dogs are never returned to their owners",
                 "ChipFind UK")),
    case("a_passive_time_clause_between_the_cue_and_its_that_clause",
         ("Oil group agrees cuts\n\n"
          "Three delegates, who declined to be identified because the talks were private, "
          "told Reuters before the decision was announced that the largest producers would "
          "shoulder most of the reduction."),
         exactly("indirect", [("the largest producers would shoulder most of the reduction",
                               "delegates")])),
    case("a_title_case_name_between_a_determiner_and_its_noun_is_no_quote",
         ("Minister quits over care cap\n\n"
          "The prime minister, Tom Hale, replied within the hour. “I am sorry to receive "
          "your letter,” he wrote.\n\n"
          "The cap, first proposed in the “Fair Care for All” review in 2011, would limit "
          "what anyone pays for care."),
         exactly("direct", [("I am sorry to receive your letter,", "Tom Hale")])),
    case("a_name_and_age_then_a_past_verb_after_say_is_the_reported_clause",
         ("Hiker found alive after two nights on Ben Orsa\n\n"
          "Rescuers say Tom Kell, 31, survived by digging into a snowdrift after he lost "
          "his route.\n\n"
          "A hiker missing for two nights has been found alive."),
         exactly("indirect", [("Tom Kell, 31, survived by digging into a snowdrift after "
                               "he lost his route", "Rescuers")])),
    case("a_name_and_age_then_a_reduced_relative_keeps_the_main_verb",
         ("Man charged after raid\n\n"
          "Police say Tom Kell, 31, arrested on Monday, was charged with theft."),
         exactly("indirect", [("Tom Kell, 31, arrested on Monday, was charged with theft",
                               "Police")])),
    case("a_registry_entry_is_a_document_not_a_speaker",
         ("Trial paused after death\n\n"
          "The Orsa Medicines Agency has paused a trial of a new therapy.\n\n"
          "According to a trial-registry entry, the study was due to enrol 36 people."),
         exactly("indirect", [])),
    case("she_reaches_back_over_four_speakers_to_the_woman_the_feature_is_about",
         ("The last vet in Orsk\n\n"
          "Ada Lund is the only vet in the valley. She says she is not leaving.\n\n"
          "“I came for three years,” she says.\n\n"
          "Tom Brack, 80, says the valley would empty without her.\n\n"
          "“I rode again and she did not quit,” he says.\n\n"
          "Mira Pell, 29, whose dogs were all treated by Lund, put it more simply. “If she "
          "goes, we all go.”\n\n"
          "“We have offered a house and a four-day week. I cannot clone her,” said Jan "
          "Rolle, the clinic's director, when I visited his office.\n\n"
          "Rolle says the clinic loses money every year.\n\n"
          "On my last evening, Lund drove me back to the motel. Somewhere past the mill she "
          "asked whether I had a vet back home. I said I did not.\n\n"
          "She was quiet for a mile or so.\n\n"
          "“Well,” she said, “that is your problem, then.”"),
         said_by("direct", "Well,", "Ada Lund"),
         said_by("direct", "that is your problem, then.", "Ada Lund")),
    case("one_of_them_with_a_bare_trade_is_one_of_the_group",
         ("Jury convicts mayor\n\n"
          "Two jurors who spoke on condition that their names not be used said the "
          "deliberations turned on the bank records.\n\n"
          "\"Nobody in that room liked him. But the deposits were the deposits,\" said one "
          "of them, a retired schoolteacher."),
         said_by("direct", "Nobody in that room liked him. But the deposits were the deposits,",
                 "juror")),
    case("one_of_them_described_with_a_relative_clause_is_the_description",
         ("Talks stall\n\n"
          "Two people familiar with the talks said a deal was close. One of them, a Sarnian "
          "diplomat who asked not to be named, said the lists had \"mostly\" been agreed."),
         said_by("direct", "mostly", "Sarnian diplomat")),
    case("a_company_noun_is_never_a_public_body_named_by_its_initials",
         ("Trial halted after participant dies\n\n"
          "The Orsa Medicines Agency (OMA) has paused a trial of a gene therapy.\n\n"
          "The OMA said the pause was routine. The OMA has paused two trials this year.\n\n"
          "\"We are devastated by the loss,\" the company said."),
         lacks("direct", ("We are devastated by the loss,", "Orsa Medicines Agency"))),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round96_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)
