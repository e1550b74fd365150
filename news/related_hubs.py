"""The HUBs a news or event page names, in the visitor's language, and the
HUBs a listing's filter offers."""

from collections import namedtuple

from hub_pages.models import HubPage
from site_core.lookups import public
from site_core.visitor_language import each_in_visitor_language

HUB_LINK_FIELDS = ("id", "title", "url_path", "path", "depth", "translation_key", "locale_id")
# A HUB a filter offers. Plain tuples: a large site's filter offers hundreds,
# kept in the shared cache and read back on every view of the listing.
HubChoice = namedtuple("HubChoice", "pk title slug translation_key path")


def hub_choices(hubs):
    """`hubs` (a HubPage queryset, in the order to offer them) as HubChoices."""
    return [HubChoice(*row) for row in hubs.values_list(*HubChoice._fields)]


def related_hubs_in_language(items, locale=None):
    """{item.pk: [the live HUBs its `related_hubs` name, in the visitor's
    language, by title]}: one query for all the items (prefetch
    `related_hubs` when there are several)."""
    hubs = public(HubPage.objects.live()).order_by("title").only(*HUB_LINK_FIELDS)
    return each_in_visitor_language(items, "related_hubs", hubs, locale)
