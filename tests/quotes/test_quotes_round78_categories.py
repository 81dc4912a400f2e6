"""Round 78's and 79's categories (blind set 601-616), each on a fictional text of its own: a
company's short name in the headline is no body named on its own before its full name
("Tamsin recalls ..." above "Tamsin Motor Co"), and a dek's description of a company ("Regional
lender admits ...") is the full name the body gives it; a verb of calling set off by a comma
after a relative clause on the main verb's object ("rejected a recount that confirmed ...,
calling the process "a second theft"") is the main subject's; a name a relative clause
with no pronoun gives ("a pattern forecasters call "training."") is no quote; a sport's
anti-doping body of the lede ("rowing's anti-doping body said") is the "... Integrity Unit"
named next; "X, who founded the group Y, posted on X: "..."" is X's quote when the parser
made the name the subject of the quote's first verb; "Islanders warned of '...'" in a
headline is a passive, its quote the body speaker's who repeats it; "has told the eight
pools in England and Wales that it wants ..." reports whatever the object of "told" is; "The
increase, agreed at a full council meeting ..., will add £94.12 ..." is no report; a
headline's "leader says budget 'on a knife edge'" is a verbless report, the speaker its
quote's; "as BMA says offer ‘falls well short’" (the noun read as an auxiliary, the name as
an adverb) is the BMA's direct quote."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _found(quotes, kind):
    return [(q.content, q.speaker) for q in quotes if q.kind == kind]


def test_a_short_name_in_the_headline_opens_the_full_name_below(quotes_of):
    text = ("Velden recalls 80,000 vans over brake hose fault\n\n"
            "OSAKA, March 3 (Reuters) - Japan's Velden Motor Co is recalling about 80,000 vans "
            "in Europe, the automaker said on Monday.\n\n"
            "A hose can chafe against a bracket and leak fluid, Velden said in a filing.")
    quotes = quotes_of(text)
    assert ("A hose can chafe against a bracket and leak fluid", "Velden Motor Co") \
        in _found(quotes, "indirect")


def test_a_dek_company_is_the_full_name_the_body_gives(quotes_of):
    text = ("Marlow Bank to Pay $200 Million Over Sanctions Breaches\n\n"
            "Regional lender admits it moved money for blocked firms for years\n\n"
            "By Ana Holt\n\n"
            "Marlow Bank agreed to pay about $200 million to settle claims by regulators.\n\n"
            "Marlow said it had set aside enough money to cover the penalty.")
    quotes = quotes_of(text)
    assert ("it moved money for blocked firms for years", "Marlow Bank") \
        in _found(quotes, "indirect")


def test_a_verb_of_calling_after_a_relative_clause_is_the_main_subjects(quotes_of):
    text = ("The Velmar teachers' union on Tuesday rejected a pay offer that matched last "
            "year's rise, calling it \"an insult to every classroom\" and vowing to strike.")
    quotes = quotes_of(text)
    assert _found(quotes, "direct") == [("an insult to every classroom", "Velmar teachers' union")]


def test_a_name_given_by_a_relative_clause_without_pronoun_is_no_quote(quotes_of):
    text = ("Ola Brandt, a hydrologist at the institute, said the river rose and fell twice "
            "in a day, a pattern engineers call \"pulsing.\"")
    quotes = quotes_of(text)
    assert _found(quotes, "direct") == []
    assert _found(quotes, "indirect")[0][1] == "Ola Brandt"


def test_a_verdict_in_such_a_clause_stays_a_quote(quotes_of):
    quotes = quotes_of("The council approved the tower, a plan residents call \"a disgrace\".")
    assert [c for c, _ in _found(quotes, "direct")] == ["a disgrace"]


def test_a_sports_body_the_lede_describes_is_the_unit_named_next(quotes_of):
    text = ("Rower banned for two years\n\n"
            "LUCERNE (AP) — Swiss rower Lena Amsler was banned for two years on Monday for "
            "missing three tests, rowing's anti-doping body said.\n\n"
            "The Rowing Integrity Unit said Amsler had failed to update her whereabouts.")
    quotes = quotes_of(text)
    assert _found(quotes, "indirect")[0][1] == "Rowing Integrity Unit"


def test_a_name_with_a_relative_clause_posting_before_a_colon(quotes_of):
    text = ("Residents said the fine was too small.\n\n"
            "Tam Okoro, who founded the river group Clear Tarn, posted on X: “£8m sounds like "
            "a lot until you see the profits. Nobody is going to jail.”")
    quotes = quotes_of(text)
    assert _found(quotes, "direct")[0][1] == "Tam Okoro"


def test_a_plural_before_a_past_form_in_a_headline_is_warned_not_warning(quotes_of):
    text = ("Kelso Ferries: Islanders warned of 'a summer of cancellations'\n\n"
            "Ferry services to the islands will be cut for three months while two ships are "
            "repaired.\n\n"
            "The operator's chief executive, Moira Dunlop, said islanders faced \"a summer of "
            "cancellations\" unless a spare ship could be found.")
    quotes = quotes_of(text)
    assert _found(quotes, "direct")[0] == ("a summer of cancellations", "Moira Dunlop")


def test_told_any_body_that_is_a_report(quotes_of):
    text = ("The ministry has told the six boards in the region that it wants fewer, larger "
            "trusts by 2030, and has argued that scale will cut costs.")
    quotes = quotes_of(text)
    assert ("it wants fewer, larger trusts by 2030", "ministry") in _found(quotes, "indirect")


def test_a_participle_set_off_after_the_subject_is_no_cue(quotes_of):
    text = ("The new levy, agreed at a cabinet meeting on Monday night, will add £12 a month "
            "to the average bill, taking it to £310.")
    assert _found(quotes_of(text), "indirect") == []


def test_a_headline_noun_with_a_quoted_predicate_is_a_report(quotes_of):
    text = ("Harlow bus fares to rise as mayor says network 'on its last legs'\n\n"
            "Bus fares in Harlow will rise by 10p from June.\n\n"
            "Speaking on Tuesday, Mayor Odette Finch said the network was \"on its last legs\" "
            "and needed new money.")
    quotes = quotes_of(text)
    assert _found(quotes, "indirect")[0] == ("network 'on its last legs'", "Odette Finch")


def test_a_headline_quote_opening_with_its_verb_after_says_and_a_noun(quotes_of):
    text = ("Nurses' walkout to go ahead as RCN says deal ‘falls far short’\n\n"
            "Talks between the Royal College of Nursing and ministers ended without agreement "
            "on Friday.")
    quotes = quotes_of(text)
    assert [c for c, _ in _found(quotes, "direct")] == ["falls far short"]


def test_a_reporting_participle_split_from_its_clause_by_the_parser(quotes_of):
    text = ("Talks on the port dispute ended on Friday, with the dockers' union accusing "
            "managers of \"stalling\" and the company insisting its offer was generous.")
    quotes = quotes_of(text)
    assert ("its offer was generous", "company") in _found(quotes, "indirect")
