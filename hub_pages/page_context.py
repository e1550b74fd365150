"""What a HubPage shows besides its own fields, resolved to the visitor's
language with a fixed number of queries however many items there are."""

from django.apps import apps
from django.db.models import Prefetch, Q
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale

from hub_pages.localized import in_active_locale
from site_core.models import SDG, PartnerOrganisation, Theme

LOGO_RENDITION = "max-160x80"
CARD_RENDITION = "fill-640x360"
STORY_LIMIT = 6
RELATED_LIMIT = 6


def images_with_renditions(*specs):
    return get_image_model().objects.prefetch_renditions(*specs)


def connected_hubs(page, locale):
    """HUBs linked from this page and HUBs that link to it (any language
    version of it), in the visitor's language only, like the directory."""
    model = type(page)
    linked_to = page.connected_hubs.values("translation_key")
    linking_here = model.objects.filter(connected_hubs__translation_key=page.translation_key).values("translation_key")
    return list(
        model.objects.live()
        .public()
        .filter(locale=locale)
        .filter(Q(translation_key__in=linked_to) | Q(translation_key__in=linking_here))
        .exclude(translation_key=page.translation_key)
        .order_by("title")
    )


def _news_models():
    """news is optional for hub_pages' import graph: it references us."""
    try:
        return apps.get_model("news", "NewsPage"), apps.get_model("news", "EventPage")
    except LookupError:
        return None, None


def hub_page_context(page, request):
    locale = Locale.get_active()
    goals = SDG.by_number(locale)
    context = {
        "sdgs": SDG.in_language(page.sdgs.all(), goals),
        "themes": in_active_locale(Theme.objects.all(), page.themes.values("translation_key"), locale),
        "partners": in_active_locale(
            PartnerOrganisation.objects.prefetch_related(
                Prefetch("logo", queryset=images_with_renditions(LOGO_RENDITION))
            ),
            page.partners.values("translation_key"),
            locale,
        ),
        "connected_hubs": connected_hubs(page, locale),
        "milestones": sorted(page.roadmap, key=lambda block: block.value["date"]),
        "stories": [],
        "related_news": [],
        "upcoming_events": [],
    }
    news_page, event_page = _news_models()
    if news_page is not None:
        context["stories"] = list(
            news_page.objects.child_of(page)
            .live()
            .public()
            .order_by("-date")
            .prefetch_related(Prefetch("hero_image", queryset=images_with_renditions(CARD_RENDITION)))[:STORY_LIMIT]
        )
        # Synced M2Ms point at the source-language HubPage: match any
        # language version of this HUB, show the visitor's language.
        context["related_news"] = list(
            news_page.objects.live()
            .public()
            .filter(locale=locale, related_hubs__translation_key=page.translation_key)
            .exclude(pk__in=[story.pk for story in context["stories"]])
            .distinct()
            .order_by("-date")[:RELATED_LIMIT]
        )
        context["upcoming_events"] = list(
            event_page.objects.live()
            .public()
            .filter(locale=locale, related_hubs__translation_key=page.translation_key, end__gte=timezone.now())
            .distinct()
            .order_by("start")[:RELATED_LIMIT]
        )
    return context
