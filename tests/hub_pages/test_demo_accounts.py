import pytest
from django.contrib.auth import get_user_model

from hub_pages.demo_accounts import DEMO_PASSWORD, load_demo_accounts
from site_core.demo import DemoContext
from site_core.roles import COMMUNICATIONS_TEAM, TRANSLATORS
from tests.hub_pages.factories import build_hub, build_hub_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_context(homes):
    indexes = build_hub_index(homes)
    context = DemoContext()
    context.pages["hubs"] = {
        slug: build_hub(indexes, slug, country=country) for slug, country in (("bilbao", "ES"), ("dakar", "SN"))
    }
    return context


def test_one_contributor_per_hub_and_a_communications_editor(settings, demo_context):
    settings.DEBUG = True
    load_demo_accounts(demo_context)
    users = get_user_model().objects
    assert users.get(username="comms").groups.filter(name=COMMUNICATIONS_TEAM).exists()
    assert users.get(username="translator").groups.filter(name=TRANSLATORS).exists()
    for slug, language in (("bilbao", "es"), ("dakar", "fr")):
        user = users.get(email=f"{slug}@contributors.example")
        assert user.check_password(DEMO_PASSWORD)
        assert user.wagtail_userprofile.preferred_language == language
        assert demo_context.pages["hubs"][slug]["en"].permissions_for_user(user).can_edit()
    count = users.count()
    load_demo_accounts(demo_context)
    assert users.count() == count


def test_no_demo_accounts_on_a_real_site(settings, demo_context):
    settings.DEBUG = False
    load_demo_accounts(demo_context)
    assert not get_user_model().objects.exists()
