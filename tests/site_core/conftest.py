"""Fixtures for the site_core tests: a real image, document and partners in
a temporary media folder, and the SDGs by number and language."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale

from site_core.demo.translation import snippet_in_all_languages
from site_core.models import SDG, PartnerOrganisation
from site_core.sdgs import ensure_sdgs
from tests.site_core.block_fixtures import PARTNER_SPEC, make_image


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def image(db, media_root):
    return make_image()


@pytest.fixture
def document(db, media_root):
    return get_document_model().objects.create(
        title="HUB guidelines", file=ContentFile(b"%PDF-1.4\n" + b"x" * 2400, name="hub-guidelines.pdf")
    )


@pytest.fixture
def partners(homes, image):
    """One partner with a logo and a website, one without a logo, in en/es/fr."""
    with_logo = snippet_in_all_languages(
        PartnerOrganisation, PARTNER_SPEC, {"name": "Metropolis"}, logo=image, url="https://www.metropolis.org/"
    )
    spec = {code: {"name": f"Ciudades Verdes {code}"} for code in ("en", "es", "fr")}
    without_logo = snippet_in_all_languages(PartnerOrganisation, spec, {"name": "Ciudades Verdes en"})
    return [with_logo, without_logo]


@pytest.fixture
def sdgs(homes):
    """{number: {language code: SDG}}; the migration and build_home_pages create them."""
    ensure_sdgs(SDG, Locale)  # a transactional test's flush removes the migration's rows
    goals = {}
    for goal in SDG.objects.select_related("locale"):
        goals.setdefault(goal.number, {})[goal.locale.language_code] = goal
    return goals
