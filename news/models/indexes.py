"""The news and event index pages: listings of the pages in news.py and
events.py, with their feeds. They sit above news.listing and news.feeds,
which query those pages."""

from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from news.feeds import NewsFeed, events_ical_response
from news.listing import event_listing, news_listing
from site_core.models.pages import IntroBodyMixin
from site_core.panels import PROMOTE_PANELS


class NewsIndexPage(RoutablePageMixin, IntroBodyMixin, Page):
    """News and city stories from the whole site, in the visitor's language,
    filterable by HUB, SDG and tag; publishes an RSS feed per language."""

    template = "pages/news/news_index_page.html"
    parent_page_types = ["site_core.HomePage"]
    promote_panels = PROMOTE_PANELS
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1
    news_per_page = 12

    class Meta:
        verbose_name = _("news index page")

    @path("")
    def index_route(self, request):
        return self.render(request)

    @path("feed/", name="feed")
    def feed_route(self, request):
        return NewsFeed(self)(request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(news_listing(self, request))
        return context

    def feed_url(self):
        return self.url + self.reverse_subpage("feed")


class EventIndexPage(RoutablePageMixin, IntroBodyMixin, Page):
    """Upcoming events (soonest first) and past events (latest first), with an
    iCalendar feed of the upcoming ones per language."""

    template = "pages/news/event_index_page.html"
    parent_page_types = ["site_core.HomePage"]
    promote_panels = PROMOTE_PANELS
    subpage_types = ["news.EventPage"]
    max_count_per_parent = 1
    upcoming_per_page = 10
    past_per_page = 10

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
        return context

    def ical_url(self):
        return self.url + self.reverse_subpage("ical")
