"""Fixtures of the event tests: the pinned spaCy pipeline, loaded once."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """The pinned English pipeline (installed by the lock)."""
    from generator.nlp import load_pipeline

    return load_pipeline()
