"""The subscription pages in Chromium at phone and desktop widths: no axe-core
violation, nothing wider than the screen, and the form works by keyboard
with the messages in the visitor's language."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail

from news.models import Subscriber
from news.subscriptions.emails import link
from tests.factories import build_home_pages
from tests.news.factories import build_news_index

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def assert_clean(page, url):
    results = Axe().run(page)
    assert results.violations_count == 0, (url, results.generate_report())
    overflowing = page.evaluate(
        "() => [...document.querySelectorAll('body *')]"
        ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)"
        ".map(e => e.tagName + '.' + e.className)"
    )
    assert overflowing == [], url


@pytest.mark.parametrize("width", [320, 1280])
def test_subscribing_in_french_by_keyboard(live_server, browser, width):
    homes = build_home_pages()
    build_news_index(homes)
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/fr/")
        page.get_by_label("Recevez les actualités par e-mail").fill("lecteur@example.org")
        page.get_by_label("Recevez les actualités par e-mail").press("Enter")
        page.wait_for_url(f"{live_server.url}/fr/subscribe/?email=lecteur%40example.org")
        assert_clean(page, page.url)

        page.get_by_role("main").get_by_role("button", name="S’abonner").click()  # no topic chosen
        assert "Choisissez au moins un sujet à suivre." in page.get_by_role("alert").inner_text()
        assert_clean(page, page.url)
        assert page.get_by_label("Votre adresse e-mail").input_value() == "lecteur@example.org"

        page.get_by_label("Toutes les actualités et tous les récits des villes").check()
        page.get_by_role("main").get_by_role("button", name="S’abonner").click()
        page.wait_for_url(f"{live_server.url}/fr/subscribe/sent/")
        assert_clean(page, page.url)
        assert len(mail.outbox) == 1

        subscriber = Subscriber.objects.get()
        for purpose in ("confirm", "manage", "unsubscribe"):
            page.goto(link(subscriber, purpose).replace("http://localhost", live_server.url))
            assert_clean(page, page.url)
    finally:
        context.close()
