"""Round 93's categories (blind set 721-728), each on a fictional text of its own: a reported
clause "said N was “...”" whose predicate the parser hung on the cue's object noun; a
partial quote in a that-clause hung on the cue's setting ("said in a statement that the
inspector ... judged there was “...”"), the reporter's; "the Town boss" after "Orsk Town
manager X" (another leader noun of the same side); a subheading in single marks repeating
a later body quote; a standfirst's "Outgoing governor admits defeat, says party will be
'...'" (the second verb sharing the first's subject, the speaker the body quote's); a
registry cited with "according to" (no speaker); a name "branded in Velby as
“...”"; a hyphenated category in marks before its noun ("covering only “low-emission” vans"); a
bare "Another said" after "one of the diplomats said" (one more of them); a request
"and urged ..." after a quoted verb with a modal outside the marks (direct only); an
epithet-led sentence ("The 64-year-old former nurse has lived ...") continuing the
person named before it for a later "she said"; and a lede's "the pit's operator said" and
a headline's "company says" for the company the next paragraph names as a speaker."""

from __future__ import annotations

import pytest
from quotes_helpers import (
    all_speakers_start,
    case,
    check,
    contents_are,
    count,
    exactly,
    includes,
    last,
)

pytestmark = pytest.mark.model


HEADLINE = "Orsk hold Velby to a draw\n\nPublished 3 May 2024\n\n"


def _parsed(nlp, rows):
    """A Doc with the parse the parser gives such sentences at times, written out (word,
    head index, dependency, tag, lemma), so the rule is tested on that misparse."""
    from spacy.tokens import Doc

    words = [row[0] for row in rows]
    pos = [_POS.get(tag, "AUX" if dep == "aux" else "VERB" if tag.startswith("VB") else "X")
           for _, _, dep, tag, _ in rows]
    return Doc(nlp.vocab, words=words, heads=[row[1] for row in rows],
               deps=[row[2] for row in rows], tags=[row[3] for row in rows],
               lemmas=[row[4] for row in rows], pos=pos)


#: The coarse part of speech of each fine tag of the parses below (verbs by dependency).
_POS = {"NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "DT": "DET", "IN": "ADP", "JJ": "ADJ",
        "TO": "PART", "POS": "PART", "PRP$": "PRON", "RB": "ADV", "CC": "CCONJ", "EX": "PRON",
        "``": "PUNCT", "''": "PUNCT", ".": "PUNCT"}


#: "Orsk coach Ivo Brandt said the board's refusal to replay the game was "unfair on
#: players"." with "refusal" read as the object of "said" and the quoted adjective as its
#: modifier, "was" the modifier's auxiliary.
_HUNG_PREDICATE = [
    ("Orsk", 1, "compound", "NNP", "Orsk"), ("coach", 3, "compound", "NN", "coach"),
    ("Ivo", 3, "compound", "NNP", "Ivo"), ("Brandt", 4, "nsubj", "NNP", "Brandt"),
    ("said", 4, "ROOT", "VBD", "say"), ("the", 6, "det", "DT", "the"),
    ("board", 8, "poss", "NN", "board"), ("'s", 6, "case", "POS", "'s"),
    ("refusal", 4, "dobj", "NN", "refusal"), ("to", 10, "aux", "TO", "to"),
    ("replay", 8, "acl", "VB", "replay"), ("the", 12, "det", "DT", "the"),
    ("game", 10, "dobj", "NN", "game"), ("was", 15, "aux", "VBD", "be"),
    ('"', 15, "punct", "``", '"'), ("unfair", 8, "acl", "JJ", "unfair"),
    ("on", 15, "prep", "IN", "on"), ("players", 16, "pobj", "NNS", "player"),
    ('"', 8, "punct", "''", '"'), (".", 4, "punct", ".", "."),
]


def test_a_predicate_hung_on_the_cues_object(nlp):
    from generator.extract.quotes.attribution import governing_cue
    from generator.extract.quotes.hung_predicates import clause_hung_on_object

    doc = _parsed(nlp, _HUNG_PREDICATE)
    said, refusal = doc[4], doc[8]
    assert clause_hung_on_object(refusal)  # the report: "the board's refusal ... was “...”"
    assert governing_cue(doc[15:18], [said]).i == said.i  # and the quote is Brandt's


def test_a_participle_on_the_object_is_no_hung_predicate(nlp):
    from generator.extract.quotes.hung_predicates import clause_hung_on_object

    rows = list(_HUNG_PREDICATE)
    rows[13] = ("now", 15, "advmod", "RB", "now")  # "... the game now “unfair ...”"
    assert not clause_hung_on_object(_parsed(nlp, rows)[8])


#: "The board said in a statement that its inspector had checked the pumps and judged there
#: was "no risk"." with the that-clause hung on "statement".
_THAT_ON_SETTING = [
    ("The", 1, "det", "DT", "the"), ("board", 2, "nsubj", "NN", "board"),
    ("said", 2, "ROOT", "VBD", "say"), ("in", 2, "prep", "IN", "in"),
    ("a", 5, "det", "DT", "a"), ("statement", 3, "pobj", "NN", "statement"),
    ("that", 10, "mark", "IN", "that"), ("its", 8, "poss", "PRP$", "its"),
    ("inspector", 10, "nsubj", "NN", "inspector"), ("had", 10, "aux", "VBD", "have"),
    ("checked", 5, "acl", "VBN", "check"), ("the", 12, "det", "DT", "the"),
    ("pumps", 10, "dobj", "NNS", "pump"), ("and", 10, "cc", "CC", "and"),
    ("judged", 10, "conj", "VBD", "judge"), ("there", 16, "expl", "EX", "there"),
    ("was", 14, "ccomp", "VBD", "be"), ('"', 19, "punct", "``", '"'),
    ("no", 19, "det", "DT", "no"), ("risk", 16, "attr", "NN", "risk"),
    ('"', 19, "punct", "''", '"'), (".", 2, "punct", ".", "."),
]


def test_a_partial_in_a_that_clause_hung_on_the_setting(nlp):
    from generator.extract.quotes.attribution import governing_cue

    doc = _parsed(nlp, _THAT_ON_SETTING)
    said, judged = doc[2], doc[14]
    assert governing_cue(doc[18:20], [said, judged]).i == said.i  # the board's, not its inspector's


CASES = [
    case("another_leader_noun_of_the_same_side",
         HEADLINE + "Orsk Town manager Ivo Brandt was unhappy with the pitch.\n\n"
         "Velby had led through a header before Orsk equalised.\n\n"
         "Asked about the storm, the Town boss said: \"We should never have played in "
         "that. Somebody could have been hurt.\"",
         exactly("direct", [
             ("We should never have played in that. Somebody could have been hurt.",
              "Ivo Brandt"),
         ])),
    case("a_subheading_repeating_a_body_quote",
         HEADLINE + "Velby coach Tomas Riel said the draw was fair.\n\n"
         "'We will come back stronger'\n\n"
         "\"We will come back stronger. This group has more to give,\" said Riel.",
         includes("direct", ("We will come back stronger", "Tomas Riel"))),
    case("a_subheading_repeating_no_body_quote_is_left",
         HEADLINE + "Velby coach Tomas Riel said the draw was fair.\n\n"
         "'A storm in the second half'\n\n"
         "\"We will come back stronger. This group has more to give,\" said Riel.",
         contents_are("direct", ["We will come back stronger. This group has more to give,"])),
    case("a_standfirsts_second_verb_shares_the_first_ones_subject",
         ("Velby Party sweeps Orsk, Tamm to be governor\n\n"
          "VP takes 40 of 60 seats; outgoing governor admits defeat, says party will be "
          "\"loyal opposition\"\n\nORSK\n\nThe Velby Party swept to power in Orsk on "
          "Thursday.\n\n"
          "\"We thank the voters of Orsk. We will be a loyal opposition,\" said "
          "Ilse Varga, the outgoing governor."),
         exactly("indirect", [("party will be \"loyal opposition\"", "Ilse Varga")]),
         includes("direct", ("loyal opposition", "Ilse Varga"))),
    case("a_registry_is_no_speaker",
         ("The Orsk reservoir covers 300 hectares, according to a land registry kept by the "
          "Velmora water agency."),
         exactly("indirect", [])),
    case("a_name_branded_somewhere_as",
         ("Orsk toll\n\nThe levy, branded in Velby as “Fair Roads,” would charge vans at 20 "
          "entry points, the mayor said."),
         exactly("direct", [])),
    case("a_hyphenated_category_before_its_noun",
         ("Orsk talks\n\nOne diplomat said Velby could accept a narrower rule covering only "
          "“low-emission” vans, but only if the levy was dropped."),
         exactly("direct", []),
         count("indirect", 1)),
    case("a_quoted_word_built_on_a_participle_stays_speech",
         ("Orsk housing\n\nThe mayor said the plan would bring “much-needed” homes to the "
          "east side of Orsk."),
         exactly("direct", [("much-needed", "mayor")])),
    case("another_after_one_of_the_group",
         ("Orsk talks\n\nA deal is now expected in May, according to three Velby diplomats "
          "who spoke on condition of anonymity.\n\n“We are close,” one of the diplomats said. "
          "Another said Orsk had dropped its demand for a fund."),
         last("indirect", ("Orsk had dropped its demand for a fund", "Velby diplomat"))),
    case("a_request_after_a_quoted_verb_with_a_modal_outside",
         ("Orsk talks\n\nLena Vogt, who leads the Velby Greens in the regional assembly, said "
          "her party would “not sign a blank cheque for polluters” and urged the council to "
          "drop the levy."),
         exactly("indirect", []),
         exactly("direct", [("not sign a blank cheque for polluters", "Lena Vogt")])),
    case("an_epithet_led_sentence_continues_the_person_named_before",
         ("Orsk fire\n\nSheriff Dana Pruitt said deputies went door to door. Everyone left "
          "on time, she said.\n\nAt a sports hall on the edge of Orsk, Maren Holt waited on a "
          "folding chair with her dog. The 64-year-old former nurse has lived in the valley "
          "since 1990. She had left her medicines on the kitchen table, she said."),
         last("indirect", ("She had left her medicines on the kitchen table", "Maren Holt"))),
    case("a_ledes_described_company_named_as_the_next_speaker",
         ("Wall gives way at Velby copper pit, five dead, company says\n\nBy Ana Lind\n\n"
          "ORSK, May 3 (Reuters) - A retaining wall at a copper pit in the Velby hills gave "
          "way on Tuesday, flooding two villages and killing five workers, the pit's operator "
          "said.\n\nKestrel Mining SA, a copper producer, said in a statement that 12 people "
          "were missing.\n\nThe Velby hills have had two such accidents since 2019."),
         count("indirect", 3),
         all_speakers_start("indirect", "Kestrel Mining")),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_round93_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)
