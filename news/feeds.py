"""Subscriptions per language: an RSS feed of the news and an iCalendar feed
of the upcoming events, served under each language's index page."""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from news import ical
from news.listing import listed_events
from news.models.news import NewsPage

FEED_SIZE = 20
ICAL_SIZE = 100


class NewsFeed(Feed):
    """RSS 2.0 of the newest news and stories in the index page's language."""

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page
        self.language = index_page.locale.language_code

    def get_object(self, request, *args, **kwargs):
        return self.index_page

    def title(self, index_page):
        return f"{index_page.title} · Local4Action HUBs by UCLG"

    def link(self, index_page):
        return index_page.get_full_url()

    def description(self, index_page):
        return _(
            "News and city stories from the Local4Action HUBs, the local and regional initiatives UCLG recognises."
        )

    def items(self, index_page):
        return (
            NewsPage.objects.live()
            .public()
            .filter(locale=index_page.locale)
            .order_by("-date", "-first_published_at", "-pk")
            .prefetch_related("tagged_items__tag")[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.intro

    def item_link(self, item):
        return item.get_full_url()

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.combine(item.date, time(9, 0)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.authors or None

    def item_categories(self, item):
        return [tagged.tag.name for tagged in item.tagged_items.all()]


def _location(event):
    parts = []
    if event.is_in_person:
        parts.extend(part for part in (event.venue, " ".join(event.address.split())) if part)
    if event.is_online and event.online_url:
        parts.append(event.online_url)
    return ", ".join(parts)


def events_ical_response(index_page, request):
    language = index_page.locale.language_code
    host = request.get_host().split(":")[0]
    now = timezone.now()
    events = listed_events(index_page.locale).filter(end__gte=now).order_by("start", "pk")[:ICAL_SIZE]
    with translation.override(language):
        calendar_name = f"{index_page.title} · Local4Action HUBs by UCLG"
    vevents = []
    for event in events:
        url = event.get_full_url(request)
        # ORGANIZER must be a mailto: address, so the organiser's name goes
        # in the description, in the feed's language.
        with translation.override(language):
            organiser = _("Organiser: %(name)s") % {"name": event.organiser} if event.organiser else ""
        description = "\n\n".join(part for part in (event.intro, organiser, url) if part)
        vevent = [
            ("UID", f"{event.translation_key}-{language}@{host}"),
            ("DTSTAMP", ical.format_utc(event.last_published_at or now)),
            ("DTSTART", ical.format_utc(event.start)),
            ("DTEND", ical.format_utc(event.end)),
            ("SUMMARY", ical.escape_text(event.title)),
            ("DESCRIPTION", ical.escape_text(description)),
            ("URL", url),
        ]
        location = _location(event)
        if location:
            vevent.append(("LOCATION", ical.escape_text(location)))
        vevents.append(vevent)
    body = ical.calendar(
        [
            ("VERSION", "2.0"),
            ("PRODID", f"-//UCLG//Local4Action HUBs//{language.upper()}"),
            ("CALSCALE", "GREGORIAN"),
            ("METHOD", "PUBLISH"),
            ("X-WR-CALNAME", ical.escape_text(calendar_name)),
        ],
        vevents,
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="local4action-events-{language}.ics"'
    return response
