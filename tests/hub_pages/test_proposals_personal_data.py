"""A proposer's contact person and e-mail stay in the proposal (admin only):
accepting never puts them on the HUB page, whose public contact is its own
field, empty until an editor fills it."""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.users.models import UserProfile

from hub_pages.models import HubPage, HubProposal
from hub_pages.proposals.accept import accept_proposal
from tests.hub_pages.proposal_helpers import valid_data

pytestmark = pytest.mark.django_db

PROPOSER_NAME, PROPOSER_EMAIL = "Ana Example", "ana@example.org"
migration = importlib.import_module("hub_pages.migrations.0006_public_contact_is_not_the_proposers")


@pytest.fixture
def editor(communications_team):
    user = get_user_model().objects.create_user("editor", "editor@uclg.example", "pw")
    user.groups.add(communications_team)
    return user


def propose(client, call, language="es"):
    client.post(call[language].url, valid_data(language))
    proposal = HubProposal.objects.get()
    assert (proposal.contact_name, proposal.contact_email) == (PROPOSER_NAME, PROPOSER_EMAIL)
    return proposal


def publish_latest(page):
    page = HubPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    page.save_revision().publish()
    return HubPage.objects.get(pk=page.pk)


def test_accepting_never_puts_the_proposers_name_or_email_on_the_page(client, call, editor, hub_indexes):
    proposal = propose(client, call)
    client.force_login(editor)
    client.post(reverse("hubproposal:accept", args=[proposal.pk]), {})
    page = HubPage.objects.get()
    assert (page.contact_name, page.contact_email) == ("", "")
    revision_content = str(page.get_latest_revision().content)
    assert PROPOSER_NAME not in revision_content and PROPOSER_EMAIL not in revision_content

    html = client.get(publish_latest(page).url).content.decode()
    assert PROPOSER_NAME not in html
    assert PROPOSER_EMAIL not in html
    assert 'class="hub-contact"' not in html


def test_the_public_contact_renders_once_an_editor_fills_it(client, call, editor, hub_indexes):
    page = accept_proposal(propose(client, call), editor)
    draft = HubPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    draft.contact_name = "Equipo de coordinación del HUB"
    draft.contact_email = "hub@exampleville.example"
    draft.save_revision(user=editor).publish()

    html = client.get(HubPage.objects.get(pk=page.pk).url).content.decode()
    assert "Equipo de coordinación del HUB" in html
    assert 'href="mailto:hub@exampleville.example"' in html
    assert PROPOSER_EMAIL not in html


@pytest.mark.parametrize(
    "language, notice",
    [
        ("en", "The proposer's contact person and e-mail stay private"),
        ("es", "La persona de contacto y el correo electrónico de quien propone siguen siendo privados"),
        ("fr", "La personne de contact et l'adresse e-mail de l'auteur de la proposition restent privées"),
    ],
)
def test_the_accept_screen_says_the_contact_stays_private(client, call, editor, hub_indexes, language, notice):
    proposal = propose(client, call)
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    client.force_login(editor)
    html = client.get(reverse("hubproposal:accept", args=[proposal.pk])).content.decode()
    assert notice.replace("'", "&#x27;") in html


def test_the_migration_removes_the_proposers_details_copied_by_earlier_accepts(client, call, editor, hub_indexes):
    """Pages made before the rule carry the proposer's details in their fields
    and revisions; a contact an editor has changed since is kept."""
    page = accept_proposal(propose(client, call), editor)
    copied = HubPage.objects.get(pk=page.pk)
    copied.contact_name, copied.contact_email = PROPOSER_NAME, PROPOSER_EMAIL.upper()
    copied.save_revision(user=editor).publish()
    edited = copied.get_latest_revision_as_object()
    edited.contact_name = "Equipo de coordinación del HUB"
    edited.save_revision(user=editor)

    migration.clear_proposer_contacts(apps, None)

    live = HubPage.objects.get(pk=page.pk)
    assert (live.contact_name, live.contact_email) == ("", "")
    for revision in live.revisions.all():
        assert PROPOSER_NAME not in str(revision.content)
        assert PROPOSER_EMAIL not in str(revision.content).lower()
    assert live.get_latest_revision_as_object().contact_name == "Equipo de coordinación del HUB"
