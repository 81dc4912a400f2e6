"""Round 77's categories (blind set 593-600), each on a fictional text of its own: "according
to" right after its verb with no comma before it means "in accordance with" and sources
nothing ("quotas, which are set according to each member's capacity"); a headline's noun
phrase whose predicate is only inside the marks ("Hosepipe ban 'a last resort', says water
firm boss") is no report, the quote is direct only; "X, whose mother ... has lived at Y for
six years, said CLAUSE", the relative read as the cue's complement, is X's report; a name
the speaker gave ("who gave his name only as Ibrahima, said") that the parser made the
subject is a person, whose pronoun the clause gives; a report the parser hung as a relative
clause on a setting noun ("said in a statement after a two-hour meeting at its Vienna
headquarters that ..."); and a lede's "a charity said" is the body a later paragraph sets
off as "X, the Spanish charity that operates the ship,"."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, exactly, first

pytestmark = pytest.mark.model


CASES = [
    case("according_to_set_off_still_sources_a_clause",
         ("Rents at the estate will rise by a fifth, according to two tenants. According to "
          "the landlord, the rise is fair."),
         exactly("indirect", [
             ("Rents at the estate will rise by a fifth", "tenants"),
             ("the rise is fair", "landlord"),
         ])),
    # only right after its verb does "according to" tell the manner; here the comma was left out
    case("according_to_after_an_adverbial_without_its_comma_still_sources",
         "The Orla ferry sank on Tuesday according to the coast guard.",
         exactly("indirect", [("The Orla ferry sank on Tuesday", "coast guard")])),
    case("a_headline_noun_phrase_with_its_predicate_quoted_is_no_report",
         ("Hosepipe ban 'a necessary step', says water firm\n\n"
          "Tolworth Water said on Monday that customers may not use hosepipes from Friday.\n\n"
          '"It is a necessary step, and we do not take it lightly," its chief executive, Iris '
          "Calder, said."),
         exactly("indirect", [("customers may not use hosepipes from Friday", "Tolworth Water")]),
         first("direct", ("a necessary step", "Tolworth Water"))),
    case("a_fronted_headline_report_with_no_quote_stays_a_report",
         "Harbour ferry to stop for a week, operator says\n\nSailings resume on 3 June.",
         exactly("indirect", [("Harbour ferry to stop for a week", "operator")])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round77_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


@pytest.mark.parametrize("text", [
    "The league's budgets, which are set according to each club's turnover, have caused rows.",
    "Grants are divided according to a formula agreed in 2019.",
    "Prices at the spa vary according to the size of the room.",
])
def test_according_to_as_in_accordance_with_sources_nothing(quotes_of, text):
    assert quotes_of(text) == []


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Helen Cross, whose 79-year-old husband, Alan, has stayed at Fernlea for two years, said "
     "the news had come as ‘a shock’.", "Helen Cross"),
    ("Paul Dunn, whose 93-year-old mother, Edna, has lived at the home for five years, said "
     "the decision had come as ‘a hammer blow’.", "Paul Dunn"),
])
def test_a_name_before_whose_speaks_when_the_relative_is_read_as_a_clause(
        quotes_of, sentence, speaker):
    text = ("Care home to close in March\n\nThe owner of the Fernlea care home in Ashby said "
            "on Monday that it would close in March.\n\n" + sentence)
    quotes = quotes_of(text)
    reported = [q for q in quotes if q.kind == "indirect" and q.content.endswith("’")]
    partial = [q for q in quotes if q.kind == "direct"]
    assert [q.speaker for q in reported] == [speaker]
    assert reported[0].content.startswith("the ")
    assert [q.speaker for q in partial] == [speaker]


def test_the_name_before_whose_helper_needs_the_misparse(nlp):
    from generator.extract.quotes.speaker_misparses import name_before_relative_read_as_clause

    doc = nlp("Ruth Avery, whose mother, Iris, has lived at Oakdene since 2019, said the news "
              "had come as a terrible shock.")
    said = next(t for t in doc if t.text == "said")
    if any(c.dep_ == "nsubj" for c in said.children):  # parsed right: nothing to mend
        assert name_before_relative_read_as_clause(said) is None


def test_a_name_given_with_gave_his_name_as_read_as_the_subject(quotes_of):
    text = ("Boat capsizes off island\n\n"
            "PORT ELLA (AFP) - Rescuers pulled 54 people from the sea on Saturday after a boat "
            "capsized.\n\n"
            "\"It was chaos,\" Marta Ruiz, a rescue coordinator, told AFP.\n\n"
            "One survivor, a 19-year-old from Mali who gave his name only as Oumar, said, "
            "speaking in French, that the engine had failed on the first night.\n\n"
            "\"We were drinking seawater by the end,\" he said, in comments translated by the "
            "charity.")
    quotes = quotes_of(text)
    assert speakers(quotes, "indirect") == [("the engine had failed on the first night", "Oumar")]
    assert speakers(quotes, "direct")[-1] == ("We were drinking seawater by the end,", "Oumar")
    assert [q.speaker_kind for q in quotes if q.speaker == "Oumar"] == ["person", "person"]


def test_name_given_as_reads_the_pronoun_of_the_naming_clause(nlp):
    from generator.extract.quotes.named_as import name_given_as

    doc = nlp("A nurse who identified herself only as Ama Owusu said the ward was full.")
    found = name_given_as(doc[8])
    assert found is not None and (found[0].text, found[1]) == ("Owusu", "she")
    assert name_given_as(doc[0]) is None


@pytest.mark.parametrize(("text", "content"), [
    ("The council said in a statement after a long meeting at the town hall that the pool "
     "would reopen in May and would be renamed.",
     "the pool would reopen in May and would be renamed"),
    ("The union said in a letter after a vote of its members at the Leeds depot that the "
     "strike would go ahead.", "the strike would go ahead"),
])
def test_a_report_read_as_a_relative_clause_of_a_setting_noun(quotes_of, text, content):
    assert [(q.kind, q.content) for q in quotes_of(text)] == [("indirect", content)]


def test_a_real_relative_clause_of_a_setting_noun_is_no_report(nlp):
    from generator.extract.quotes.setting_relatives import report_read_as_setting_relative

    for text in ("The mayor spoke after a meeting that lasted two hours.",
                 "The minister announced the plan after a meeting that officials held."):
        doc = nlp(text)
        assert report_read_as_setting_relative(doc[2]) is None, text


def test_a_body_the_lede_describes_is_named_later_by_apposition(quotes_of):
    text = ("Boat capsizes off island\n\n"
            "PORT ELLA (AFP) - Rescuers pulled 54 people from the sea on Saturday after a boat "
            "capsized, a charity said.\n\n"
            "The boat had left the port late on Thursday, according to survivors.\n\n"
            "\"It was chaos,\" Ana Ruiz, a rescue coordinator, told AFP.\n\n"
            "Mar Libre, the Spanish charity that operates the ship, said in a statement that it "
            "had received an alert at 4 am.")
    quotes = quotes_of(text)
    assert [q.speaker for q in quotes if q.kind == "indirect"] == [
        "Mar Libre", "survivors", "Mar Libre"]


def test_a_lede_body_with_no_apposed_name_stays_as_described(quotes_of):
    text = ("Boat capsizes off island\n\n"
            "PORT ELLA (AFP) - Rescuers pulled 54 people from the sea on Saturday after a boat "
            "capsized, a charity said.\n\n"
            "Mar Libre, whose ship was nearby, said in a statement that it had received an "
            "alert at 4 am.")
    quotes = quotes_of(text)
    assert quotes[0].speaker == "charity"
