"""End to end: a fixture article in seeds/ -> claims/*.yaml -> a strict MkDocs build -> HTML."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[2]


def factcheck(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd,
                          capture_output=True, text=True)


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """A newsroom project: the repo's mkdocs.yml and docs/, fixture seeds, fresh claims/."""
    root = tmp_path_factory.mktemp("newsroom")
    shutil.copytree(FIXTURES / "seeds", root / "seeds")
    shutil.copytree(REPO / "docs", root / "docs")
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    result = factcheck("extract", "seeds", "-o", "claims", cwd=root)
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture(scope="module")
def claim_file(project) -> dict:
    [path] = sorted((project / "claims").glob("*.yaml"))
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def site(project) -> Path:
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", "site"],
                            cwd=project, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return project / "site"


def all_html(site: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))


def test_claim_file_has_article_claims_and_events(claim_file):
    article = claim_file["article"]
    assert article["title"] == "Port Velmar council delays vote on harbor bridge"
    assert str(article["published"]) == "2024-05-10"
    kinds = {claim["kind"] for claim in claim_file["claims"]}
    assert "quote" in kinds
    speakers = {claim["speaker"] for claim in claim_file["claims"]}
    assert "Dora Quint" in speakers
    assert all(c["review"]["verdict"] == "unreviewed" for c in claim_file["claims"])
    whens = {event["when"]["value"] for event in claim_file["events"]}
    assert "2024-05-09" in whens  # "on Thursday", past tense, published Friday 2024-05-10


def test_boilerplate_never_becomes_a_claim_or_date(claim_file):
    texts = " ".join(c["text"] + c["sentence"] for c in claim_file["claims"])
    assert "Copyright" not in texts and "Lena Ostrova" not in texts
    values = {d["value"] for c in claim_file["claims"] for d in c["dates"]}
    assert "2019" not in values


def test_rerun_without_changes_leaves_the_file_byte_identical(project):
    [path] = sorted((project / "claims").glob("*.yaml"))
    before = path.read_bytes()
    result = factcheck("extract", "seeds", "-o", "claims", cwd=project)
    assert result.returncode == 0, result.stderr
    assert path.read_bytes() == before


def test_check_accepts_the_extracted_files(project):
    result = factcheck("check", "claims", cwd=project)
    assert result.returncode == 0, result.stderr


def test_site_has_the_article_with_its_claims_speakers_and_events(site, claim_file):
    html = all_html(site)
    assert "Port Velmar council delays vote on harbor bridge" in html
    assert "Dora Quint" in html and "Tobias Renn" in html
    pages = [p for p in site.rglob("*.html")
             if "We cannot ask taxpayers" in p.read_text(encoding="utf-8")]
    assert pages, "no page shows the direct quote"
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("time", attrs={"datetime": "2024-05-09"}) is not None
