"""A city's story goes through "Communications review" before going live;
the contributor hears the outcome by e-mail, in their own language."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from hub_pages.contributors import add_contributor
from news.models import NewsPage
from site_core.roles import COMMUNICATIONS_TEAM
from tests.hub_pages.factories import build_hub, build_hub_index

pytestmark = pytest.mark.django_db


@pytest.fixture
def hub(homes):
    return build_hub(build_hub_index(homes), "hub-a")["en"]


@pytest.fixture
def contributor(hub):
    user, _created = add_contributor(hub, "ana@city-a.example", name="Ana Pérez", language="fr")
    return user


@pytest.fixture
def reviewer(db):
    user = get_user_model().objects.create_user("maria", "maria@uclg.example", "pw", is_staff=False)
    user.groups.add(Group.objects.get(name=COMMUNICATIONS_TEAM))
    return user


def story_form(title="Our first forum", **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": "our-first-forum",
            "date": "2026-11-20",
            "authors": "Ana Pérez",
            "intro": "What happened at our first forum.",
            "hero_image_alt": "",
            "body": streamfield([("paragraph", rich_text("<p>Forty people came.</p>"))]),
            "tags": "",
            **extra,
        }
    )


def submit_story(client, contributor, hub):
    client.force_login(contributor)
    response = client.post(f"/admin/pages/add/news/newspage/{hub.pk}/", {**story_form(), "action-submit": "Submit"})
    assert response.status_code == 302, response.content.decode()[:2000]
    return NewsPage.objects.get(slug="our-first-forum")


def act(client, user, story, action, comment=""):
    client.force_login(user)
    task_state = story.current_workflow_task_state
    return client.post(f"/admin/pages/workflow/action/{story.pk}/{action}/{task_state.pk}/", {"comment": comment})


def test_submitted_story_waits_for_review_and_reviewers_are_told(client, contributor, reviewer, hub):
    story = submit_story(client, contributor, hub)
    assert not story.live
    assert story.workflow_in_progress
    assert story.current_workflow_task.name == "Communications review"
    assert "maria@uclg.example" in [address for message in mail.outbox for address in message.to]


def test_approval_publishes_and_tells_the_contributor_in_french(client, contributor, reviewer, hub):
    story = submit_story(client, contributor, hub)
    mail.outbox.clear()
    act(client, reviewer, story, "approve", comment="Merci !")
    story.refresh_from_db()
    assert story.live
    to_contributor = [message for message in mail.outbox if message.to == ["ana@city-a.example"]]
    assert to_contributor, [message.subject for message in mail.outbox]
    assert "a été approuvée" in to_contributor[0].subject


def test_rejection_keeps_it_offline_and_sends_the_comment_in_french(client, contributor, reviewer, hub):
    story = submit_story(client, contributor, hub)
    mail.outbox.clear()
    act(client, reviewer, story, "reject", comment="Ajoutez une photo, s'il vous plaît.")
    story.refresh_from_db()
    assert not story.live
    to_contributor = [message for message in mail.outbox if message.to == ["ana@city-a.example"]]
    assert "rejet" in to_contributor[0].subject
    assert "Ajoutez une photo" in to_contributor[0].body


def test_contributor_cannot_approve_their_own_story(client, contributor, reviewer, hub):
    story = submit_story(client, contributor, hub)
    act(client, contributor, story, "approve")
    story.refresh_from_db()
    assert not story.live


def test_communications_team_publishes_directly(client, reviewer, hub):
    client.force_login(reviewer)
    response = client.post(f"/admin/pages/add/news/newspage/{hub.pk}/", {**story_form(), "action-publish": "Publish"})
    assert response.status_code == 302
    assert NewsPage.objects.get(slug="our-first-forum").live


def test_review_e_mails_link_to_the_configured_base_url(client, contributor, reviewer, hub, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://hubs.example.org:8443"
    story = submit_story(client, contributor, hub)
    [to_reviewer] = [message for message in mail.outbox if message.to == ["maria@uclg.example"]]
    assert f"https://hubs.example.org:8443/admin/pages/{story.pk}/edit/" in to_reviewer.body
    assert "127.0.0.1" not in to_reviewer.body
