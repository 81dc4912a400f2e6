"""Round 72's categories (blind set 553-560) and round 73's (561-568), each on a fictional
text of its own: a declaration filed in court is a document ("according to the declaration"
cites it, no one speaks), and the sworn words of its maker are his when he is the subject
("In a declaration filed with the court, X said"); a document's words in marks with no one
behind the document ("kept in ‘cramped and filthy’ pens, report says", "according to an
inspection report") are no quote, while a report whose author was named speaks for the
author; a defence maker NER took for a person ("Marrick Dynamics") is the company "the
company" and the lede's "A defense contractor that lost ..." mean, never the Government
Accountability Office named beside it; a lede's verb the parser read as an adjective of its
object ("A ransomware attack crippled computer systems at ..., officials said") still
heads the lede's report; a that-clause the parser hung on the questions or audience a
written answer is addressed to ("said in an emailed response to questions that ...") is
the report; a noun for a person set off before a participle the parser made a finite verb
("A senior Republican aide, granted anonymity to ..., said") is the cue's subject; a verb
of calling with its own subject in an "as" clause inside a report ("Union says ... as
employers call action ‘...’") gives the marked words to the caller, not the reporter."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, exactly, includes

pytestmark = pytest.mark.model


CASES = [
    case("according_to_a_court_declaration_cites_a_document",
         ("Tessaly Home files for bankruptcy\n\n"
          "In a declaration filed with the court, Chief Financial Officer Mara Linde said "
          "sales had fallen by a third since 2023.\n\n"
          "The chain will close 40 stores and run a sale over the next two months, according "
          "to the declaration."),
         exactly("indirect", [("sales had fallen by a third since 2023", "Mara Linde")])),
    case("a_documents_words_in_marks_are_no_quote",
         ("Cattle at Orrin farm kept in ‘cramped and filthy’ pens, report says\n\n"
          "Cattle at a farm near Orrin were kept in “cramped and filthy” pens, according to an "
          "inspection report published on Monday.\n\n"
          "The farm’s owner, Piet Varga, said the report was “one-sided”."),
         exactly("direct", [("one-sided", "Piet Varga")])),
    case("a_report_whose_author_was_named_speaks_for_the_author",
         ("An audit by the Velm Harbour Board found gaps in the pier's upkeep. Staff “ignored "
          "repeated warnings,” the report said."),
         exactly("direct", [("ignored repeated warnings,", "Velm Harbour Board")])),
    case("a_clause_hung_on_the_questions_a_written_answer_is_addressed_to",
         ("Orm ferry operator sued by passengers\n\n"
          "A Velmora Ferries spokesman said in an emailed response to questions that the "
          'lawsuit was "baseless" and that the company would fight it.\n\n'
          "Chief Executive Ada Quill said in a note to investors that bookings had held up."),
         includes("indirect", (
             'the lawsuit was "baseless" and that the company would fight it',
             "Velmora Ferries spokesman",
         )),
         includes("indirect", ("bookings had held up", "Ada Quill"))),
    case("a_speaker_noun_set_off_before_a_participle_the_parser_made_a_verb",
         ("Farm bill stalls\n\n"
          "By Ada Quill\n\n"
          "A senior Democratic aide, granted anonymity to describe the talks, said the vote "
          "would slip to July."),
         exactly("indirect", [("the vote would slip to July", "senior Democratic aide")])),
    case("a_verdict_in_an_as_clause_beside_a_report_is_the_callers",
         ("Dockers at Orm begin three-day stoppage\n\n"
          "Union says strike could spread to Velm as owners call action ‘reckless and "
          "pointless’\n\n"
          "Dockers at the port of Orm walked out on Monday."),
         exactly("direct", [("reckless and pointless", "owners")])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round72_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_a_defence_maker_ner_took_for_a_person_is_the_company(quotes_of):
    text = ("Losing bidder protests Navy radar award\n\n"
            "By Ada Quill\n\n"
            "A defense contractor that lost a $900 million Navy radar competition has "
            "challenged the award, arguing that evaluators ignored its lower price.\n\n"
            "Marrick Dynamics, based in Tulsa, filed its protest with the Government "
            "Accountability Office on Friday, the company confirmed Monday.\n\n"
            "“The Navy’s own figures show our bid was cheaper,” the company wrote in the "
            "protest.")
    quotes = quotes_of(text)
    assert [s for c, s in speakers(quotes, "indirect")] == ["Marrick Dynamics"] * 2
    assert [s for c, s in speakers(quotes, "direct")] == ["Marrick Dynamics"]


@pytest.mark.parametrize("lede", [
    "A ransomware attack crippled computer systems at a county water utility in southern "
    "Velmar, forcing staff to run pumps by hand and delay thousands of bills, officials "
    "said Monday.",
    "A malware attack crippled payment systems at a regional bank in western Norland, "
    "forcing two branches to close and delay hundreds of transfers, officials said Friday."])
def test_a_ledes_verb_read_as_an_adjective_of_its_object(quotes_of, lede):
    text = f"Utility hit by attack\n\nBy Ada Quill\n\n{lede}\n\nThe offices reopened on Friday."
    reported = speakers(quotes_of(text), "indirect")
    assert [(c.split(",")[0], s) for c, s in reported] == [(lede.split(",")[0], "officials")]
