"""The proposal form in Chromium: no axe-core violation (empty and with
errors) at 320 px and desktop widths, nothing blocked by the CSP, nothing
wider than the screen; a city fills it in without JavaScript."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from hub_pages.models import HubProposal
from tests.factories import build_home_pages
from tests.hub_pages.factories import build_theme
from tests.hub_pages.proposal_helpers import build_call

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def call_pages(db):
    from django.core.cache import cache

    cache.clear()
    homes = build_home_pages()
    build_theme("water", "Water")
    return build_call(homes)


def check_page(page):
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    overflowing = page.evaluate(
        "() => [...document.querySelectorAll('main *')]"
        ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)"
        ".map(e => e.tagName + '#' + e.id + '.' + e.className)"
    )
    assert overflowing == []


@pytest.mark.parametrize("width", [320, 1280])
@pytest.mark.parametrize("language", ["es", "fr"])
def test_the_form_and_its_errors_pass_axe(live_server, browser, call_pages, width, language):
    # JavaScript on only because axe-core runs as a script; the form needs none.
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20000)
    try:
        page.goto(f"{live_server.url}{call_pages[language].url}")
        assert page.locator("html").get_attribute("lang") == language
        check_page(page)
        with page.expect_navigation():
            page.locator(".proposal-form button[type=submit]").click()
        assert page.locator("#error-summary").is_visible()
        assert not page.locator("#id_reference_code").is_visible()  # the honeypot
        check_page(page)
    finally:
        context.close()
    assert HubProposal.objects.count() == 0


def test_a_city_sends_a_proposal_without_javascript(live_server, browser, call_pages):
    context = browser.new_context(viewport={"width": 320, "height": 800}, java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(20000)
    blocked = []
    page.on("console", lambda message: "Content Security Policy" in message.text and blocked.append(message.text))
    try:
        page.goto(f"{live_server.url}{call_pages['fr'].url}")
        page.fill("#id_lead_government", "Ville-Exemple")
        page.check("#id_lead_government_kind_0")
        page.select_option("#id_country", "SN")
        page.select_option("#id_region", "africa")
        page.fill("#id_contact_name", "Awa Exemple")
        page.fill("#id_contact_email", "awa@example.org")
        page.fill("#id_title", "Cantines locales")
        page.fill("#id_summary", "Les cantines achètent aux coopératives.")
        page.check("#id_sdgs_1")
        page.fill("#id_start_date", "2027-01-15")
        page.fill("#id_end_date", "2029-01-15")
        page.fill("#id_local_global_link", "ODD 2 et 4.")
        page.fill("#id_acceleration", "Un contrat type.")
        page.fill("#id_synchronisation", "Réseau des cantines.")
        page.fill("#id_results-0-title", "Repas locaux")
        page.fill("#id_results-0-indicator", "Part des repas")
        page.fill("#id_results-0-target", "60,5")
        page.fill("#id_results-0-unit", "%")
        page.check("#id_consent_to_contact")
        page.locator(".proposal-form button[type=submit]").click()
        page.wait_for_load_state()
        assert page.locator(".proposal-sent").is_visible()
        assert "Merci : votre proposition a été envoyée" in page.locator(".proposal-sent").inner_text()
        assert blocked == []
    finally:
        context.close()
    proposal = HubProposal.objects.get()
    assert (proposal.title, proposal.locale.language_code) == ("Cantines locales", "fr")
    assert proposal.expected_results[0]["target"] == "60.5"


def test_stage_two_at_320px_draft_reload_submit_with_axe(live_server, browser, call_pages):
    """The stage 2 questionnaire on a phone: an error, a draft, the same link
    again, the submission, then the answers read only; axe finds nothing."""
    from django.test import Client
    from django.urls import reverse
    from django.utils import translation

    from hub_pages.proposals.links import STAGE_TWO, make_token
    from tests.hub_pages.proposal_helpers import valid_data

    Client().post(call_pages["es"].url, valid_data("es"))
    proposal = HubProposal.objects.get()
    proposal.open_stage_two(None)
    with translation.override("es"):
        path = reverse("proposal_links:stage_two", args=[proposal.pk, make_token(proposal, STAGE_TWO)])
    context = browser.new_context(viewport={"width": 320, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20000)
    try:
        page.goto(f"{live_server.url}{path}")
        assert page.locator("html").get_attribute("lang") == "es"
        check_page(page)
        page.fill("#id_milestones-0-title", "Comités elegidos")  # no date yet: an error
        page.fill("#id_partners-0-name", "Universidad de Ejemplo")
        page.fill("#id_partners-0-role", "Seguimiento")
        page.fill("#id_communication_plan", "Un programa de radio mensual.")
        with page.expect_navigation():
            page.get_by_role("button", name="Guardar borrador").click()
        assert page.locator("#error-summary").is_visible()
        assert page.input_value("#id_communication_plan") == "Un programa de radio mensual."
        check_page(page)
        page.fill("#id_milestones-0-date", "2027-06-01")
        with page.expect_navigation():
            page.get_by_role("button", name="Guardar borrador").click()
        assert page.locator(".proposal-sent").is_visible()
        page.goto(f"{live_server.url}{path}")  # the same link, later
        assert page.input_value("#id_partners-0-role") == "Seguimiento"
        with page.expect_navigation():
            page.get_by_role("button", name="Enviar").click()
        assert "Universidad de Ejemplo — Seguimiento" in page.locator("main").inner_text()
        assert page.locator("form.proposal-form").count() == 0
        check_page(page)
    finally:
        context.close()
    proposal.refresh_from_db()
    assert proposal.stage_two_submitted_at is not None
    assert proposal.milestones == [{"date": "2027-06-01", "title": "Comités elegidos"}]
