"""A city contributor writes a story, the communications team approves it,
and it goes live: the whole review loop in a real browser."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from hub_pages.contributors import add_contributor
from news.models import NewsPage
from site_core.roles import COMMUNICATIONS_TEAM
from tests.factories import build_home_pages
from tests.hub_pages.factories import build_hub, build_hub_index

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, base_url, username, password):
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base_url}/admin/")


def test_story_goes_live_after_review(live_server, browser):
    hub = build_hub(build_hub_index(build_home_pages()), "hub-a")["en"]
    contributor, _created = add_contributor(hub, "ana@city-a.example", name="Ana Pérez", language="en")
    contributor.set_password("city-a-password")
    contributor.save()
    reviewer = get_user_model().objects.create_user("maria", "maria@uclg.example", "review-password")
    reviewer.groups.add(Group.objects.get(name=COMMUNICATIONS_TEAM))

    contributor_page = browser.new_context().new_page()
    log_in(contributor_page, live_server.url, "ana@city-a.example", "city-a-password")
    contributor_page.goto(f"{live_server.url}/admin/pages/add/news/newspage/{hub.pk}/")
    contributor_page.fill("#id_title", "Our first forum")
    contributor_page.fill("#id_date", "2026-11-20")
    contributor_page.fill("#id_intro", "What happened at our first forum.")
    contributor_page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").first.click()
    contributor_page.get_by_role("button", name="Submit to Communications review").click()
    contributor_page.wait_for_load_state("networkidle")
    story = NewsPage.objects.get(title="Our first forum")
    assert not story.live and story.workflow_in_progress

    reviewer_page = browser.new_context().new_page()
    log_in(reviewer_page, live_server.url, "maria", "review-password")
    reviewer_page.goto(f"{live_server.url}/admin/pages/{story.pk}/edit/")
    reviewer_page.locator("footer .dropdown-toggle, footer [data-w-dropdown-target='toggle']").first.click()
    reviewer_page.get_by_role("button", name="Approve and Publish", exact=True).click()
    reviewer_page.wait_for_load_state("networkidle")

    story.refresh_from_db()
    assert story.live
    public = browser.new_context().new_page()
    response = public.goto(f"{live_server.url}{story.url}")
    assert response.status == 200
    assert public.get_by_role("heading", level=1).inner_text() == "Our first forum"
