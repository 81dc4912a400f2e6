"""Fixtures for the site tests: the fixture project built once, strictly, in-process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from generator import site
from generator.scale import DEFAULT_SCALE

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "site"
REPO = Path(__file__).resolve().parents[2]


def build_site(project: Path, site_dir: Path) -> Path:
    """Build ``project/mkdocs.yml`` strictly into ``site_dir`` (raises on any warning)."""
    config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(site_dir), strict=True)
    build(config)
    return site_dir


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
