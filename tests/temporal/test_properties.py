"""Property tests: resolution never fails, whatever the publication date, and tagging keeps
its output contract (ordered, non-overlapping, offsets matching the text) on arbitrary text."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.resolve import resolve
from generator.extract.temporal.ruleset import load_ruleset
from generator.extract.temporal.scan import read_text

ALL_TIMEXES = sorted({ex.timex for c in load_ruleset().rules for ex in c.rule.examples})
# a few rules need context outside the expression ("60" in "60 and 90 days", "the moment"
# after "in"); they cannot be read back alone and reresolve keeps their stored value
EXAMPLE_TIMEXES = [text for text in ALL_TIMEXES if read_text(text) is not None]
DATES = st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2098, 12, 31))
TENSES = st.sampled_from([None, "past", "present", "future"])
WORDS = st.sampled_from(["the", "council", "met", "on", "Friday", "March", "May", "3", "2021",
                         "next", "week", "ago", "two", "days", "later", ",", ".", "nearly",
                         "13", "months", "spring", "every", "Monday", "at", "9", "a.m.",
                         "\n", "©", "Copyright", "the past", "year", "quarter", "first"])


def test_nearly_every_example_reads_back_alone():
    assert len(EXAMPLE_TIMEXES) >= 0.9 * len(ALL_TIMEXES)


@settings(max_examples=200, deadline=None)
@given(text=st.sampled_from(EXAMPLE_TIMEXES), published=DATES, tense=TENSES,
       mention=st.one_of(st.none(), DATES))
def test_every_example_resolves_on_any_date(text, published, tense, mention):
    reading = read_text(text)
    mentions = [mention.isoformat()] if mention else []
    result = resolve(reading, published, tense, mentions)
    assert result.value
    if reading.type in ("DATE", "TIME") and value_range(result.value) is not None:
        assert result.range is not None


@settings(max_examples=25, deadline=None)
@given(words=st.lists(WORDS, min_size=1, max_size=25), published=st.one_of(st.none(), DATES))
def test_tagging_contract_on_arbitrary_text(tag, words, published):
    text = " ".join(words)
    timexes = tag(text, published)
    for timex in timexes:
        assert text[timex.start:timex.end] == timex.text
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
    assert all(a.end <= b.start for a, b in zip(timexes, timexes[1:]))


UNITS = sorted(load_ruleset().lexicon.words["unit"].map)
AGO = sorted(load_ruleset().lexicon.words["ago"].map)


@settings(max_examples=150, deadline=None)
@given(unit=st.sampled_from(UNITS), ago=st.sampled_from(AGO), published=DATES,
       number=st.sampled_from(["two", "13", "a few", "1.5"]))
def test_every_unit_shifts_without_error(unit, ago, published, number):
    reading = read_text(f"{number} {unit} {ago}")
    if reading is not None:  # "two hour ago" is not English, but must not crash either
        assert resolve(reading, published).value
