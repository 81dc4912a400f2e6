"""Fixtures for the browser tests: the fixture site served locally and a chromium page that
records console errors, page errors, dialogs and requests to other hosts."""

from __future__ import annotations

import os
import warnings
from urllib.parse import urlsplit

import pytest
from browser_helpers import CHROMIUM, FIXTURE, LAUNCH_ARGS, build_site, serve


def _require_chromium() -> None:
    if CHROMIUM.exists():
        return
    message = (
        f"BROWSER TESTS NOT RUN: {CHROMIUM} is missing. Install Debian's chromium "
        "(apt-get install -y chromium); `playwright install` is not used."
    )
    if os.environ.get("CI", "").lower() in ("true", "1"):
        pytest.fail(message)
    warnings.warn(message, stacklevel=1)
    pytest.skip(message)


@pytest.fixture(scope="session")
def base_url(tmp_path_factory):
    """The fixture site, built strictly and served on a free local port."""
    site = build_site(FIXTURE / "mkdocs.yml", tmp_path_factory.mktemp("browser") / "site")
    with serve(site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    _require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield browser
        browser.close()


class PageLog:
    """What a page did that a test must not tolerate."""

    def __init__(self, base_url: str) -> None:
        self.host = urlsplit(base_url).netloc
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.dialogs: list[str] = []
        self.foreign_requests: list[str] = []

    def on_request(self, request) -> None:
        parts = urlsplit(request.url)
        if parts.scheme in ("http", "https", "ws", "wss") and parts.netloc != self.host:
            self.foreign_requests.append(request.url)

    def on_console(self, message) -> None:
        if message.type == "error":
            self.console_errors.append(message.text)

    def on_dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


def open_page(browser, base_url: str, **context_options):
    """A new page with logging; returns (context, page, log)."""
    context = browser.new_context(**context_options)
    page = context.new_page()
    log = PageLog(base_url)
    page.on("request", log.on_request)
    page.on("console", log.on_console)
    page.on("pageerror", lambda error: log.page_errors.append(str(error)))
    page.on("dialog", log.on_dialog)
    return context, page, log


def assert_clean(log: PageLog) -> None:
    assert log.console_errors == [], "console errors"
    assert log.page_errors == [], "uncaught page errors"
    assert log.dialogs == [], "a dialog opened (injected script ran?)"
    assert log.foreign_requests == [], "requests to other hosts"


@pytest.fixture()
def page(browser, base_url):
    """A desktop-size page; after the test, no console error, dialog or foreign request."""
    context, page, log = open_page(browser, base_url, viewport={"width": 1280, "height": 900})
    page.log = log
    yield page
    context.close()
    assert_clean(log)


@pytest.fixture()
def mobile_page(browser, base_url):
    """A phone-size page (360 px wide, the narrowest common phone, touch) with the same checks."""
    context, page, log = open_page(
        browser, base_url, viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True
    )
    yield page
    context.close()
    assert_clean(log)
