"""The acknowledgement (in the proposer's language) and the team notification."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from wagtail.users.models import UserProfile

from hub_pages.models import HubProposal
from site_core.roles import COMMUNICATIONS_TEAM
from tests.hub_pages.proposal_helpers import valid_data

pytestmark = pytest.mark.django_db


def team_member(username, email, language=None):
    user = get_user_model().objects.create_user(username, email, "pw")
    user.groups.add(Group.objects.get(name=COMMUNICATIONS_TEAM))
    if language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    return user


def acknowledgement():
    return [message for message in mail.outbox if message.to == ["ana@example.org"]]


@pytest.mark.parametrize(
    ("language", "subject", "phrases"),
    [
        (
            "es",
            "Hemos recibido su propuesta de HUB (P-",
            ["Estimado/a Ana Example:", "Gracias por proponer «Water for every neighbourhood»", "Su referencia: P-"],
        ),
        (
            "fr",
            "Nous avons bien reçu votre proposition de HUB (P-",
            ["Bonjour Ana Example,", "Merci d'avoir proposé « Water for every neighbourhood »", "Votre référence : P-"],
        ),
        (
            "en",
            "We have received your HUB proposal (P-",
            ["Dear Ana Example,", "Thank you for proposing “Water for every neighbourhood”"],
        ),
    ],
)
def test_the_proposer_is_acknowledged_in_the_language_they_used(client, call, language, subject, phrases):
    client.post(call[language].url, valid_data(language))

    proposal = HubProposal.objects.get()
    [message] = acknowledgement()
    assert message.subject == f"{subject}{proposal.pk:05d})"
    for phrase in phrases:
        assert phrase in message.body
    assert message.content_subtype == "plain"


def test_the_acknowledgement_does_not_repeat_the_long_answers(client, call):
    client.post(call["en"].url, valid_data("en"))
    [message] = acknowledgement()
    assert "Neighbourhood committees plan" not in message.body  # the summary


def test_the_team_is_notified_each_in_their_own_language(client, call, settings, communications_team):
    settings.PROPOSALS_NOTIFY_EMAILS = ["calls@uclg.example"]
    team_member("maria", "maria@uclg.example", "es")
    team_member("jean", "jean@uclg.example", "fr")
    team_member("silent", "")  # no address: skipped
    get_user_model().objects.create_user("outsider", "outsider@example.org", "pw")  # not in the team

    client.post(call["fr"].url, valid_data("fr", title="Eau pour tous"))

    proposal = HubProposal.objects.get()
    notifications = {message.to[0]: message for message in mail.outbox if message.to != ["ana@example.org"]}
    assert set(notifications) == {"maria@uclg.example", "jean@uclg.example", "calls@uclg.example"}
    assert notifications["maria@uclg.example"].subject == f"Nueva propuesta de HUB P-{proposal.pk:05d}: Eau pour tous"
    assert (
        notifications["jean@uclg.example"].subject == f"Nouvelle proposition de HUB P-{proposal.pk:05d} : Eau pour tous"
    )
    assert notifications["calls@uclg.example"].subject == f"New HUB proposal P-{proposal.pk:05d}: Eau pour tous"
    body = notifications["maria@uclg.example"].body
    assert "escrita en Français" in body
    assert f"http://testserver/admin/hubproposal/inspect/{proposal.pk}/" in body
    assert "Portugal" in body
    assert notifications["jean@uclg.example"].reply_to == ["ana@example.org"]


def test_a_failing_mail_server_does_not_lose_the_proposal(client, call, settings):
    settings.EMAIL_BACKEND = "tests.hub_pages.test_proposals_emails.BrokenBackend"
    response = client.post(call["en"].url, valid_data("en"))
    assert response.status_code == 302
    assert HubProposal.objects.count() == 1


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("SMTP server down")

    def open(self):
        pass

    def close(self):
        pass


def test_the_team_notification_links_to_the_configured_base_url(client, call, settings, communications_team):
    settings.WAGTAILADMIN_BASE_URL = "https://hubs.example.org:8443/"
    team_member("maria", "maria@uclg.example", "es")
    client.post(call["en"].url, valid_data("en"))
    proposal = HubProposal.objects.get()
    [notification] = [message for message in mail.outbox if message.to == ["maria@uclg.example"]]
    assert f"https://hubs.example.org:8443/admin/hubproposal/inspect/{proposal.pk}/" in notification.body
