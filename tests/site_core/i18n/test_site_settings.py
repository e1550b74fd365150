"""Contact e-mail and social links per site; footer text per language."""

import pytest
from wagtail.models import Site

from site_core.demo.translation import snippet_in_all_languages
from site_core.models import FooterText, SiteSettings
from tests.site_core.i18n.helpers import soup

pytestmark = pytest.mark.django_db

FOOTER = {
    "en": {"description": "About the programme.", "address": "Barcelona"},
    "es": {"description": "Sobre el programa.", "address": "Barcelona (España)"},
    "fr": {"description": "À propos du programme.", "address": "Barcelone"},
}


@pytest.fixture
def site_settings(homes):
    footers = snippet_in_all_languages(FooterText, FOOTER, {"address": "Barcelona"})
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.footer_text = footers["en"]
    settings.contact_email = "hubs@example.org"
    settings.linkedin_url = "https://www.linkedin.com/company/example"
    settings.youtube_url = "https://www.youtube.com/@example"
    settings.save()
    return settings


def footer(response):
    return soup(response).select_one("footer.site-footer")


@pytest.mark.parametrize(
    ("url", "description", "address"),
    [
        ("/en/", "About the programme.", "Barcelona"),
        ("/es/", "Sobre el programa.", "Barcelona (España)"),
        ("/fr/", "À propos du programme.", "Barcelone"),
    ],
)
def test_footer_text_is_in_the_pages_language(client, site_settings, url, description, address):
    element = footer(client.get(url))
    assert element.select_one(".site-footer__description").get_text(strip=True) == description
    assert element.select_one(".site-footer__small").get_text(strip=True) == address


def test_contact_and_social_links_are_the_same_in_every_language(client, site_settings):
    for url in ("/en/", "/es/", "/fr/"):
        element = footer(client.get(url))
        assert element.select_one(".site-footer__contact a")["href"] == "mailto:hubs@example.org"
        links = [(a.get_text(strip=True), a["href"]) for a in element.select(".site-footer__social a")]
        assert links == [
            ("LinkedIn", "https://www.linkedin.com/company/example"),
            ("YouTube", "https://www.youtube.com/@example"),
        ]
    assert footer(client.get("/es/")).select_one("nav")["aria-label"] == "Redes sociales"


def test_untranslated_footer_falls_back_to_the_original(client, site_settings):
    FooterText.objects.filter(locale__language_code="fr").delete()
    assert footer(client.get("/fr/")).select_one(".site-footer__description").get_text() == "About the programme."


def test_without_settings_the_footer_uses_the_interface_text(client, homes):
    element = footer(client.get("/es/"))
    assert (
        element.select_one(".site-footer__description")
        .get_text(strip=True)
        .startswith("Una iniciativa de Ciudades y Gobiernos Locales Unidos")
    )
    assert element.select_one(".site-footer__contact") is None
