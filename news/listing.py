"""Listings for the news and event index pages: filters read from plain GET
parameters (shareable URLs), forgiving pagination, and a fixed number of
queries however many items are listed."""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q
from django.db.models.functions import Lower
from django.utils import timezone
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from news.localizing import localized_hubs, localized_sdgs
from site_core.models import SDG

# One rendition per listed image, prefetched with the images.
CARD_RENDITION = "fill-640x360|format-webp"


def forgiving_page(paginator, raw):
    """The requested page, clamped: below 1 or not a number gives the first
    page, beyond the end the last one. Never an error."""
    try:
        number = int(raw)
    except (TypeError, ValueError):
        number = 1
    return paginator.page(min(max(number, 1), paginator.num_pages))


def _positive_int(raw):
    try:
        value = int(raw)
    except (TypeError, ValueError):
        return None
    return value if value > 0 else None


@dataclass
class NewsFilters:
    """The filters a visitor chose, keeping only values that exist in the
    visitor's language; anything else is ignored and reported."""

    hub: object = None
    sdg: int | None = None
    tag: object = None
    ignored: list = field(default_factory=list)

    @property
    def active(self):
        return any(value is not None for value in (self.hub, self.sdg, self.tag))

    @classmethod
    def from_query(cls, query, hubs, sdgs, tags):
        filters = cls()
        raw_hub, raw_sdg, raw_tag = query.get("hub", ""), query.get("sdg", ""), query.get("tag", "")
        if raw_hub:
            hub_id = _positive_int(raw_hub)
            filters.hub = next((hub for hub in hubs if hub.pk == hub_id), None)
            if filters.hub is None:
                filters.ignored.append("hub")
        if raw_sdg:
            number = _positive_int(raw_sdg)
            filters.sdg = number if any(sdg.number == number for sdg in sdgs) else None
            if filters.sdg is None:
                filters.ignored.append("sdg")
        if raw_tag:
            filters.tag = next((tag for tag in tags if tag.slug == raw_tag), None)
            if filters.tag is None:
                filters.ignored.append("tag")
        return filters


def _hub_model():
    return apps.get_model("hub_pages", "HubPage")


def news_filter_options(locale):
    hubs = list(_hub_model().objects.live().public().filter(locale=locale).order_by("title").only("id", "title"))
    sdgs = list(SDG.objects.filter(locale=locale))
    NewsPage = apps.get_model("news", "NewsPage")
    tagged = NewsPage.objects.live().public().filter(locale=locale).values("pk")
    used = apps.get_model("news", "NewsPageTag").objects.filter(content_object__in=tagged).values("tag_id")
    tags = list(Tag.objects.filter(pk__in=used).order_by(Lower("name"), "pk"))
    return hubs, sdgs, tags


def filter_news(queryset, filters):
    NewsPage = apps.get_model("news", "NewsPage")
    if filters.hub is not None:
        # Translations' synced M2M point at the source HUB: match by
        # translation key. Stories are the pages under the HUB itself.
        naming = NewsPage.related_hubs.through.objects.filter(
            hubpage__translation_key=filters.hub.translation_key
        ).values("newspage_id")
        queryset = queryset.filter(Q(pk__in=naming) | Q(path__startswith=filters.hub.path))
    if filters.sdg is not None:
        with_sdg = NewsPage.sdgs.through.objects.filter(sdg__number=filters.sdg).values("newspage_id")
        queryset = queryset.filter(pk__in=with_sdg)
    if filters.tag is not None:
        queryset = queryset.filter(tagged_items__tag=filters.tag)
    return queryset


def listed_news(locale):
    """Live news pages of one language, newest first, with what a card shows."""
    NewsPage = apps.get_model("news", "NewsPage")
    images = get_image_model().objects.prefetch_renditions(CARD_RENDITION)
    return (
        NewsPage.objects.live()
        .public()
        .filter(locale=locale)
        .order_by("-date", "-first_published_at", "-pk")
        .prefetch_related(
            # Not select_related: the prefetch brings each image's rendition too.
            Prefetch("hero_image", queryset=images),
            Prefetch("sdgs", queryset=SDG.objects.only("id", "number")),
            Prefetch("related_hubs", queryset=_hub_model().objects.only("id", "translation_key")),
            Prefetch("tagged_items", queryset=apps.get_model("news", "NewsPageTag").objects.select_related("tag")),
        )
    )


def decorate_news(items, locale):
    """Attach the visitor-language HUBs, SDGs and the story's HUB to each
    card: a fixed number of queries for the whole list."""
    hubs = localized_hubs(items, "related_hubs", locale)
    sdgs = localized_sdgs(items, locale)
    hub_content_type = ContentType.objects.get_for_model(_hub_model())
    parent_paths = {item.path[: -Page.steplen] for item in items}
    story_hubs = {
        parent.path: parent
        for parent in Page.objects.filter(path__in=parent_paths, content_type=hub_content_type).only(
            "id", "title", "url_path", "path", "depth"
        )
    }
    for item in items:
        item.localized_hubs = hubs[item.pk]
        item.localized_sdgs = sdgs[item.pk]
        item.story_hub = story_hubs.get(item.path[: -Page.steplen])
        item.tag_list = [tagged.tag for tagged in item.tagged_items.all()]
    return items


def news_listing(index_page, request):
    locale = Locale.get_active()
    hubs, sdgs, tags = news_filter_options(locale)
    filters = NewsFilters.from_query(request.GET, hubs, sdgs, tags)
    paginator = Paginator(filter_news(listed_news(locale), filters), index_page.items_per_page)
    page_obj = forgiving_page(paginator, request.GET.get("page"))
    decorate_news(page_obj.object_list, locale)
    return {
        "news_items": page_obj,
        "filters": filters,
        "hub_options": hubs,
        "sdg_options": sdgs,
        "tag_options": tags,
        "page_param_ignored": _page_param_ignored(request.GET.get("page"), page_obj),
    }


def _page_param_ignored(raw, page_obj):
    return raw not in (None, "") and str(page_obj.number) != raw


def listed_events(locale):
    EventPage = apps.get_model("news", "EventPage")
    return EventPage.objects.live().public().filter(locale=locale)


def event_listing(index_page, request):
    """Upcoming (ongoing included) soonest first, past latest first; each
    list paginated on its own parameter."""
    locale = Locale.get_active()
    now = timezone.now()
    upcoming = forgiving_page(
        Paginator(listed_events(locale).filter(end__gte=now).order_by("start", "pk"), index_page.upcoming_per_page),
        request.GET.get("page"),
    )
    past = forgiving_page(
        Paginator(listed_events(locale).filter(end__lt=now).order_by("-start", "-pk"), index_page.past_per_page),
        request.GET.get("past"),
    )
    return {"upcoming_events": upcoming, "past_events": past, "now": now}
