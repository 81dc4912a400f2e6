"""Fixtures for the claim-file store tests: a claims folder and a freshly written file."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_factories import article, extraction

from generator.store import build_claim_file, write_claim_file


@pytest.fixture
def claims_dir(tmp_path: Path) -> Path:
    """An empty claims folder."""
    folder = tmp_path / "claims"
    folder.mkdir()
    return folder


@pytest.fixture
def claim_path(claims_dir: Path) -> Path:
    """A claim file written once from the fictional article (three claims, one event)."""
    path = claims_dir / "port-elder-tunnel.yaml"
    write_claim_file(path, build_claim_file(article(), extraction()))
    return path
