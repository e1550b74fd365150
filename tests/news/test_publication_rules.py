"""Publication pages: where they may sit, the admin's file rules, search,
and the HUB page's reference documents (in its agenda)."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from hub_pages.models import HubPage
from news.models import NewsIndexPage, PublicationIndexPage, PublicationPage
from news.models.publications import file_language_errors
from site_core.models import HomePage, StandardPage
from site_core.search.views import search_pages
from tests.hub_pages.factories import build_hub
from tests.news.publication_factories import build_publication, pdf_document

pytestmark = pytest.mark.django_db


def test_the_library_sits_under_a_home_page_once_and_holds_only_publications():
    assert PublicationIndexPage.allowed_parent_page_models() == [HomePage]
    assert PublicationIndexPage.allowed_subpage_models() == [PublicationPage]
    assert PublicationIndexPage.max_count_per_parent == 1
    assert PublicationPage.allowed_parent_page_models() == [PublicationIndexPage]
    assert PublicationPage.allowed_subpage_models() == []
    assert PublicationIndexPage in HomePage.allowed_subpage_models()
    for parent in (NewsIndexPage, HubPage, StandardPage, HomePage):
        assert PublicationPage not in parent.allowed_subpage_models()


def test_a_second_library_under_the_same_home_is_refused(libraries, homes):
    assert not PublicationIndexPage.can_create_at(homes["en"])


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("admin", "admin@example.org", "password")
    client.force_login(user)
    return client


def post_publication(admin_client, library, files):
    data = nested_form_data(
        {
            "title": "Local finance report",
            "slug": "local-finance-report",
            "publication_type": "report",
            "date": "2024-05-01",
            "authors": "UCLG",
            "intro": "",
            "hero_image_alt": "",
            "body": streamfield([]),
            "files": inline_formset(files),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    url = reverse("wagtailadmin_pages:add", args=("news", "publicationpage", library.pk))
    return admin_client.post(url, data)


def test_the_admin_publishes_a_publication_with_one_file_per_language(admin_client, libraries):
    english, french = pdf_document("Report en"), pdf_document("Report fr")
    files = [{"language": "en", "document": english.pk}, {"language": "fr", "document": french.pk}]
    response = post_publication(admin_client, libraries["en"], files)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = PublicationPage.objects.get(slug="local-finance-report")
    assert page.live
    assert sorted(page.files.values_list("language", flat=True)) == ["en", "fr"]


def test_the_admin_refuses_a_publication_without_a_file(admin_client, libraries):
    response = post_publication(admin_client, libraries["en"], [])
    assert response.status_code == 200
    assert not PublicationPage.objects.filter(slug="local-finance-report").exists()


def test_the_admin_refuses_two_files_in_one_language(admin_client, libraries):
    first, second = pdf_document("Report 1"), pdf_document("Report 2")
    files = [{"language": "fr", "document": first.pk}, {"language": "fr", "document": second.pk}]
    response = post_publication(admin_client, libraries["en"], files)
    assert response.status_code == 200
    assert "There is more than one file in French: keep one file per language." in response.content.decode()
    assert not PublicationPage.objects.filter(slug="local-finance-report").exists()


def test_the_file_rules_speak_the_editors_language():
    with translation.override("es"):
        assert [str(m) for m in file_language_errors([])] == [
            "Añada el archivo de la publicación en al menos un idioma."
        ]
    with translation.override("fr"):
        assert [str(m) for m in file_language_errors(["en", "en", "fr"])] == [
            "Il y a plus d'un fichier en anglais : gardez un seul fichier par langue."
        ]
    assert file_language_errors(["en", "es", "fr"]) == []


def test_the_site_search_finds_a_publication_in_each_language(libraries):
    pages = build_publication(libraries, "municipal-finance-toolkit", authors="Diputación de Barcelona")
    for code, page in pages.items():
        locale = Locale.objects.get(language_code=code)
        found = [result.specific for result in search_pages("finance toolkit", locale)]
        assert page in found, code
    english = Locale.objects.get(language_code="en")
    assert pages["en"] in [result.specific for result in search_pages("Diputación", english)]


@pytest.mark.parametrize(
    ("code", "meta"),
    [
        ("en", 'Report · <time datetime="2024-05-01">May 1, 2024</time>'),
        ("es", 'Informe · <time datetime="2024-05-01">1 de mayo de 2024</time>'),
        ("fr", 'Rapport · <time datetime="2024-05-01">1 mai 2024</time>'),
    ],
)
def test_a_search_result_says_the_publications_type_and_date(client, libraries, code, meta):
    pages = build_publication(libraries, "municipal-finance-toolkit")
    html = client.get(f"/{code}/search/", {"q": "finance toolkit"}).content.decode()
    results = html.split('class="search-results"', 1)[1].split("</ol>", 1)[0]
    assert f'href="{pages[code].url}">{pages[code].title}</a>' in results
    assert f'<p class="search-results__meta">{meta}</p>' in results
    translation.activate("en")


def test_a_hub_page_lists_its_publications_in_the_visitors_language(client, libraries, hub_indexes):
    hub = build_hub(hub_indexes, "bilbao")
    pages = build_publication(libraries, "values-manifesto", publication_type="manifesto", related_hubs=[hub["en"]])
    build_publication(libraries, "unrelated-report")
    html = client.get(hub["fr"].url).content.decode()
    agenda = html.split('id="agenda-heading"', 1)[1].split("</section>", 1)[0]
    assert f'href="{pages["fr"].url}">{pages["fr"].title}</a>' in agenda
    assert "Manifeste ou charte" in agenda
    assert "Unrelated Report" not in html
    assert f'href="{libraries["fr"].url}?hub={hub["fr"].pk}"' in agenda


def test_a_hub_without_publications_links_to_no_library(client, libraries, hub_indexes):
    hub = build_hub(hub_indexes, "xian", languages=("en",))
    html = client.get(hub["en"].url).content.decode()
    assert "All publications about this HUB" not in html
