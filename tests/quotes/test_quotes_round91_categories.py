"""Round 91's categories (blind set 705-712), each on a fictional text of its own: a work's
title in sentence case set off by commas after the noun for the work ("The paper, “...”,
was published") is no speech, however long, while a statement's words so set off stay its
issuer's; the speaker of "X at the University of Y, who wasn't involved in the work, says
..." when the parser read the relative clause as the cue's complement with X as its
subject (the round 77 rule, now with the name's affiliation before the comma); and a cue
set off by commas before an indefinite noun phrase that sums up what was said ("..., he
says, a practice critics call “outcome switching”") reports the clause before it, not the
label after it; inside a reported clause, a definite noun phrase in marks that is a verb's
object with its own "of" phrase ("retained the “full confidence” of the mayor") is the
speaker's words, not a term; an issued document (a press release, a statement) that
"described" something "as “...”" speaks for its issuer, while a report stays a document;
and a partial quote in an "as" clause with a cue and a subject of its own ("Mayor insists
plan is on track as critics say tenants 'cannot wait any longer'") is that second
voice's, not the outer reporter's; a headline's "tells lawmakers inflation fight 'not
yet over'" reports the noun and its quoted predicate after the audience (round 78's rule
for "says"), the quoted "not" negating the words, not the cue."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, contents_are, exactly, last, last_content_starts

pytestmark = pytest.mark.model


def _headline_telling(predicate: str) -> object:
    return case(
        f"a_headline_telling_an_audience_a_verbless_clause/{predicate.replace(' ', '_')}",
        f"Orsk bank chief tells lawmakers inflation fight '{predicate}'\n\nBy Ann Reed\n\n"
        "The Bank of Orsk governor spoke on Thursday.",
        exactly("indirect", [(f"inflation fight '{predicate}'", "Orsk bank chief")]),
        exactly("direct", [(predicate, "Orsk bank chief")]))


CASES = [
    case("a_sentence_case_title_after_the_works_noun",
         ("Orsk dam study\n\nThe report, “Dams and their discontents in the Orsk valley show a "
          "failing system”, was published on Monday."),
         exactly("direct", [])),
    case("a_sentence_case_title_after_the_works_noun/2",
         ("Velby sleep study\n\nTheir new study, “Short naps before lunch improve afternoon "
          "recall in older adults,” appears in the journal this week."),
         exactly("direct", [])),
    case("a_statements_words_set_off_by_commas_stay_speech",
         ("Orsk dam row\n\nThe Orsk Water Board issued a statement on Monday. The statement, "
          "“We will rebuild the dam and nobody will lose a home here”, was read out at the "
          "meeting."),
         contents_are("direct", ["We will rebuild the dam and nobody will lose a home here"])),
    case("the_named_speaker_before_an_affiliation_and_a_relative",
         ("Orsk dam study\n\nVelma Torr at the University of Orsk, who wasn’t involved in the "
          "work, says the survey is too small to settle the matter."),
         exactly("indirect", [("the survey is too small to settle the matter", "Velma Torr")])),
    case("a_cue_before_a_noun_phrase_summing_up_the_report",
         ("Orsk dam study\n\nVelma Torr says the study is weak. The engineers tested the valves "
          "but checked only the ones that passed, she says, a habit critics call "
          "“cherry-picking”."),
         last("indirect", (
             "The engineers tested the valves but checked only the ones that passed",
             "Velma Torr",
         )),
         exactly("direct", [])),
    case("a_cue_before_a_conjoined_clause_is_not_that_shape",
         ("Orsk dam study\n\nVelma Torr says the study is weak. The plan will fail, she says, "
          "and the council knows it."),
         last_content_starts("indirect", "The plan will fail")),
    case("a_definite_object_in_marks_with_its_of_phrase_inside_a_report",
         ("Orsk row\n\nAides said last night that Mr Vell retained the \"full support\" of the "
          "mayor and that there was \"no chance\" of a vote before spring."),
         exactly("direct", [("full support", "Aides"), ("no chance", "Aides")])),
    case("a_definite_term_in_marks_outside_a_report_stays_a_term",
         "Orsk row\n\nMr Vell retained the \"full support\" of the mayor.",
         exactly("direct", [])),
    case("an_issued_document_describing_speaks_for_its_issuer",
         ("Orsk study\n\nResearchers at the Orsk Institute studied 40 nurses. A press release "
          "issued by the institute described the results as “a wake-up call for anyone who "
          "works at night”."),
         exactly("direct", [("a wake-up call for anyone who works at night", "Orsk Institute")])),
    case("a_report_describing_stays_a_documents_term",
         ("Orsk study\n\nA report by the Orsk Institute described the results as “a wake-up "
          "call for anyone who works at night”."),
         exactly("direct", [])),
    case("a_partial_in_an_as_clause_with_its_own_cue_is_that_voices",
         ("Orsk council row over flats\n\nMayor insists plan is on track as critics say tenants "
          "'cannot wait any longer'\n\nBy Ann Reed\n\nThe Mayor of Orsk, Tomas Vell, rejected "
          "calls to resign on Tuesday."),
         exactly("direct", [("cannot wait any longer", "critics")])),
    _headline_telling("not yet over"),
    _headline_telling("not yet won"),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_round91_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)
