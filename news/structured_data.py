"""schema.org descriptions of news pages (NewsArticle) and events (Event),
built from the page and its sharing card (site_core.sharing)."""

from django.utils import timezone

from site_core.structured_data import PROGRAMME_NAME, image_object, organization, web_url

ATTENDANCE_MODES = {
    "in_person": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "hybrid": "https://schema.org/MixedEventAttendanceMode",
}
EVENT_SCHEDULED = "https://schema.org/EventScheduled"


def _common(page, card):
    data = {"url": card.url, "description": card.description, "inLanguage": card.language}
    image = image_object(card)
    if image is not None:
        data["image"] = image
    return data


def news_article(page, card):
    """A news item or a HUB's story. `datePublished` is the date shown to
    visitors, with the moment it was first published when that fell on the
    same day (the date alone otherwise: an editor may backdate an item)."""
    published = page.first_published_at
    if published is not None and timezone.localdate(published) == page.date:
        date_published = published.isoformat()
    else:
        date_published = page.date.isoformat()
    publisher = organization(card, card.site_settings)
    authors = [name.strip() for name in page.authors.split(",") if name.strip()]
    data = {
        "@type": "NewsArticle",
        "headline": page.title,
        "datePublished": date_published,
        "author": [{"@type": "Person", "name": name} for name in authors] or publisher,
        "publisher": publisher,
        "mainEntityOfPage": card.url,
        **_common(page, card),
    }
    modified = page.last_published_at or published
    if modified is not None:
        data["dateModified"] = modified.isoformat()
    return data


def _locations(page, card):
    locations = []
    if page.is_in_person:
        place = {"@type": "Place", "name": page.venue}
        if page.address.strip():
            place["address"] = " ".join(page.address.split())
        locations.append(place)
    if page.is_online:
        # A past event's joining link may be gone: its page stands in.
        url = web_url(page.online_url) or web_url(page.registration_url) or card.url
        locations.append({"@type": "VirtualLocation", "url": url})
    return locations[0] if len(locations) == 1 else locations


def event(page, card):
    """An event, its times in its own zone with their UTC offset."""
    data = {
        "@type": "Event",
        "name": page.title,
        "startDate": timezone.localtime(page.start, page.zone).isoformat(),
        "endDate": timezone.localtime(page.end, page.zone).isoformat(),
        "eventAttendanceMode": ATTENDANCE_MODES[page.attendance],
        "eventStatus": EVENT_SCHEDULED,
        "location": _locations(page, card),
        "organizer": {"@type": "Organization", "name": page.organiser.strip() or PROGRAMME_NAME},
        **_common(page, card),
    }
    if web_url(page.registration_url):
        data["offers"] = {"@type": "Offer", "url": page.registration_url}
    return data
