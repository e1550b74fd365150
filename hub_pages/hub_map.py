"""The HUB directory's map data: the HUBs of the filtered list, every page of
it, in one query (docs/decisions.md, The HUB maps)."""

from django.utils.translation import gettext as _
from django_countries import countries

MAP_FIELDS = ("title", "url_path", "lead_government", "country", "latitude", "longitude")


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
    `located` is what the map's script reads (json_script); `unlocated` is
    listed beside the map."""
    located, unlocated = [], []
    for hub in hubs.only(*MAP_FIELDS):
        point = {"name": hub.title, "url": hub.get_url(request), "place": place_name(hub)}
        if hub.latitude is None or hub.longitude is None:
            unlocated.append(point)
        else:
            located.append({**point, "lat": float(hub.latitude), "lon": float(hub.longitude)})
    return {"located": located, "unlocated": unlocated}
