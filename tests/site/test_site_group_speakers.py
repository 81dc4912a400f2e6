"""Unnamed groups ("council", "officials", "security firm") are no people: they get no speaker
page, the claim page names them as written, and ClaimReview calls them an Organization
(QA pass 6: each had a page of its own, listed among the speakers like a person's)."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

from site_helpers import FIXTURE, build_site

from generator.extract.hits import Claim, Extraction
from generator.site.speakers import SpeakerNames
from generator.speakers import SpeakerRegistry, unnamed_group
from generator.store import build_claim_file, write_claim_file

TEXT = ("Ferry fares rise\n\n"
        "Officials said the increase would bring in 900,000 euros a year.\n\n"
        "The council said it would review the fares in 2027.\n\n"
        "Lina Stroud said the vote was rushed.\n")


def _claim(part: str, speaker: str) -> Claim:
    start = TEXT.index(part)
    line = TEXT.rfind("\n", 0, start) + 1
    return Claim(start, start + len(part), part, "reported", speaker, line,
                 TEXT.index("\n", start), 0.9, None, "said", ())


def _project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    shutil.copytree(FIXTURE, project)
    header = {"id": "fares", "title": "Ferry fares rise", "source": "seeds/f.txt",
              "url": None, "author": None, "publisher": "The Ledger", "dateline": None,
              "published": dt.date(2026, 3, 14)}
    claims = [_claim("the increase would bring in 900,000 euros a year", "Officials"),
              _claim("it would review the fares in 2027", "council"),
              _claim("the vote was rushed", "Lina Stroud")]
    path = project / "claims" / "fares.yaml"
    write_claim_file(path, build_claim_file(header, Extraction(TEXT, dt.date(2026, 3, 14),
                                                               claims=claims)))
    text = path.read_text()
    path.write_text(text.replace(
        "      verdict: unreviewed\n",
        '      verdict: "false"\n      sources:\n        - url: https://example.org/plan\n', 1))
    return project


def test_unnamed_groups_are_told_from_names():
    for group in ("council", "Officials", "security firm", "the health board", "Critics",
                  "Senate aides", "US officials"):
        assert unnamed_group(group), group
    for name in ("Lina Stroud", "Marrow Falls council", "林蔚婷",
                 "van der Berg", "Harrowgate Water Board", "Congress", "Parliament"):
        assert not unnamed_group(name), name


def test_an_editor_can_still_give_a_group_a_page():
    registry = SpeakerRegistry.from_text("- name: council\n  kind: organization\n")
    assert SpeakerNames(registry).page_key("council") == "council"
    assert SpeakerNames().page_key("council") is None


def test_unnamed_groups_get_no_speaker_page(tmp_path):
    site = build_site(_project(tmp_path), tmp_path / "site")
    speakers = {p.name for p in (site / "speakers").iterdir() if p.is_dir()}
    assert "lina-stroud" in speakers
    assert not {"officials", "council"} & speakers
    [page] = (site / "claims").glob("the-increase-would-bring-in-*/index.html")
    html = page.read_text()
    said_by = re.search(r"Said by:</strong>(.*?)</p>", html, re.S).group(1)
    assert "Officials" in said_by and "The Ledger" not in said_by
    [block] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert json.loads(block)["itemReviewed"]["author"]["@type"] == "Organization"
