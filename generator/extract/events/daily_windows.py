"""Daily windows of clock times ("will have their taps turned off *between 11pm and 6am* from
Thursday", "has banned outdoor sport *between noon and 6pm* until September 15", "allowed 2,900
flights *between 11.30pm and 6am* each year"): hours that come round each day, never the date
of what happens; the happening is dated by the clause's other date, if any. The set's authors
say so (ev290, ev335: "a daily window, not a clock time"; ev272's overnight closures). A
clock is checked by a regular expression on a few characters around the date, never a walk
over the doc."""

from __future__ import annotations

import re

from generator.extract.hits import Timex

__all__ = ["daily_window"]

_CLOCK = r"(?:noon|midnight|\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.))"
_ONLY_CLOCK = re.compile(rf"{_CLOCK}(?:\s+local\s+time)?", re.I)
_OPENS = re.compile(r"\bbetween\s+$", re.I)
_THEN = re.compile(rf"\s+and\s+{_CLOCK}", re.I)
_CLOSES = re.compile(rf"\bbetween\s+{_CLOCK}(?:\s+local\s+time)?\s+and\s+$", re.I)
_WINDOW = re.compile(rf"\bbetween\s+{_CLOCK}\s+and\s+{_CLOCK}", re.I)


def daily_window(text: str, timex: Timex, span, nightly: list[str]) -> bool:
    """Whether the date is a bare clock time opening or closing a "between ... and ..." of
    two clock times, or a part of a day (``nightly``: "overnight") in a sentence (``span``'s)
    that gives such a window."""
    phrase = timex.text.strip()
    if _ONLY_CLOCK.fullmatch(phrase):
        before = text[max(0, timex.start - 40):timex.start]
        return bool(_OPENS.search(before) and _THEN.match(text, timex.end)
                    or _CLOSES.search(before))
    return phrase.lower() in nightly and _WINDOW.search(span.sent.text) is not None
