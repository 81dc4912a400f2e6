"""Helpers shared by the temporal tagger tests: what the tagger found, as plain values.

Imported as a plain module (``from temporal_helpers import values``), like
``tests/quotes/devscore.py``: pytest's prepend import mode puts this folder on the path.
The ``tag`` fixture comes from this folder's ``conftest.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import pytest

#: The ``tag`` fixture: ``tag(text, published)`` -> the timexes found.
Tagger = Callable[[str, dt.date], Sequence]


def values(tag: Tagger, text: str, published: dt.date) -> list[tuple[str, str]]:
    """(text, TIMEX3 value) of each timex found in ``text``, in text order.

    Args:
        tag: The ``tag`` fixture.
        text: The sentence(s) to tag.
        published: The publication date the timexes are resolved against.
    """
    return [(t.text, t.value) for t in tag(text, published)]


def values_by_text(tag: Tagger, text: str, published: dt.date) -> dict[str, str]:
    """TIMEX3 value of each timex found in ``text``, keyed by its text (the last wins)."""
    return {t.text: t.value for t in tag(text, published)}


# Tables of examples: the round modules (``test_roundNN_categories.py``) list their cases as rows
# ``case(id, text, published, expected)`` run by ``check``. ``expected`` is one of:
#   - a dict {timex text: TIMEX3 value}: each of those timexes is found with that value (other
#     timexes may be found too); ``ABSENT`` in place of a value: no timex has that text;
#     ``TAGGED``: one has it, whatever its value; ``other_than(v)``: one has it, with a value
#     other than ``v``; ``not_valued(v)``: none has it with the value ``v`` (absent or another);
#     ``every(v, ...)``: the values of all the timexes with that text, in text order, are these;
#   - ``only({...})``: the timexes found, by text, are exactly these;
#   - ``texts([...])``: the texts found, each once, in the order first found, are exactly these;
#   - ``no_text_with(part)``: no timex found has ``part`` in its text;
#   - a list [(text, value), ...]: exactly these timexes are found, in this order;
#   - on the list of (text, value) found: ``last(pair)``: the last is that; ``includes(pair,
#     ...)``: each pair is among them; ``starts([...])`` / ``ends([...])``: the first / last ones,
#     as many as listed, are these; ``after_first([...])``: all but the first are;
#     ``texts_listed([...])`` / ``values_listed([...])``: their
#     texts / values, in order (repeats kept), are exactly these.


class _Mark:
    def __init__(self, name: str):
        self.name = name

    def __repr__(self) -> str:
        return self.name


#: In an expected dict: no timex has this text.
ABSENT = _Mark("ABSENT")
#: In an expected dict: a timex has this text, whatever its value.
TAGGED = _Mark("TAGGED")


class OtherThan:
    """In an expected dict: a timex has this text, with a value other than ``value``."""

    def __init__(self, value: str):
        self.value = value

    def __repr__(self) -> str:
        return f"other_than({self.value!r})"


class NotValued(OtherThan):
    """In an expected dict: no timex has this text with ``value`` (it may be absent)."""

    def __repr__(self) -> str:
        return f"not_valued({self.value!r})"


class Every(tuple):
    """In an expected dict: the values of all the timexes with this text, in text order."""


def other_than(value: str) -> OtherThan:
    return OtherThan(value)


def not_valued(value: str) -> NotValued:
    return NotValued(value)


def every(*found: str) -> Every:
    return Every(found)


class Only(dict):
    """Every timex the tagger finds, by text: these and no other."""


class Texts(list):
    """The texts of the timexes found, each once, in the order first found: these and no other."""


class NoTextWith(str):
    """No timex found has this in its text."""


class OnList:
    """An assertion on the list of (text, value) of the timexes found; its repr says which."""

    def __init__(self, desc: str, holds: Callable[[list[tuple[str, str]]], bool]):
        self.desc = desc
        self.holds = holds

    def __repr__(self) -> str:
        return self.desc


def last(found: tuple[str, str]) -> OnList:
    return OnList(f"last == {found!r}", lambda got: bool(got) and got[-1] == found)


def includes(*found: tuple[str, str]) -> OnList:
    return OnList(f"each of {list(found)!r} found", lambda got: all(f in got for f in found))


def starts(found: list[tuple[str, str]]) -> OnList:
    return OnList(f"first ones == {found!r}", lambda got: got[:len(found)] == found)


def ends(found: list[tuple[str, str]]) -> OnList:
    return OnList(f"last ones == {found!r}", lambda got: got[-len(found):] == found)


def after_first(found: list[tuple[str, str]]) -> OnList:
    return OnList(f"all but the first == {found!r}", lambda got: got[1:] == found)


def texts_listed(found: list[str]) -> OnList:
    return OnList(f"texts == {found!r}", lambda got: [t for t, _ in got] == found)


def values_listed(found: list[str]) -> OnList:
    return OnList(f"values == {found!r}", lambda got: [v for _, v in got] == found)


def texts(found: list[str]) -> Texts:
    """``expected`` of a case whose timex texts, each once and in order, are exactly ``found``."""
    return Texts(found)


def no_text_with(part: str) -> NoTextWith:
    """``expected`` of a case where no timex found has ``part`` in its text."""
    return NoTextWith(part)


def only(found: dict[str, str]) -> Only:
    """``expected`` of a case whose timexes, by text, are exactly ``found``."""
    return Only(found)


def case(name: str, text: str, published: dt.date, expected) -> object:
    """A row of a round module's table: ``name`` (the category) is the case's id."""
    return pytest.param(text, published, expected, id=name)


def check(tag: Tagger, text: str, published: dt.date, expected) -> None:
    """Assert that tagging ``text`` published on ``published`` finds ``expected``.

    A dict's keys are checked in order, and each must hold as the ``==``, ``in`` or ``not in``
    it stands for.
    """
    if isinstance(expected, Texts):
        found_texts = list(values_by_text(tag, text, published))
        assert found_texts == list(expected), f"found {found_texts}, expected {list(expected)}"
        return
    if isinstance(expected, NoTextWith):
        found = values_by_text(tag, text, published)
        assert not any(expected in words for words in found), f"{expected!r} in {found}"
        return
    if isinstance(expected, OnList):
        found_list = values(tag, text, published)
        assert expected.holds(found_list), f"not {expected!r}; found {found_list}"
        return
    if isinstance(expected, list):
        found_list = values(tag, text, published)
        assert found_list == expected, f"found {found_list}, expected {expected}"
        return
    found_list = values(tag, text, published)
    found = dict(found_list)
    if isinstance(expected, Only):
        assert found == dict(expected), f"found {found}, expected only {dict(expected)}"
        return
    assert isinstance(expected, dict) and expected, expected
    for key, want in expected.items():
        if want is ABSENT:
            assert key not in found, f"{key!r} tagged {found[key]!r}; found {found}"
        elif want is TAGGED:
            assert key in found, f"{key!r} not tagged; found {found}"
        elif isinstance(want, NotValued):
            assert found.get(key) != want.value, f"{key!r} tagged {want.value!r}; found {found}"
        elif isinstance(want, OtherThan):
            assert key in found, f"{key!r} not tagged; found {found}"
            assert found[key] != want.value, f"{key!r} tagged {want.value!r}; found {found}"
        elif isinstance(want, Every):
            all_of = [value for words, value in found_list if words == key]
            assert all_of == list(want), f"{key!r}: {all_of} != {list(want)}; found {found_list}"
        else:
            assert key in found, f"{key!r} not tagged; found {found}"
            assert found[key] == want, f"{key!r}: {found[key]!r} != {want!r}; found {found}"
