"""The news and event index pages: listings of the pages in news.py and
events.py, with their feeds. They sit above news.listing and news.feeds,
which query those pages."""

from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from hub_pages.models import HubPage
from news.feeds import HubNewsFeed, NewsFeed, SdgFeed, events_ical_response, feed_links
from news.listing import event_listing, news_listing
from site_core.models import SDG
from site_core.models.pages import IntroBodyMixin
from site_core.page_cache.keys import kept_query_string
from site_core.panels import PROMOTE_PANELS


class NewsIndexPage(RoutablePageMixin, IntroBodyMixin, Page):
    """News and city stories from the whole site, in the visitor's language,
    filterable by HUB, SDG and tag; publishes an RSS feed per language."""

    template = "pages/news/news_index_page.html"
    parent_page_types = ["site_core.HomePage"]
    promote_panels = PROMOTE_PANELS
    subpage_types = ["news.NewsPage"]
    show_in_menus_default = True
    max_count_per_parent = 1
    news_per_page = 12
    # What the page cache keys this page by (site_core/page_cache/keys.py):
    # the filters and the page number of news_listing.
    cache_query_parameters = ("hub", "sdg", "tag", "page")

    class Meta:
        verbose_name = _("news index page")

    @path("")
    def index_route(self, request):
        return self.render(request)

    # Feeds of this language (README, Open data). "feed/" and "feeds/" are
    # therefore not available as news slugs; everything else is.
    @path("feed/", name="feed")
    def feed_route(self, request):
        return NewsFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_route(self, request):
        return NewsFeed(self, Atom1Feed)(request)

    @path("feeds/hub/<str:hub_slug>/", name="hub_feed")
    def hub_feed_route(self, request, hub_slug, feed_type=Rss201rev2Feed):
        hub = get_object_or_404(HubPage.objects.live().public().filter(locale=self.locale), slug=hub_slug)
        return HubNewsFeed(self, hub, feed_type)(request)

    @path("feeds/hub/<str:hub_slug>/atom/", name="hub_atom")
    def hub_atom_route(self, request, hub_slug):
        return self.hub_feed_route(request, hub_slug, Atom1Feed)

    @path("feeds/sdg/<int:number>/", name="sdg_feed")
    def sdg_feed_route(self, request, number, feed_type=Rss201rev2Feed):
        sdg = get_object_or_404(SDG.objects.filter(locale=self.locale), number=number)
        return SdgFeed(self, sdg, feed_type)(request)

    @path("feeds/sdg/<int:number>/atom/", name="sdg_atom")
    def sdg_atom_route(self, request, number):
        return self.sdg_feed_route(request, number, Atom1Feed)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(news_listing(self, request))
        context["listing_query"] = kept_query_string(request)
        filters = context["filters"]
        sdg = next((goal for goal in context["sdg_options"] if goal.number == filters.sdg), None)
        context["feeds"] = feed_links(self, hub=filters.hub, sdg=sdg)
        return context


class EventIndexPage(RoutablePageMixin, IntroBodyMixin, Page):
    """Upcoming events (soonest first) and past events (latest first), with an
    iCalendar feed of the upcoming ones per language."""

    template = "pages/news/event_index_page.html"
    parent_page_types = ["site_core.HomePage"]
    promote_panels = PROMOTE_PANELS
    subpage_types = ["news.EventPage"]
    show_in_menus_default = True
    max_count_per_parent = 1
    upcoming_per_page = 10
    past_per_page = 10
    # What the page cache keys this page by (site_core/page_cache/keys.py):
    # the page numbers of the two lists.
    cache_query_parameters = ("page", "past")

    class Meta:
        verbose_name = _("event index page")

    @path("")
    def index_route(self, request):
        return self.render(request)

    # Wagtail page URLs allow no dot, so no ".ics": the content type says it.
    @path("ical/", name="ical")
    def ical_route(self, request):
        return events_ical_response(self, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(event_listing(self, request))
        context["listing_query"] = kept_query_string(request)
        return context

    def ical_url(self):
        return self.url + self.reverse_subpage("ical")
