"""wagtail-localize actions that change what is live need publish permission:
a HUB contributor (edit, no publish) cannot use them on their own HUB's
translations; the communications team can."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import Translation

from hub_pages.contributors import add_contributor
from site_core.roles import COMMUNICATIONS_TEAM
from tests.hub_pages.factories import build_hub, build_hub_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def hub(homes):
    """Hub A in three languages; its Spanish translation is unpublished."""
    pages = build_hub(build_hub_index(homes), "hub-a")
    pages["es"].unpublish()
    return pages


@pytest.fixture
def contributor(hub):
    user, _created = add_contributor(hub["en"], "ana@city-a.example", name="Ana Pérez")
    return user


@pytest.fixture
def comms(db):
    user = get_user_model().objects.create_user("maria", "maria@uclg.example", "pw")
    user.groups.add(Group.objects.get(name=COMMUNICATIONS_TEAM))
    return user


def spanish_translation(hub):
    return Translation.objects.get(source__object_id=hub["en"].translation_key, target_locale=hub["es"].locale)


def convert_url(page):
    return reverse("wagtail_localize:convert_to_alias", args=[page.pk])


def test_contributor_cannot_convert_their_translation_to_an_alias(client, contributor, hub):
    client.force_login(contributor)
    assert client.get(convert_url(hub["es"])).status_code == 302  # refused: back to the dashboard
    client.post(convert_url(hub["es"]))
    page = Page.objects.get(pk=hub["es"].pk)
    assert not page.live
    assert page.alias_of_id is None
    assert spanish_translation(hub)


def test_communications_team_converts_to_an_alias(client, comms, hub):
    client.force_login(comms)
    assert client.get(convert_url(hub["es"])).status_code == 200
    client.post(convert_url(hub["es"]))
    assert Page.objects.get(pk=hub["es"].pk).alias_of_id == hub["en"].pk


def test_contributor_cannot_stop_or_restart_a_synced_translation(client, contributor, hub):
    translation = spanish_translation(hub)
    client.force_login(contributor)
    client.post(reverse("wagtail_localize:stop_translation", args=[translation.pk]), {"next": "/admin/"})
    translation.refresh_from_db()
    assert translation.enabled

    translation.enabled = False
    translation.save()
    edit_url = reverse("wagtailadmin_pages:edit", args=[hub["es"].pk])
    editor = client.get(edit_url).content.decode()
    assert "localize-restart-translation" not in editor
    assert "localize-convert-to-alias" not in editor
    client.post(edit_url, {"localize-restart-translation": "1"})
    translation.refresh_from_db()
    assert not translation.enabled


def test_communications_team_stops_and_restarts(client, comms, hub):
    translation = spanish_translation(hub)
    client.force_login(comms)
    client.post(reverse("wagtail_localize:stop_translation", args=[translation.pk]), {"next": "/admin/"})
    translation.refresh_from_db()
    assert not translation.enabled
    edit_url = reverse("wagtailadmin_pages:edit", args=[hub["es"].pk])
    assert "localize-restart-translation" in client.get(edit_url).content.decode()
    client.post(edit_url, {"localize-restart-translation": "1"})
    translation.refresh_from_db()
    assert translation.enabled


def test_sync_with_publish_needs_publish_permission(client, contributor, hub, django_capture_on_commit_callbacks):
    # Even a contributor who was given the translation tools cannot publish through a sync.
    contributor.user_permissions.add(Permission.objects.get(codename="submit_translation"))
    client.force_login(contributor)
    url = reverse("wagtail_localize:update_translations", args=[spanish_translation(hub).source_id])
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"publish_translations": "on"})
    assert not Page.objects.get(pk=hub["es"].pk).live


def test_communications_team_syncs_and_publishes(client, comms, hub, django_capture_on_commit_callbacks):
    client.force_login(comms)
    url = reverse("wagtail_localize:update_translations", args=[spanish_translation(hub).source_id])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"publish_translations": "on"})
    assert Page.objects.get(pk=hub["es"].pk).live


def test_contributor_cannot_publish_from_the_translation_editor(
    client, contributor, hub, django_capture_on_commit_callbacks
):
    client.force_login(contributor)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("wagtailadmin_pages:edit", args=[hub["es"].pk]), {"action": "publish"})
    assert not Page.objects.get(pk=hub["es"].pk).live
