"""iCalendar (RFC 5545) for events, written with the `icalendar` package:
the feed of a language's upcoming events (the event index's `ical/`) and
one event's "Add to calendar" file (the event page's `ical/`).

Both describe an event with the same VEVENT, so a calendar app that has it
from the feed recognises the single file as the same event (same UID).
Times are written in the event's own zone (`DTSTART;TZID=Europe/Rome:…`)
with a VTIMEZONE for each zone used, as Google Calendar, Outlook and Apple
Calendar expect; `icalendar` escapes text, folds lines at 75 octets and
ends them with CRLF."""

import datetime
import functools

from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone

from site_core.http_cache import cache_like_page
from site_core.url_safety import WEB_SCHEMES, is_allowed_url

# Calendar apps poll feeds; a quarter of an hour in shared caches is enough.
ICAL_MAX_AGE = 900
CONTENT_TYPE = "text/calendar; charset=utf-8"
# A VTIMEZONE needs only the transitions around the events it serves: from
# the year before the first to the year after the last.
ZONE_MARGIN_YEARS = 1


def event_uid(event, language, host):
    """One UID per event and language, the same in the feed and the file."""
    return f"{event.translation_key}-{language}@{host}"


def _location(event):
    parts = []
    if event.is_in_person:
        parts.extend(part for part in (event.venue, " ".join(event.address.split())) if part)
    # An online link reached the database some other way than the editor
    # (which accepts http(s) only): never hand calendar apps another scheme.
    if event.is_online and event.online_url and is_allowed_url(event.online_url, WEB_SCHEMES):
        parts.append(event.online_url)
    return ", ".join(parts)


def vevent(event, request, language):
    url = event.get_full_url(request)
    # ORGANIZER must be a mailto: address, so the organiser's name goes in
    # the description, in the calendar's language.
    with translation.override(language):
        organiser = _("Organiser: %(name)s") % {"name": event.organiser} if event.organiser else ""
    published = event.last_published_at or timezone.now()
    component = Event()
    component.add("uid", event_uid(event, language, request.get_host().split(":")[0]))
    component.add("dtstamp", published.astimezone(datetime.UTC))
    component.add("last-modified", published.astimezone(datetime.UTC))
    component.add("dtstart", event.start.astimezone(event.zone))
    component.add("dtend", event.end.astimezone(event.zone))
    component.add("summary", event.title)
    component.add("description", "\n\n".join(part for part in (event.intro, organiser, url) if part))
    component.add("url", url)
    location = _location(event)
    if location:
        component.add("location", location)
    return component


def calendar_ical(events, request, language, *, name=None):
    """A calendar of `events` (a list), with the VTIMEZONEs they need, as bytes."""
    calendar = Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", f"-//UCLG//Local4Action HUBs//{language.upper()}")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    for event in events:
        calendar.add_component(vevent(event, request, language))
    if events:
        # What Calendar.add_missing_timezones does, with each VTIMEZONE kept.
        first_year = min(event.start for event in events).year - ZONE_MARGIN_YEARS
        last_year = max(event.end for event in events).year + ZONE_MARGIN_YEARS
        zones = [vtimezone(tzid, first_year, last_year) for tzid in sorted(calendar.get_missing_tzids())]
        calendar.subcomponents[0:0] = [zone for zone in zones if zone is not None]
    return calendar.to_ical()


@functools.lru_cache(maxsize=256)
def vtimezone(tzid, first_year, last_year):
    """The VTIMEZONE of `tzid` from the start of `first_year` to the end of
    `last_year` (None for a zone icalendar does not know). Computing one
    walks the zone's offsets (about 15 ms), and a feed's years change once a
    year: kept for the process, and never changed by a calendar."""
    try:
        return Timezone.from_tzid(
            tzid, first_date=datetime.date(first_year, 1, 1), last_date=datetime.date(last_year + 1, 1, 1)
        )
    except ValueError:
        return None


def event_ical_response(event, request):
    """One event, to add to a calendar: a download named after the page."""
    language = event.locale.language_code
    response = HttpResponse(calendar_ical([event], request, language), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = content_disposition_header(True, f"{event.slug}.ics")
    return cache_like_page(response, event, ICAL_MAX_AGE)
