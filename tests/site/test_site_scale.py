"""A newsroom's own rating scale in mkdocs.yml, end to end, and the mistakes made writing one
(QA pass 6: a verdict without a name, a rating written "5", an unquoted `name: true`, a
colour with a typo gave Python tracebacks from `factcheck check` and the build, or nothing).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from mkdocs.exceptions import Abort, PluginError
from site_helpers import FIXTURE, build_site

from generator.scale import ScaleError, load_scale, scale_from_config

OWN_SCALE = """\
      verdicts:
        - {name: correct, label: Correct, color: "#0b6e4f", rating: 4}
        - {name: largely-correct, label: Largely correct, color: "#5a8f29", rating: 3}
        - {name: no-evidence, label: No evidence, color: "#7d6b00"}
        - {name: misleading, label: Misleading, color: "#c05600", rating: 2}
        - {name: wrong, label: Wrong, color: "#b00020", rating: 1}
"""


def _with_scale(project: Path, scale: str) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text = text.replace("      publisher: Vellmoor Fact Desk\n",
                        "      publisher: Vellmoor Fact Desk\n" + scale)
    config.write_text(text, encoding="utf-8")


@pytest.fixture()
def project(tmp_path) -> Path:
    shutil.copytree(FIXTURE, tmp_path, dirs_exist_ok=True)
    return tmp_path


@pytest.mark.parametrize(("entries", "where", "words"), [
    ([{"label": "X"}], "verdicts[0]", "name: missing"),
    ([{"name": "a", "rating": "5"}], "verdicts[0] (a)", "rating: expected a whole number"),
    ([{"name": True}], "verdicts[0]", "quote it"),
    ([{"name": "a"}, {"name": "a"}], "verdicts[1] (a)", "name: 'a' is already"),
    ([{"name": "a", "colour": "#fff"}], "verdicts[0] (a)", "did you mean 'color'"),
    ([{"name": "a", "color": "red; background: url(x)"}], "verdicts[0] (a)", "color: not a"),
    (["true"], "verdicts[0]", "expected a mapping"),
])
def test_a_mistake_in_the_scale_is_named(entries, where, words):
    with pytest.raises(ScaleError) as caught:
        scale_from_config(entries)
    message = str(caught.value)
    assert where in message and words in message, message


def test_the_scale_error_names_the_line_of_mkdocs_yml(project):
    _with_scale(project, OWN_SCALE.replace("rating: 2}", "rating: '2'}"))
    with pytest.raises(ScaleError) as caught:
        load_scale(project / "mkdocs.yml")
    line = next(n for n, text in enumerate(
        (project / "mkdocs.yml").read_text().splitlines(), 1) if "name: misleading" in text)
    assert f"mkdocs.yml:{line}: plugins.factcheck.verdicts[3] (misleading): rating" \
        in str(caught.value)


def test_check_and_build_report_a_bad_scale_without_a_traceback(project, caplog):
    _with_scale(project, OWN_SCALE.replace("{name: wrong,", "{label: wrong,"))
    result = subprocess.run([sys.executable, "-m", "generator", "check", "claims"],
                            cwd=project, capture_output=True, text=True)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "verdicts[4]: name: missing" in result.stderr, result.stderr
    with pytest.raises((PluginError, Abort)) as caught:
        build_site(project, project / "site")
    assert "verdicts[4]: name: missing" in str(caught.value) + caplog.text


def test_a_newsrooms_own_scale_is_used_end_to_end(project):
    _with_scale(project, OWN_SCALE)
    for path, old, new in [("vellmoor-rates.yaml", "verdict: 'false'", "verdict: misleading"),
                           ("vellmoor-rates.yaml", "verdict: mostly-true", "verdict: correct"),
                           ("vellmoor-rates.yaml", "verdict: unproven", "verdict: no-evidence"),
                           ("letters-ferry.yaml", "verdict: mostly-false", "verdict: wrong"),
                           ("harrowgate-delay.yaml", "verdict: 'true'", "verdict: correct")]:
        file = project / "claims" / path
        file.write_text(file.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "generator", "check", "claims"],
                            cwd=project, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    site = build_site(project, project / "site")
    ratings = {}
    for page in (site / "claims").glob("*/index.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for script in soup.select('script[type="application/ld+json"]'):
            review = json.loads(script.string)
            ratings[review["reviewRating"]["alternateName"]] = review["reviewRating"]
    assert ratings["Misleading"] == {"@type": "Rating", "alternateName": "Misleading",
                                     "ratingValue": 2, "bestRating": 4, "worstRating": 1}
    assert "ratingValue" not in ratings["No evidence"]
    index = (site / "claims" / "index.html").read_text(encoding="utf-8")
    assert 'data-verdict="misleading"' in index
    scale_page = (site / "rating-scale" / "index.html").read_text(encoding="utf-8")
    assert "Misleading" in scale_page and "Mostly true" not in scale_page
