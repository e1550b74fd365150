"""Sample objects for block previews and the pattern library: the first
suitable item of the media library or the snippets, or None when there is none
(templates then show the block without it)."""

from wagtail.documents import get_document_model
from wagtail.images import get_image_model


def first_image():
    return get_image_model().objects.order_by("-created_at", "-pk").first()


def first_document():
    return get_document_model().objects.order_by("-created_at", "-pk").first()


def sample_sdgs(numbers=(6, 7, 11, 13)):
    """Goals in the source (English) locale: badges resolve them to the page's language."""
    from site_core.models import SDG

    return list(SDG.objects.filter(number__in=numbers, locale__language_code="en").order_by("number"))


def sample_partners(count=4):
    from site_core.models import PartnerOrganisation

    return list(PartnerOrganisation.objects.filter(locale__language_code="en").order_by("name")[:count])
