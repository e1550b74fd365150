"""Digests: per language and topic, nobody gets the same items twice, and a
mail server failure loses no one."""

import datetime

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.core.management import call_command
from django.utils import timezone

from news.models import Subscriber
from news.subscriptions.digest import forget_unconfirmed, send_digests
from site_core.models import SDG
from tests.hub_pages.factories import build_hub
from tests.news.factories import aware, build_event, build_news

LONG_AGO = timezone.now() - datetime.timedelta(days=30)


def subscriber(email, language, *, hubs=(), sdg_numbers=(), **topics):
    person = Subscriber.objects.create(
        email=email, language=language, confirmed_at=LONG_AGO, digest_sent_until=LONG_AGO, **topics
    )
    person.hubs.set(hubs)
    person.sdgs.set(SDG.objects.filter(locale__language_code=language, number__in=sdg_numbers))
    return person


@pytest.fixture
def published(news_indexes, event_indexes, hub_indexes):
    """A HUB with a story, a news item on SDG 6, an unrelated news item and
    an event related to the HUB, in three languages."""
    hub = build_hub(hub_indexes, "lisbon-hub", "Lisbon HUB")
    water = SDG.objects.get(locale__language_code="en", number=6)
    return {
        "hub": hub,
        "story": build_news(hub, "lisbon-story", "Lisbon story"),
        "water": build_news(news_indexes, "water-news", "Water news", sdgs=[water]),
        "other": build_news(news_indexes, "other-news", "Other news"),
        "forum": build_event(
            event_indexes,
            "lisbon-forum",
            aware(2027, 3, 10, 9),
            aware(2027, 3, 10, 17),
            title="Lisbon forum",
            related_hubs=[hub["en"]],
        ),
    }


def titles(message):
    return [line[2:] for line in message.body.splitlines() if line.startswith("* ")]


def test_each_subscriber_gets_their_topics_in_their_language(published):
    subscriber("all@example.org", "fr", all_news=True, events=True)
    subscriber("hub@example.org", "es", hubs=[published["hub"]["en"]])
    subscriber("water@example.org", "en", sdg_numbers=[6])

    assert send_digests() == (3, 0)
    by_address = {message.to[0]: message for message in mail.outbox}
    french = by_address["all@example.org"]
    assert sorted(title.split(" (")[0] for title in titles(french)) == [
        "[fr] Lisbon forum",
        "[fr] Lisbon story",
        "[fr] Other news",
        "[fr] Water news",
    ]
    assert "[fr] Lisbon forum (10 mars 2027" in french.body  # the event's date, in French
    assert "nouveautés" in french.subject
    # The HUB is matched in every language: chosen in English, read in Spanish.
    assert sorted(title.split(" (")[0] for title in titles(by_address["hub@example.org"])) == [
        "[es] Lisbon forum",
        "[es] Lisbon story",
    ]
    assert [title.split(" (")[0] for title in titles(by_address["water@example.org"])] == ["Water news"]


def test_every_digest_can_be_left_in_one_click(published):
    subscriber("all@example.org", "en", all_news=True)
    send_digests()
    [message] = mail.outbox
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert "/en/subscribe/unsubscribe/" in url and url in message.body
    html, content_type = message.alternatives[0]
    assert content_type == "text/html" and url in html and 'lang="en"' in html


def test_running_again_sends_nobody_the_same_items(published, news_indexes):
    subscriber("all@example.org", "en", all_news=True)
    assert send_digests() == (1, 0)
    assert send_digests() == (0, 0)
    build_news(news_indexes, "fresh-news", "Fresh news")
    assert send_digests() == (1, 0)
    assert [title.split(" (")[0] for title in titles(mail.outbox[-1])] == ["Fresh news"]


def test_a_mail_server_failure_keeps_the_subscriber_and_their_items(published, monkeypatch):
    person = subscriber("all@example.org", "en", all_news=True)

    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("SMTP down")

    monkeypatch.setattr(EmailMultiAlternatives, "send", refuse)
    assert send_digests() == (0, 1)
    person.refresh_from_db()
    assert person.digest_sent_until == LONG_AGO
    monkeypatch.undo()

    assert send_digests() == (1, 0)
    assert len(titles(mail.outbox[0])) == 3


def test_nothing_is_sent_before_confirmation_and_old_requests_are_forgotten(published):
    Subscriber.objects.create(email="pending@example.org", language="en", all_news=True)
    old = Subscriber.objects.create(email="old@example.org", language="en", all_news=True)
    Subscriber.objects.filter(pk=old.pk).update(requested_at=timezone.now() - datetime.timedelta(days=8))

    assert send_digests() == (0, 0)
    assert forget_unconfirmed() == 1
    assert list(Subscriber.objects.values_list("email", flat=True)) == ["pending@example.org"]


def test_the_command_reports_what_it_did(published, capsys):
    subscriber("all@example.org", "es", all_news=True)
    call_command("send_digests")
    assert "1 digests sent, 0 failed" in capsys.readouterr().out
