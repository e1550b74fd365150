import pytest
from django.core.cache import cache

from tests.factories import build_home_pages
from tests.hub_pages.directory_helpers import build_four_hubs
from tests.hub_pages.factories import build_hub_index, build_theme
from tests.hub_pages.proposal_helpers import build_call
from tests.module_data import rolled_back_after_the_module


@pytest.fixture
def hub_indexes(homes):
    """{"en": HubIndexPage, "es": …, "fr": …} under the three homes."""
    return build_hub_index(homes)


@pytest.fixture(scope="module")
def directory(django_db_setup, django_db_blocker):
    """The directory of four HUBs in three languages (directory_helpers.py),
    built once for each module that uses it; each test runs in its own
    savepoint."""
    with rolled_back_after_the_module(django_db_blocker):
        hub_indexes = build_hub_index(build_home_pages())
        build_four_hubs(hub_indexes)
        yield hub_indexes


@pytest.fixture
def communications_team(db):
    """The team's group. ensure_roles runs after migrate; called again here
    (idempotent) so these tests do not depend on the order of post_migrate handlers."""
    from django.contrib.auth.models import Group

    from site_core.roles import COMMUNICATIONS_TEAM, ensure_roles

    ensure_roles()
    return Group.objects.get(name=COMMUNICATIONS_TEAM)


@pytest.fixture
def water_theme(db):
    return build_theme("water", "Water")


@pytest.fixture
def call(homes, water_theme):
    return build_call(homes)


@pytest.fixture(autouse=True)
def clear_rate_limit_counters():
    """The call for proposals counts submissions per IP in the cache: every test starts from zero."""
    cache.clear()
    yield
    cache.clear()
