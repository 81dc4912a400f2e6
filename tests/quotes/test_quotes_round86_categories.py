"""Round 86's categories (blind set 665-672), each on a fictional text of its own: "it"
after a sentence whose subject is a body NER tagged a person is that body by the fullest
name its own reports take ("Velmora said ... . It described its offer as ..." -> Velmora
Mining); the "she" after "The mayor of X, Name, accused ..." (the name hung on the "of"
phrase's place) is the name; a headline's last noun before the marks that the tagger read
as a bare verb ("flood barrier delay 'a slap in the face', says MP") makes no report, and a
headline's bare title ("says MP") is the person whose body quote holds the headline's words;
a verb of naming taken up as a habit with a relative pronoun for the thing ("which tenants
have taken to calling "the blocks that time forgot"") gives a name, no quote
(generator/rules/naming_habits.yaml); meteorologists and forecasters are speakers, so their
"predicted" reports. Leftovers of earlier rounds, by category: a bare company noun right
after a sentence whose subject is a company is that company ("Brannock Dynamics ... filed a
protest. In a filing, the company argued"; "Ofwat said Kestrel Vale Water had ... ¶ The
firm ... said"; rounds 67 and 68); a byline of a name alone ("Eleanor Pike") puts the
standfirst above the lede, so its bare "Union chief says" is the body's person who repeats
the words (round 64); a lede's described subject is the person the headline names doing the
same act ("Talvia's Brenner rejects ..." over "Talvia's main opposition candidate ...
rejected ...", round 65)."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, check_example_counts, contents_are, exactly, first, last

pytestmark = pytest.mark.model


CASES = [
    case("it_after_a_body_tagged_a_person_takes_its_full_name",
         ("Orsk copper strike\n\n"
          "Workers at the Orsk mine walked out after rejecting an offer from operator Kestrava "
          "Mining, the union said.\n\n"
          'Kestrava said it had activated contingency plans. It described its offer as "fair '
          'and generous" at a time of rising costs.'),
         exactly("direct", [("fair and generous", "Kestrava Mining")])),
    case("she_after_a_role_whose_name_hangs_on_its_place",
         ("Fire near Orsk\n\n"
          'Interior Minister Yannis Doukas wrote on X that the night would be "long".\n\n'
          "The mayor of Kastri, Anna Petridou, accused the state of leaving the town exposed. "
          '"We asked for help in May and nobody came," she said.'),
         last("direct", ("We asked for help in May and nobody came,", "Anna Petridou"))),
    case("a_headline_noun_read_as_a_bare_verb_and_a_bare_title",
         ("Orsk flood barrier delay 'a slap in the face', says MP\n\n"
          "The local MP, Jane Orlo, said she was angry.\n\n"
          '"It is a slap in the face for everyone here," she told BBC Radio Orsk.'),
         exactly("indirect", [("she was angry", "Jane Orlo")]),
         exactly("direct", [
             ("a slap in the face", "Jane Orlo"),
             ("It is a slap in the face for everyone here,", "Jane Orlo"),
         ])),
    case("meteorologists_predict",
         ("Orsk fire\n\n"
          "Meteorologists at the Orsk weather office predicted the rain would not come before "
          "Friday."),
         contents_are("indirect", ["the rain would not come before Friday"])),
    case("the_firm_after_a_company_inside_a_regulators_report",
         ("Orsk water firm fined\n\n"
          "Ofwat said Kestrel Vale Water had left faulty monitors unrepaired at 40 storm "
          "overflows.\n\n"
          "The firm, which supplies 900,000 homes, said it accepted the penalty and had "
          '"already replaced every monitor".'),
         exactly("direct", [("already replaced every monitor", "Kestrel Vale Water")])),
    case("a_byline_of_a_name_alone_puts_the_standfirst_above_the_lede",
         ("Orsk Netball League players win £30,000 minimum salary in landmark deal\n\n"
          "Deal also guarantees full maternity pay for 26 weeks | Union chief says deal will "
          "‘change lives overnight’\n\n"
          "Eleanor Pike\n\n"
          "Players in the Orsk Netball League will be paid at least £30,000 a year from next "
          "season under an agreement announced on Wednesday.\n\n"
          "Hannah Kerr, the ONU’s chief executive, said the agreement would ‘change lives "
          "overnight’ for dozens of players who take second jobs."),
         first("direct", ("change lives overnight", "Hannah Kerr"))),
    case("in_the_words_of_before_a_colon",
         ("Orsk pension reform stalls\n\n"
          "Within the majority, doubts are growing. A ministerial adviser, who asked not to be "
          'named, acknowledged that the debate could "slip by a few weeks."\n\n'
          'In the words of one Centrist deputy: "Nobody wants to vote for this in an election '
          'year."'),
         last("direct", (
             "Nobody wants to vote for this in an election year.",
             "Centrist deputy",
         ))),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round86_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_the_naming_habits_examples(quotes_of):
    from generator.extract.quotes.naming_habits import NamingHabitsFile
    from generator.rulefiles import load_rule_file

    rules = load_rule_file("naming_habits.yaml", NamingHabitsFile)
    assert rules.examples and rules.not_
    check_example_counts(quotes_of, rules)


def test_the_company_after_a_sentence_whose_subject_is_a_company(quotes_of):
    quotes = quotes_of(
        "Army picks small firm for drones\n\nThe Army awarded the contract to Kestrel "
        "Aerosystems, a small drone company.\n\nBrannock Dynamics, one of the losing bidders, "
        "filed a protest on Monday. In a filing, the company argued that the Army had "
        "\"failed to weigh the risks\" of the bid.")
    assert {s for _, s in speakers(quotes, "indirect") + speakers(quotes, "direct")} == {
        "Brannock Dynamics"}


def test_a_ledes_described_subject_named_by_the_headlines_same_act(quotes_of):
    quotes = quotes_of(
        "Talvia's Brenner rejects election results, alleges 'massive fraud'\n\n"
        "Orsk (AFP) - Talvia's main opposition candidate on Saturday rejected the official "
        "results of last weekend's presidential election and called on his supporters to "
        "\"stay calm\" peacefully.\n\nThe electoral commission declared late Friday that Ilse "
        "Farrow had won 54.3 percent of the vote against 38.9 percent for former finance "
        "minister Tomas Brenner.\n\n\"These results were written in an office,\" Brenner told "
        "AFP.")
    assert speakers(quotes, "direct")[1] == ("stay calm", "Tomas Brenner")
