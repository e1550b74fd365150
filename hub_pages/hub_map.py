"""The HUB directory's map data: the HUBs of the filtered list, every page of
it (docs/decisions.md, The HUB maps). The page itself only counts them, in
one aggregate query; the points come from a JSON endpoint the map's script
fetches, kept until the next publish, so the page does the same work
however many HUBs there are."""

from django.db.models import Count, Q
from django.http import JsonResponse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django_countries import countries

from hub_pages.directory import filtered_directory
from site_core.lookups import until_next_publish, until_next_publish_for

MAP_FIELDS = ("title", "url_path", "lead_government", "country", "latitude", "longitude")
# The points change when a HUB is published, as the exports do.
MAP_DATA_MAX_AGE = 300


def place_name(hub):
    """'Bilbao City Council, Spain': the lead government (the page's own
    language) and the country in the active language."""
    return _("%(government)s, %(country)s") % {
        "government": hub.lead_government,
        "country": countries.name(hub.country),
    }


def directory_map(hubs, request):
    """The HUBs of a directory queryset (already filtered: live, public, one
    language), in its order, split by whether they have coordinates:
    {"located": [{name, url, place, lat, lon}], "unlocated": [{name, url, place}]}.
    The map's script draws `located` and lists `unlocated` beside the map."""
    located, unlocated = [], []
    for hub in hubs.only(*MAP_FIELDS):
        point = {"name": hub.title, "url": hub.get_url(request), "place": place_name(hub)}
        if hub.latitude is None or hub.longitude is None:
            unlocated.append(point)
        else:
            located.append({**point, "lat": float(hub.latitude), "lon": float(hub.longitude)})
    return {"located": located, "unlocated": unlocated}


def map_counts(hubs):
    """{"located": n, "unlocated": m}: how many HUBs of a directory queryset
    the map places and lists beside it, counted by the database and kept
    until the next publish."""
    located = Q(latitude__isnull=False, longitude__isnull=False)
    hubs = hubs.order_by()
    return until_next_publish_for(
        hubs,
        "hub-map-counts",
        lambda: hubs.aggregate(located=Count("pk", filter=located), unlocated=Count("pk", filter=~located)),
    )


def map_data_response(index_page, request):
    """The map's points (`directory_map`) for the directory's GET filters, as
    JSON. Only valid filters make the key, so the values kept are bounded
    by the filters' choices."""
    _form, _ignored, active_filters, hubs = filtered_directory(index_page, request.GET)
    data = until_next_publish(
        "hub-map",
        lambda: directory_map(hubs, request),
        index_page.pk,
        translation.get_language(),
        active_filters.urlencode(),
    )
    response = JsonResponse(data)
    patch_cache_control(response, public=True, max_age=MAP_DATA_MAX_AGE)
    return response
