"""Round 60's categories (blind set 457-464), each on a fictional text of its own: a quoted
phrase after "what X called", the parser having taken "what" for the determiner of the
verb's subject, names a thing (a scare quote), no speech of X's; a body the copy goes on to
call by its short name ("Brandt" after "Brandt Ratings") speaks as "the agency" under
the fullest name it was given."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, exactly

pytestmark = pytest.mark.model


CASES = [
    case("what_misread_as_a_determiner_still_names",
         ("The vote followed months of lobbying by tenants and what landlords called “a "
          "reckless gamble.”"),
         exactly("direct", [])),
    case("a_short_name_after_the_full_one_speaks_as_the_full_one",
         ("Talvera sells bonds at highest yield since 2012 after Brandt downgrade\n\n"
          "By Ana Reyes\n\n"
          "VELDA, Nov 26 (Reuters) - Talvera sold 2 billion euros of bonds on Thursday, two "
          "days after Brandt Ratings cut the country's credit score, citing a wide deficit.\n\n"
          "The debt agency sold the bonds at an average yield of 5.1%.\n\n"
          "Brandt lowered Talvera's long-term rating to BB+ from BBB- on Tuesday.\n\n"
          '"The fiscal plans rest on optimistic growth assumptions," the agency said in a '
          "statement."),
         exactly("direct", [
             ("The fiscal plans rest on optimistic growth assumptions,", "Brandt Ratings"),
         ])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round60_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)
