"""Stage 2 of the call: validation by a reviewer, the private links (status,
questionnaire), draft, resume, submit, what Accept carries into the HUB page,
refused links, the deadline reminder, the optional decline e-mail."""

import csv
import datetime
import io
import re
import time
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from hub_pages.models import HubProposal, ProposalStatus
from hub_pages.proposals.accept import accept_proposal
from tests.hub_pages.proposal_helpers import FIRST_RESULT, valid_data

pytestmark = pytest.mark.django_db

PROPOSER = ["ana@example.org"]

# What the proposer reads, in their language.
WORDS = {
    "en": {
        "invitation": "goes on to stage 2",
        "saved": "Your draft is saved",
        "bad_date": "Enter a date like 2027-03-01.",
        "expired": "This link no longer works",
        "heading": "Partners",
    },
    "es": {
        "invitation": "pasa a la etapa 2",
        "saved": "Su borrador está guardado",
        "bad_date": "Introduzca una fecha como 2027-03-01.",
        "expired": "Este enlace ya no funciona",
        "heading": "Socios",
    },
    "fr": {
        "invitation": "passe à l’étape 2",
        "saved": "Votre brouillon est enregistré",
        "bad_date": "Saisissez une date comme 2027-03-01.",
        "expired": "Ce lien ne fonctionne plus",
        "heading": "Partenaires",
    },
}


@pytest.fixture
def reviewer(communications_team):
    user = get_user_model().objects.create_user("reviewer", "reviewer@uclg.example", "pw")
    user.groups.add(communications_team)
    return user


@pytest.fixture
def reviewer_client(reviewer):
    client = Client()
    client.force_login(reviewer)
    return client


def to_proposer():
    return [message for message in mail.outbox if message.to == PROPOSER]


def link_in(message, kind):
    pattern = (
        r"https?://\S+/proposal/\d+/stage-2/\S+/"
        if kind == "stage_two"
        else r"https?://\S+/proposal/\d+/(?!stage-2/)[^/\s]+/"
    )
    return urlsplit(re.search(pattern, message.body).group(0)).path


def rows(prefix, filled, total):
    data = {f"{prefix}-TOTAL_FORMS": str(total), f"{prefix}-INITIAL_FORMS": "0"}
    for index, row in enumerate(filled):
        data.update({f"{prefix}-{index}-{name}": value for name, value in row.items()})
    return data


def stage_two_data(button="draft", milestones=({"date": "2027-06-01", "title": "Committees elected"},), **extra):
    data = {
        "communication_plan": "Monthly radio slot.",
        "budget_and_resources": "EUR 120 000, city budget.",
        **rows(
            "results",
            [FIRST_RESULT, {"title": "Leaks repaired", "indicator": "Share fixed", "target": "80", "unit": "%"}],
            3,
        ),
        **rows("milestones", milestones, 3),
        **rows("partners", [{"name": "Example University", "role": "Monitoring"}], 2),
        button: "1",
    }
    data.update(extra)
    return data


def propose_and_validate(client, reviewer_client, call, language):
    client.post(call[language].url, valid_data(language))
    return validate(reviewer_client)


def validate(reviewer_client):
    proposal = HubProposal.objects.get()
    mail.outbox.clear()
    response = reviewer_client.post(reverse("hubproposal:validate", args=[proposal.pk]), {"note": "Promising"})
    assert response.status_code == 302
    proposal.refresh_from_db()
    return proposal


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_the_two_stage_flow_from_validation_to_the_hub_page(
    client, call, hub_indexes, reviewer, reviewer_client, language
):
    client.post(call[language].url, valid_data(language))
    [acknowledgement] = to_proposer()
    status_path = link_in(acknowledgement, "status")
    assert status_path.startswith(f"/{language}/proposal/")
    assert client.get(status_path).status_code == 200

    proposal = validate(reviewer_client)
    assert proposal.status == ProposalStatus.STAGE_TWO_OPEN
    [invitation] = to_proposer()
    assert WORDS[language]["invitation"] in invitation.subject
    path = link_in(invitation, "stage_two")
    assert path.startswith(f"/{language}/proposal/{proposal.pk}/stage-2/")

    response = client.get(path)
    assert response.status_code == 200
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert response["X-Robots-Tag"].startswith("noindex")
    assert FIRST_RESULT["title"] in response.content.decode()  # starts from stage 1's results

    response = client.post(path, stage_two_data("draft"))
    assert response.status_code == 302 and response["Location"].endswith("?saved=1")
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.STAGE_TWO_OPEN
    assert proposal.milestones == [{"date": "2027-06-01", "title": "Committees elected"}]
    resumed = client.get(response["Location"]).content.decode()
    assert WORDS[language]["saved"] in resumed and "Committees elected" in resumed and "Monthly radio slot." in resumed
    assert 'id="id_milestones-4-date"' in resumed  # the saved row, then four empty ones

    mail.outbox.clear()
    response = client.post(path, stage_two_data("submit"))
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.STAGE_TWO_SUBMITTED and proposal.stage_two_submitted_at
    assert len(to_proposer()) == 1 and reviewer.email in [m.to[0] for m in mail.outbox]

    # Read only now: the page shows the answers and a new POST changes nothing.
    answers = client.get(path).content.decode()
    assert "Leaks repaired" in answers and 'name="submit"' not in answers
    client.post(path, stage_two_data("submit", communication_plan="Changed"))
    proposal.refresh_from_db()
    assert proposal.communication_plan == "Monthly radio slot."

    export = reviewer_client.get(reverse("hubproposal:index"), {"export": "csv"})
    [row] = csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode()))
    assert row["Roadmap milestones"] == "2027-06-01: Committees elected"
    assert row["Partners and their roles"] == "Example University — Monitoring"
    assert row["Budget and resources"] == "EUR 120 000, city budget."

    page = accept_proposal(proposal, reviewer)
    assert [result.value["title"] for result in page.expected_results] == [FIRST_RESULT["title"], "Leaks repaired"]
    assert [(m.value["date"], m.value["title"]) for m in page.roadmap] == [
        (datetime.date(2027, 6, 1), "Committees elected")
    ]
    body = str(page.body)
    assert WORDS[language]["heading"] in body and "Example University — Monitoring" in body
    assert "Water Utility of Exampleville" in body  # stage 1's partner line is kept
    assert "120 000" not in body and "radio" not in body  # budget and plan stay private


def test_invalid_answers_are_refused_in_the_visitors_language_and_kept(client, call, reviewer_client):
    proposal = propose_and_validate(client, reviewer_client, call, "fr")
    path = link_in(to_proposer()[0], "stage_two")
    typed = stage_two_data("draft", milestones=[{"date": "1er juin", "title": "Comités élus"}])
    response = client.post(path, typed)
    assert response.status_code == 400
    html = response.content.decode()
    assert WORDS["fr"]["bad_date"] in html and "Comités élus" in html and "1er juin" in html
    assert "Monthly radio slot." in html
    proposal.refresh_from_db()
    assert proposal.milestones == [] and proposal.communication_plan == ""


def test_an_empty_stage_two_can_be_submitted_since_every_answer_is_optional(client, call, reviewer_client):
    proposal = propose_and_validate(client, reviewer_client, call, "en")
    path = link_in(to_proposer()[0], "stage_two")
    data = {**rows("results", [], 1), **rows("milestones", [], 1), **rows("partners", [], 1), "submit": "1"}
    assert client.post(path, data).status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.STAGE_TWO_SUBMITTED and proposal.detailed_results == []


@pytest.mark.parametrize(
    "change",
    [
        lambda path, pk: path[:-4] + "xyz/",  # altered signature
        lambda path, pk: path.replace(f"/proposal/{pk}/", f"/proposal/{pk + 1}/"),  # another proposal
        lambda path, pk: path.replace("/stage-2/", "/"),  # the status link's purpose
    ],
)
def test_an_altered_link_is_refused_with_a_clear_404(client, call, reviewer_client, change):
    proposal = propose_and_validate(client, reviewer_client, call, "es")
    path = link_in(to_proposer()[0], "stage_two")
    altered = change(path, proposal.pk)
    # The status page only answers GET; the questionnaire is tried with a POST.
    response = client.post(altered, stage_two_data("draft")) if "/stage-2/" in altered else client.get(altered)
    assert response.status_code == 404
    assert "Este enlace no es válido" in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.milestones == []


def test_an_expired_link_is_a_clear_410_and_the_draft_stays_for_the_staff(
    client, call, reviewer_client, monkeypatch, settings
):
    proposal = propose_and_validate(client, reviewer_client, call, "fr")
    path = link_in(to_proposer()[0], "stage_two")
    client.post(path, stage_two_data("draft"))
    later = time.time() + (settings.PROPOSALS_STAGE_TWO_DAYS + 1) * 24 * 3600
    monkeypatch.setattr("django.core.signing.time.time", lambda: later)
    response = client.post(path, stage_two_data("draft", communication_plan="Lost?"))
    assert response.status_code == 410
    html = response.content.decode()
    assert WORDS["fr"]["expired"] in html and "Demander un nouveau lien" in html
    assert "Vos réponses n’ont pas été enregistrées" in html and "Lost?" in html  # shown back to copy
    proposal.refresh_from_db()
    assert proposal.communication_plan == "Monthly radio slot."
    inspect = reviewer_client.get(reverse("hubproposal:inspect", args=[proposal.pk])).content.decode()
    assert "Monthly radio slot." in inspect and "Committees elected" in inspect


def test_the_deadline_closes_stage_two_even_for_a_freshly_signed_link(client, call, reviewer_client):
    proposal = propose_and_validate(client, reviewer_client, call, "en")
    path = link_in(to_proposer()[0], "stage_two")
    HubProposal.objects.filter(pk=proposal.pk).update(stage_two_opened_at=timezone.now() - datetime.timedelta(days=31))
    assert client.get(path).status_code == 410
    status_page = client.get(link_in(to_proposer()[0], "status")).content.decode()
    assert "The time to answer stage 2 has run out" in status_page and "/stage-2/" not in status_page


def test_a_new_link_voids_the_older_one_and_keeps_the_draft(client, call, reviewer_client):
    proposal = propose_and_validate(client, reviewer_client, call, "es")
    old_path = link_in(to_proposer()[0], "stage_two")
    client.post(old_path, stage_two_data("draft"))
    mail.outbox.clear()
    reviewer_client.post(reverse("hubproposal:validate", args=[proposal.pk]), {"note": "New link"})
    new_path = link_in(to_proposer()[0], "stage_two")
    assert new_path != old_path
    response = client.get(old_path)
    assert response.status_code == 410 and "enlace más reciente" in response.content.decode()
    response = client.post(old_path, stage_two_data("draft", communication_plan="Typed in the old tab"))
    assert response.status_code == 410 and "Typed in the old tab" in response.content.decode()
    assert "Committees elected" in client.get(new_path).content.decode()


def test_moving_a_stage_two_proposal_back_to_review_closes_its_link_and_keeps_the_draft(client, call, reviewer_client):
    proposal = propose_and_validate(client, reviewer_client, call, "en")
    path = link_in(to_proposer()[0], "stage_two")
    client.post(path, stage_two_data("draft"))
    response = reviewer_client.post(
        reverse("hubproposal:edit", args=[proposal.pk]), {"status": "under_review", "note": "Budget first."}
    )
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.UNDER_REVIEW
    assert [str(change) for change in proposal.status_changes.all()][-1] == "Validated for stage 2 → Under review"
    response = client.post(path, stage_two_data("submit", communication_plan="Sent too late"))
    assert response.status_code == 410
    html = response.content.decode()
    assert "Stage 2 is closed" in html and "Sent too late" in html  # shown back to copy
    proposal.refresh_from_db()
    assert (proposal.status, proposal.communication_plan) == (ProposalStatus.UNDER_REVIEW, "Monthly radio slot.")
    inspect = reviewer_client.get(reverse("hubproposal:inspect", args=[proposal.pk])).content.decode()
    assert "Committees elected" in inspect and "Budget first." in inspect


def test_only_reviewers_can_validate(client, call):
    client.post(call["en"].url, valid_data("en"))
    proposal = HubProposal.objects.get()
    viewer = get_user_model().objects.create_user("viewer", "viewer@example.org", "pw")
    viewer.user_permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_hubproposal")
    )
    viewer_client = Client()
    viewer_client.force_login(viewer)
    mail.outbox.clear()
    response = viewer_client.post(reverse("hubproposal:validate", args=[proposal.pk]))
    assert response.status_code in (302, 403)
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.RECEIVED and not mail.outbox
    inspect = viewer_client.get(reverse("hubproposal:inspect", args=[proposal.pk])).content.decode()
    assert reverse("hubproposal:validate", args=[proposal.pk]) not in inspect


def test_the_status_page_follows_the_proposal_in_its_language(client, call, reviewer_client):
    proposal = propose_and_validate(client, reviewer_client, call, "fr")
    status_path = link_in(to_proposer()[0], "status")
    response = client.get(status_path)
    html = response.content.decode()
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    assert "Répondre à l’étape 2" in html and 'content="noindex' in html
    proposal.change_status(ProposalStatus.DECLINED)
    assert "Répondre à l’étape 2" not in client.get(status_path).content.decode()


def test_the_reminder_is_sent_once_near_the_deadline(client, call, reviewer_client, settings):
    proposal = propose_and_validate(client, reviewer_client, call, "es")
    mail.outbox.clear()
    call_command("remind_stage_two")
    assert not mail.outbox  # the deadline is still 30 days away
    opened = timezone.now() - datetime.timedelta(days=settings.PROPOSALS_STAGE_TWO_DAYS - 2)
    HubProposal.objects.filter(pk=proposal.pk).update(stage_two_opened_at=opened)
    call_command("remind_stage_two")
    call_command("remind_stage_two")
    [reminder] = to_proposer()
    assert "Recordatorio" in reminder.subject and "/es/proposal/" in reminder.body
    assert HubProposal.objects.get().stage_two_reminded_at is not None


def test_no_reminder_once_stage_two_is_submitted(client, call, reviewer_client, settings):
    proposal = propose_and_validate(client, reviewer_client, call, "en")
    client.post(link_in(to_proposer()[0], "stage_two"), stage_two_data("submit"))
    opened = timezone.now() - datetime.timedelta(days=settings.PROPOSALS_STAGE_TWO_DAYS - 2)
    HubProposal.objects.filter(pk=proposal.pk).update(stage_two_opened_at=opened)
    mail.outbox.clear()
    call_command("remind_stage_two")
    assert not mail.outbox


def test_declining_sends_an_email_only_when_asked(client, call, reviewer_client):
    client.post(call["fr"].url, valid_data("fr"))
    proposal = HubProposal.objects.get()
    mail.outbox.clear()
    url = reverse("hubproposal:decline", args=[proposal.pk])
    response = reviewer_client.post(url, {"note": "Out of scope", "message": "Merci !"})
    assert response.status_code == 200  # a message needs the box ticked: nothing happens
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.RECEIVED

    reviewer_client.post(url, {"note": "Out of scope", "send_email": "on", "message": "Merci pour votre travail."})
    [message] = to_proposer()
    assert "Merci pour votre travail." in message.body and "Merci pour le temps" in message.body


def test_declining_without_the_box_sends_nothing(client, call, reviewer_client):
    client.post(call["en"].url, valid_data("en"))
    proposal = HubProposal.objects.get()
    mail.outbox.clear()
    reviewer_client.post(reverse("hubproposal:decline", args=[proposal.pk]), {"note": "No"})
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.DECLINED and not to_proposer()


def test_the_private_pages_never_come_from_the_page_cache(client, call, reviewer_client, settings):
    settings.PAGE_CACHE_SECONDS = 60
    propose_and_validate(client, reviewer_client, call, "en")
    [invitation] = to_proposer()
    visitor = Client()  # anonymous, no cookie: what the page cache serves
    for path in (link_in(invitation, "status"), link_in(invitation, "stage_two")):
        responses = [visitor.get(path), visitor.get(path)]
        assert [response.get("X-Page-Cache") for response in responses] == [None, None]
        assert all("no-store" in response["Cache-Control"] for response in responses)


def test_accepting_tells_the_proposer_in_their_language(client, call, hub_indexes, reviewer_client):
    client.post(call["es"].url, valid_data("es"))
    proposal = HubProposal.objects.get()
    mail.outbox.clear()
    response = reviewer_client.post(reverse("hubproposal:accept", args=[proposal.pk]), {"note": ""})
    assert response.status_code == 302
    [message] = to_proposer()
    assert "ha sido aceptada" in message.subject and f"/es/proposal/{proposal.pk}/" in message.body
