"""Subscriptions per language, served under each language's index pages:
RSS and Atom feeds of the news and publications (all of them, one HUB's,
one SDG's) and an iCalendar feed of the upcoming events."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.translation import gettext as _

from news import ical
from news.listing import NewsFilters, filter_news, listed_events
from news.models.events import EventPage
from news.models.news import NewsPage
from news.models.publications import PublicationPage
from news.publication_listing import PublicationFilters, filter_publications, live_publications
from site_core.http_cache import cache_like_page, kept_response
from site_core.lookups import A_MINUTE, this_minute

FEED_SIZE = 20
ICAL_SIZE = 100
# Feed readers poll; a quarter of an hour in shared caches is fresh enough.
FEED_MAX_AGE = 900
SITE_NAME = "Local4Action HUBs by UCLG"


class NewsFeed(Feed):
    """The newest news, stories and publications in the index page's
    language, as RSS 2.0 or Atom 1.0 (`feed_type`). Subclasses narrow it to
    a HUB or an SDG."""

    def __init__(self, index_page, feed_type=Rss201rev2Feed):
        super().__init__()
        self.index_page = index_page
        self.feed_type = feed_type
        self.language = index_page.locale.language_code

    def __call__(self, request, *args, **kwargs):
        response = kept_response(
            "news-feed",
            lambda: super(NewsFeed, self).__call__(request, *args, **kwargs),
            *self.versions_by(),
            translation.get_language(),
            request.scheme,
            request.get_host(),
        )
        return cache_like_page(response, self.index_page, FEED_MAX_AGE)

    def versions_by(self):
        """What tells this feed's versions apart, kept until the next publish."""
        return type(self).__name__, self.feed_type.__name__, self.index_page.pk

    def get_object(self, request, *args, **kwargs):
        return self.index_page

    def title(self, index_page):
        return f"{index_page.title} · {SITE_NAME}"

    def link(self, index_page):
        return index_page.get_full_url()

    def description(self, index_page):
        return _(
            "News, city stories and publications from the Local4Action HUBs, the local and regional initiatives UCLG "
            "recognises."
        )

    def subtitle(self, index_page):  # Atom's name for the description
        return self.description(index_page)

    def news(self):
        return (
            NewsPage.objects.live()
            .public()
            .filter(locale=self.index_page.locale)
            .order_by("-date", "-first_published_at", "-pk")
            .prefetch_related("tagged_items__tag")
        )

    def publications(self):
        return live_publications(self.index_page.locale).order_by("-date", "-first_published_at", "-pk")

    def items(self, index_page):
        return newest_first(list(self.news()[:FEED_SIZE]) + list(self.publications()[:FEED_SIZE]))

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_full_url()

    def item_pubdate(self, item):
        return published_at(item)

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        if isinstance(item, EventPage):
            return item.organiser or None
        return item.authors or None

    def item_categories(self, item):
        if isinstance(item, EventPage):
            return []
        if isinstance(item, PublicationPage):
            return [item.get_publication_type_display()]
        return [tagged.tag.name for tagged in item.tagged_items.all()]


def published_at(item):
    """An event when it was published; news and publications on their date."""
    if isinstance(item, EventPage):
        return item.first_published_at
    return timezone.make_aware(datetime.combine(item.date, time(9, 0)))


def newest_first(items):
    """News, events and publications in one list, newest first, at most FEED_SIZE."""
    return sorted(items, key=published_at, reverse=True)[:FEED_SIZE]


class HubNewsFeed(NewsFeed):
    """A HUB's stories (the news pages under it), and the news and the
    publications naming it."""

    def __init__(self, index_page, hub, feed_type=Rss201rev2Feed):
        super().__init__(index_page, feed_type)
        self.hub = hub

    def versions_by(self):
        return *super().versions_by(), self.hub.pk

    def title(self, index_page):
        return f"{self.hub.title} · {SITE_NAME}"

    def link(self, index_page):
        return self.hub.get_full_url()

    def description(self, index_page):
        return _("Stories from the HUB %(hub)s, and news and publications about it.") % {"hub": self.hub.title}

    def news(self):
        return filter_news(super().news(), NewsFilters(hub=self.hub))

    def publications(self):
        return filter_publications(super().publications(), PublicationFilters(hub=self.hub))


class SdgFeed(NewsFeed):
    """News, stories, events and publications about one Sustainable
    Development Goal, newest first (events by the date they were published)."""

    def __init__(self, index_page, sdg, feed_type=Rss201rev2Feed):
        super().__init__(index_page, feed_type)
        self.sdg = sdg

    def versions_by(self):
        return *super().versions_by(), self.sdg.number

    def title(self, index_page):
        return f"{self.sdg} · {SITE_NAME}"

    def link(self, index_page):
        return f"{index_page.get_full_url()}?sdg={self.sdg.number}"

    def description(self, index_page):
        return _("News, city stories, events and publications about Sustainable Development Goal %(goal)s.") % {
            "goal": self.sdg
        }

    def items(self, index_page):
        news = list(filter_news(self.news(), NewsFilters(sdg=self.sdg.number))[:FEED_SIZE])
        with_goal = EventPage.sdgs.through.objects.filter(sdg__number=self.sdg.number).values("eventpage_id")
        events = list(
            listed_events(index_page.locale).filter(pk__in=with_goal).order_by("-first_published_at", "-pk")[:FEED_SIZE]
        )
        publications = filter_publications(self.publications(), PublicationFilters(sdg=self.sdg.number))
        return newest_first(news + events + list(publications[:FEED_SIZE]))


def feed_links(index_page, *, hub=None, sdg=None):
    """What the head's <link rel="alternate"> and the visible links name:
    [{"title", "rss", "atom"}], the narrowest feed first."""
    base = index_page.url
    links = []
    if hub is not None:
        links.append(
            {
                "title": _("%(hub)s: stories, news and publications") % {"hub": hub.title},
                "rss": base + index_page.reverse_subpage("hub_feed", args=[hub.slug]),
                "atom": base + index_page.reverse_subpage("hub_atom", args=[hub.slug]),
            }
        )
    if sdg is not None:
        links.append(
            {
                "title": _("%(goal)s: news, events and publications") % {"goal": sdg},
                "rss": base + index_page.reverse_subpage("sdg_feed", args=[sdg.number]),
                "atom": base + index_page.reverse_subpage("sdg_atom", args=[sdg.number]),
            }
        )
    links.append(
        {
            "title": index_page.title,
            "rss": base + index_page.reverse_subpage("feed"),
            "atom": base + index_page.reverse_subpage("atom"),
        }
    )
    return links


def events_ical_response(index_page, request):
    """The upcoming (and ongoing) events of the index page's language. The
    calendar is kept until the next publish, and for a minute at most: past
    the minute, an event that has ended leaves it."""
    language = index_page.locale.language_code
    now = this_minute()

    def calendar():
        events = listed_events(index_page.locale).filter(end__gte=now).order_by("start", "pk")[:ICAL_SIZE]
        name = f"{index_page.title} · {SITE_NAME}"
        response = HttpResponse(ical.calendar_ical(list(events), request, language, name=name), ical.CONTENT_TYPE)
        response["Content-Disposition"] = f'inline; filename="local4action-events-{language}.ics"'
        return response

    response = kept_response(
        "events-ical", calendar, index_page.pk, request.get_host(), now.isoformat(), timeout=A_MINUTE
    )
    return cache_like_page(response, index_page, ical.ICAL_MAX_AGE)
