import os

import pytest
from django.core.cache import cache
from django.test import override_settings
from django.utils import translation

from tests.factories import build_home_pages, build_standard_page

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


def pytest_collection_modifyitems(items):
    """A transactional test empties the database when it ends, migrations'
    rows included. pytest-django runs those tests after every other test that
    uses the database, and `make test` hands whole files to its workers in
    that order; a file that mixed both kinds would break the order."""
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
