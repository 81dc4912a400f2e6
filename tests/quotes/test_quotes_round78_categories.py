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
an adverb) is the BMA's direct quote; "the school district" is the "Marlow County Schools"
NER never tagged."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, contents_are, exactly, first, first_speaker, includes, last

pytestmark = pytest.mark.model


CASES = [
    case("a_short_name_in_the_headline_opens_the_full_name_below",
         ("Velden recalls 80,000 vans over brake hose fault\n\n"
          "OSAKA, March 3 (Reuters) - Japan's Velden Motor Co is recalling about 80,000 vans "
          "in Europe, the automaker said on Monday.\n\n"
          "A hose can chafe against a bracket and leak fluid, Velden said in a filing."),
         includes("indirect", (
             "A hose can chafe against a bracket and leak fluid",
             "Velden Motor Co",
         ))),
    case("a_dek_company_is_the_full_name_the_body_gives",
         ("Marlow Bank to Pay $200 Million Over Sanctions Breaches\n\n"
          "Regional lender admits it moved money for blocked firms for years\n\n"
          "By Ana Holt\n\n"
          "Marlow Bank agreed to pay about $200 million to settle claims by regulators.\n\n"
          "Marlow said it had set aside enough money to cover the penalty."),
         includes("indirect", ("it moved money for blocked firms for years", "Marlow Bank"))),
    case("a_verb_of_calling_after_a_relative_clause_is_the_main_subjects",
         ("The Velmar teachers' union on Tuesday rejected a pay offer that matched last year's "
          'rise, calling it "an insult to every classroom" and vowing to strike.'),
         exactly("direct", [("an insult to every classroom", "Velmar teachers' union")])),
    case("a_name_given_by_a_relative_clause_without_pronoun_is_no_quote",
         ("Ola Brandt, a hydrologist at the institute, said the river rose and fell twice in a "
          'day, a pattern engineers call "pulsing."'),
         exactly("direct", []), first_speaker("indirect", "Ola Brandt")),
    case("a_verdict_in_such_a_clause_stays_a_quote",
         'The council approved the tower, a plan residents call "a disgrace".',
         contents_are("direct", ["a disgrace"])),
    case("a_sports_body_the_lede_describes_is_the_unit_named_next",
         ("Rower banned for two years\n\n"
          "LUCERNE (AP) — Swiss rower Lena Amsler was banned for two years on Monday for "
          "missing three tests, rowing's anti-doping body said.\n\n"
          "The Rowing Integrity Unit said Amsler had failed to update her whereabouts."),
         first_speaker("indirect", "Rowing Integrity Unit")),
    case("a_name_with_a_relative_clause_posting_before_a_colon",
         ("Residents said the fine was too small.\n\n"
          "Tam Okoro, who founded the river group Clear Tarn, posted on X: “£8m sounds like a "
          "lot until you see the profits. Nobody is going to jail.”"),
         first_speaker("direct", "Tam Okoro")),
    case("a_plural_before_a_past_form_in_a_headline_is_warned_not_warning",
         ("Kelso Ferries: Islanders warned of 'a summer of cancellations'\n\n"
          "Ferry services to the islands will be cut for three months while two ships are "
          "repaired.\n\n"
          'The operator\'s chief executive, Moira Dunlop, said islanders faced "a summer of '
          'cancellations" unless a spare ship could be found.'),
         first("direct", ("a summer of cancellations", "Moira Dunlop"))),
    case("told_any_body_that_is_a_report",
         ("The ministry has told the six boards in the region that it wants fewer, larger "
          "trusts by 2030, and has argued that scale will cut costs."),
         includes("indirect", ("it wants fewer, larger trusts by 2030", "ministry"))),
    case("a_participle_set_off_after_the_subject_is_no_cue",
         ("The new levy, agreed at a cabinet meeting on Monday night, will add £12 a month to "
          "the average bill, taking it to £310."),
         exactly("indirect", [])),
    case("a_headline_noun_with_a_quoted_predicate_is_a_report",
         ("Harlow bus fares to rise as mayor says network 'on its last legs'\n\n"
          "Bus fares in Harlow will rise by 10p from June.\n\n"
          'Speaking on Tuesday, Mayor Odette Finch said the network was "on its last legs" and '
          "needed new money."),
         first("indirect", ("network 'on its last legs'", "Odette Finch"))),
    case("a_headline_quote_opening_with_its_verb_after_says_and_a_noun",
         ("Nurses' walkout to go ahead as RCN says deal ‘falls far short’\n\n"
          "Talks between the Royal College of Nursing and ministers ended without agreement on "
          "Friday."),
         contents_are("direct", ["falls far short"])),
    case("a_reporting_participle_split_from_its_clause_by_the_parser",
         ("Talks on the port dispute ended on Friday, with the dockers' union accusing "
          'managers of "stalling" and the company insisting its offer was generous.'),
         includes("indirect", ("its offer was generous", "company"))),
    case("a_school_district_named_only_in_a_capitalised_phrase_ner_misses",
         ("The pickup struck the rear of the Marlow County Schools bus at an intersection "
          "south of Elm Creek shortly after 3 p.m., according to state police.\n\n"
          "Driver Ann Bell was treated for a shoulder injury and released, the school district "
          "said."),
         last("indirect", (
             "Driver Ann Bell was treated for a shoulder injury and released",
             "Marlow County Schools",
         ))),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round78_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)
