"""The indexes that keep extraction linear in an article's length give what the plain scans
they replace give (session 20: long articles took quadratic time)."""

import random
import re
from types import SimpleNamespace

from generator.extract import SpanSet, outside
from generator.extract.claims.quoted import _nested_in_other, _Nesting
from generator.extract.claims.sentences import timexes_within
from generator.extract.doctext import TEXT_KEY
from generator.extract.quotes.lede import paragraph_index


def test_span_set_answers_as_outside():
    rng = random.Random(20)
    for _ in range(300):
        spans = [(s, s + rng.randint(-1, 6)) for s in
                 (rng.randint(0, 30) for _ in range(rng.randint(0, 8)))]
        index = SpanSet(spans)
        for start in range(-2, 34):
            for end in range(start - 1, start + 6):
                assert index.outside(start, end) == outside(spans, start, end)


def test_nesting_answers_as_the_scan_over_all_quotes():
    rng = random.Random(20)
    for _ in range(300):
        quotes = [SimpleNamespace(start=s, end=s + rng.randint(0, 8),
                                  speaker=rng.choice([None, "Ada Quill", "Pim Adler"]))
                  for s in (rng.randint(0, 20) for _ in range(rng.randint(0, 12)))]
        nesting = _Nesting(quotes)
        assert [nesting.nested(q) for q in quotes] == \
            [_nested_in_other(q, quotes) for q in quotes]


def test_timexes_within_sorted_or_not():
    rng = random.Random(20)
    for _ in range(200):
        timexes = [SimpleNamespace(start=s, end=s + rng.randint(0, 5))
                   for s in (rng.randint(0, 40) for _ in range(rng.randint(0, 8)))]
        for listed in (timexes, sorted(timexes, key=lambda t: t.start)):
            for start in range(0, 42, 3):
                for end in range(start, start + 12, 2):
                    expected = tuple(sorted((t for t in listed
                                             if start <= t.start and t.end <= end),
                                            key=lambda t: t.start))
                    assert timexes_within(listed, start, end) == expected


def test_paragraph_index_as_splitting_the_text_before():
    rng = random.Random(20)
    for _ in range(300):
        text = "".join(rng.choice(["a", "b", " ", "\n", "\n\n", " \n", "\t"])
                       for _ in range(rng.randint(0, 40)))
        doc = SimpleNamespace(user_data={TEXT_KEY: text})
        for at in range(-1, len(text) + 2):
            before = text[:at]
            expected = sum(1 for part in re.split(r"\n\s*\n", before)[:-1] if part.strip())
            assert paragraph_index(doc, at) == expected
