"""Documentation stays in step with the code: every rule file and CLI command is documented."""

from __future__ import annotations

from pathlib import Path

from generator.cli import COMMANDS

REPO = Path(__file__).resolve().parents[2]


def test_every_rule_file_is_described_on_the_rules_page():
    page = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    rule_files = sorted(p.name for p in (REPO / "generator" / "rules").glob("*.yaml"))
    assert rule_files
    missing = [name for name in rule_files if f"`{name}`" not in page]
    assert not missing, f"docs/rules.md does not describe {missing}"


def test_every_cli_command_is_in_the_readme():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [name for name in COMMANDS if f"factcheck {name}" not in readme]
    assert not missing, f"README.md does not document {missing}"


def test_every_docs_page_is_in_the_nav():
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    pages = sorted(p.relative_to(REPO / "docs").as_posix() for p in (REPO / "docs").glob("*.md"))
    missing = [page for page in pages if f": {page}" not in config]
    assert not missing, f"mkdocs.yml nav leaves out {missing}"
