"""The dashboard per role: the team sees what waits for them (proposals,
pages in review, translations to do); a translator the translations; a
HUB contributor only their HUB, its drafts and its pages in review, and no
site-wide count. The explorer opens at a contributor's HUB."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page

from hub_pages.contributors import add_contributor
from hub_pages.models import HubProposal, ProposalStatus
from news.models import NewsPage
from site_core.roles import COMMUNICATIONS_TEAM, TRANSLATORS
from tests.hub_pages.factories import build_hub, build_hub_index
from tests.hub_pages.proposal_helpers import valid_data
from tests.news.factories import english_news

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(homes):
    indexes = build_hub_index(homes)
    a, b = build_hub(indexes, "hub-a"), build_hub(indexes, "hub-b")
    draft = NewsPage(title="Draft story of A", slug="draft-a", date="2026-11-01", intro="x")
    a["en"].add_child(instance=draft)
    draft.save_revision()
    other_draft = NewsPage(title="Draft story of B", slug="draft-b", date="2026-11-01", intro="x")
    b["en"].add_child(instance=other_draft)
    other_draft.save_revision()
    return {"a": a, "b": b, "draft": draft, "other_draft": other_draft, "story_a": english_news(a["en"], "story-a")}


@pytest.fixture
def contributor(tree):
    user, _created = add_contributor(tree["a"]["en"], "ana@city-a.example", name="Ana Pérez", language="fr")
    return user


def member(username, group_name):
    user = get_user_model().objects.create_user(username, f"{username}@uclg.example", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def submit_for_review(page, user):
    page.save_revision(user=user)
    page.get_workflow().start(page, user)


def dashboard(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def panel_ids(page):
    return [section["id"].removesuffix("-section") for section in page.select("section.w-panel--dashboard")]


def panel_text(page, panel_id):
    return " ".join(page.select_one(f"section#{panel_id}-section").get_text(" ").split())


def explorer_start_page_id(page):
    props = json.loads(page.select_one("#wagtail-sidebar-props").string)
    [explorer] = [
        item for item in props["modules"][2]["_args"][0] if item["_type"] == "wagtail.sidebar.PageExplorerMenuItem"
    ]
    return explorer["_args"][1]


def test_a_contributor_sees_only_their_hub_its_drafts_and_reviews(client, contributor, tree):
    submit_for_review(tree["story_a"], contributor)
    page = dashboard(client, contributor)

    assert panel_ids(page) == ["your_hub", "hub_drafts", "hub_in_review"]
    hub_panel = panel_text(page, "your_hub")
    for version in tree["a"].values():
        assert version.title in hub_panel
    assert "Hub B" not in page.get_text()
    assert "Draft story of A" in panel_text(page, "hub_drafts")
    assert "Draft story of B" not in page.get_text()
    assert "Story A" in panel_text(page, "hub_in_review")
    assert "Story A" not in panel_text(page, "hub_drafts")


def test_a_contributor_sees_no_site_wide_count(client, contributor, tree):
    page = dashboard(client, contributor)
    text = " ".join(page.get_text(" ").split())
    text = re.sub(r"\b\d{2}/\d{2}/\d{4} \d{2}:\d{2}\b", "", text)  # edit times (15:02) are no count
    total_pages = Page.objects.filter(depth__gt=1).count()
    assert not page.select(".w-summary")
    assert not re.search(rf"\b{total_pages}\b", text)
    assert "Pages créées" not in text and "Pages created" not in text


def test_the_explorer_opens_at_the_contributors_hub_in_their_language(client, contributor, tree):
    page = dashboard(client, contributor)  # their admin language: French
    assert explorer_start_page_id(page) == tree["a"]["fr"].pk
    explorer_link = page.select_one("#wagtail-sidebar-props").string
    assert f"/admin/pages/{tree['a']['fr'].pk}/" in explorer_link


def test_the_explorer_opens_at_the_root_for_the_team_and_translators(client, tree):
    for user in (member("maria", COMMUNICATIONS_TEAM), member("tom", TRANSLATORS)):
        assert explorer_start_page_id(dashboard(client, user)) == Page.get_first_root_node().pk


def test_the_team_sees_proposals_waiting_pages_in_review_and_translations_to_do(client, call, contributor, tree):
    client.post(call["es"].url, valid_data("es", title="Agua para todos"))
    client.post(call["en"].url, valid_data("en", title="Settled one"))
    HubProposal.objects.filter(title="Settled one").update(status=ProposalStatus.DECLINED)
    submit_for_review(tree["story_a"], contributor)
    spanish_b = tree["b"]["es"]
    tree["b"]["en"].save_revision().publish()  # the source changes after its translations
    team = member("maria", COMMUNICATIONS_TEAM)

    page = dashboard(client, team)

    assert {"proposals_waiting", "pages_in_review", "translations_to_do"} <= set(panel_ids(page))
    assert "awaiting-review" not in panel_ids(page)  # replaced by "Pages in review"
    proposals = page.select_one("section#proposals_waiting-section")
    assert "Agua para todos" in proposals.get_text() and "Settled one" not in proposals.get_text()
    proposal = HubProposal.objects.get(title="Agua para todos")
    assert proposals.select_one(f'a[href="/admin/hubproposal/accept/{proposal.pk}/"]')
    assert proposals.select_one(f'a[href="/admin/hubproposal/decline/{proposal.pk}/"]')
    assert "Story A" in panel_text(page, "pages_in_review")
    translations = panel_text(page, "translations_to_do")
    assert "Hub B" in translations and "Out of date" in translations
    assert spanish_b.locale.get_display_name() in translations
    assert page.select(".w-summary")  # the site-wide counts stay for the team


def test_a_translator_sees_the_translations_to_do_and_no_proposal(client, tree):
    tree["b"]["en"].save_revision().publish()
    page = dashboard(client, member("tom", TRANSLATORS))
    assert "translations_to_do" in panel_ids(page)
    assert "proposals_waiting" not in panel_ids(page) and "pages_in_review" not in panel_ids(page)
    assert "Hub B" in panel_text(page, "translations_to_do")


def test_empty_panels_say_there_is_nothing_to_do(client, tree):
    page = dashboard(client, member("maria", COMMUNICATIONS_TEAM))
    assert "No proposal is waiting for a decision." in panel_text(page, "proposals_waiting")
    assert "No page is waiting for review." in panel_text(page, "pages_in_review")
