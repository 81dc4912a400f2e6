"""Where merging looks for the event a candidate may retell (session 22).

``merge_candidates`` folds each candidate into the first event kept before it that is the
same, and compared it with every one of them: quadratic in a long article (a transcript, a
live blog). Two events are only the same when they give one date value, or one date inside
the other (a happening retold at a finer date, ``retold_finer``, ``begun_finer``,
``inside_finer``), or a day and a clock time on it (``clock_on_day``, ``gives_clock_time``);
only a headline (which retells any event whose folded mentions give its date) and a verb
that carries on another's span (``continues``) need no shared date. So the kept events are
filed under the day their value names and the calendar months their range covers, and a
candidate is compared, in the order they were kept, with those sharing one of its keys, the
few whose range covers many months (a decade), and everything for a headline or a continuing
verb: the same first match as before, found among a handful.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.extract.events.merge import Candidate
    from generator.extract.hits import Timex

#: A range over more calendar months than this (a decade, "the 1990s") is compared with every
#: candidate, and a candidate with one with every kept event.
WIDE_MONTHS = 24


class KeptEvents:
    """The events kept so far, in order, filed by day and month."""

    def __init__(self) -> None:
        self.kept: list[Candidate] = []
        self._filed: dict[tuple[str, object], list[int]] = defaultdict(list)
        self._wide: list[int] = []

    def add(self, candidate: Candidate) -> None:
        """Keep ``candidate`` as an event of its own."""
        at = len(self.kept)
        self.kept.append(candidate)
        keys = date_keys(candidate.event.when)
        if keys is None:
            self._wide.append(at)
            return
        for key in keys:
            self._filed[key].append(at)

    def may_be_same(self, candidate: Candidate) -> Iterable[Candidate]:
        """The kept events ``candidate`` may be the same as, in the order they were kept."""
        keys = date_keys(candidate.event.when)
        if keys is None or candidate.headline or candidate.continues >= 0:
            return self.kept
        found = set(self._wide)
        for key in keys:
            found.update(self._filed.get(key, ()))
        return [self.kept[at] for at in sorted(found)]


def date_keys(when: Timex) -> list[tuple[str, object]] | None:
    """The day its value names ("2026-04-14" of "2026-04-14T16:00") and each calendar month
    its range covers (two dates one inside the other share one); None for a range over more
    than ``WIDE_MONTHS`` months."""
    keys: list[tuple[str, object]] = [("day", (when.value or "").partition("T")[0])]
    if when.range is not None:
        first = when.range.start.year * 12 + when.range.start.month - 1
        last = when.range.end.year * 12 + when.range.end.month - 1
        if last - first >= WIDE_MONTHS:
            return None
        keys += [("month", month) for month in range(first, last + 1)]
    return keys
