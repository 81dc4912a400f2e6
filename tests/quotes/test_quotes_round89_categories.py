"""Round 89's categories (blind set 689-696), each on a fictional text of its own: a
magazine Q&A whose questions carry the magazine's name as their label ("Ledger: ...?")
and whose answers carry the interviewee's ("Varga: ..."), an answer going on over an
unlabelled paragraph, marks inside an answer (part of it) and a question's own clauses
(no one's report); two short marked labels offered as alternatives after "as" ("as
either “ruin” or “rescue”": names, no quote); a title's pronoun that fits one of two
namesakes' given names ("Mr Tallis" of "Alice and Martin Tallis") even right after the
other spoke."""

from __future__ import annotations

import pytest
from quotes_helpers import NO_QUOTES, case, check, exactly, includes

pytestmark = pytest.mark.model


QA = (
    "Petra Varga: ‘The river keeps its own records’\n\n"
    "The Orsk hydrologist has spent thirty years measuring floods. She talks to Ivo Bern.\n\n"
    "Petra Varga first waded into the Orsk river in 1990.\n\n"
    "Ledger: How high did the water rise last spring?\n\n"
    "Varga: Higher than in any year I have measured. The gauge at Kell went under.\n\n"
    "Ledger: Your critics say the gauges are out of date.\n\n"
    "Varga: They are old, not wrong. My teacher used to say, “Old gauges tell the truth "
    "slowly.”\n\n"
    "Ledger: Are you worried?\n\n"
    "Varga: Often. A mayor told me the data was “not settled”. It was settled.\n\n"
    "But worry is not a method. I go back to the river.\n\n"
    "Ledger: What comes next?\n\n"
    "Varga: More gauges, and more patience.\n")

BULLETS = (
    "Orsk flood inquiry hears of radio failures\n\n"
    "By state political reporter Jo Pell\n\n"
    "Posted Tue 3 Mar 2020 at 4:35pm\n\n"
    "Key points:\n"
    "- A volunteer rescue captain says crews were \"working blind\" without radios\n"
    "- Some farmers say they will not replant this year\n\n"
    "The Orsk flood inquiry heard on Tuesday that radios failed across the valley during "
    "the storm, leaving rescue crews unable to reach one another for hours.\n\n"
    "Kell Valley Rescue Brigade captain Ivo Brandt told the inquiry his crews had been "
    "\"working blind\" for most of the night.\n\n"
    "Farmer Ada Quill said she would not replant her flooded fields this year.")


CASES = [
    case("answers_labelled_with_the_interviewees_name_after_the_magazines_questions",
         QA,
         includes("direct", (
             "Higher than in any year I have measured. The gauge at Kell went under.",
             "Petra Varga",
         )),
         includes("direct", ("More gauges, and more patience.", "Petra Varga"))),
    case("an_answer_over_an_unlabelled_paragraph_is_one_quote",
         QA,
         includes("direct", (
             ("Often. A mayor told me the data was “not settled”. It was settled.\n\n"
              "But worry is not a method. I go back to the river."),
             "Petra Varga",
         ))),
    case("name_labels_that_ask_nothing_make_no_interview",
         ("Orsk notes\n\n"
          "When: Saturday at noon.\n\n"
          "Where: The old mill.\n\n"
          "Tickets: Free at the door.\n\n"
          "When: Sunday at noon.\n\n"
          "Where: The new mill.\n\n"
          "Tickets: Ten euros.\n"),
         NO_QUOTES),
    case("two_marked_labels_offered_as_alternatives_are_no_quotes",
         ("Orsk book\n\n"
          "Varga says she wrote it because she was tired of seeing her work summed up in the "
          "papers as either “ruin” or “rescue”."),
         exactly("direct", []),
         exactly("indirect", [
             (
                 ("she wrote it because she was tired of seeing her work summed up in the "
                  "papers as either “ruin” or “rescue”"),
                 "Varga",
             ),
         ])),
    case("a_single_marked_phrase_after_as_stays_a_quote",
         ("Orsk floods\n\n"
          "In May the mayor, Ilse Dorn, described the response as “the best it could have "
          "been”, a remark few have forgotten."),
         exactly("direct", [("the best it could have been", "Ilse Dorn")])),
    case("a_titles_pronoun_picks_the_namesake_whose_given_name_fits",
         ("Orsk hospital\n\n"
          "Alice and Martin Tallis, whose son was born at Orsk General in 2020, were the first "
          "to complain.\n\n"
          "“Nobody listened to us,” Mrs Tallis said.\n\n"
          "Mr Tallis said the couple had waited three years “for an answer”."),
         exactly("indirect", [
             ("the couple had waited three years “for an answer”", "Martin Tallis"),
         ])),
    case("has_been_outside_the_marks_before_a_quoted_participle_is_a_report",
         ("Orsk inquest\n\n"
          'The coroner, Simon Rudd, said the death had been "contributed to by delay".'),
         exactly("indirect", [('the death had been "contributed to by delay"', "Simon Rudd")])),
    case("her_death_in_a_report_says_nothing_of_the_speakers_pronoun",
         ("Orsk clinic review\n\n"
          "The clinic's director, Paul Renner, apologised to the families.\n\n"
          '"We failed them," he said in a statement.\n\n'
          "At Mia's inquest in 2022, the area coroner, Simon Rudd, said her death had been "
          '"avoidable". He said the clinic had ignored three warnings.'),
         includes("indirect", ("the clinic had ignored three warnings", "Simon Rudd"))),
    case("it_after_a_documents_findings_is_that_document",
         ("Orsk ferry review\n\n"
          "The review of ferry safety at Orsk Harbour Trust, led by the engineer Ilse Dorn, "
          "found that crews had ignored warnings.\n\n"
          "It examined 300 crossings and concluded that one in ten had been overloaded."),
         exactly("indirect", [])),
    case("a_name_closed_by_post_nominal_letters_set_off_after_a_role",
         ("Orsk flood inquiry\n\n"
          "Counsel assisting the Orsk flood inquiry, Ruth Calloway SC, has told the hearing in "
          'Kell that the depot had "no working alarm" and that staff had gone home.'),
         exactly("indirect", [
             ('the depot had "no working alarm" and that staff had gone home', "Ruth Calloway"),
         ])),
    case("a_summary_bullets_described_speaker_is_the_one_the_body_names",
         BULLETS,
         includes("indirect", ('crews were "working blind" without radios', "Ivo Brandt"))),
    case("a_summary_bullets_plural_source_stays_a_group",
         BULLETS,
         includes("indirect", ("they will not replant this year", "farmers"))),
    case("the_side_and_a_leader_noun_is_the_one_titled_so",
         ("Orsk derby\n\n"
          "Orsk Rovers manager Tom Vale admitted his side had been beaten by the better "
          "team.\n\n"
          "Orsk Athletic boss Ian Reed said his players had earned it.\n\n"
          'Asked about his future, the Rovers manager said: "That is not for me to decide."'),
         exactly("direct", [("That is not for me to decide.", "Tom Vale")])),
    case("his_relative_after_a_surname_alone_takes_that_persons_surname",
         ("Obituary: Aurel Tamas\n\n"
          "The oven-maker of Kell\n\n"
          "Aurel Tamas, inventor of a solar oven, died on May 2nd, aged 88\n\n"
          "Tamas spent most of his life on the oven.\n\n"
          '"He never patented it," says Ivo Brandt, his business partner for 20 years. "People '
          'told him he was mad."\n\n'
          "A documentary shows him in 1997 arguing with a donor. Tamas lost that argument and "
          "several others. He insisted that the oven was not really his invention.\n\n"
          "He never grew rich. He told students in Delft in 2011 that the oven was boring.\n\n"
          "He was still drawing a smaller oven in hospital in the week he died, according to "
          "his daughter, Mira."),
         includes("indirect", (
             "He was still drawing a smaller oven in hospital in the week he died",
             "Mira Tamas",
         ))),
    case("a_standfirsts_description_is_the_person_a_headline_label_names",
         ("Petra Varga: ‘The river keeps its own records’\n\n"
          "The Orsk hydrologist who spent thirty years measuring floods says the real risk is "
          "neglect. She talks to Ivo Bern about her work\n\n"
          "When Petra Varga first waded into the Orsk river in 1990, she was a student."),
         exactly("indirect", [("the real risk is neglect", "Petra Varga")])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round89_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_marks_inside_an_answer_and_a_questions_clauses_are_no_quotes_of_their_own(
        quotes_of):
    quotes = quotes_of(QA)
    assert all(q.speaker == "Petra Varga" for q in quotes)
    assert not any(q.content in ("not settled", "Old gauges tell the truth slowly.")
                   for q in quotes)
    assert not any("gauges are out of date" in q.content for q in quotes)
