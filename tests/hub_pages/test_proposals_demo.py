"""The demo call for proposals: the page in three languages, open on the
demo's date, sample proposals in three languages and statuses; idempotent."""

import datetime
import zoneinfo

import pytest

from hub_pages.demo_content import load_call_for_proposals, load_themes_and_partners
from hub_pages.models import HubProposal, HubProposalStatusChange, ProposalPage
from site_core.demo import DemoContext, registered_loaders
from site_core.demo_content import load_home_and_about

pytestmark = pytest.mark.django_db

DEMO_DAY = datetime.datetime(2026, 11, 25, 12, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Madrid"))


def load(context):
    for loader in (load_home_and_about, load_themes_and_partners, load_call_for_proposals):
        loader(context)


def test_the_loader_is_registered_after_the_hubs():
    loaders = registered_loaders()
    assert load_call_for_proposals in loaders
    assert loaders.index(load_call_for_proposals) > loaders.index(load_themes_and_partners)


def test_demo_call_for_proposals(client, time_machine):
    time_machine.move_to(DEMO_DAY, tick=False)
    context = DemoContext()
    load(context)

    pages = context.pages["proposals"]
    assert set(pages) == {"en", "es", "fr"}
    assert len({page.translation_key for page in pages.values()}) == 1
    for language, page in pages.items():
        assert page.live
        assert page.window_state() == "open"
        html = client.get(page.url).content.decode()
        assert f'<html lang="{language}">' in html
        assert 'name="title"' in html

    proposals = HubProposal.objects.order_by("locale__language_code")
    assert [(p.locale.language_code, p.status) for p in proposals] == [
        ("en", "declined"),
        ("es", "received"),
        ("fr", "stage_two_open"),
    ]
    for proposal in proposals:
        assert any(word in proposal.lead_government for word in ("illustrative", "ilustrativa"))
        assert proposal.sdgs.exists()
        assert {goal.locale_id for goal in proposal.sdgs.all()} == {proposal.locale_id}
        assert proposal.status_changes.last().to_status == proposal.status
    french = proposals.get(locale__language_code="fr")
    assert french.milestones and french.partner_roles and french.stage_two_submitted_at is None

    counts = (ProposalPage.objects.count(), HubProposal.objects.count(), HubProposalStatusChange.objects.count())
    load(DemoContext())
    assert (
        ProposalPage.objects.count(),
        HubProposal.objects.count(),
        HubProposalStatusChange.objects.count(),
    ) == counts
