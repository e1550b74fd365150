import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils.form_data import nested_form_data, streamfield

from news.models import EventPage, NewsPage
from tests.news.factories import aware

pytestmark = pytest.mark.django_db
NOW = datetime.datetime(2026, 11, 25, 12, 0, tzinfo=datetime.UTC)


def event(**fields):
    values = {
        "title": "Forum",
        "slug": "forum",
        "start": aware(2026, 12, 3, 10),
        "end": aware(2026, 12, 3, 18),
        "timezone": "Europe/Rome",
        "attendance": "in_person",
        "venue": "Town hall",
    }
    values.update(fields)
    return EventPage(**values)


# Tree fields are set when a page is added to the tree, not by editors.
TREE_FIELDS = ["path", "depth"]


def errors_of(page):
    with pytest.raises(ValidationError) as raised:
        page.full_clean(exclude=TREE_FIELDS)
    return raised.value.message_dict


def test_a_valid_event_passes():
    event().full_clean(exclude=TREE_FIELDS)


def test_end_before_start_is_refused_on_the_end_field():
    errors = errors_of(event(end=aware(2026, 12, 3, 9)))
    assert errors["end"] == ["The event must end after it starts."]


def test_end_equal_to_start_is_refused():
    errors = errors_of(event(end=aware(2026, 12, 3, 10)))
    assert errors["end"] == ["The event must end after it starts."]


@pytest.mark.parametrize("name", ["Mars/Olympus", "europe/rome", "CET", "../../etc/passwd", "Etc/GMT+5", ""])
def test_a_timezone_that_is_not_a_canonical_iana_name_is_refused(name):
    errors = errors_of(event(timezone=name))
    assert "timezone" in errors
    if name:
        assert errors["timezone"] == [
            f"“{name}” is not a time zone name: choose one such as Europe/Rome or America/Bogota."
        ]


@time_machine.travel(NOW, tick=False)
def test_an_upcoming_online_event_needs_its_link():
    errors = errors_of(event(attendance="online", venue=""))
    assert errors["online_url"] == ["Give the link online participants use to join."]


@time_machine.travel(NOW, tick=False)
def test_a_past_online_event_may_have_lost_its_link():
    event(attendance="online", venue="", start=aware(2020, 11, 26, 10), end=aware(2020, 11, 26, 17)).full_clean(
        exclude=TREE_FIELDS
    )


def test_an_event_in_person_needs_a_venue():
    errors = errors_of(event(venue="  "))
    assert errors["venue"] == ["Name the venue of an event held in person."]


@time_machine.travel(NOW, tick=False)
def test_a_hybrid_event_needs_both_venue_and_link():
    errors = errors_of(event(attendance="hybrid", venue=""))
    assert set(errors) == {"venue", "online_url"}


def test_a_hero_image_needs_its_alternative_text():
    image = get_image_model().objects.create(title="Test", file=get_test_image_file())
    page = NewsPage(title="News", slug="news", date=datetime.date(2026, 11, 24), hero_image=image)
    errors = errors_of(page)
    assert errors["hero_image_alt"] == ["Describe the hero image for people who cannot see it."]


@time_machine.travel(NOW, tick=False)
def test_an_event_image_needs_its_alternative_text_along_with_the_other_errors():
    image = get_image_model().objects.create(title="Test", file=get_test_image_file())
    errors = errors_of(event(hero_image=image, hero_image_alt="  ", end=aware(2026, 12, 3, 9)))
    assert errors["hero_image_alt"] == ["Describe the hero image for people who cannot see it."]
    assert errors["end"] == ["The event must end after it starts."]
    event(hero_image=image, hero_image_alt="A round table seen from above.").full_clean(exclude=TREE_FIELDS)


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "password")
    client.force_login(user)
    return client


def post_event(admin_client, parent, **fields):
    data = {
        "title": "Bogotá exchange",
        "slug": "bogota-exchange",
        "start": "2026-12-03 10:00",
        "end": "2026-12-03 12:00",
        "timezone": "America/Bogota",
        "attendance": "in_person",
        "venue": "City hall",
        "address": "",
        "online_url": "",
        "registration_url": "",
        "organiser": "",
        "intro": "",
        "body": streamfield([]),
        "action-publish": "action-publish",
    }
    data.update(fields)
    return admin_client.post(f"/admin/pages/add/news/eventpage/{parent.pk}/", nested_form_data(data))


def test_the_admin_reads_times_in_the_events_own_time_zone(admin_client, event_indexes):
    response = post_event(admin_client, event_indexes["en"])
    assert response.status_code == 302, response.content.decode()[:2000]
    page = EventPage.objects.get(slug="bogota-exchange")
    # 10:00 in Bogotá (UTC−5) whatever the editor's or server's zone.
    assert page.start == datetime.datetime(2026, 12, 3, 15, 0, tzinfo=datetime.UTC)
    assert page.end == datetime.datetime(2026, 12, 3, 17, 0, tzinfo=datetime.UTC)
    edit = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'value="2026-12-03 10:00"' in edit


def test_the_admin_shows_the_end_before_start_message(admin_client, event_indexes):
    response = post_event(admin_client, event_indexes["en"], end="2026-12-03 09:00")
    assert response.status_code == 200
    assert "The event must end after it starts." in response.content.decode()
    assert not EventPage.objects.filter(slug="bogota-exchange").exists()


def test_the_admin_refuses_an_unknown_time_zone(admin_client, event_indexes):
    response = post_event(admin_client, event_indexes["en"], timezone="Mars/Olympus")
    assert response.status_code == 200
    assert "“Mars/Olympus” is not a time zone name" in response.content.decode()
    assert not EventPage.objects.filter(slug="bogota-exchange").exists()
