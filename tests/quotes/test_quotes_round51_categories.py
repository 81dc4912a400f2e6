"""Round 51's categories (blind set 385-392), each on a fictional text of its own: a body's
name joined by "for" ("The Alliance for Clean Harbours", "the Committee for a Fair Wage")
is kept whole, and a proper noun after "the" whose name goes on that way is a body, no
person; a campaign's "coordinator" is a role whose name set off after it speaks, whatever
NER made of an accented name; a lede's bare or trade-described company noun ("the bus
company") that nothing before it names is the first company the next paragraphs make a
subject; a headline quote that modifies the noun after its closing mark ("reject
'shameful' offer") echoes the body quote that holds its words; a person named in an
opening "For X, who ...," phrase of a sentence whose subject is no person is the next
"she said"."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, includes
from spacy.tokens import Doc

pytestmark = pytest.mark.model


def _retagged(nlp, text: str, name: str, label: str) -> Doc:
    """``text`` parsed, with NER's tag of ``name`` made ``label``: the mistakes round 51's
    copy met in context ("Awa Sangaré" a place, "Teresa Alvarado" a work of art)."""
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), label=label)
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [span]
    return doc


CASES = [
    case("a_name_joined_by_for_is_kept_whole",
         ("The Coalition for Open Harbours, an industry group, said the permit showed that the "
          'rules "still have teeth".\n\n'
          "The Collective for a Fair Wage, which called the march, said at least 5,000 people "
          "had joined."),
         includes("indirect", (
             'the permit showed that the rules "still have teeth"',
             "Coalition for Open Harbours",
         )),
         includes("indirect", ("at least 5,000 people had joined", "Collective for a Fair Wage"))),
    case("a_lede_company_noun_is_the_company_named_after",
         ("Bus crash injures 12 on coastal road\n\n"
          "PORT ELLIS (AP) — Twelve people were hurt when a coach left the road on Friday, as "
          "the bus company said it would pull the model from service.\n\n"
          "The coach was carrying 40 passengers, according to state police.\n\n"
          "Harbor Coachlines, which runs the route, said in a statement that it was reviewing "
          "its maintenance records."),
         includes("indirect", ("it would pull the model from service", "Harbor Coachlines"))),
    case("a_headline_quote_before_a_noun_echoes_the_body",
         ("Doctors' unions reject 'shameful' 3.5% pay offer\n\n"
          "Doctors have been offered a 3.5% pay rise, but unions have called the offer "
          "inadequate.\n\n"
          "But Dana Orwell, general secretary of the Medical Guild, said the offer fell "
          "short.\n\n"
          "'After a decade of cuts, 3.5% is frankly shameful,' she said."),
         includes("direct", ("shameful", "Dana Orwell"))),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round51_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_a_coordinator_set_off_before_the_name_is_the_name(nlp):
    from generator.extract.quotes import iter_quotes

    text = ("\"We will not pay for their mistakes,\" the collective's coordinator, Ama "
            "Diarrassé, told reporters.")
    doc = _retagged(nlp, text, "Ama Diarrassé", "GPE")
    assert speakers(iter_quotes(doc), "direct") == [
        ("We will not pay for their mistakes,", "Ama Diarrassé")]


def test_a_person_the_sentence_is_about_is_the_next_she(nlp):
    from generator.extract.quotes import iter_quotes

    text = ("Smoke shuts schools\n\n"
            "Schools closed early, district spokesperson Maria Ortega said.\n\n"
            "The weather service said winds could shift by Sunday.\n\n"
            "For Rosa Alvarez, who has asthma and works at a plant nursery in Cheney, the "
            "alert meant a day off without pay. \"I can't afford to lose the money,\" she said.")
    doc = _retagged(nlp, text, "Rosa Alvarez", "WORK_OF_ART")
    assert ("I can't afford to lose the money,", "Rosa Alvarez") \
        in speakers(iter_quotes(doc), "direct")
