"""The home page's featured HUBs (site_core's template loads this tag; the
logic stays in hub_pages)."""

from django import template

from hub_pages.cards import add_card_sdgs, with_card_relations
from hub_pages.choices import HubStatus
from hub_pages.models import HubPage
from site_core.lookups import active_locale, public

register = template.Library()

FEATURED_LIMIT = 3


def featured_hubs_for(home, locale, limit=FEATURED_LIMIT):
    """The editor's picks (any language version of them) in the visitor's
    language, in the editor's order; without picks, the most recently
    updated active HUBs of that language."""
    hubs = with_card_relations(public(HubPage.objects.live()).filter(locale=locale))
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
    hubs = featured_hubs_for(home, active_locale(), limit) if home is not None else []
    directory = hubs[0].get_parent() if hubs else None
    return {"request": context.get("request"), "hubs": hubs, "directory": directory}
