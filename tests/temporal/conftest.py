"""Fixtures for the temporal tagger tests: the pinned English pipeline, loaded once."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal import iter_timexes
from generator.nlp import load_pipeline

#: The publication date most tests resolve against: a Friday.
FRIDAY = dt.date(2023, 3, 17)


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def tag(nlp):
    """``tag(text, published)`` -> list of Timex."""
    def run(text: str, published: dt.date | None = FRIDAY):
        return iter_timexes(nlp(text), published)
    return run
