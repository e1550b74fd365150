"""The sample directory the directory and export tests share, and reading
it as a visitor sees it."""

from decimal import Decimal

from tests.hub_pages.factories import build_hub, build_theme, sdgs


def listed(client, page, query=""):
    response = client.get(page.url + query)
    assert response.status_code == 200
    html = response.content.decode()
    titles = [part.split(">", 1)[1].split("<", 1)[0] for part in html.split('class="hub-card__title"><a href="')[1:]]
    return titles, html


def build_four_hubs(hub_indexes):
    """Bilbao, Dakar (no coordinates), Bogota and Xian in three languages,
    spread over SDGs, themes, regions, countries and statuses."""
    water = build_theme("water", "Water")
    housing = build_theme("housing", "Housing")
    build_hub(hub_indexes, "bilbao", "Bilbao", sdgs=sdgs(11, 16), themes=[housing["en"]], country="ES")
    build_hub(
        hub_indexes,
        "dakar",
        "Dakar",
        sdgs=sdgs(6, 11),
        themes=[water["en"]],
        country="SN",
        region="africa",
        latitude=None,
        longitude=None,
    )
    build_hub(
        hub_indexes,
        "bogota",
        "Bogota",
        sdgs=sdgs(6),
        themes=[water["en"], housing["en"]],
        country="CO",
        region="latin-america",
        status="proposed",
        latitude=Decimal("4.71099"),
        longitude=Decimal("-74.07209"),
    )
    build_hub(hub_indexes, "xian", "Xian", sdgs=sdgs(4), country="CN", region="asia-pacific", status="completed")
