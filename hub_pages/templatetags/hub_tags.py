"""The home page's featured HUBs (site_core's template loads this tag; the
logic stays in hub_pages), a HUB page's locator map, and the progress and
trend of an expected result."""

from django import template
from django.db.models import Exists, F, OuterRef, Q, Subquery

from hub_pages.cards import add_card_sdgs, with_card_relations
from hub_pages.choices import HubStatus
from hub_pages.hub_map import place_name
from hub_pages.locator_map import locator_map
from hub_pages.models import HubIndexPage, HubPage, ProposalPage
from hub_pages.result_progress import result_progress, trend_chart
from site_core.lookups import active_locale, index_page, public, until_next_publish

register = template.Library()

FEATURED_LIMIT = 3


def featured_hubs_for(home, locale, limit=FEATURED_LIMIT):
    """The editor's picks (any language version of them) in the visitor's
    language, in the editor's order; without picks, the most recently
    updated active HUBs of that language. Which ones is kept until the next
    publish (choosing reads every HUB of the language); each view reads
    only those."""
    hubs = public(HubPage.objects.live()).filter(locale=locale)

    def choose():
        picks = home.featured_hubs.all()
        position = picks.filter(hub__translation_key=OuterRef("translation_key")).order_by("sort_order")
        chosen = (
            hubs.annotate(position=Subquery(position.values("sort_order")[:1]))
            # One query either way: the picks when there are some, else the latest active HUBs.
            .filter(Q(position__isnull=False) | (Q(status=HubStatus.ACTIVE) & ~Exists(picks)))
            .order_by(F("position").asc(nulls_last=True), "-last_published_at", "title")
        )
        return list(chosen.values_list("pk", flat=True)[:limit])

    chosen_ids = until_next_publish("featured-hubs", choose, home.pk, locale.pk, limit)
    by_id = {hub.pk: hub for hub in with_card_relations(hubs.filter(pk__in=chosen_ids))}
    return add_card_sdgs([by_id[pk] for pk in chosen_ids if pk in by_id], locale)


@register.inclusion_tag("components/hub_pages/featured_hubs.html", takes_context=True)
def featured_hubs(context, limit=FEATURED_LIMIT):
    home = context.get("page")
    hubs = featured_hubs_for(home, active_locale(), limit) if home is not None else []
    directory = index_page(HubIndexPage, hubs[0].locale_id) if hubs else None
    return {"request": context.get("request"), "hubs": hubs, "directory": directory}


@register.simple_tag
def hub_locator_map(hub):
    """The locator map of components/hub_pages/locator_map.html, or None for
    a HUB without coordinates."""
    return locator_map(hub.latitude, hub.longitude)


@register.simple_tag
def hub_place(hub):
    """'Bilbao City Council, Spain', in the active language."""
    return place_name(hub)


@register.simple_tag(takes_context=True)
def open_call(context):
    """The home page's call for proposals in the visitor's language while it
    is open, else None (the home page's lead shows it). The page is kept
    until the next publish; whether it is open is asked at each visit."""
    home = context.get("page")
    if home is None:
        return None

    def compute():
        return public(ProposalPage.objects.live().child_of(home)).first()

    call = until_next_publish("open-call", compute, home.pk)
    return call if call is not None and call.is_open else None


@register.simple_tag
def result_trend(result, hub):
    """{"progress": ResultProgress, "chart": TrendChart or None} of an
    ExpectedResultBlock value of `hub`, whose start and end dates set the
    expected pace."""
    return {
        "progress": result_progress(result, hub.start_date, hub.end_date),
        "chart": trend_chart(result, hub.start_date, hub.end_date),
    }
