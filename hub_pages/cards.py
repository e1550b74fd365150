"""What a HUB card (components/hub_pages/hub_card.html) shows, for a whole
list of HUBs in a fixed number of queries: the directory and the home page's
featured HUBs."""

from django.db.models import Prefetch
from wagtail.images import get_image_model

from site_core.models import SDG
from site_core.visitor_language import each_in_visitor_language

CARD_RENDITION = "fill-640x360"


def with_card_relations(hubs):
    """`hubs` (a queryset) with their SDGs and hero image (and its card
    rendition) prefetched."""
    images = get_image_model().objects.prefetch_renditions(CARD_RENDITION)
    return hubs.prefetch_related("sdgs", Prefetch("hero_image", queryset=images))


def add_card_sdgs(hubs, locale):
    """Set each HUB's `localized_sdgs`: its goals in the visitor's language."""
    sdgs = each_in_visitor_language(hubs, "sdgs", SDG.objects.all(), locale)
    for hub in hubs:
        hub.localized_sdgs = sdgs[hub.pk]
    return hubs
