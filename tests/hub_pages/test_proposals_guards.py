"""The spam and abuse guards, and the proposal window."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from hub_pages.models import HubProposal, HubProposalStatusChange
from site_core.rate_limit import client_ip
from tests.hub_pages.proposal_helpers import build_call, valid_data

pytestmark = pytest.mark.django_db


def test_the_honeypot_is_hidden_from_people_and_assistive_technology(client, call):
    html = client.get(call["en"].url).content.decode()
    trap = html[html.index('<div class="proposal-form__trap"') :]
    trap = trap[: trap.index("</div>")]
    assert 'aria-hidden="true"' in trap
    assert 'tabindex="-1"' in trap
    assert 'autocomplete="off"' in trap
    with open("static/css/components/proposal_form.css") as css:
        assert ".proposal-form__trap { display: none; }" in css.read()


def test_a_filled_honeypot_looks_like_success_but_stores_and_sends_nothing(client, call):
    response = client.post(call["es"].url, valid_data("es", reference_code="http://spam.example"))

    # The same answer a person gets, so a bot learns nothing to adapt to.
    assert response.status_code == 302
    assert response["Location"] == f"{call['es'].url}?sent=1"
    assert HubProposal.objects.count() == 0
    assert HubProposalStatusChange.objects.count() == 0
    assert mail.outbox == []


def test_an_invalid_bot_submission_with_the_honeypot_is_dropped_too(client, call):
    response = client.post(call["en"].url, {"reference_code": "x", "title": "Buy now"})
    assert response.status_code == 302
    assert HubProposal.objects.count() == 0


@pytest.mark.parametrize(
    ("language", "heading"), [("es", "Vuelva a intentarlo más tarde"), ("fr", "Veuillez réessayer plus tard")]
)
def test_the_rate_limit_answers_429_in_the_visitors_language(client, call, settings, language, heading):
    settings.PROPOSALS_RATE_LIMIT = 2
    settings.PROPOSALS_RATE_LIMIT_WINDOW = 3600
    url = call[language].url
    assert client.post(url, valid_data(language)).status_code == 302
    assert client.post(url, valid_data(language, contact_email="bad")).status_code == 200  # counts too

    response = client.post(url, valid_data(language))

    assert response.status_code == 429
    html = response.content.decode()
    assert heading in html
    assert f'<html lang="{language}">' in html
    assert 0 < int(response["Retry-After"]) <= 3600
    assert HubProposal.objects.count() == 1  # the third one was not stored
    assert "no-cache" in response["Cache-Control"]


def test_the_rate_limit_is_per_visitor(client, call, settings):
    settings.PROPOSALS_RATE_LIMIT = 1
    url = call["en"].url
    assert client.post(url, valid_data("en"), REMOTE_ADDR="198.51.100.1").status_code == 302
    assert client.post(url, valid_data("en"), REMOTE_ADDR="198.51.100.1").status_code == 429
    assert client.post(url, valid_data("en"), REMOTE_ADDR="198.51.100.2").status_code == 302


def test_the_rate_limit_window_ends(client, call, settings, time_machine):
    settings.PROPOSALS_RATE_LIMIT = 1
    settings.PROPOSALS_RATE_LIMIT_WINDOW = 60
    time_machine.move_to(timezone.now(), tick=False)
    url = call["en"].url
    assert client.post(url, valid_data("en")).status_code == 302
    assert client.post(url, valid_data("en")).status_code == 429
    time_machine.shift(datetime.timedelta(seconds=61))
    assert client.post(url, valid_data("en")).status_code == 302


def test_the_client_address_comes_from_trusted_proxies_only(rf, settings):
    request = rf.post("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9, 198.51.100.7")
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "10.0.0.1"  # X-Forwarded-For is ignored without a proxy
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_ip(request) == "198.51.100.7"  # the address our proxy saw, not the spoofable first one


def test_a_call_not_yet_open_says_when_it_opens_and_refuses_posts(homes, water_theme, client):
    opens = timezone.now() + datetime.timedelta(days=10)
    pages = build_call(homes, opens_at=opens, closes_at=opens + datetime.timedelta(days=30))

    html = client.get(pages["fr"].url).content.decode()
    assert "L'appel n'est pas encore ouvert" in html
    assert str(opens.astimezone(timezone.get_current_timezone()).year) in html
    assert 'name="title"' not in html

    response = client.post(pages["fr"].url, valid_data("fr"))
    assert response.status_code == 403
    assert "L'appel n'est pas encore ouvert" in response.content.decode()
    assert HubProposal.objects.count() == 0
    assert mail.outbox == []


def test_a_closed_call_says_so_and_refuses_posts(homes, water_theme, client):
    closes = timezone.now() - datetime.timedelta(hours=1)
    pages = build_call(homes, opens_at=closes - datetime.timedelta(days=60), closes_at=closes)

    html = client.get(pages["es"].url).content.decode()
    assert "La convocatoria está cerrada" in html
    assert "Ya no acepta propuestas." in html
    assert 'name="title"' not in html

    response = client.post(pages["es"].url, valid_data("es"))
    assert response.status_code == 403
    assert HubProposal.objects.count() == 0


def test_an_open_call_shows_its_closing_date(client, call):
    html = client.get(call["es"].url).content.decode()
    assert "La convocatoria está abierta hasta el" in html
    assert 'name="title"' in html
    assert "no-cache" in client.get(call["es"].url)["Cache-Control"]


def test_the_window_must_close_after_it_opens(homes):
    from django.core.exceptions import ValidationError

    from hub_pages.models import ProposalPage

    now = timezone.now()
    page = ProposalPage(title="Call", slug="call", opens_at=now, closes_at=now - datetime.timedelta(days=1))
    with pytest.raises(ValidationError) as error:
        homes["en"].add_child(instance=page)
    assert "closes_at" in error.value.message_dict


def test_one_call_page_per_language_tree(homes):
    from hub_pages.models import ProposalPage

    assert ProposalPage.can_create_at(homes["en"])
    build_call(homes)
    assert not ProposalPage.can_create_at(homes["en"])


def test_the_call_page_never_comes_from_the_shared_page_cache(client, call, settings):
    settings.PAGE_CACHE_SECONDS = 300
    client.get(call["en"].url)  # sets the CSRF cookie
    first = client.get(call["en"].url)
    second = client.get(call["en"].url)
    assert "X-Page-Cache" not in first and "X-Page-Cache" not in second
    assert first.context is not None and second.context is not None  # rendered each time
