"""Listings for the news and event index pages: filters read from plain GET
parameters (shareable URLs), forgiving pagination, and a fixed number of
queries however many items are listed."""

from dataclasses import dataclass, field

from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Prefetch, Q
from django.db.models.functions import Lower
from taggit.models import Tag
from wagtail.models import Page

from hub_pages.models import HubPage
from news.models.events import EventPage
from news.models.news import NewsPage, NewsPageTag
from news.related_hubs import HUB_LINK_FIELDS, hub_choices
from site_core.lookups import A_MINUTE, active_locale, public, this_minute, until_next_publish
from site_core.models import SDG
from site_core.pagination import forgiving_page_when_shown
from site_core.renditions import with_renditions
from site_core.visitor_language import each_in_visitor_language

# One rendition per listed image, prefetched with the images.
CARD_RENDITION = "fill-640x360|format-webp"


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


def news_filter_options(locale):
    """(HUBs, SDGs, tags) the news filters of a language offer, kept until
    the next publish."""
    return until_next_publish("news-filters", lambda: _news_filter_options(locale), locale.pk)


def _news_filter_options(locale):
    news = public(NewsPage.objects.live()).filter(locale=locale)
    # Only HUBs with news to show (named by one, or with a story under them):
    # the list stays short however many HUBs there are.
    named = NewsPage.related_hubs.through.objects.filter(newspage__in=news.values("pk"))
    with_stories = news.filter(path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1)
    hubs = hub_choices(
        public(HubPage.objects.live())
        .filter(locale=locale)
        .filter(Q(translation_key__in=named.values("hubpage__translation_key")) | Exists(with_stories))
        .order_by("title")
    )
    sdgs = [sdg for sdg in SDG.in_every_language() if sdg.locale_id == locale.pk]
    tagged = news.values("pk")
    used = NewsPageTag.objects.filter(content_object__in=tagged).values("tag_id")
    tags = list(Tag.objects.filter(pk__in=used).order_by(Lower("name"), "pk"))
    return hubs, sdgs, tags


def filter_news(queryset, filters):
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
    news = (
        public(NewsPage.objects.live())
        .filter(locale=locale)
        .order_by("-date", "-first_published_at", "-pk")
        .prefetch_related(
            Prefetch("sdgs", queryset=SDG.objects.only("id", "translation_key")),
            Prefetch("related_hubs", queryset=HubPage.objects.only("id", "translation_key")),
        )
    )
    return with_renditions(news, "hero_image", CARD_RENDITION)


def decorate_news(items, locale):
    """Attach the visitor-language HUBs, SDGs and the story's HUB to each
    card: a fixed number of queries for the whole list. The HUBs the cards
    name and the HUBs the stories sit under come in one query."""
    named = {hub.translation_key for item in items for hub in item.related_hubs.all()}
    parent_paths = {item.path[: -Page.steplen] for item in items}
    listed = public(HubPage.objects.live().filter(translation_key__in=named)).values("pk")
    hubs = list(
        # By translation key, a superset of `listed`: both sides of the OR
        # are indexed columns, where `pk IN (subquery)` made PostgreSQL read
        # every HUB.
        HubPage.objects.filter(Q(path__in=parent_paths) | Q(translation_key__in=named))
        .annotate(is_listed=ExpressionWrapper(Q(pk__in=listed), output_field=BooleanField()))
        .order_by("title")
        .only(*HUB_LINK_FIELDS)
    )
    localized_hubs = each_in_visitor_language(items, "related_hubs", [hub for hub in hubs if hub.is_listed], locale)
    sdgs = each_in_visitor_language(items, "sdgs", SDG.in_every_language(), locale)
    story_hubs = {hub.path: hub for hub in hubs if hub.path in parent_paths}
    for item in items:
        item.localized_hubs = localized_hubs[item.pk]
        item.localized_sdgs = sdgs[item.pk]
        item.story_hub = story_hubs.get(item.path[: -Page.steplen])
    return items


def news_listing(index_page, request):
    locale = active_locale()
    hubs, sdgs, tags = news_filter_options(locale)
    filters = NewsFilters.from_query(request.GET, hubs, sdgs, tags)
    news_items, page_note = forgiving_page_when_shown(
        lambda: filter_news(listed_news(locale), filters),
        request.GET.get("page"),
        index_page.news_per_page,
        prepare=lambda object_list: decorate_news(object_list, locale),
    )
    return {
        "news_items": news_items,
        "page_note": page_note,
        "filters": filters,
        "hub_options": hubs,
        "sdg_options": sdgs,
        "tag_options": tags,
    }


def listed_events(locale):
    return public(EventPage.objects.live()).filter(locale=locale)


def event_cards(locale):
    """Live event pages of one language with what a card shows (its image's
    rendition, in one query for the list; feeds need none)."""
    return with_renditions(listed_events(locale), "hero_image", CARD_RENDITION)


def event_listing(index_page, request):
    """Upcoming (ongoing included) soonest first, past latest first; each
    list paginated on its own parameter, and read when shown (the page keeps
    its lists for the minute)."""
    locale = active_locale()
    now = this_minute()
    upcoming, upcoming_note = forgiving_page_when_shown(
        lambda: event_cards(locale).filter(end__gte=now).order_by("start", "pk"),
        request.GET.get("page"),
        index_page.upcoming_per_page,
        count_kept_for=A_MINUTE,
    )
    past, past_note = forgiving_page_when_shown(
        lambda: event_cards(locale).filter(end__lt=now).order_by("-start", "-pk"),
        request.GET.get("past"),
        index_page.past_per_page,
        count_kept_for=A_MINUTE,
    )
    return {
        "upcoming_events": upcoming,
        "upcoming_note": upcoming_note,
        "past_events": past,
        "past_note": past_note,
    }
