"""A HUB's agenda: its roadmap milestones, the events naming it and the
publications naming it, in one chronological view split into what is still
to come and what is past. The events and publications are read in the
visitor's language in one query, however many there are."""

import datetime
from dataclasses import dataclass

from django.db.models import BooleanField, Case, DateTimeField, F, Value, When
from django.db.models.functions import Cast, Coalesce
from django.utils import timezone
from wagtail.models import Page

from news.models import EventPage, PublicationPage
from site_core.lookups import public

# Events and publications read for one agenda: those still to come first
# (soonest first), then the most recent past ones fill up the rest.
AGENDA_PAGES_LIMIT = 20

MILESTONE, EVENT, PUBLICATION = "milestone", "event", "publication"
# On the same day, the HUB's own milestone comes first, then events (by
# their start time), then publications.
KIND_ORDER = {MILESTONE: 0, EVENT: 1, PUBLICATION: 2}


@dataclass(frozen=True)
class AgendaItem:
    kind: str
    day: datetime.date  # an event's start day in its own time zone
    title: str
    upcoming: bool
    page: Page | None = None  # the event or publication; None for a milestone
    start: datetime.datetime | None = None  # an event's start in its own time zone
    done: bool = False  # a milestone's state

    @property
    def sort_key(self):
        moment = self.start.time() if self.start else datetime.time.min
        return (KIND_ORDER[self.kind], moment, self.title.casefold())


@dataclass(frozen=True)
class Agenda:
    upcoming: list
    past: list

    def __bool__(self):
        return bool(self.upcoming or self.past)


def hub_agenda(hub, locale, now=None):
    """The agenda of `hub` in the language of `locale`: upcoming items soonest
    first, past items most recent first. What counts as upcoming: a
    milestone until the end of its day, an event until it ends, a
    publication once dated after today (it came out on its date)."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    items = [milestone_item(block.value, today) for block in hub.roadmap]
    items += [page_item(page, now, today) for page in agenda_pages(hub, locale, now, today)]
    upcoming = sorted((item for item in items if item.upcoming), key=lambda item: (item.day, *item.sort_key))
    past = sorted((item for item in items if not item.upcoming), key=lambda item: item.sort_key)
    past.sort(key=lambda item: item.day, reverse=True)  # stable: same-day ties keep the order above
    return Agenda(upcoming=upcoming, past=past)


def agenda_pages(hub, locale, now, today):
    """The live, public events and publications naming the HUB (any language
    version of it: the synced M2M names the source-language page), in
    `locale`, as pages with their `eventpage` or `publicationpage` joined."""
    key = hub.translation_key
    events = EventPage.related_hubs.through.objects.filter(hubpage__translation_key=key).values("eventpage_id")
    publications = PublicationPage.related_hubs.through.objects.filter(hubpage__translation_key=key)
    # One list of ids, read from the link tables: the database starts from
    # the pages naming the HUB, not from every page of the language. (A
    # part of a union may not be ordered: the link models' order is cleared.)
    naming = events.order_by().union(publications.values("publicationpage_id").order_by(), all=True)
    upcoming = Case(
        When(eventpage__end__gte=now, then=Value(True)),
        When(publicationpage__date__gt=today, then=Value(True)),
        default=Value(False),
        output_field=BooleanField(),
    )
    moment = Coalesce("eventpage__start", Cast("publicationpage__date", DateTimeField()))
    pages = (
        public(Page.objects.live())
        .filter(pk__in=naming, locale=locale)
        .select_related("eventpage", "publicationpage")
        .alias(upcoming=upcoming, moment=moment)
        .order_by(
            F("upcoming").desc(),
            Case(When(upcoming=True, then="moment")).asc(),
            Case(When(upcoming=False, then="moment")).desc(),
            "pk",
        )
    )
    return pages[:AGENDA_PAGES_LIMIT]


def milestone_item(milestone, today):
    return AgendaItem(
        kind=MILESTONE,
        day=milestone["date"],
        title=milestone["title"],
        upcoming=milestone["date"] >= today,
        done=milestone["done"],
    )


def page_item(page, now, today):
    if hasattr(page, "eventpage"):
        event = page.eventpage
        start = timezone.localtime(event.start, event.zone)
        return AgendaItem(
            kind=EVENT, day=start.date(), title=event.title, upcoming=event.end >= now, page=event, start=start
        )
    publication = page.publicationpage
    return AgendaItem(
        kind=PUBLICATION,
        day=publication.date,
        title=publication.title,
        upcoming=publication.date > today,
        page=publication,
    )
