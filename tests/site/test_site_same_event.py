"""The same event told by two articles is one entry of the site's timeline, which names both
articles and is found by the article filter under either (QA pass 6: 'The ferry loses $4.2
million' in 2025 was listed twice, once per article, as if it had happened twice)."""

from __future__ import annotations

import json
import shutil

from bs4 import BeautifulSoup
from site_helpers import FIXTURE, build_site

EVENT = """\
- id: ev-repairs-end-again
  what: Reservoir repairs finish
  when:
    text: in the spring
    value: 2024-SP
    start: '2024-03-20'
    end: '2024-06-20'
    granularity: season
  status: expected
  participants: []
  claims: []
"""


def test_one_timeline_entry_for_an_event_two_articles_tell(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(FIXTURE, project)
    path = project / "claims" / "harrowgate-delay.yaml"
    text = path.read_text(encoding="utf-8")
    assert "\nevents:\n" in text
    path.write_text(text.replace("\nevents:\n", "\nevents:\n" + EVENT, 1), encoding="utf-8")
    site = build_site(project, tmp_path / "site")
    page = BeautifulSoup((site / "timeline" / "index.html").read_text(encoding="utf-8"),
                         "html.parser")
    entries = [li for li in page.select("li.fc-event") if "Reservoir repairs finish" in li.text]
    assert len(entries) == 1
    [entry] = entries
    hrefs = [a["href"] for a in entry.select(".fc-event__links a")]
    assert any("articles/vellmoor-rates/" in h for h in hrefs)
    assert any("articles/harrowgate-delay/" in h for h in hrefs)
    assert {pair[0] for pair in json.loads(entry["data-articles"])} == {
        "vellmoor-rates", "harrowgate-delay"}
    # each article's own page still shows the event it tells
    for article in ("vellmoor-rates", "harrowgate-delay"):
        own = (site / "articles" / article / "index.html").read_text(encoding="utf-8")
        assert "Reservoir repairs finish" in own
