import os
from io import StringIO

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation

from tests.factories import build_home_pages, build_standard_page
from tests.module_data import rolled_back_after_the_module

ABOUT_SPEC = {
    "en": {"title": "About", "slug": "about", "intro": "What HUBs are."},
    "es": {"title": "Acerca de", "slug": "acerca-de", "intro": "Qué son los HUBs."},
    "fr": {"title": "À propos", "slug": "a-propos", "intro": "Ce que sont les HUBs."},
}


def pytest_ignore_collect(collection_path, config):
    """tests/production/ checks a gunicorn server started with the production
    settings: only `make test-production` (which sets them) collects it."""
    production = os.environ.get("DJANGO_SETTINGS_MODULE") == "site_core.settings.production"
    if collection_path.name == "production" and not production:
        return True
    return None


# Seconds for a test that reads the whole demo (`demo_site`), its loading
# included: a minute or two on a quiet machine, several under heavy load.
DEMO_SITE_TIMEOUT = 900


def pytest_collection_modifyitems(items):
    """A transactional test empties the database when it ends, migrations'
    rows included. pytest-django runs those tests after every other test that
    uses the database, and `make test` hands whole files to its workers in
    that order; a file that mixed both kinds would break the order. Tests
    that read the whole demo get a longer timeout."""
    kinds = {}
    for item in items:
        marker = item.get_closest_marker("django_db")
        fixtures = set(getattr(item, "fixturenames", ()))
        if (marker and marker.kwargs.get("transaction")) or fixtures & {"transactional_db", "live_server"}:
            kinds.setdefault(item.path, set()).add("transactional")
        elif marker or "db" in fixtures:
            kinds.setdefault(item.path, set()).add("db")
    mixed = sorted(str(path) for path, found in kinds.items() if len(found) > 1)
    if mixed:
        raise pytest.UsageError(f"Put transactional tests in a file of their own: {', '.join(mixed)}")
    for item in items:
        # Whichever test of the module comes first also loads the demo.
        if "demo_site" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.timeout(DEMO_SITE_TIMEOUT))


@pytest.fixture(scope="session", autouse=True)
def media_root_per_process(tmp_path_factory):
    """Uploads and renditions go to a temporary folder of this test process
    (one per pytest-xdist worker), never to the project's media/."""
    with override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
        yield


@pytest.fixture(scope="module", autouse=True)
def empty_shared_cache_for_the_module():
    """Module-scoped fixtures (a demo loaded once per module) run before the
    first test's own emptying, so they would otherwise read lookups kept by
    the previous module's rolled-back data (a site that no longer exists)."""
    cache.clear()


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The whole demo, as `make run` loads it (DEBUG on, so with the demo
    accounts), once for the module that asks for it: loading takes tens of
    seconds, so each app keeps the tests that read the whole demo in one
    module."""
    with rolled_back_after_the_module(django_db_blocker):
        with override_settings(DEBUG=True):
            call_command("load_demo_content", stdout=StringIO())
        yield


@pytest.fixture(autouse=True)
def empty_shared_cache():
    """Each test starts with an empty cache: lookups kept "until the next
    publish" (site_core/lookups.py) must not outlive the test that made
    them, whose publishes are rolled back, never committed."""
    cache.clear()


@pytest.fixture(autouse=True)
def reset_active_language():
    yield
    translation.activate("en")


@pytest.fixture
def homes(db):
    """{"en": HomePage, "es": …, "fr": …}, the English one the site root."""
    return build_home_pages()


@pytest.fixture
def about_pages(homes):
    return build_standard_page(homes, ABOUT_SPEC, show_in_menus=True)
