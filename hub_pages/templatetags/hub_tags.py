"""The home page's featured HUBs (site_core's template loads this tag; the
logic stays in hub_pages)."""

from django import template
from wagtail.models import Locale

from hub_pages.cards import add_card_sdgs, with_card_relations
from hub_pages.choices import HubStatus
from hub_pages.models import HubPage, ProposalPage

register = template.Library()

FEATURED_LIMIT = 3


def featured_hubs_for(home, locale, limit=FEATURED_LIMIT):
    """The editor's picks (any language version of them) in the visitor's
    language, in the editor's order; without picks, the most recently
    updated active HUBs of that language."""
    hubs = with_card_relations(HubPage.objects.live().public().filter(locale=locale))
    picked_keys = list(home.featured_hubs.order_by("sort_order").values_list("hub__translation_key", flat=True))
    if picked_keys:
        position = {key: index for index, key in enumerate(picked_keys)}
        chosen = sorted(hubs.filter(translation_key__in=picked_keys), key=lambda hub: position[hub.translation_key])
        chosen = chosen[:limit]
    else:
        chosen = list(hubs.filter(status=HubStatus.ACTIVE).order_by("-last_published_at", "title")[:limit])
    return add_card_sdgs(chosen, locale)


@register.inclusion_tag("components/hub_pages/featured_hubs.html", takes_context=True)
def featured_hubs(context, limit=FEATURED_LIMIT):
    home = context.get("page")
    hubs = featured_hubs_for(home, Locale.get_active(), limit) if home is not None else []
    directory = hubs[0].get_parent() if hubs else None
    return {"request": context.get("request"), "hubs": hubs, "directory": directory}


@register.simple_tag(takes_context=True)
def open_call(context):
    """The home page's call for proposals in the visitor's language while it
    is open, else None (the home page's lead shows it)."""
    home = context.get("page")
    if home is None:
        return None
    call = ProposalPage.objects.live().public().child_of(home).first()
    return call if call is not None and call.is_open else None
