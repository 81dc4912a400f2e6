"""Round 23 of the blind event set, by category: what needs more than one sentence (an age
epithet and a pronoun after a player named with the club he comes from, a resignation told by
its verb and by its noun) (fictional people, places and clubs)."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc

PUBLISHED = dt.date(2026, 8, 6)


def events_of(nlp, text: str) -> list[tuple[str, str, str, int]]:
    """(what, status, value, mentions) of every event ``extract_doc`` finds in ``text``."""
    result = extract_doc(nlp(text), PUBLISHED)
    return [(e.what, e.status, e.when.value, len(e.mentions)) for e in result.events]


def test_an_age_epithet_is_the_player_not_the_club_he_comes_from(nlp):
    text = ("Westbury Rovers completed the signing of winger Jonas Brell from Marisco Velha on "
            "Wednesday. The 22-year-old passed a medical on Monday. He is expected to make his "
            "debut against Orsk on Aug. 15.")
    whats = [what for what, _, _, _ in events_of(nlp, text)]
    assert whats[1:] == ["Jonas Brell passes a medical", "Jonas Brell makes his debut against Orsk"]


def test_a_resignation_told_by_its_verb_and_its_noun_is_one_event(nlp):
    text = ("Voters in Orsk will elect a new councillor on Dec. 3 after Ada Quill resigned last "
            "month to run a charity. Quill, who was first elected in 2018, announced her "
            "resignation on July 14.")
    events = events_of(nlp, text)
    resignations = [e for e in events if "resign" in e[0]]
    assert [(value, mentions) for _, _, value, mentions in resignations] == [("2026-07", 2)]


def test_who_had_offers_turned_down_is_who_agrees_the_fee_after(nlp):
    text = "Westbury Rovers had two bids turned down in March before agreeing a fee last Friday."
    assert [(what, value) for what, _, value, _ in events_of(nlp, text)] == [
        ("Westbury Rovers has two bids turned down", "2026-03"),
        ("Westbury Rovers agrees a fee", "2026-07-31")]


def test_a_firm_named_by_its_first_word_is_the_firm_named_in_full_before(nlp):
    text = ("Residents, the council and the developer, Ashgate Construction, gave evidence at "
            "the inquiry. Ashgate appealed in February 2025. Ashgate said it expected to start "
            "building early next year.")
    assert [what for what, _, _, _ in events_of(nlp, text)] == [
        "Ashgate Construction appeals", "Ashgate Construction starts building"]


def test_it_after_a_noun_with_a_quoted_title_is_that_title(nlp):
    text = ("The Tolvin Film Festival opens on Thursday night. The festival's closing film, the "
            "comedy \"Blue Harbour\", will have its premiere on Saturday. It was pulled from the "
            "programme in August 2025 after a flood at the studio.")
    whats = [what for what, _, _, _ in events_of(nlp, text)]
    assert whats[-1].startswith("Blue Harbour is pulled"), whats
