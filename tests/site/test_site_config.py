"""The real mkdocs.yml + docs/, bad claim files, the workflow, and no spaCy in the site build."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from mkdocs.exceptions import Abort, PluginError
from site_helpers import FIXTURE, REPO, build_site


def build_error(project: Path, caplog) -> str:
    """Build, expecting failure; return the error as the user sees it (exception + log)."""
    with pytest.raises((PluginError, Abort)) as error:
        build_site(project, project / "site")
    return str(error.value) + "\n" + caplog.text


@pytest.fixture()
def project(tmp_path) -> Path:
    shutil.copytree(FIXTURE, tmp_path, dirs_exist_ok=True)
    return tmp_path


def test_repository_config_and_docs_build_strictly_with_fixture_claims(tmp_path):
    shutil.copytree(REPO / "docs", tmp_path / "docs")
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(FIXTURE / "claims", tmp_path / "claims")
    site = build_site(tmp_path, tmp_path / "site")
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert home.select(".fc-counts .fc-badge")
    assert "fonts.googleapis" not in (site / "index.html").read_text(encoding="utf-8")
    # With a GitHub repo_url, Material's script fetched the repository's stars and forks from
    # api.github.com on every page a reader opened (seen in chromium, qa8); the link stays.
    for page in (site / "index.html", site / "timeline" / "index.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        assert soup.select_one('a.md-source[href="https://github.com/example/factcheck"]')
        assert not soup.select('[data-md-component="source"]')
    data = BeautifulSoup((site / "data" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert data.select_one('a[href="../claims.json"]') and (site / "claims.json").exists()


def test_unknown_verdict_fails_the_build_naming_file_and_field(project, caplog):
    path = project / "claims" / "harrowgate-delay.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("verdict: 'true'", "verdict: truish"),
        encoding="utf-8",
    )
    message = build_error(project, caplog)
    assert (
        "harrowgate-delay.yaml:31" in message
        and "review.verdict" in message
        and "truish" in message
    )


def test_malformed_speaker_registry_fails_the_build(project, caplog):
    (project / "claims" / "speakers.yaml").write_text(
        "- name: A\n  nickname: B\n", encoding="utf-8"
    )
    assert "speakers.yaml:2" in build_error(project, caplog)


def test_unknown_marker_fails_the_build(project, caplog):
    (project / "docs" / "index.md").write_text(
        "# Home\n\n<!-- factcheck:hmoe -->\n", encoding="utf-8"
    )
    assert "index.md: unknown marker <!-- factcheck:hmoe -->" in build_error(project, caplog)


def test_site_build_never_imports_spacy(project):
    code = (
        "import sys\n"
        "from mkdocs.commands.build import build\n"
        "from mkdocs.config import load_config\n"
        f"config = load_config(config_file={str(project / 'mkdocs.yml')!r},\n"
        f"                     site_dir={str(project / 'out')!r}, strict=True)\n"
        "build(config)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_publish_workflow_is_a_valid_github_workflow():
    workflow = REPO / ".github" / "workflows" / "publish.yml"
    result = subprocess.run(
        [
            str(Path(sys.executable).with_name("check-jsonschema")),
            "--builtin-schema",
            "vendor.github-workflows",
            str(workflow),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    text = workflow.read_text(encoding="utf-8")
    for step in ("factcheck check claims/", "mkdocs build --strict", "actions/deploy-pages"):
        assert step in text


def test_markers_expand_only_on_a_line_of_their_own(project):
    (project / "docs" / "index.md").write_text(
        "# Home\n\nWrite `<!-- factcheck:home -->` to include it.\n\n"
        "<!-- factcheck:rating-scale -->\n",
        encoding="utf-8",
    )
    site = build_site(project, project / "site")
    page = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert page.select_one("article code").get_text() == "<!-- factcheck:home -->"
    assert page.select("article table .fc-badge") and not page.find(id="latest-reviews")


def test_flat_urls_build_and_claimreview_points_at_html_files(project):
    config = project / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8") + "use_directory_urls: false\n", encoding="utf-8"
    )
    site = build_site(project, project / "site")
    page = BeautifulSoup(
        (site / "claims" / "vellmoor-rates-capacity.html").read_text(encoding="utf-8"),
        "html.parser",
    )
    review = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert review["url"] == "https://factcheck.example.org/claims/vellmoor-rates-capacity.html"
    assert page.select_one('.fc-claim-meta a[href="../speakers/ilse-marrow.html"]')


def test_a_site_without_claims_builds(project):
    for path in (project / "claims").glob("*.yaml"):
        path.unlink()
    site = build_site(project, project / "site")
    assert "No claims yet." in (site / "claims" / "index.html").read_text(encoding="utf-8")
    assert "No dated events yet." in (site / "timeline" / "index.html").read_text(encoding="utf-8")
    assert json.loads((site / "claims.json").read_text(encoding="utf-8"))["claims"] == []


def test_a_site_without_site_url_says_its_claimreview_urls_are_relative(project, caplog):
    # Without site_url every ClaimReview 'url' was '/claims/<id>/', which search engines
    # ignore, and the build said nothing (README asks for site_url; who reads it twice?).
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "site_url: https://factcheck.example.org/\n", ""), encoding="utf-8")
    caplog.set_level("INFO")
    build_site(project, project / "site")  # strict: an INFO line, not a warning
    assert "site_url is not set" in caplog.text and "ClaimReview" in caplog.text
