"""Round 52's categories (blind set 393-400), each on a fictional text of its own: a house
style's section label opening a paragraph ("What they're saying:", "What's next:";
rules/attribution_labels.yaml) is no part of the sentence after it, so a verb inside it is
no cue and the quote is the speaker's the cue after it names; a verbless absolute phrase
after the cue ("..., Price said, his eyes red.") reports nothing."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _found(quotes, kind):
    return [(q.content, q.speaker) for q in quotes if q.kind == kind]


def test_a_section_label_is_no_part_of_the_sentence(quotes_of):
    text = ("Scoop: Ferrowise raises $50 million\n\n"
            "Ferrowise, a startup that sells software to shipyards, has raised $50 million, "
            "CEO Tomas Vell tells Axios.\n\n"
            "What they're saying: \"Shipyards still run on spreadsheets,\" Vell says. "
            "\"That is the whole opportunity.\"\n\n"
            "Why it matters: Investors are still paying for real revenue.")
    quotes = quotes_of(text)
    direct = _found(quotes, "direct")
    assert ("Shipyards still run on spreadsheets,", "Tomas Vell") in direct
    assert ("That is the whole opportunity.", "Tomas Vell") in direct
    assert not any("spreadsheets" in content for content, _ in _found(quotes, "indirect"))


def test_a_verbless_absolute_phrase_after_the_cue_reports_nothing(quotes_of):
    text = ("Harlow beats Dunmore in overtime\n\n"
            "Dunmore guard Eli Marsh scored 22 points.\n\n"
            "\"It hurts. It's going to hurt for a long time,\" Marsh said, his eyes red. "
            "\"But I'm proud of these guys.\"")
    quotes = quotes_of(text)
    assert not any("eyes" in content for content, _ in _found(quotes, "indirect"))
    direct = _found(quotes, "direct")
    assert ("It hurts. It's going to hurt for a long time,", "Eli Marsh") in direct
