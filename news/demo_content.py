"""Demo news (the news index and city stories under HubPages, order 30) and
events (order 40), in English, Spanish and French, built with
wagtail-localize's machinery (site_core.demo.translation)."""

from hub_pages.demo.images import hero_image
from news.demo.events import EVENTS
from news.demo.news_items import NEWS
from news.demo.stories import STORIES
from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from site_core.demo import demo_loader
from site_core.demo.translation import page_in_all_languages
from site_core.models import SDG

LANGUAGES = ("en", "es", "fr")

NEWS_INDEX = {
    "en": {
        "title": "News and stories",
        "slug": "news",
        "intro": "News from the Local4Action HUBs programme and stories written about each HUB, newest first.",
    },
    "es": {
        "title": "Noticias e historias",
        "slug": "noticias",
        "intro": "Noticias del programa Local4Action HUBs e historias sobre cada HUB, de la más reciente a la más antigua.",
    },
    "fr": {
        "title": "Actualités et récits",
        "slug": "actualites",
        "intro": "Les actualités du programme Local4Action HUBs et les récits consacrés à chaque HUB, du plus récent au plus ancien.",
    },
}

EVENT_INDEX = {
    "en": {
        "title": "Events",
        "slug": "events",
        "intro": "Forums, workshops and exchanges where the HUBs meet, shown in each event's own time zone.",
    },
    "es": {
        "title": "Eventos",
        "slug": "eventos",
        "intro": "Foros, talleres e intercambios donde se encuentran los HUBs, con el horario de la zona de cada evento.",
    },
    "fr": {
        "title": "Événements",
        "slug": "evenements",
        "intro": "Forums, ateliers et échanges où les HUBs se retrouvent, à l'heure du fuseau de chaque événement.",
    },
}


def _english_hubs(context, keys):
    hubs = context.pages.get("hubs", {})
    missing = [key for key in keys if key not in hubs]
    if missing:
        raise LookupError(f"Demo HUBs not loaded: {missing} (hub_pages' demo loader runs first, order 20).")
    return [hubs[key]["en"] for key in keys]


def _set_tags(pages, tags):
    """Tags are words in each page's language, kept per translation."""
    for code, page in pages.items():
        wanted = tags[code]
        if sorted(tag.name for tag in page.tags.all()) != sorted(wanted):
            page.tags.set(wanted)
            page.save_revision().publish()


def _news_page(context, parents, item):
    image, alts = hero_image(f"News: {item['en']['title']}", *item["image"])
    spec = {code: {**item[code], "hero_image_alt": alts[code]} for code in LANGUAGES}
    pages = page_in_all_languages(
        parents,
        NewsPage,
        spec,
        date=item["date"],
        hero_image=image,
        sdgs=list(SDG.objects.filter(locale__language_code="en", number__in=item["sdgs"])),
        related_hubs=_english_hubs(context, item["hubs"]),
    )
    _set_tags(pages, item["tags"])
    return pages


@demo_loader(order=30)
def load_news(context):
    homes = context.pages["home"]
    indexes = page_in_all_languages(homes, NewsIndexPage, NEWS_INDEX, show_in_menus=True)
    context.pages["news_index"] = indexes
    context.pages["news"] = {item["key"]: _news_page(context, indexes, item) for item in NEWS}
    for story in STORIES:
        hub_pages = context.pages["hubs"][story["hub"]]
        context.pages["news"][story["key"]] = _news_page(context, hub_pages, story)
    context.log(f"News index, {len(NEWS)} news items and {len(STORIES)} city stories ready in en, es, fr.")


@demo_loader(order=40)
def load_events(context):
    homes = context.pages["home"]
    indexes = page_in_all_languages(homes, EventIndexPage, EVENT_INDEX, show_in_menus=True)
    context.pages["event_index"] = indexes
    context.pages["events"] = {}
    for event in EVENTS:
        fields = {
            name: event[name]
            for name in ("start", "end", "timezone", "attendance", "online_url", "registration_url")
            if name in event
        }
        context.pages["events"][event["key"]] = page_in_all_languages(
            indexes,
            EventPage,
            {code: event[code] for code in LANGUAGES},
            related_hubs=_english_hubs(context, event["hubs"]),
            **fields,
        )
    context.log(f"Event index and {len(EVENTS)} events ready in en, es, fr.")
