"""Every change editors make is seen by both gunicorn workers within a
second, through the generation they share in Redis: publish, unpublish,
move, delete, a translation's publish, a snippet, the site settings, a
view restriction. Each test first has both workers serve the page (from the
cache), then makes its change through the ORM as the admin would."""

import datetime
import html

import pytest
from django.db import transaction
from django.utils import timezone
from wagtail.models import PageViewRestriction

from news.listing import listed_events
from news.models import EventIndexPage
from site_core.models import FooterText, SiteSettings
from tests.news.factories import english_event
from tests.production import content
from tests.production.client import Visitor
from tests.production.test_page_cache import publish, views_until_both_workers_answer

pytestmark = pytest.mark.production


def both_workers_serve(production_site, url, within):
    """The responses to anonymous views of `url` until both workers answered
    (at most `within` seconds)."""
    answered = views_until_both_workers_answer(production_site, url, within=within)
    assert len({pid for _response, pid in answered}) == 2, f"both workers did not answer within {within} s"
    return [response for response, _pid in answered]


def assert_seen_by_both_workers_within_a_second(production_site, url, change, before, after):
    """`before(response)` holds on both workers, from their shared cache;
    after `change()`, `after(response)` holds on both within a second."""
    served = both_workers_serve(production_site, url, within=10)
    assert all(before(response) for response in served)
    assert any(response.headers.get("X-Page-Cache") == "hit" for response in served)
    change()
    assert all(after(response) for response in both_workers_serve(production_site, url, within=1))


def shows(text):
    return lambda response: response.status_code == 200 and html.escape(text) in response.text


def gone(response):
    return response.status_code == 404


def test_an_unpublish(production_site):
    page = content.public_page("leg-unpublish", "Leg page to unpublish")["es"]
    assert_seen_by_both_workers_within_a_second(
        production_site, page.url, page.unpublish, shows("Leg page to unpublish"), gone
    )


def test_a_move(production_site, pages):
    """The old address then leads to the new one (the redirect Wagtail makes
    on a move)."""
    page = content.public_page("leg-move", "Leg page to move")["en"]
    new_parent = pages["public"]["en"]

    def moved(response):
        return response.status_code in (301, 302) and response.headers["Location"].endswith(
            f"{new_parent.url}{page.slug}/"
        )

    assert_seen_by_both_workers_within_a_second(
        production_site,
        page.url,
        lambda: page.move(new_parent, pos="last-child"),
        shows("Leg page to move"),
        moved,
    )
    page.refresh_from_db()
    assert shows("Leg page to move")(Visitor(production_site["base_url"]).get(page.url))


def test_a_delete(production_site):
    page = content.public_page("leg-delete", "Leg page to delete")["fr"]
    assert_seen_by_both_workers_within_a_second(production_site, page.url, page.delete, shows("to delete"), gone)


def test_a_translation_published_in_wagtail_localize(production_site):
    pages = content.public_page("leg-retranslate", "Leg page to translate again")
    assert_seen_by_both_workers_within_a_second(
        production_site,
        pages["fr"].url,
        lambda: content.retranslate(pages["en"], "fr", "Une traduction revue et publiée"),
        shows("Leg page to translate again: fr text"),
        shows("Une traduction revue et publiée"),
    )


@pytest.fixture
def past_events():
    """The English event index and the events a test publishes under it,
    deleted after the test."""
    index = EventIndexPage.objects.get(locale__language_code="en")
    published = []
    yield index, published
    for event in published:
        event.delete()


def test_publishes_that_fill_a_listings_second_page(production_site, past_events):
    """A listing's count is kept until the next publish: the publish that
    starts a second page of past events shows its link on both workers."""
    index, published = past_events
    missing = index.past_per_page + 1 - listed_events(index.locale).filter(end__lt=timezone.now()).count()

    def publish_past_events():
        for number in range(missing):
            start = datetime.datetime(2019, 3, 1 + number, 9, tzinfo=datetime.UTC)
            published.append(english_event(index, f"leg-past-{number}", start, start + datetime.timedelta(hours=2)))

    second_page = 'href="?past=2"'
    assert_seen_by_both_workers_within_a_second(
        production_site,
        index.url,
        publish_past_events,
        lambda response: response.status_code == 200 and second_page not in response.text,
        lambda response: second_page in response.text,
    )


@pytest.fixture
def footer_text():
    """The site's French footer text (a translated snippet), put back after the test."""
    snippet = SiteSettings.objects.get().footer_text.get_translation(content.homes()["fr"].locale)
    original = snippet.description
    yield snippet
    FooterText.objects.filter(pk=snippet.pk).update(description=original)


def test_a_snippet_save(production_site, pages, footer_text):
    def change():
        footer_text.description = "Un nouveau texte de pied de page"
        footer_text.save()

    assert_seen_by_both_workers_within_a_second(
        production_site,
        pages["public"]["fr"].url,
        change,
        shows(footer_text.description),
        shows("Un nouveau texte de pied de page"),
    )


@pytest.fixture
def site_settings():
    site_settings = SiteSettings.objects.get()
    original = site_settings.contact_email
    yield site_settings
    SiteSettings.objects.filter(pk=site_settings.pk).update(contact_email=original)


def test_a_settings_save(production_site, pages, site_settings):
    def change():
        site_settings.contact_email = "leg-contact@hubs.example.org"
        site_settings.save()

    assert_seen_by_both_workers_within_a_second(
        production_site,
        pages["public"]["es"].url,
        change,
        shows(f"mailto:{site_settings.contact_email}"),
        shows("mailto:leg-contact@hubs.example.org"),
    )


def test_a_view_restriction(production_site):
    page = content.public_page("leg-restrict", "Leg page made private")["en"]

    def change():
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    assert_seen_by_both_workers_within_a_second(
        production_site,
        page.url,
        change,
        shows("Leg page made private: en text"),
        lambda response: response.status_code == 302 and "X-Page-Cache" not in response.headers,
    )


def test_a_view_between_a_change_and_its_commit_is_not_kept_past_the_commit(production_site, pages, footer_text):
    """A worker serving a page while the admin's transaction is still open
    reads the old content and keeps it; the commit must make that copy stale."""
    visitor = Visitor(production_site["base_url"])
    url = pages["public"]["en"].url
    english_footer = SiteSettings.objects.get().footer_text
    original = english_footer.description
    publish(pages["public"]["en"])  # no copy yet
    try:
        with transaction.atomic():
            english_footer.description = "A footer saved in an open transaction"
            english_footer.save()
            during = visitor.get(url)
            # Not committed: the worker reads the old text, and keeps it.
            assert during.headers["X-Page-Cache"] == "miss"
            assert html.escape(original) in during.text
        after = visitor.get(url)
        assert "A footer saved in an open transaction" in after.text
        assert after.headers["X-Page-Cache"] == "miss"
    finally:
        FooterText.objects.filter(pk=english_footer.pk).update(description=original)
