"""The words of ``events.yaml`` for extras the set's rules make no event (session 23): subjects
that name nobody, the parts of a day a daily window of clock times recurs in, and the words of
a plan told in the past whose date has gone by.

Split from :mod:`generator.extract.events.rules`, whose :class:`~.rules.EventRules` (the
whole file) inherits these fields; a field's docstring names the module and function that
reads it.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ExtraWords(BaseModel):
    """The words of ``events.yaml`` about subjects and times that make no event."""

    model_config = ConfigDict(extra="forbid")
    nobody_subjects: list[str] = []
    """"*Nobody* wanted Friday's ban": a subject that names nobody does nothing that happens
    (nobody.nobody_does); "no one" is read as "one" with the determiner "no"."""
    nightly_words: list[str] = []
    """"will close *overnight* from June 7 to June 20, between 11pm and 6am": a part of a day
    told beside a daily window of clock times is the window's, no date
    (daily_windows.daily_window)."""
    lapsed_plan_words: list[str] = []
    """"*was due* to open in the spring of 2025", "*was pencilled* in for last summer": a plan
    told in the simple past whose date has gone by is no event (lapsed.lapsed_plan)."""
