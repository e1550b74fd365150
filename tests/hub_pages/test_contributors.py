"""The permission matrix of a city contributor, through the permission API
and through the admin's own views."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import policy_registry

from hub_pages.contributors import add_contributor, ensure_hub_access, remove_contributor
from news.models import NewsPage
from tests.hub_pages.factories import build_hub, build_hub_index
from tests.news.factories import english_news

pytestmark = pytest.mark.django_db


@pytest.fixture
def hubs(homes):
    indexes = build_hub_index(homes)
    return {"a": build_hub(indexes, "hub-a"), "b": build_hub(indexes, "hub-b")}


@pytest.fixture
def contributor(hubs):
    user, _created = add_contributor(hubs["a"]["en"], "ana@city-a.example", name="Ana Pérez", language="fr")
    return user


@pytest.fixture
def stories(hubs):
    return {"a": english_news(hubs["a"]["en"], "story-a"), "b": english_news(hubs["b"]["en"], "story-b")}


def perms(user, page):
    return Page.objects.get(pk=page.pk).permissions_for_user(user)


def test_contributor_edits_every_language_version_of_their_hub(contributor, hubs):
    for code in ("en", "es", "fr"):
        assert perms(contributor, hubs["a"][code]).can_edit()
        assert perms(contributor, hubs["a"][code]).can_add_subpage()


def test_contributor_cannot_publish_lock_or_delete_published_pages(contributor, hubs, stories):
    for page in (hubs["a"]["en"], stories["a"]):
        tester = perms(contributor, page)
        assert not tester.can_publish()
        assert not tester.can_delete()
        assert not tester.can_lock()
        assert not tester.can_unpublish()


def test_contributor_cannot_touch_another_hub_or_other_pages(contributor, hubs, stories, about_pages, homes):
    for page in (
        hubs["b"]["en"],
        hubs["b"]["es"],
        stories["b"],
        about_pages["en"],
        homes["en"],
        hubs["a"]["en"].get_parent(),
    ):
        tester = perms(contributor, page)
        assert not tester.can_edit(), page
        assert not tester.can_add_subpage(), page


def test_admin_views_follow_the_matrix(client, contributor, hubs, stories, about_pages):
    client.force_login(contributor)
    a, b = hubs["a"]["en"], hubs["b"]["en"]
    assert client.get(f"/admin/pages/{a.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/add/news/newspage/{a.pk}/").status_code == 200
    assert client.get(f"/admin/pages/{stories['a'].pk}/edit/").status_code == 200
    refused = [
        f"/admin/pages/{b.pk}/edit/",
        f"/admin/pages/add/news/newspage/{b.pk}/",
        f"/admin/pages/{stories['b'].pk}/edit/",
        f"/admin/pages/{stories['b'].pk}/view_draft/",
        f"/admin/pages/{about_pages['en'].pk}/edit/",
        f"/admin/pages/add/site_core/standardpage/{about_pages['en'].get_parent().pk}/",
        f"/admin/pages/{stories['a'].pk}/delete/",
        f"/admin/pages/{a.pk}/unpublish/",
        "/admin/snippets/site_core/theme/",
        "/admin/snippets/site_core/partnerorganisation/add/",
        "/admin/users/",
        "/admin/groups/",
        "/admin/sites/",
        "/admin/locales/",
        "/admin/workflows/list/",
        f"/admin/localize/submit/page/{a.pk}/",
    ]
    for url in refused:
        assert client.get(url).status_code in (302, 403, 404), url


def test_explorer_never_lists_another_hub_or_its_stories(client, contributor, hubs, stories):
    client.force_login(contributor)
    index_listing = client.get(f"/admin/pages/{hubs['a']['en'].get_parent().pk}/").content.decode()
    assert hubs["a"]["en"].title in index_listing
    assert hubs["b"]["en"].title not in index_listing
    other_hub_listing = client.get(f"/admin/pages/{hubs['b']['en'].pk}/").content.decode()
    assert stories["b"].title not in other_hub_listing
    assert stories["a"].title in client.get(f"/admin/pages/{hubs['a']['en'].pk}/").content.decode()


def test_contributor_has_no_translation_tools(contributor):
    assert not contributor.has_perm("wagtail_localize.submit_translation")


def test_contributor_uploads_only_into_their_hubs_collection(contributor, hubs):
    _group, collection = ensure_hub_access(hubs["a"]["en"])
    image_permissions = policy_registry.get_by_type(get_image_model())
    assert list(image_permissions.collections_user_has_permission_for(contributor, "add")) == [collection]
    assert list(image_permissions.collections_user_has_permission_for(contributor, "choose")) == [collection]


def test_onboarding_twice_changes_nothing(hubs, capsys):
    call_command("add_hub_contributor", hub="hub-a", email="Ben@city-a.example", name="Ben Ali")
    first = capsys.readouterr().out
    assert "Created contributor ben@city-a.example" in first
    assert "/admin/password_reset/confirm/" in first
    counts = (Group.objects.count(), Group.objects.get(name__startswith="HUB contributors").page_permissions.count())
    call_command("add_hub_contributor", hub=str(hubs["a"]["en"].pk), email="ben@city-a.example")
    assert "Kept contributor ben@city-a.example" in capsys.readouterr().out
    assert (
        Group.objects.count(),
        Group.objects.get(name__startswith="HUB contributors").page_permissions.count(),
    ) == counts


def test_unknown_hub_is_a_clear_error(hubs):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No HUB page with id or slug “nowhere”"):
        call_command("add_hub_contributor", hub="nowhere", email="x@example.org")


def test_offboarding_keeps_their_work(contributor, hubs):
    story = NewsPage(title="Our story", slug="our-story", date="2026-11-01", intro="x", owner=contributor)
    hubs["a"]["en"].add_child(instance=story)
    remove_contributor(hubs["a"]["en"], contributor.email)
    contributor.refresh_from_db()
    assert not contributor.is_active
    assert not perms(contributor, hubs["a"]["en"]).can_edit()
    assert NewsPage.objects.get(pk=story.pk).owner == contributor
