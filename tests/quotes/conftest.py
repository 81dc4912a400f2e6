"""Shared fixtures of the quote tests: the spaCy pipeline (loaded once) and fixture texts."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    from generator.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def quotes_of(nlp):
    """Parse a text and return its quotes."""
    from generator.extract.quotes import iter_quotes

    def run(text: str, **kwargs):
        return iter_quotes(nlp(text), **kwargs)

    return run
