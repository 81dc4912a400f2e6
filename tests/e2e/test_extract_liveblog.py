"""A live blog's relative dates resolve against the day each entry was posted.

'Gusts hit Carrow Point yesterday' in an entry posted on 4 May is 3 May, whatever day the
page was first published; the claim file records that anchor, and the site build (which
re-resolves dates against an edited publication date) leaves it so.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import yaml

from generator.store import load_claim_dir

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Storm Idris live: coast braces | The Coast Herald</title>
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"LiveBlogPosting",
 "headline":"Storm Idris live: coast braces",
 "datePublished":"2026-05-01T08:00:00+01:00","author":[{"@type":"Person","name":"Siobhan Byrne"}],
 "publisher":{"@type":"Organization","name":"The Coast Herald"}}
</script>
</head><body><article>
<h1>Storm Idris live: coast braces</h1>
<div class="entry"><time datetime="2026-05-01T09:05:00+01:00">09:05</time>
<p>The weather service issued an amber warning for the coast on Friday, its spokesman said.</p>
</div>
<div class="entry"><time datetime="2026-05-04T10:15:00+01:00">10:15</time>
<p>Gusts of 90 mph hit Carrow Point yesterday, the coastguard said, the strongest in 20 years.</p>
</div>
<div class="entry"><time datetime="2026-05-04T11:40:00+01:00">11:40</time>
<p>"Power will be back for everyone by tomorrow night," said grid manager Farid Haddad.</p>
</div>
</article></body></html>
"""


def _dates(root: Path) -> dict[str, tuple[str, dt.date]]:
    data = yaml.safe_load((root / "claims" / "storm-idris-live-coast-braces.yaml").read_text())
    return {d["text"]: (d["value"], d["anchor"]) for c in data["claims"] for d in c["dates"]}


def test_relative_dates_in_a_live_blog_entry_count_from_its_day(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "storm.html").write_text(PAGE, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "generator", "extract", "seeds", "-o", "claims"],
                          cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    dates = _dates(tmp_path)
    assert dates["Friday"] == ("2026-05-01", dt.date(2026, 5, 1))
    assert dates["yesterday"] == ("2026-05-03", dt.date(2026, 5, 4))
    assert dates["tomorrow night"] == ("2026-05-05TNI", dt.date(2026, 5, 4))

    [loaded] = load_claim_dir(tmp_path / "claims")  # what the site shows
    shown = {d.text: d.value for c in loaded.claims for d in c.dates}
    assert shown["yesterday"] == "2026-05-03"
    assert shown["tomorrow night"] == "2026-05-05TNI"
    assert loaded.article.published == dt.date(2026, 5, 1)


def test_a_corrected_publication_date_moves_only_the_dates_counted_from_it(tmp_path):
    test_relative_dates_in_a_live_blog_entry_count_from_its_day(tmp_path)
    path = tmp_path / "claims" / "storm-idris-live-coast-braces.yaml"
    text = path.read_text()
    path.write_text(text.replace("  published: 2026-05-01\n", "  published: 2026-05-09\n", 1))
    [loaded] = load_claim_dir(tmp_path / "claims")
    shown = {d.text: d.value for c in loaded.claims for d in c.dates}
    assert shown["Friday"] == "2026-05-08"  # the page's date, corrected by the editor
    assert shown["yesterday"] == "2026-05-03"  # the entry's day, which did not change


LATER_ENTRY = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Storm Odile live</title>
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Storm Odile live",
 "datePublished":"2026-10-20T08:00:00+01:00"}
</script></head><body><article><h1>Storm Odile live</h1>
<div class="entry"><time datetime="2026-10-20T09:05:00+01:00">09:05</time>
<p>The ferry operator cancelled all crossings, its spokesman said.</p></div>
<div class="entry"><time datetime="2026-10-23T10:15:00+01:00">10:15</time>
<p>The ferry sails again on October 22 for the first time in a week.</p></div>
</article></body></html>
"""


def test_an_entrys_event_status_is_judged_on_the_day_it_was_posted(tmp_path):
    """QA pass 6 (a leftover of pass 5): in an entry posted on 23 October, 'The ferry sails
    again on October 22' was 'planned', judged against the page's first day (20 October)."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "storm.html").write_text(LATER_ENTRY, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "generator", "extract", "seeds", "-o", "claims"],
                          cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    data = yaml.safe_load((tmp_path / "claims" / "storm-odile-live.yaml").read_text())
    [event] = [e for e in data["events"] if e["what"].startswith("The ferry sails")]
    assert event["when"]["value"] == "2026-10-22"
    assert event["status"] == "happened"
