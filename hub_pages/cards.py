"""What a HUB card (components/hub_pages/hub_card.html) shows, for a whole
list of HUBs in a fixed number of queries: the directory and the home page's
featured HUBs."""

from django.db.models import Prefetch

from site_core.models import SDG
from site_core.renditions import with_renditions
from site_core.visitor_language import each_in_visitor_language

CARD_RENDITION = "fill-640x360"


def with_card_relations(hubs):
    """`hubs` (a queryset) with their SDGs and hero image (and its card
    rendition) prefetched."""
    sdgs = SDG.objects.only("id", "translation_key")
    return with_renditions(hubs.prefetch_related(Prefetch("sdgs", queryset=sdgs)), "hero_image", CARD_RENDITION)


def add_card_sdgs(hubs, locale):
    """Set each HUB's `localized_sdgs`: its goals in the visitor's language."""
    sdgs = each_in_visitor_language(hubs, "sdgs", SDG.in_every_language(), locale)
    for hub in hubs:
        hub.localized_sdgs = sdgs[hub.pk]
    return hubs
