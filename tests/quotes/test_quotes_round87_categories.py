"""Round 87's categories (blind set 673-680), each on a fictional text of its own: an "as"
clause inside a report whose verb reports a clause of its own with a subject of its own
is a second report, and the first stops before "as" (a standfirst's "..., as ministers
insist it ..."); a sentence the parser read as a noun phrase (its first cue a modifier of
the noun) whose second verb it joined to that noun (", but insisted the deal would ...")
is the noun's second report, and a that-clause hung on the noun after a comma that ends
the cue's phrase ("conceded in a note to staff, seen by the Herald, that ...") is the
first cue's report; a contact relative on a thing set off after a noun ("..., a decision
the library's own director warned could ...") has its own subject, which the parser hung
beside the thing on the noun before the comma; nouns of people joined by "and" keep each
conjunct's adjectives ("doctors and patient advocates", advocates being people who speak,
speakers.yaml); a union's local written "Local 77 of the X Guild" is "X Guild Local 77",
also when set off after "The union that ..." and hung by the parser elsewhere."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, exactly

pytestmark = pytest.mark.model


CASES = [
    case("an_as_clause_without_a_comma",
         ("Regulator opens probe into Tarrow-Bellside deal\n\n"
          "Watchdog says merger could raise prices in 40 towns as grocers insist they face "
          "fierce competition from discounters\n\n"
          "Jo Pell in Orsk\n\n"
          "The Orsk competition authority has launched an investigation into the merger of "
          "Tarrow and Bellside."),
         exactly("indirect", [
             ("merger could raise prices in 40 towns", "Watchdog"),
             ("they face fierce competition from discounters", "grocers"),
         ])),
    case("an_as_clause_with_no_clause_of_its_own_stays_in_the_report",
         ("Orsk budget\n\n"
          "The minister said prices would rise this winter, as the governor said."),
         exactly("indirect", [
             ("prices would rise this winter, as the governor said", "minister"),
         ])),
    case("a_contact_relative_on_a_thing_set_off_after_a_noun",
         ("Council library vote\n\n"
          "VELMAR, Ohio (AP) — The council of a small town in Ohio voted 5-2 on Monday to "
          "close two branch libraries that pupils can reach only with a parent, a decision the "
          "library's own director warned could breach state law.\n\n"
          "Library director Ruth Adler told the council before the vote that the plan was "
          "unfair."),
         exactly("indirect", [
             ("could breach state law", "Ruth Adler"),
             ("the plan was unfair", "Ruth Adler"),
         ])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round87_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_a_standfirst_report_with_an_as_clause_reporting_its_own(quotes_of):
    quotes = quotes_of(
        "Orsk farmers say grain pact is 'a betrayal'\n\nIndustry warns export pact will cost "
        "Orsk farms millions, as ministers insist it protects access to Velmar markets\n\n"
        "Anna Kovic Orsk correspondent\n\nThe Orsk Growers' Union has accused the government "
        "of 'selling out' the sector.")
    assert speakers(quotes, "indirect")[1:] == [
        ("export pact will cost Orsk farms millions", "Industry"),
        ("it protects access to Velmar markets", "ministers")]


@pytest.mark.parametrize("text", [
    "Bellside’s chair, Dame Ruth Calder, conceded in a note to staff, seen by the Herald, "
    "that the review would delay completion “by at least four months”, but insisted the deal "
    "would ultimately be approved.",
    "Orsk grocery deal\n\nBellside’s chair, Dame Ruth Calder, conceded in a note to staff, "
    "seen by the Herald, that the review would delay completion “by at least four months”, "
    "but insisted the deal would ultimately be approved.",
])
def test_a_second_verb_joined_to_a_noun_read_as_the_sentence(quotes_of, text):
    assert speakers(quotes_of(text), "indirect") == [
        ("the review would delay completion “by at least four months”", "Ruth Calder"),
        ("the deal would ultimately be approved", "Ruth Calder")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("That promise has worried some doctors and patient advocates, who note that the new "
     "owner does not offer certain treatments.", "doctors and patient advocates"),
    ("Some doctors and patient advocates said that the new owner does not offer certain "
     "treatments.", "doctors and patient advocates"),
    ("The plan has alarmed nurses and patient groups, who argue that the new owner does not "
     "provide certain treatments.", "nurses and patient groups"),
])
def test_people_joined_by_and_keep_their_adjectives(quotes_of, text, speaker):
    quotes = quotes_of("Clinic merger\n\n" + text)
    assert [s for _, s in speakers(quotes, "indirect")] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The union that represents about 1,200 porters at the two hospitals, Local 77 of the "
     "Orsk Care Workers Guild, said it had not been told of the plan.",
     "Orsk Care Workers Guild Local 77"),  # "Local" a second subject
    ("The union that represents about 2,300 nurses at the two systems, Local 482 of the Orsk "
     "Health Workers Alliance, said it had not been told of the plan.",
     "Orsk Health Workers Alliance Local 482"),  # "Local" hung on "systems"
])
def test_a_union_local_by_its_union_and_number(quotes_of, text, speaker):
    quotes = quotes_of("Clinic merger\n\n" + text)
    assert speakers(quotes, "indirect") == [("it had not been told of the plan", speaker)]
