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

pytestmark = pytest.mark.model


def _found(quotes, kind):
    return [(q.content, q.speaker) for q in quotes if q.kind == kind]


HEADLINE = "Orsk hold Velby to a draw\n\nPublished 3 May 2024\n\n"


def test_a_predicate_hung_on_the_cues_object(quotes_of):
    quotes = quotes_of(
        HEADLINE + "Velby Town manager Ivo Brandt said the league's failure to overturn a late "
        "red card in his side's 1-0 defeat at Orsk City was \"embarrassing for the sport\"."
        "\n\nThe match ended 1-0.")
    assert _found(quotes, "indirect") == [
        ("the league's failure to overturn a late red card in his side's 1-0 defeat at Orsk "
         "City was \"embarrassing for the sport\"", "Ivo Brandt")]
    assert _found(quotes, "direct") == [("embarrassing for the sport", "Ivo Brandt")]


def test_a_partial_in_a_that_clause_hung_on_the_setting(quotes_of):
    quotes = quotes_of(
        HEADLINE + "The Orsk Referees Board (ORB) said in a statement that the video "
        "assistant referee, Pia Lund, had reviewed the incident and judged there was \"no "
        "clear error\" in the decision.\n\nThe match ended 1-1.")
    assert _found(quotes, "direct") == [("no clear error", "Orsk Referees Board")]


def test_another_leader_noun_of_the_same_side(quotes_of):
    quotes = quotes_of(
        HEADLINE + "Orsk Town manager Ivo Brandt was unhappy with the pitch.\n\n"
        "Velby had led through a header before Orsk equalised.\n\n"
        "Asked about the storm, the Town boss said: \"We should never have played in "
        "that. Somebody could have been hurt.\"")
    assert _found(quotes, "direct") == [
        ("We should never have played in that. Somebody could have been hurt.", "Ivo Brandt")]


def test_a_subheading_repeating_a_body_quote(quotes_of):
    quotes = quotes_of(
        HEADLINE + "Velby coach Tomas Riel said the draw was fair.\n\n"
        "'We will come back stronger'\n\n"
        "\"We will come back stronger. This group has more to give,\" said Riel.")
    assert ("We will come back stronger", "Tomas Riel") in _found(quotes, "direct")


def test_a_subheading_repeating_no_body_quote_is_left(quotes_of):
    quotes = quotes_of(
        HEADLINE + "Velby coach Tomas Riel said the draw was fair.\n\n"
        "'A storm in the second half'\n\n"
        "\"We will come back stronger. This group has more to give,\" said Riel.")
    assert [content for content, _ in _found(quotes, "direct")] == [
        "We will come back stronger. This group has more to give,"]


def test_a_standfirsts_second_verb_shares_the_first_ones_subject(quotes_of):
    quotes = quotes_of(
        "Velby Party sweeps Orsk, Tamm to be governor\n\n"
        "VP takes 40 of 60 seats; outgoing governor admits defeat, says party will be "
        "\"loyal opposition\"\n\nORSK\n\nThe Velby Party swept to power in Orsk on Thursday.\n\n"
        "\"We thank the voters of Orsk. We will be a loyal opposition,\" said "
        "Ilse Varga, the outgoing governor.")
    assert _found(quotes, "indirect") == [
        ("party will be \"loyal opposition\"", "Ilse Varga")]
    assert ("loyal opposition", "Ilse Varga") in _found(quotes, "direct")


def test_a_registry_is_no_speaker(quotes_of):
    quotes = quotes_of(
        "The Orsk reservoir covers 300 hectares, according to a land registry kept by the "
        "Velmora water agency.")
    assert _found(quotes, "indirect") == []


def test_a_name_branded_somewhere_as(quotes_of):
    quotes = quotes_of(
        "Orsk toll\n\nThe levy, branded in Velby as “Fair Roads,” would charge vans at 20 "
        "entry points, the mayor said.")
    assert _found(quotes, "direct") == []


def test_a_hyphenated_category_before_its_noun(quotes_of):
    quotes = quotes_of(
        "Orsk talks\n\nOne diplomat said Velby could accept a narrower rule covering only "
        "“low-emission” vans, but only if the levy was dropped.")
    assert _found(quotes, "direct") == []
    assert len(_found(quotes, "indirect")) == 1


def test_a_quoted_word_built_on_a_participle_stays_speech(quotes_of):
    quotes = quotes_of(
        "Orsk housing\n\nThe mayor said the plan would bring “much-needed” homes to the "
        "east side of Orsk.")
    assert _found(quotes, "direct") == [("much-needed", "mayor")]


def test_another_after_one_of_the_group(quotes_of):
    quotes = quotes_of(
        "Orsk talks\n\nA deal is now expected in May, according to three Velby diplomats "
        "who spoke on condition of anonymity.\n\n“We are close,” one of the diplomats said. "
        "Another said Orsk had dropped its demand for a fund.")
    assert _found(quotes, "indirect")[-1] == (
        "Orsk had dropped its demand for a fund", "Velby diplomat")


def test_a_request_after_a_quoted_verb_with_a_modal_outside(quotes_of):
    quotes = quotes_of(
        "Orsk talks\n\nBut Lena Vogt, an Orsk MEP who shadows the file, said her party would "
        "“not sign a blank cheque for polluters” and urged the Council to drop the levy.")
    assert _found(quotes, "indirect") == []
    assert _found(quotes, "direct") == [("not sign a blank cheque for polluters", "Lena Vogt")]


def test_an_epithet_led_sentence_continues_the_person_named_before(quotes_of):
    quotes = quotes_of(
        "Orsk fire\n\nSheriff Dana Pruitt said deputies went door to door. Everyone left "
        "on time, she said.\n\nAt a shelter in the school gym, Maren Holt sat on a cot with "
        "her dog. The 64-year-old former nurse has lived in Orsk since 1990. Her "
        "photos were still on the wall because there had been no time, she said.")
    assert _found(quotes, "indirect")[-1] == (
        "Her photos were still on the wall because there had been no time", "Maren Holt")


def test_a_ledes_described_company_named_as_the_next_speaker(quotes_of):
    quotes = quotes_of(
        "Dam at Velby copper mine collapses, five dead, company says\n\n"
        "By Ana Lind\n\n"
        "ORSK, May 3 (Reuters) - A dam at a copper mine in the Velby region collapsed on "
        "Tuesday, killing at least five people, the pit's operator said.\n\n"
        "Kestrel Mining SA, a copper producer, said in a statement that 12 people "
        "were missing.\n\nThe Velby region has had two such collapses since 2019.")
    speakers = [speaker for _, speaker in _found(quotes, "indirect")]
    assert len(speakers) == 3 and all(s.startswith("Kestrel Mining") for s in speakers)
