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
the report."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _found(quotes, kind):
    return [(q.content, q.speaker) for q in quotes if q.kind == kind]


def test_according_to_a_court_declaration_cites_a_document(quotes_of):
    text = ("Tessaly Home files for bankruptcy\n\n"
            "In a declaration filed with the court, Chief Financial Officer Mara Linde said "
            "sales had fallen by a third since 2023.\n\n"
            "The chain will close 40 stores and run a sale over the next two months, "
            "according to the declaration.")
    reported = _found(quotes_of(text), "indirect")
    assert reported == [("sales had fallen by a third since 2023", "Mara Linde")]


def test_a_documents_words_in_marks_are_no_quote(quotes_of):
    text = ("Cattle at Orrin farm kept in ‘cramped and filthy’ pens, report says\n\n"
            "Cattle at a farm near Orrin were kept in “cramped and filthy” pens, according "
            "to an inspection report published on Monday.\n\n"
            "The farm’s owner, Piet Varga, said the report was “one-sided”.")
    direct = _found(quotes_of(text), "direct")
    assert direct == [("one-sided", "Piet Varga")]


def test_a_report_whose_author_was_named_speaks_for_the_author(quotes_of):
    text = ("An audit by the Velm Harbour Board found gaps in the pier's upkeep. Staff "
            "“ignored repeated warnings,” the report said.")
    assert _found(quotes_of(text), "direct") == [("ignored repeated warnings,",
                                                  "Velm Harbour Board")]


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
    assert [s for c, s in _found(quotes, "indirect")] == ["Marrick Dynamics"] * 2
    assert [s for c, s in _found(quotes, "direct")] == ["Marrick Dynamics"]


@pytest.mark.parametrize("lede", [
    "A ransomware attack crippled computer systems at a county water utility in southern "
    "Velmar, forcing staff to run pumps by hand and delay thousands of bills, officials "
    "said Monday.",
    "A malware attack crippled payment systems at a regional bank in western Norland, "
    "forcing two branches to close and delay hundreds of transfers, officials said Friday."])
def test_a_ledes_verb_read_as_an_adjective_of_its_object(quotes_of, lede):
    text = f"Utility hit by attack\n\nBy Ada Quill\n\n{lede}\n\nThe offices reopened on Friday."
    reported = _found(quotes_of(text), "indirect")
    assert [(c.split(",")[0], s) for c, s in reported] == [(lede.split(",")[0], "officials")]


def test_a_clause_hung_on_the_questions_a_written_answer_is_addressed_to(quotes_of):
    text = ("Orm ferry operator sued by passengers\n\n"
            "A Velmora Ferries spokesman said in an emailed response to questions that the "
            "lawsuit was \"baseless\" and that the company would fight it.\n\n"
            "Chief Executive Ada Quill said in a note to investors that bookings had held up.")
    reported = _found(quotes_of(text), "indirect")
    assert ('the lawsuit was "baseless" and that the company would fight it',
            "Velmora Ferries spokesman") in reported
    assert ("bookings had held up", "Ada Quill") in reported
