"""Helpers of the event round modules (``test_events_roundNN.py``): what ``extract_doc`` finds
in a sentence, by date value, and the checks a row of a module's table makes on it.

Imported as a plain module (``from events_helpers import case, event``), like
``tests/quotes/devscore.py``: pytest's prepend import mode puts this folder on the path. The
``nlp`` fixture comes from this folder's ``conftest.py``.

A row is ``case(id, text, published, *checks)``; ``check`` runs the checks in order on what
``extract_doc`` finds (most on ``events_of(nlp, text, published)``, its events by date value),
each one assertion as the old tests wrote it:

- ``event(v, what, status)``: the event dated ``v`` is exactly (what, status);
- ``status(v, s)`` / ``what(v, w)``: its status / its description is exactly that;
- ``what_starts(v, prefix)`` / ``what_has(v, part)``: its description starts with / contains;
- ``dated(v)`` / ``not_dated(v)``: an event is / no event is dated ``v``;
- ``dates(v, ...)``: the set of dates is exactly these; ``dates_in_order(v, ...)``: the dates,
  in the order found, are exactly these; ``count(n)``: exactly ``n`` events; ``NO_EVENTS``;
- ``only({v: (what, status), ...})``: the events found are exactly these;
- ``what_lacks(v, part)``: its description does not contain ``part``; ``no_what_with(v, part)``:
  no event dated ``v`` (if any) has ``part`` in its description;
- ``times_dated(v, n)``: exactly ``n`` of the events (counted before they are keyed by date) are
  dated ``v``; ``listed([(v, status), ...])``: the events, in order, are exactly these;
- on the events as listed (a date may stand twice), each exactly as given:
  ``listed_dates(v, ...)`` (their dates, in order), ``sorted_dates(v, ...)`` (sorted),
  ``listed_whats([(v, what), ...])``, ``listed_statuses(s, ...)``, ``listed_count(n)``, and
  ``listed_as("what value", [...])``: the named fields of each (of ``what``, ``status``,
  ``value``, ``mentions``: a tuple, or a plain value for one field), in order;
  ``listed_has(fields, item)``: one event's fields are that; ``SOME_EVENTS``: at least one;
  ``dates_starting(prefix, n)`` / ``times_dated_any((v, ...), n)``: exactly ``n`` dated with a
  value starting ``prefix`` / dated one of these; ``last_what_starts(prefix)``: the last one's
  description starts so; ``no_date_with(part)``: none with ``part`` in
  its date value; ``any_what_has(part)``: some event's description contains ``part``;
- ``no_status(s)``: no event (by date) has that status;
- ``claim(text, kind)``: the claim with that text is of that kind; ``claim_of_all(kind)``: the
  claim whose text is the row's whole text is; ``claim_with(part, kind)``: a claim whose text
  contains ``part`` is of that kind; ``claim_kinds_are(kind, ...)``: the claims' kinds, in
  order, are exactly these.

``timex(text, phrase, value, date_range)`` builds the resolved timex of the tests that hand
``iter_events`` its dates themselves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from generator.extract import extract_doc
from generator.extract.hits import DateRange, Timex

Events = dict[str, tuple[str, str]]


def timex(text: str, phrase: str, value: str, date_range: DateRange, kind: str = "DATE",
          last: bool = False) -> Timex:
    """A resolved timex, as the temporal stage would give it, for the first ``phrase`` in
    ``text`` (the last one with ``last``): for the tests that hand ``iter_events`` its dates."""
    at = text.rindex(phrase) if last else text.index(phrase)
    return Timex(at, at + len(phrase), phrase, kind, value, range=date_range, rule="test")


def events_of(nlp, text: str, published: dt.date) -> Events:
    """The description and status of every event ``extract_doc`` finds, by date value."""
    return {e.when.value: (e.what, e.status) for e in extract_doc(nlp(text), published).events}


class Found:
    """What ``extract_doc`` finds in a row's text: its events (as listed and by date value) and
    the kind of each claim, by its text."""

    def __init__(self, nlp, text: str, published: dt.date):
        extraction = extract_doc(nlp(text), published)
        self.text = text
        self.listed = extraction.events
        self.events: Events = {e.when.value: (e.what, e.status) for e in self.listed}
        self.claims = extraction.claims
        self.kinds: dict[str, str] = {c.text: c.kind for c in extraction.claims}


class Check:
    """One assertion on the events found; its repr says what it asserts. ``part`` names what of
    a ``Found`` it is made on: its ``events`` by date (the default), the events ``listed``, the
    claims' ``kinds``, or (``None``) the whole ``Found``."""

    def __init__(self, desc: str, holds: Callable[..., bool], part: str | None = "events"):
        self.desc = desc
        self.holds = holds
        self.part = part

    def __call__(self, found: Found) -> None:
        on = found if self.part is None else getattr(found, self.part)
        seen = found.kinds if self.part in ("kinds", "claims", None) else found.events
        assert self.holds(on), f"not {self.desc}; found {seen}"

    def __repr__(self) -> str:
        return self.desc


def _of(value: str, events: Events) -> tuple[str, str]:
    assert value in events, f"no event dated {value!r}; found {events}"
    return events[value]


def event(value: str, what_: str, status_: str) -> Check:
    return Check(f"event({value!r}) == {(what_, status_)!r}",
                 lambda ev: _of(value, ev) == (what_, status_))


def status(value: str, status_: str) -> Check:
    return Check(f"status({value!r}) == {status_!r}", lambda ev: _of(value, ev)[1] == status_)


def what(value: str, what_: str) -> Check:
    return Check(f"what({value!r}) == {what_!r}", lambda ev: _of(value, ev)[0] == what_)


def what_starts(value: str, prefix: str) -> Check:
    return Check(f"what({value!r}) starts with {prefix!r}",
                 lambda ev: _of(value, ev)[0].startswith(prefix))


def what_has(value: str, part: str) -> Check:
    return Check(f"{part!r} in what({value!r})", lambda ev: part in _of(value, ev)[0])


def dated(value: str) -> Check:
    return Check(f"an event dated {value!r}", lambda ev: value in ev)


def not_dated(value: str) -> Check:
    return Check(f"no event dated {value!r}", lambda ev: value not in ev)


def dates(*values: str) -> Check:
    return Check(f"dates == {set(values)!r}", lambda ev: set(ev) == set(values))


def dates_in_order(*values: str) -> Check:
    return Check(f"dates in order == {list(values)!r}", lambda ev: list(ev) == list(values))


def count(n: int) -> Check:
    return Check(f"{n} events", lambda ev: len(ev) == n)


def only(expected: Events) -> Check:
    return Check(f"events == {expected!r}", lambda ev: ev == expected)


def what_lacks(value: str, part: str) -> Check:
    return Check(f"{part!r} not in what({value!r})", lambda ev: part not in _of(value, ev)[0])


def no_what_with(value: str, part: str) -> Check:
    return Check(f"no event dated {value!r} with {part!r}",
                 lambda ev: part not in ev.get(value, ("", ""))[0])


def times_dated(value: str, n: int) -> Check:
    return Check(f"{n} events dated {value!r}",
                 lambda listed: [e.when.value for e in listed].count(value) == n, "listed")


def listed(expected: list[tuple[str, str]]) -> Check:
    return Check(f"(date, status) of the events == {expected!r}",
                 lambda listed: [(e.when.value, e.status) for e in listed] == expected, "listed")


def listed_dates(*values: str) -> Check:
    return Check(f"dates as listed == {list(values)!r}",
                 lambda listed: [e.when.value for e in listed] == list(values), "listed")


def sorted_dates(*values: str) -> Check:
    return Check(f"dates sorted == {list(values)!r}",
                 lambda listed: sorted(e.when.value for e in listed) == list(values), "listed")


def listed_whats(expected: list[tuple[str, str]]) -> Check:
    return Check(f"(date, what) of the events == {expected!r}",
                 lambda listed: [(e.when.value, e.what) for e in listed] == expected, "listed")


def listed_statuses(*statuses: str) -> Check:
    return Check(f"statuses as listed == {list(statuses)!r}",
                 lambda listed: [e.status for e in listed] == list(statuses), "listed")


_FIELDS: dict[str, Callable] = {
    "what": lambda e: e.what,
    "status": lambda e: e.status,
    "value": lambda e: e.when.value,
    "mentions": lambda e: len(e.mentions),
}


def _projection(fields: str) -> Callable:
    names = fields.split()
    assert names and all(name in _FIELDS for name in names), fields

    def project(event) -> object:
        got = tuple(_FIELDS[name](event) for name in names)
        return got[0] if len(got) == 1 else got

    return project


def listed_as(fields: str, expected: list, start: int = 0,
              where: Callable[[str], bool] | None = None) -> Check:
    """``start``: from that one on; ``where``: only the events whose description it accepts."""
    project = _projection(fields)

    def holds(listed: list) -> bool:
        kept = [e for e in listed if where is None or where(e.what)]
        return [project(e) for e in kept][start:] == expected

    some = f"[{start}:]" if start else ""
    return Check(f"({fields}) of the events as listed{some} == {expected!r}", holds, "listed")


def last_what_starts(prefix: str) -> Check:
    return Check(f"the last event's what starts with {prefix!r}",
                 lambda listed: bool(listed) and listed[-1].what.startswith(prefix), "listed")


def listed_has(fields: str, item: object) -> Check:
    project = _projection(fields)
    return Check(f"({fields}) of an event == {item!r}",
                 lambda listed: item in [project(e) for e in listed], "listed")


def claim_kinds_are(*kinds: str) -> Check:
    return Check(f"claim kinds == {list(kinds)!r}",
                 lambda claims: [c.kind for c in claims] == list(kinds), "claims")


def any_what_has(part: str) -> Check:
    return Check(f"some event's what has {part!r}",
                 lambda listed: any(part in e.what for e in listed), "listed")


def listed_count(n: int) -> Check:
    return Check(f"{n} events as listed", lambda listed: len(listed) == n, "listed")


def dates_starting(prefix: str, n: int) -> Check:
    return Check(f"{n} events dated {prefix!r}...",
                 lambda listed: len([e for e in listed if e.when.value.startswith(prefix)]) == n,
                 "listed")


def no_date_with(part: str) -> Check:
    return Check(f"no date with {part!r}",
                 lambda listed: not any(part in e.when.value for e in listed), "listed")


def times_dated_any(values: tuple[str, ...], n: int) -> Check:
    return Check(f"{n} events dated one of {values!r}",
                 lambda listed: sum([e.when.value for e in listed].count(v) for v in values) == n,
                 "listed")


def no_status(status_: str) -> Check:
    return Check(f"no event is {status_!r}",
                 lambda ev: status_ not in [s for _, s in ev.values()])


#: At least one event is found.
SOME_EVENTS = Check("some events", lambda listed: listed != [], "listed")


def claim(text: str, kind: str) -> Check:
    return Check(f"claim {text!r} is a {kind}", lambda kinds: kinds.get(text) == kind, "kinds")


def claim_of_all(kind: str) -> Check:
    return Check(f"the whole text is a {kind} claim",
                 lambda found: found.kinds.get(found.text) == kind, None)


def claim_with(part: str, kind: str) -> Check:
    return Check(f"a claim with {part!r} is a {kind}",
                 lambda kinds: kind in [k for t, k in kinds.items() if part in t], "kinds")


#: No event is found at all.
NO_EVENTS = Check("no events", lambda ev: ev == {})


def case(name: str, text: str, published: dt.date, *checks: Check) -> object:
    """A row of a round module's table: ``name`` (the category) is the case's id."""
    assert checks, name
    return pytest.param(text, published, checks, id=name)


def check(nlp, text: str, published: dt.date, checks: tuple[Check, ...]) -> None:
    """Run a row's checks, in order, on what is found in ``text``."""
    found = Found(nlp, text, published)
    for one in checks:
        one(found)
