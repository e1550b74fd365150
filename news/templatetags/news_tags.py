"""News and events shown on other apps' pages: the home page's latest news
and next events, a HUB page's stories, news and agenda, and the links to
the index pages."""

from django import template
from django.db.models import BooleanField, ExpressionWrapper, F, Q, Window
from django.db.models.functions import RowNumber
from django.utils import timezone

from news.feeds import feed_links
from news.hub_agenda import PUBLICATION
from news.hub_agenda import hub_agenda as agenda_of
from news.listing import decorate_news, event_cards, listed_news
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage, PublicationIndexPage
from site_core.lookups import active_locale, index_page, public, this_minute

register = template.Library()

HOME_NEWS_COUNT = 3
HOME_EVENTS_COUNT = 3
HUB_STORY_LIMIT = 6
HUB_RELATED_LIMIT = 6


def _pinned_first(queryset, model, pinned_id):
    """`queryset` with the editor's pinned page first when it lists it (the
    home page's synced field points at the source-language page: any
    language version matches), in the same query."""
    if pinned_id is None:
        return queryset
    pinned_key = model.objects.filter(pk=pinned_id).values("translation_key")
    is_pinned = ExpressionWrapper(Q(translation_key__in=pinned_key), output_field=BooleanField())
    return queryset.alias(is_pinned=is_pinned).order_by("-is_pinned", *queryset.query.order_by)


@register.simple_tag(takes_context=True)
def home_latest_news(context, home_page):
    """The latest news in the visitor's language; the editor's pinned item
    (HomePage.featured_news) comes first."""
    locale = active_locale()
    queryset = _pinned_first(listed_news(locale), NewsPage, getattr(home_page, "featured_news_id", None))
    return decorate_news(list(queryset[:HOME_NEWS_COUNT]), locale)


@register.simple_tag(takes_context=True)
def home_next_events(context, home_page):
    """The next events (ongoing included), soonest first; the editor's pinned
    event (HomePage.featured_event) comes first while it is not over."""
    upcoming = event_cards(active_locale()).filter(end__gte=timezone.now()).order_by("start", "pk")
    return list(_pinned_first(upcoming, EventPage, getattr(home_page, "featured_event_id", None))[:HOME_EVENTS_COUNT])


@register.inclusion_tag("components/news/hub_news.html", takes_context=True)
def hub_news(context, hub):
    """A HubPage's stories (the news pages under it) and the other news
    naming it in the visitor's language, newest first, in one query: each
    list is ranked on its own. The pages name the source-language HUB
    (synced M2M): any language version matches. (Its events are in its
    agenda.)"""
    locale = active_locale()
    is_story = Q(path__startswith=hub.path, depth=hub.depth + 1)
    # The candidates' ids in one list, each part read by an index (the
    # stories by path, the others from the link table), so the database
    # starts from them, not from every news page of the site.
    stories = NewsPage.objects.filter(is_story).values("pk")
    naming = NewsPage.related_hubs.through.objects.filter(
        hubpage__translation_key=hub.translation_key, newspage__locale=locale
    ).values("newspage_id")
    pages = list(
        public(NewsPage.objects.live())
        .filter(pk__in=stories.order_by().union(naming.order_by(), all=True))
        .annotate(is_story=ExpressionWrapper(is_story, output_field=BooleanField()))
        .annotate(rank=Window(RowNumber(), partition_by=F("is_story"), order_by=(F("date").desc(), F("pk").desc())))
        .filter(Q(is_story=True, rank__lte=HUB_STORY_LIMIT) | Q(is_story=False, rank__lte=HUB_RELATED_LIMIT))
        .order_by("-date", "-pk")
    )
    return {
        "request": context.get("request"),
        "feeds": hub_feeds(hub),
        "stories": [page for page in pages if page.is_story],
        "related_news": [page for page in pages if not page.is_story],
    }


@register.inclusion_tag("components/news/hub_agenda.html", takes_context=True)
def hub_agenda(context, hub):
    """A HubPage's agenda (news.hub_agenda): its milestones, and the events
    and publications naming it in the visitor's language, with a link to
    the library filtered by the HUB when it has publications. Split at the
    current minute, so that the page may keep it for that minute."""
    locale = active_locale()
    agenda = agenda_of(hub, locale, now=this_minute())
    has_publications = any(item.kind == PUBLICATION for item in agenda.upcoming + agenda.past)
    return {
        "request": context.get("request"),
        "hub": hub,
        "agenda": agenda,
        "library": index_page(PublicationIndexPage, locale.pk) if has_publications else None,
    }


@register.simple_tag
def news_index_of(page):
    """The live news index in this page's language, for "see all" links."""
    return index_page(NewsIndexPage, page.locale_id)


@register.simple_tag
def event_index_of(page):
    """The live event index in this page's language."""
    return index_page(EventIndexPage, page.locale_id)


@register.simple_tag
def hub_feeds(hub):
    """The HUB's own RSS and Atom feeds (news.feeds.feed_links), served by
    the news index of its language; none without a live news index."""
    news_index = news_index_of(hub)
    return feed_links(news_index.specific, hub=hub)[:1] if news_index else []
