"""News and events shown on other apps' pages: the home page's latest news
and next events, a HUB page's stories, news and events, and the links to
the index pages."""

from django import template
from django.utils import timezone
from wagtail.models import Locale

from news.listing import decorate_news, listed_events, listed_news
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage, PublicationIndexPage
from news.publication_listing import hub_publications as publications_naming
from site_core.visitor_language import in_visitor_language

register = template.Library()

HOME_NEWS_COUNT = 3
HOME_EVENTS_COUNT = 3
HUB_STORY_LIMIT = 6
HUB_RELATED_LIMIT = 6
HUB_PUBLICATION_LIMIT = 10


def _pin_in_language(pinned, model, locale):
    """The editor's pinned page in the visitor's language (the home page's
    synced field points at the source-language page), if live."""
    if pinned is None:
        return None
    return next(iter(in_visitor_language([pinned], model.objects.live().public(), locale)), None)


@register.simple_tag(takes_context=True)
def home_latest_news(context, home_page):
    """The latest news in the visitor's language; the editor's pinned item
    (HomePage.featured_news) comes first."""
    locale = Locale.get_active()
    pinned = _pin_in_language(getattr(home_page, "featured_news", None), NewsPage, locale)
    queryset = listed_news(locale)
    if pinned is not None:
        queryset = queryset.exclude(pk=pinned.pk)
    items = list(queryset[: HOME_NEWS_COUNT - (1 if pinned else 0)])
    if pinned is not None:
        items = list(listed_news(locale).filter(pk=pinned.pk)) + items
    return decorate_news(items, locale)


@register.simple_tag(takes_context=True)
def home_next_events(context, home_page):
    """The next events (ongoing included), soonest first; the editor's pinned
    event (HomePage.featured_event) comes first while it is not over."""
    locale = Locale.get_active()
    upcoming = listed_events(locale).filter(end__gte=timezone.now()).order_by("start", "pk")
    pinned = _pin_in_language(getattr(home_page, "featured_event", None), EventPage, locale)
    if pinned is not None and pinned.end >= timezone.now():
        return [pinned, *upcoming.exclude(pk=pinned.pk)[: HOME_EVENTS_COUNT - 1]]
    return list(upcoming[:HOME_EVENTS_COUNT])


@register.inclusion_tag("components/news/hub_news.html", takes_context=True)
def hub_news(context, hub):
    """A HubPage's stories (the news pages under it), the other news naming
    it and its upcoming events, in the visitor's language. The pages name
    the source-language HUB (synced M2M): any language version matches."""
    locale = Locale.get_active()
    stories = list(NewsPage.objects.child_of(hub).live().public().order_by("-date")[:HUB_STORY_LIMIT])
    related_news = (
        NewsPage.objects.live()
        .public()
        .filter(locale=locale, related_hubs__translation_key=hub.translation_key)
        .exclude(pk__in=[story.pk for story in stories])
        .distinct()
        .order_by("-date")[:HUB_RELATED_LIMIT]
    )
    upcoming_events = (
        EventPage.objects.live()
        .public()
        .filter(locale=locale, related_hubs__translation_key=hub.translation_key, end__gte=timezone.now())
        .distinct()
        .order_by("start")[:HUB_RELATED_LIMIT]
    )
    return {
        "request": context.get("request"),
        "stories": stories,
        "related_news": list(related_news),
        "upcoming_events": list(upcoming_events),
    }


@register.simple_tag
def news_index_of(page):
    """The live news index in this page's language, for "see all" links."""
    return NewsIndexPage.objects.live().filter(locale_id=page.locale_id).first()


@register.simple_tag
def event_index_of(page):
    """The live event index in this page's language."""
    return EventIndexPage.objects.live().filter(locale_id=page.locale_id).first()


@register.inclusion_tag("components/news/hub_publications.html", takes_context=True)
def hub_publications(context, hub):
    """A HubPage's reference documents: the publications naming it, in the
    visitor's language, with a link to the library filtered by the HUB."""
    locale = Locale.get_active()
    library = PublicationIndexPage.objects.live().filter(locale=locale).first()
    return {
        "request": context.get("request"),
        "hub": hub,
        "publications": publications_naming(hub, locale, HUB_PUBLICATION_LIMIT),
        "library": library,
    }
