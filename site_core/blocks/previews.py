"""Sample objects for block previews and the pattern library: the first
suitable item of the media library or the snippets, or None when there is none
(templates then show the block without it). The snippet models are passed
in: the models import the blocks, not the other way round."""

from wagtail.documents import get_document_model
from wagtail.images import get_image_model


def first_image():
    return get_image_model().objects.order_by("-created_at", "-pk").first()


def first_document():
    return get_document_model().objects.order_by("-created_at", "-pk").first()


def sample_sdgs(sdg_model, numbers=(6, 7, 11, 13)):
    """Goals in the source (English) locale: badges resolve them to the page's language."""
    return list(sdg_model.objects.filter(number__in=numbers, locale__language_code="en").order_by("number"))


def sample_partners(partner_model, count=4):
    return list(partner_model.objects.filter(locale__language_code="en").order_by("name")[:count])
