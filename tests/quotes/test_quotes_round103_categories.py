"""Round 103's categories (blind set 801-808, held out, fixed in session 22), each on a
fictional text of its own: a British force, council or service named for two places joined
by "and" ("Avon and Somerset Police") is one body, whichever half the parser made the subject;
a narration paragraph that names a parent only as the owner of the subject ("Clara Ostrova's
son, Pavel, ...") introduces her for the "she said" under her first quote; a Title Case
headline's ", Says His Money ‘...’" takes the possessed noun for no speaker (the first verb's
subject speaks); and a concession's "— though critics say X is “...”" gives the partial to the
critics, not to the sentence's first reporter; and a Key points line's "A marine biologist says"
is the one person the body quotes as "Marine biologist Nina Strand"; and a number before the
marks counting the quoted noun ("would open two “clean air centers”") makes the phrase the
name of the things counted, as a determiner outside the marks does (terms.py)."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, exactly, said_by

pytestmark = pytest.mark.model

CASES = [
    case("a_body_named_for_two_places_subject_first_place",
         ("Fugitive sought on moor\n\nBy Ada Vell\n\n"
          "A man serving a life sentence escaped from HMP Velby on Sunday.\n\n"
          "Devon and Cornwall Police said he was \"dangerous and should not be approached\" "
          "and asked anyone who saw him to call 999 immediately.\n"),
         exactly("indirect", [('he was "dangerous and should not be approached"',
                               "Devon and Cornwall Police")]),
         said_by("direct", "dangerous and should not be approached",
                 "Devon and Cornwall Police")),
    case("a_body_named_for_two_places_subject_the_body_noun",
         ("Fugitive sought on moor\n\nBy Ada Vell\n\n"
          "A man serving a life sentence escaped from HMP Velby on Sunday.\n\n"
          "Avon and Somerset Police said he was \"dangerous and should not be approached\".\n"),
         said_by("direct", "dangerous and should not be approached",
                 "Avon and Somerset Police")),
    case("a_parent_named_only_as_her_childs_owner_speaks_next",
         ("Smoke over Orsk\n\nBy Ada Vell\n\n"
          "Dr. Lina Marsh said the air was \"very unhealthy\" on Tuesday.\n\n"
          "\"Stay inside,\" Marsh said.\n\n"
          "Clara Ostrova's 6-year-old son, Pavel, has not left the house in four days. The "
          "family has run a fan in his room since the weekend, an idea she found online.\n\n"
          "\"He keeps asking why the sky is red,\" she said. \"I don't know what to tell him.\"\n"),
         said_by("direct", "He keeps asking why the sky is red,", "Clara Ostrova"),
         said_by("direct", "I don't know what to tell him.", "Clara Ostrova")),
    case("a_title_case_headlines_says_his_noun_is_no_speaker",
         ("Billionaire Tom Vell Pledges $2 Billion To Libraries, Says His Money "
          "'Was Never Really His'\n\nBy Ada Vell\n\n"
          "Tom Vell, the founder of Orsk Mining, pledged $2 billion on Tuesday.\n"),
         said_by("direct", "Was Never Really His", "Tom Vell")),
    case("a_title_case_headlines_first_verb_read_as_adverbial_clause",
         ("Billionaire Grant Vell Pledges $4 Billion To Public Schools, Says His Fortune "
          "‘Was Never Really Mine’\n\nBy Ada Vell\n\nGrant Vell pledged $4 billion on "
          "Tuesday.\n"),
         said_by("direct", "Was Never Really Mine", "Grant Vell")),
    case("a_concessions_critics_own_their_partial",
         ("Vell gives away fortune\n\nBy Ada Vell\n\n"
          "Mining billionaire Tom Vell said Wednesday he will give away $2 billion to public "
          "libraries, in a letter that calls his money a debt to the towns that raised him — "
          "though critics say pledges like his are \"promises, not payments.\"\n"),
         said_by("direct", "promises, not payments.", "critics"),
         said_by("indirect", 'pledges like his are "promises, not payments."', "critics")),
    case("a_concessions_she_is_the_reporter_going_on",
         ("Budget passes House\n\nBy Ada Vell\n\n"
          "House leader Dana Orr accused Republicans of cutting money for child care to pay "
          "for \"a political victory lap.\"\n\n"
          "\"They are asking families to pay for their fights,\" Orr said on the House floor.\n\n"
          "White House press secretary Lina Marsh said the president would sign the bill if "
          "it reached his desk, though she called several of the cuts \"shortsighted.\"\n"),
         said_by("direct", "shortsighted.", "Lina Marsh")),
    case("counted_things_named_in_marks_are_no_quote",
         ("Smoke over Orsk\n\nBy Ada Vell\n\n"
          "Mayor Lina Marsh said the city would open two \"clean air centers\" — the public "
          "library and the town hall — with filtered air from noon Wednesday.\n"),
         exactly("direct", [])),
    case("a_key_points_lines_described_person_is_the_one_the_body_names",
         ("Surfer bitten by shark at Velby Point\n\nABC Orsk Coast / By Ada Vell\n\n"
          "Key points:\n\n"
          "A 30-year-old man was bitten on the leg at Velby Point on Sunday\n"
          "Witnesses say other surfers helped him out of the water\n"
          "A marine biologist says sharks come closer to shore after heavy rain\n\n"
          "A surfer is in a stable condition in hospital after being bitten by a shark north "
          "of Orsk.\n\n"
          "Marine biologist Nina Strand from Orsk University said the bite was consistent "
          "with a bull shark.\n"),
         said_by("indirect", "sharks come closer to shore after heavy rain", "Nina Strand"),
         said_by("indirect", "other surfers helped him out of the water", "Witnesses")),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round103_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)
