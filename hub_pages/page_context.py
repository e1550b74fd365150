"""What a HubPage shows besides its own fields, resolved to the visitor's
language with a fixed number of queries however many items there are.
(Its stories and news, and its agenda of milestones, events and
publications, are shown by the news app's `hub_news` and `hub_agenda` tags.)"""

from site_core.lookups import active_locale, public, when_shown
from site_core.models import SDG, PartnerOrganisation, Theme
from site_core.renditions import with_renditions
from site_core.visitor_language import in_visitor_language

LOGO_RENDITION = "max-160x80"
# The connected HUBs a page lists, by title: a HUB that many others link to
# still shows a list the reader can take in (the directory has them all).
CONNECTED_HUBS_LIMIT = 24
# What a connected HUB's link (components/hub_pages/hub_link_list.html) shows.
CONNECTED_HUB_FIELDS = (
    "id",
    "title",
    "url_path",
    "path",
    "depth",
    "translation_key",
    "locale_id",
    "lead_government",
    "country",
)


def connected_hubs(page, locale):
    """HUBs linked from this page and HUBs that link to it (any language
    version of it), in the visitor's language only, like the directory; at
    most CONNECTED_HUBS_LIMIT of them, reading only what their links show."""
    model = type(page)
    linked_to = page.connected_hubs.values("translation_key")
    linking_here = model.objects.filter(connected_hubs__translation_key=page.translation_key).values("translation_key")
    return list(
        public(model.objects.live())
        .filter(locale=locale)
        # One list of keys: the database starts from the links, not from every HUB.
        .filter(translation_key__in=linked_to.order_by().union(linking_here.order_by(), all=True))
        .exclude(translation_key=page.translation_key)
        .order_by("title", "pk")
        .only(*CONNECTED_HUB_FIELDS)[:CONNECTED_HUBS_LIMIT]
    )


def hub_page_context(page, request):
    """Read when shown (`when_shown`): the page keeps the parts that show
    them until the next publish."""
    locale = active_locale()
    partners = with_renditions(PartnerOrganisation.objects.all(), "logo", LOGO_RENDITION)
    return {
        "sdgs": when_shown(lambda: in_visitor_language(page.sdgs.all(), SDG.in_every_language(), locale)),
        # An untranslated theme or partner still shows, in its own language.
        "themes": when_shown(
            lambda: in_visitor_language(page.themes.all(), Theme.objects.all(), locale, or_source=True)
        ),
        "partners": when_shown(lambda: in_visitor_language(page.partners.all(), partners, locale, or_source=True)),
        "connected_hubs": when_shown(lambda: connected_hubs(page, locale)),
    }
