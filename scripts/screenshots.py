"""Save screenshots of the home, an article, a claim and the timeline for the README.

Usage::

    .venv/bin/python scripts/screenshots.py                 # the repository's site (claims/)
    .venv/bin/python scripts/screenshots.py --config tests/fixtures/site/mkdocs.yml

Builds the site strictly into a temporary folder, serves it on a free local port and drives
Debian's chromium (``/usr/bin/chromium``) through Playwright. Screenshots go to ``docs/img/``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "browser"))

from browser_helpers import CHROMIUM, LAUNCH_ARGS, build_site, serve  # noqa: E402


def pick_pages(site: Path) -> dict[str, str]:
    """Choose what to show: the newest article and its most telling claim (from claims.json)."""
    data = json.loads((site / "claims.json").read_text(encoding="utf-8"))
    pages = {"home": "", "timeline": "timeline/"}
    if data["articles"]:
        pages["article"] = f"articles/{data['articles'][0]['id']}/"
    # The most telling claim page: reviewed first, then attributed to a speaker, then with dates.
    claims = sorted(
        data["claims"],
        key=lambda c: (
            c["verdict"] == "unreviewed",
            c["speaker"] is None,
            -len(c["appearances"][0]["dates"]),
        ),
    )
    if claims:
        pages["claim"] = f"claims/{claims[0]['id']}/"
    return pages


def take(base_url: str, pages: dict[str, str], out: Path, width: int, height: int) -> list[Path]:
    """Open each page in chromium and save a PNG per page into ``out``."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    saved = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        page = browser.new_page(viewport={"width": width, "height": height})
        for name, path in pages.items():
            page.goto(base_url + path)
            page.wait_for_load_state("networkidle")
            target = out / f"{name}.png"
            page.screenshot(path=str(target), full_page=False)
            saved.append(target)
        browser.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--config", type=Path, default=REPO / "mkdocs.yml", help="mkdocs.yml to build"
    )
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "img", help="output folder")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print(f"error: {CHROMIUM} not found (apt-get install -y chromium)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        site = build_site(args.config.resolve(), Path(tmp) / "site")
        with serve(site) as base_url:
            for path in take(base_url, pick_pages(site), args.out, args.width, args.height):
                print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
