import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def empty_cache():
    """Readings and rate-limit counters live in the cache: each test starts from none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def team_member(db, django_user_model):
    from django.contrib.auth.models import Group

    from site_core.roles import COMMUNICATIONS_TEAM, ensure_roles

    ensure_roles()
    user = django_user_model.objects.create_user("reach-team", password="pw")
    user.groups.add(Group.objects.get(name=COMMUNICATIONS_TEAM))
    return user
