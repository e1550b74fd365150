import pytest
from django.core.cache import cache

from tests.hub_pages.factories import build_hub_index, build_theme
from tests.hub_pages.proposal_helpers import build_call


@pytest.fixture
def hub_indexes(homes):
    """{"en": HubIndexPage, "es": …, "fr": …} under the three homes."""
    return build_hub_index(homes)


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
