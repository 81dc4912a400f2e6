"""Helpers of the quote round modules (``test_quotes_roundNN_categories.py``): the checks a row
of a module's table makes on the quotes found in its text.

Imported as a plain module (``from quotes_helpers import case, includes``), like ``devscore.py``:
pytest's prepend import mode puts this folder on the path. The ``quotes_of`` fixture comes from
this folder's ``conftest.py``.

A row is ``case(id, text, *checks)``; ``check`` runs the checks in order on ``quotes_of(text)``,
each one assertion as the old tests wrote it, on ``speakers(quotes, kind)``: the (content,
speaker) of each quote of that kind ("direct", "indirect"; ``None``: every quote), in text order.

- ``exactly(kind, [(content, speaker), ...])``: those are all the quotes of that kind, in order;
- ``includes(kind, (content, speaker))`` / ``lacks(kind, ...)``: one of them is / none is that;
- ``first(kind, (content, speaker))`` / ``last(kind, ...)``: the first / last of them is that;
  ``first_speaker(kind, speaker)``, ``last_content(kind, content)`` (and so on): its speaker /
  its content is that;
- ``said_by(kind, content, speaker)``: the quote with that very content has that speaker (the
  last one, when two have the same content);
- ``speakers_are(kind, [speaker, ...])`` / ``contents_are(kind, [content, ...])``: their
  speakers / contents, in order, are exactly these;
- ``last_ones(kind, [(content, speaker), ...])``: the last of them, as many as listed, are these;
- ``count(kind, n)``: there are exactly ``n`` of them; ``speaker_set(kind, {speaker, ...})``: the
  set of their speakers is exactly this; ``all_speakers_start(kind, prefix)``: each speaker
  starts with ``prefix``;
- ``has_content(kind, content)`` / ``lacks_content(kind, content)``: one of them / none of them
  has that very content; ``last_content_starts(kind, prefix)``: the last one's content starts so;
- ``speaker_of_start(start, speaker)`` / ``speaker_of_start_has(start, part)``: the first quote
  of any kind whose content starts with ``start`` has that speaker / a speaker containing ``part``;
- ``NO_QUOTES``: no quote is found at all.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from devscore import speakers

Kind = str | None
Found = tuple[str, str | None]


class Check:
    """One assertion on the quotes found; its repr says what it asserts."""

    def __init__(self, desc: str, holds: Callable[[list], bool]):
        self.desc = desc
        self.holds = holds

    def __call__(self, quotes: list) -> None:
        assert self.holds(quotes), f"not {self.desc}; found {speakers(quotes)}"

    def __repr__(self) -> str:
        return self.desc


def exactly(kind: Kind, expected: list[Found]) -> Check:
    return Check(f"{kind} quotes == {expected!r}", lambda qs: speakers(qs, kind) == expected)


def includes(kind: Kind, expected: Found) -> Check:
    return Check(f"{expected!r} in {kind} quotes", lambda qs: expected in speakers(qs, kind))


def lacks(kind: Kind, unexpected: Found) -> Check:
    return Check(f"{unexpected!r} not in {kind} quotes",
                 lambda qs: unexpected not in speakers(qs, kind))


def _nth(quotes: list, kind: Kind, index: int) -> Found | None:
    found = speakers(quotes, kind)
    assert found, f"no {kind} quote; found {speakers(quotes)}"
    return found[index]


def first(kind: Kind, expected: Found) -> Check:
    return Check(f"first {kind} quote == {expected!r}", lambda qs: _nth(qs, kind, 0) == expected)


def last(kind: Kind, expected: Found) -> Check:
    return Check(f"last {kind} quote == {expected!r}", lambda qs: _nth(qs, kind, -1) == expected)


def _speaker_of(quotes: list, kind: Kind, content: str) -> str | None:
    found = dict(speakers(quotes, kind))
    assert content in found, f"no {kind} quote {content!r}; found {speakers(quotes)}"
    return found[content]


def said_by(kind: Kind, content: str, speaker: str | None) -> Check:
    return Check(f"{kind} quote {content!r} said by {speaker!r}",
                 lambda qs: _speaker_of(qs, kind, content) == speaker)


def first_content(kind: Kind, content: str) -> Check:
    return Check(f"first {kind} quote's content == {content!r}",
                 lambda qs: _nth(qs, kind, 0)[0] == content)


def last_content(kind: Kind, content: str) -> Check:
    return Check(f"last {kind} quote's content == {content!r}",
                 lambda qs: _nth(qs, kind, -1)[0] == content)


def first_speaker(kind: Kind, speaker: str | None) -> Check:
    return Check(f"first {kind} quote's speaker == {speaker!r}",
                 lambda qs: _nth(qs, kind, 0)[1] == speaker)


def last_speaker(kind: Kind, speaker: str | None) -> Check:
    return Check(f"last {kind} quote's speaker == {speaker!r}",
                 lambda qs: _nth(qs, kind, -1)[1] == speaker)


def contents_are(kind: Kind, expected: list[str]) -> Check:
    return Check(f"{kind} contents == {expected!r}",
                 lambda qs: [c for c, _ in speakers(qs, kind)] == expected)


def speakers_are(kind: Kind, expected: list[str | None]) -> Check:
    return Check(f"{kind} speakers == {expected!r}",
                 lambda qs: [s for _, s in speakers(qs, kind)] == expected)


def last_ones(kind: Kind, expected: list[Found]) -> Check:
    return Check(f"last {len(expected)} {kind} quotes == {expected!r}",
                 lambda qs: speakers(qs, kind)[-len(expected):] == expected)


def count(kind: Kind, n: int) -> Check:
    return Check(f"{n} {kind} quotes", lambda qs: len(speakers(qs, kind)) == n)


def speaker_set(kind: Kind, expected: set[str | None]) -> Check:
    return Check(f"{kind} speakers, as a set, == {expected!r}",
                 lambda qs: {s for _, s in speakers(qs, kind)} == expected)


def all_speakers_start(kind: Kind, prefix: str) -> Check:
    return Check(f"every {kind} speaker starts with {prefix!r}",
                 lambda qs: all(s is not None and s.startswith(prefix)
                                for _, s in speakers(qs, kind)))


def has_content(kind: Kind, content: str) -> Check:
    return Check(f"a {kind} quote's content == {content!r}",
                 lambda qs: content in [c for c, _ in speakers(qs, kind)])


def lacks_content(kind: Kind, content: str) -> Check:
    return Check(f"no {kind} quote's content == {content!r}",
                 lambda qs: content not in [c for c, _ in speakers(qs, kind)])


def last_content_starts(kind: Kind, prefix: str) -> Check:
    return Check(f"last {kind} quote's content starts with {prefix!r}",
                 lambda qs: _nth(qs, kind, -1)[0].startswith(prefix))


def _speaker_starting(quotes: list, start: str) -> str | None:
    found = [q.speaker for q in quotes if q.content.startswith(start)]
    assert found, f"no quote starts with {start!r}; found {speakers(quotes)}"
    return found[0]


def speaker_of_start(start: str, speaker: str | None) -> Check:
    return Check(f"the quote starting {start!r} said by {speaker!r}",
                 lambda qs: _speaker_starting(qs, start) == speaker)


def speaker_of_start_has(start: str, part: str) -> Check:
    def holds(qs: list) -> bool:
        found = _speaker_starting(qs, start)
        return found is not None and part in found

    return Check(f"the quote starting {start!r} said by one with {part!r}", holds)


#: No quote is found at all.
NO_QUOTES = Check("no quotes", lambda qs: qs == [])


def check_example_counts(quotes_of, rules, kind: Kind = None) -> None:
    """Each example and counter-example of a rule file (``rules``, loaded) yields as many quotes
    (of ``kind``; ``None``: of any kind) as its ``quotes`` says."""
    for example in [*rules.examples, *rules.not_]:
        found = speakers(quotes_of(example.text), kind)
        assert len(found) == example.quotes, example.text


def case(name: str, text: str, *checks: Check) -> object:
    """A row of a round module's table: ``name`` (the category) is the case's id."""
    assert checks, name
    return pytest.param(text, checks, id=name)


def check(quotes_of, text: str, checks: tuple[Check, ...]) -> None:
    """Run a row's checks, in order, on the quotes found in ``text``."""
    quotes = quotes_of(text)
    for one in checks:
        one(quotes)
