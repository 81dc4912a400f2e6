"""A claim said twice in one article: one page, which counts one article, and one
``appearance`` in its ClaimReview (Google reads each as a separate place it was made)."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

from site_helpers import FIXTURE, build_site

from generator.extract.hits import Claim, Extraction
from generator.store import build_claim_file, write_claim_file

PLEDGE = "We will build 500 homes"
TEXT = ("Council repeats pledge\n\n"
        f'"{PLEDGE}," Mara Lind said in the morning.\n\n'
        f'"{PLEDGE}," Mara Lind said again in the evening.\n')


def _pledge(start: int) -> Claim:
    end = TEXT.index("\n", start)
    return Claim(start, start + len(PLEDGE), PLEDGE, "quote", "Mara Lind",
                 TEXT.rfind("\n", 0, start) + 1, end, 0.9, None, "said", ())


def _project(tmp_path: Path) -> Path:
    project = tmp_path / "project"
    shutil.copytree(FIXTURE, project)
    starts = [m.start() + 1 for m in re.finditer(f'"{PLEDGE}', TEXT)]
    header = {"id": "pledge", "title": "Council repeats pledge", "source": "seeds/p.txt",
              "url": None, "author": None, "publisher": "Ledger", "dateline": None,
              "published": dt.date(2026, 4, 20)}
    path = project / "claims" / "pledge.yaml"
    extraction = Extraction(TEXT, dt.date(2026, 4, 20), claims=[_pledge(s) for s in starts])
    write_claim_file(path, build_claim_file(header, extraction))
    text = path.read_text()
    path.write_text(text.replace(
        "      verdict: unreviewed\n",
        '      verdict: "false"\n      sources:\n        - url: https://example.org/plan\n', 1))
    return project


def test_a_claim_said_twice_in_one_article_counts_one_article(tmp_path):
    site = build_site(_project(tmp_path), tmp_path / "site")
    [page] = [p for p in (site / "claims").glob("we-will-build-500-homes-*/index.html")]
    html = page.read_text()
    assert "Appears in</strong> 2 articles" not in html
    assert "2 times in the article" in html
    [block] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    item = json.loads(block)["itemReviewed"]
    assert len(item["appearance"]) == 1
    assert item["appearance"][0] == item["firstAppearance"]
