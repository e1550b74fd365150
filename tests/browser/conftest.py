"""Real-browser tests: Debian's Chromium driven by Playwright for Python.

Without /usr/bin/chromium these tests skip with one line saying why, unless
REQUIRE_BROWSER=1 (set by CI), which turns a missing browser into a failure.

Browser tests need a real transaction (the live server runs in another
thread): mark them `django_db(transaction=True)`. The flush after each one
also empties what migrations created (root page and collection, locales,
SDGs, roles): `migrated_rows` puts it back. Django's serialized_rollback
cannot do it here: once Playwright runs its event loop in this thread,
asgiref hands out a fresh connection object without the serialized data."""

import os
from pathlib import Path

import pytest

from tests.factories import put_back_migrated_rows

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        message = f"Chromium not found at {CHROMIUM}: install Debian's chromium package to run browser tests."
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    # Playwright runs an event loop in this thread; the ORM calls the tests
    # make around it are still synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM),
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
            )
            yield browser
            browser.close()
    finally:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(autouse=True)
def migrated_rows(request):
    """Before each browser test, whatever ran before it: the rows the data
    migrations and post_migrate make."""
    if request.node.get_closest_marker("django_db") is None:
        return
    request.getfixturevalue("transactional_db")
    put_back_migrated_rows()
