"""Fixtures for the site tests: the fixture project built once, strictly, in-process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from site_helpers import FIXTURE, build_site

from generator import site
from generator.scale import DEFAULT_SCALE


@pytest.fixture(scope="session")
def fixture_project(tmp_path_factory) -> Path:
    """A copy of the fixture project (tests may not write into the repository)."""
    root = tmp_path_factory.mktemp("fixture-project")
    shutil.copytree(FIXTURE, root, dirs_exist_ok=True)
    return root


@pytest.fixture(scope="session")
def built_site(fixture_project, tmp_path_factory) -> Path:
    """The fixture project's built site."""
    return build_site(fixture_project, tmp_path_factory.mktemp("built") / "site")


@pytest.fixture(scope="session")
def index() -> site.SiteIndex:
    """The site index of the fixture claims."""
    files = site.load_claim_files(FIXTURE / "claims", DEFAULT_SCALE)
    return site.build_index(files, DEFAULT_SCALE)
