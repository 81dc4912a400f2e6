"""Helpers shared by the site tests (a uniquely named module: every test folder has a conftest)."""

from __future__ import annotations

from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "site"
REPO = Path(__file__).resolve().parents[2]


def build_site(project: Path, site_dir: Path) -> Path:
    """Build ``project/mkdocs.yml`` strictly into ``site_dir`` (raises on any warning)."""
    config = load_config(
        config_file=str(project / "mkdocs.yml"), site_dir=str(site_dir), strict=True
    )
    build(config)
    return site_dir
