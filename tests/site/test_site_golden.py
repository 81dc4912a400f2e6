"""Golden renders: the Markdown of a claim page and an article page, compared as text.

Regenerate after an intended change with ``FACTCHECK_UPDATE_GOLDENS=1 pytest tests/site`` and
review the diff of ``tests/site/golden/``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from site_helpers import FIXTURE

from generator import site
from generator.site import render

GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture(scope="module")
def pages(index) -> dict[str, site.VirtualPage]:
    options = site.RenderOptions(
        publisher=site.Publisher("Vellmoor Fact Desk", "https://factcheck.example.org/"),
        links=site.LinkBase("https://factcheck.example.org/"),
        docs_dir=FIXTURE / "docs",
        edit_base="https://git.example.org/desk/vellmoor/edit/main/docs/",
    )
    return {p.src_uri: p for p in render.render_pages(index, render.make_env(), options)}


@pytest.mark.parametrize(
    "src_uri", ["claims/vellmoor-rates-three-euros.md", "articles/vellmoor-rates.md", "timeline.md"]
)
def test_page_matches_golden(pages, src_uri):
    golden = GOLDEN / src_uri.replace("/", "__")
    markdown = pages[src_uri].markdown
    if os.environ.get("FACTCHECK_UPDATE_GOLDENS"):
        golden.write_text(markdown, encoding="utf-8")
    assert markdown == golden.read_text(encoding="utf-8")


def test_claim_page_edit_uri_points_at_the_reviewed_yaml(pages):
    assert pages["claims/vellmoor-rates-three-euros.md"].edit_uri == "../claims/vellmoor-rates.yaml"
    assert not pages["claims/vellmoor-rates-three-euros.md"].in_nav
    assert pages["timeline.md"].in_nav
