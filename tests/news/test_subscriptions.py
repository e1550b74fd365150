"""E-mail subscriptions: double opt-in in three languages, signed links,
topics, unsubscribing, and what the forms say when something is wrong."""

import time

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.mail import EmailMultiAlternatives

from news.models import Subscriber
from site_core.models import SDG
from tests.news.subscription_helpers import links_in

TEXTS = {
    "en": ("Subscribe by e-mail", "Confirm your subscription", "Subscription confirmed", "Choose at least one topic"),
    "es": ("Suscribirse por correo", "Confirme su suscripción", "Suscripción confirmada", "Elija al menos un tema"),
    "fr": ("S’abonner par e-mail", "Confirmez votre abonnement", "Abonnement confirmé", "Choisissez au moins un sujet"),
}


@pytest.fixture(autouse=True)
def fresh_counters():
    cache.clear()


def _subscribe(client, language, email="reader@example.org", **data):
    return client.post(f"/{language}/subscribe/", {"email": email, "language": language, "all_news": "on", **data})


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_double_opt_in_from_form_to_confirmation(client, homes, language):
    heading, subject_words, confirmed, _error = TEXTS[language]
    assert heading in client.get(f"/{language}/subscribe/").content.decode()

    response = _subscribe(client, language, events="on")
    assert response.status_code == 302 and response["Location"] == f"/{language}/subscribe/sent/"
    subscriber = Subscriber.objects.get(email="reader@example.org")
    assert (subscriber.language, subscriber.all_news, subscriber.events, subscriber.is_confirmed) == (
        language,
        True,
        True,
        False,
    )
    [message] = mail.outbox
    assert subject_words in message.subject
    confirm_path = links_in(message)["confirm"]
    assert confirm_path.startswith(f"/{language}/subscribe/confirm/")

    # Opening the link asks for a press: link checkers must not confirm.
    page = client.get(confirm_path)
    assert page.status_code == 200 and not Subscriber.objects.get().is_confirmed
    done = client.post(confirm_path)
    assert confirmed in done.content.decode()
    assert Subscriber.objects.get().is_confirmed
    again = client.get(confirm_path)
    assert again.status_code == 200 and "/subscribe/manage/" in again.content.decode()


def test_pages_are_never_cached(client, homes):
    for response in (client.get("/en/subscribe/"), client.get("/en/subscribe/sent/")):
        assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_mistakes_are_explained_in_the_visitors_language_and_nothing_typed_is_lost(client, homes, language):
    response = client.post(f"/{language}/subscribe/", {"email": "not-an-address", "language": language})
    html = response.content.decode()
    assert response.status_code == 400
    assert TEXTS[language][3] in html
    assert 'value="not-an-address"' in html
    assert not Subscriber.objects.exists() and not mail.outbox


def test_topics_are_the_visitors_languages_hubs_and_sdgs(client, homes):
    html = client.get("/fr/subscribe/").content.decode()
    french = SDG.objects.get(locale__language_code="fr", number=11)
    assert french.name in html
    response = _subscribe(client, "fr", all_news="", sdgs=[french.pk])
    assert response.status_code == 302
    assert list(Subscriber.objects.get().sdgs.all()) == [french]


def test_a_robot_filling_the_hidden_field_is_told_nothing_and_stored_nowhere(client, homes):
    response = _subscribe(client, "en", website="http://spam.example")
    assert response.status_code == 302
    assert not Subscriber.objects.exists() and not mail.outbox


def test_too_many_requests_from_one_client(client, homes, settings):
    settings.SUBSCRIPTION_RATE_LIMIT = 2
    for number in range(2):
        assert _subscribe(client, "es", email=f"r{number}@example.org").status_code == 302
    response = _subscribe(client, "es", email="r3@example.org")
    assert response.status_code == 429
    assert "Demasiadas solicitudes" in response.content.decode()


def test_a_mail_server_failure_keeps_the_request_and_what_was_typed(client, homes, monkeypatch):
    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("SMTP down")

    monkeypatch.setattr(EmailMultiAlternatives, "send", refuse)
    response = _subscribe(client, "fr", email="kept@example.org")
    assert response.status_code == 503
    html = response.content.decode()
    assert "Nous n’avons pas pu vous envoyer" in html and 'value="kept@example.org"' in html
    assert Subscriber.objects.filter(email="kept@example.org", confirmed_at=None).exists()


def test_subscribing_again_when_confirmed_changes_nothing_and_sends_the_manage_link(client, homes):
    _subscribe(client, "en")
    client.post(links_in(mail.outbox[0])["confirm"])
    mail.outbox.clear()

    _subscribe(client, "en", all_news="", events="on")
    subscriber = Subscriber.objects.get()
    assert (subscriber.all_news, subscriber.events) == (True, False)
    assert "manage" in links_in(mail.outbox[0])


def test_subscribing_again_before_confirming_voids_the_first_link(client, homes):
    _subscribe(client, "en")
    first = links_in(mail.outbox[0])["confirm"]
    _subscribe(client, "en")
    assert client.post(first).status_code == 404
    assert client.post(links_in(mail.outbox[1])["confirm"]).status_code == 200


@pytest.mark.parametrize("change", [lambda path: path[:-3] + "xx/", lambda path: path.replace("/confirm/", "/manage/")])
def test_an_altered_link_is_refused_with_a_clear_page(client, homes, change):
    _subscribe(client, "es")
    response = client.get(change(links_in(mail.outbox[0])["confirm"]))
    assert response.status_code == 404
    assert "Este enlace no es válido" in response.content.decode()


def test_an_expired_confirmation_link_says_how_to_get_a_new_one(client, homes, monkeypatch, settings):
    _subscribe(client, "fr")
    path = links_in(mail.outbox[0])["confirm"]
    later = time.time() + (settings.SUBSCRIPTION_CONFIRM_DAYS + 1) * 24 * 3600
    monkeypatch.setattr("django.core.signing.time.time", lambda: later)
    response = client.post(path)
    assert response.status_code == 410
    html = response.content.decode()
    assert "Ce lien a expiré" in html and 'href="/fr/subscribe/"' in html
    assert not Subscriber.objects.get().is_confirmed


def _confirmed(client, language="en"):
    _subscribe(client, language)
    client.post(links_in(mail.outbox[-1])["confirm"])
    return Subscriber.objects.get()


def test_topics_and_language_can_be_changed_behind_the_manage_link(client, homes):
    _confirmed(client)
    mail.outbox.clear()
    _subscribe(client, "en")
    manage = links_in(mail.outbox[0])["manage"]

    assert "reader@example.org" in client.get(manage).content.decode()
    response = client.post(manage, {"language": "es", "events": "on"})
    assert response.status_code == 200
    subscriber = Subscriber.objects.get()
    assert (subscriber.language, subscriber.all_news, subscriber.events) == ("es", False, True)
    empty = client.post(manage, {"language": "es"})
    assert empty.status_code == 400
    assert Subscriber.objects.get().events


def test_unsubscribing_from_the_link_deletes_the_address(client, homes):
    from news.subscriptions.emails import link

    path = link(_confirmed(client), "unsubscribe").split("testserver", 1)[-1].split("localhost", 1)[-1]
    path = path[path.index("/en/") :]
    assert "reader@example.org" in client.get(path).content.decode()
    assert Subscriber.objects.exists()
    response = client.post(path)
    assert "You are unsubscribed" in response.content.decode()
    assert not Subscriber.objects.exists()
    assert "You are unsubscribed" in client.post(path).content.decode()


def test_one_click_unsubscribe_needs_no_csrf_token(homes, client):
    from django.test import Client

    from news.subscriptions.emails import link

    url = link(_confirmed(client, "fr"), "unsubscribe")
    path = url[url.index("/fr/") :]
    response = Client(enforce_csrf_checks=True).post(path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not Subscriber.objects.exists()
