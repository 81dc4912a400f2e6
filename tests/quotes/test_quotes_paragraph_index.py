"""``lede.paragraph_index`` at a paragraph's start (a break in the white space before the
offset) counts the paragraphs as splitting the text up to the offset did (session 23: the
split per call was quadratic in a long article)."""

from __future__ import annotations

import random
import re

from generator.extract.doctext import TEXT_KEY
from generator.extract.quotes.lede import paragraph_index


class _Doc:
    """A stand-in: ``paragraph_index`` reads only the text and ``user_data``."""

    def __init__(self, text: str) -> None:
        self.user_data = {TEXT_KEY: text}


def _split_count(text: str, at: int) -> int:
    return sum(1 for part in re.split(r"\n\s*\n", text[:at])[:-1] if part.strip())


def test_paragraph_starts_count_as_the_split_text():
    rng = random.Random(23)
    pieces = ["a", "b ", "\n", "\n\n", " \n ", "\t", " ", "x.", "\n \n\n"]
    checked = 0
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        for at in range(len(text) + 1):
            run = at
            while run > 0 and text[run - 1].isspace():
                run -= 1
            if text.count("\n", run, at) >= 2:  # a break in the white space cut at ``at``
                checked += 1
                assert paragraph_index(_Doc(text), at) == _split_count(text, at), (text, at)
    assert checked > 1000


def test_three_paragraphs():
    text = "Head\n\nLede here.\n\n  Third one."
    assert paragraph_index(_Doc(text), text.index("Third")) == 2
    assert paragraph_index(_Doc(text), text.index("Lede")) == 1
