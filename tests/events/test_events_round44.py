"""Round 44's leftovers, second pass (fictional people, places and firms): what ``events.yaml``'s
examples cannot show on their own, a whole article's worth of sentences."""

from __future__ import annotations

import datetime as dt

from generator.extract import extract_doc

PUBLISHED = dt.date(2027, 3, 10)  # a Wednesday


def events_of(nlp, text: str, published: dt.date = PUBLISHED) -> dict[str, tuple[str, str]]:
    """The description and status of every event ``extract_doc`` finds, by date value."""
    return {e.when.value: (e.what, e.status) for e in extract_doc(nlp(text), published).events}


def test_a_participle_coordinated_with_one_on_a_noun_says_what_the_noun_underwent(nlp):
    events = events_of(nlp, "Her lawyer, Pim Adler, said she would appeal. An inquiry into the "
                            "Tarnby fire, opened and adjourned in 2025, will resume in May.")
    assert events["2025"][0].startswith("An inquiry"), events
    assert "Adler" not in events["2025"][0], events


def test_a_pronoun_after_a_relative_verb_is_its_object_not_a_second_subject(nlp):
    events = events_of(nlp, "The Quill painting was found in a barn near Tarnby in 2025. The "
                            "family that owns it decided in January to sell.")
    assert events["2027-01"][0].startswith("The family"), events


def test_a_gerund_the_parser_hung_on_its_opening_adjective_is_the_subject(nlp):
    events = events_of(nlp, "The Quill painting went on show in Orsk on March 6 and opens in "
                            "Tarnby on Saturday for four days.\n\nPublic viewing in Lowmere "
                            "begins on April 18.")
    assert "viewing" in events["2027-04-18"][0], events
