"""The subscribers in the admin: the communications team sees, filters,
exports and deletes them, previews and sends the digest; nobody adds or
edits one; other roles see nothing."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone

from news.models import Subscriber
from site_core.models import SDG
from site_core.roles import COMMUNICATIONS_TEAM, TRANSLATORS, ensure_roles
from tests.news.factories import build_news

WEEK_AGO = timezone.now() - datetime.timedelta(days=8)


@pytest.fixture
def people(db):
    def make(email, language, confirmed=True, **topics):
        person = Subscriber.objects.create(
            email=email,
            language=language,
            confirmed_at=WEEK_AGO if confirmed else None,
            digest_sent_until=WEEK_AGO if confirmed else None,
            **topics,
        )
        return person

    water = make("=cmd@example.org", "es")
    water.sdgs.set(SDG.objects.filter(locale__language_code="es", number=6))
    return [
        make("ana@example.org", "es", all_news=True),
        make("jo@example.org", "en", events=True),
        make("lea@example.org", "fr", confirmed=False, all_news=True),
        water,
    ]


def member_of(django_user_model, group_name, username):
    ensure_roles()
    user = django_user_model.objects.create_user(username, password="pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def team_client(client, django_user_model):
    client.force_login(member_of(django_user_model, COMMUNICATIONS_TEAM, "team"))
    return client


def test_the_team_lists_and_filters_subscribers(team_client, people):
    html = team_client.get("/admin/subscriber/").content.decode()
    for person in people:
        assert person.email in html
    spanish = team_client.get("/admin/subscriber/", {"language": "es"}).content.decode()
    assert "ana@example.org" in spanish and "jo@example.org" not in spanish
    pending = team_client.get("/admin/subscriber/", {"confirmed": "false"}).content.decode()
    assert "lea@example.org" in pending and "ana@example.org" not in pending


def test_the_export_is_safe_for_spreadsheets(team_client, people):
    response = team_client.get("/admin/subscriber/", {"export": "csv"})
    content = b"".join(response.streaming_content).decode()
    assert "'=cmd@example.org" in content
    assert "SDG 6" in content


def test_nobody_adds_or_edits_a_subscriber_but_the_team_deletes_on_request(team_client, people):
    person = people[0]
    assert team_client.get("/admin/subscriber/add/").status_code in (302, 403)
    assert team_client.get(f"/admin/subscriber/edit/{person.pk}/").status_code in (302, 403)
    assert team_client.get(f"/admin/subscriber/inspect/{person.pk}/").status_code == 200
    response = team_client.post(f"/admin/subscriber/delete/{person.pk}/")
    assert response.status_code == 302
    assert not Subscriber.objects.filter(pk=person.pk).exists()


def test_the_digest_page_counts_previews_and_sends(team_client, people, news_indexes):
    build_news(news_indexes, "week-news", "Week news")
    page = team_client.get("/admin/subscriber/digest/")
    counts = {row["code"]: row["counts"] for row in page.context["languages"]}
    assert (counts["es"]["confirmed"], counts["es"]["all_news"], counts["es"]["sdgs"]) == (2, 1, 1)
    assert (counts["fr"].get("confirmed"), counts["fr"]["pending"]) == (0, 1)
    assert "[fr] Week news" in page.content.decode()

    response = team_client.post("/admin/subscriber/digest/", follow=True)
    assert "1 digests sent." in response.content.decode()
    assert [message.to for message in mail.outbox] == [["ana@example.org"]]


@pytest.mark.parametrize("group_name", [TRANSLATORS])
def test_other_roles_see_no_subscriber(client, django_user_model, people, group_name):
    client.force_login(member_of(django_user_model, group_name, "other"))
    assert client.get("/admin/subscriber/").status_code in (302, 403)
    assert client.get("/admin/subscriber/digest/").status_code in (302, 403)
    assert "/admin/subscriber/" not in client.get("/admin/").content.decode()
