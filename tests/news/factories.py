"""News and event builders for tests: the same wagtail-localize path as the demo."""

import datetime
import zoneinfo

from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from site_core.demo.translation import page_in_all_languages

LANGUAGES = ("en", "es", "fr")

NEWS_INDEX_SPEC = {
    "en": {"title": "News", "slug": "news", "intro": "News and stories."},
    "es": {"title": "Noticias", "slug": "noticias", "intro": "Noticias e historias."},
    "fr": {"title": "Actualités", "slug": "actualites", "intro": "Actualités et récits."},
}
EVENT_INDEX_SPEC = {
    "en": {"title": "Events", "slug": "events", "intro": "Forums and meetings."},
    "es": {"title": "Eventos", "slug": "eventos", "intro": "Foros y encuentros."},
    "fr": {"title": "Événements", "slug": "evenements", "intro": "Forums et rencontres."},
}


def build_news_index(homes):
    return page_in_all_languages(homes, NewsIndexPage, NEWS_INDEX_SPEC)


def build_event_index(homes):
    return page_in_all_languages(homes, EventIndexPage, EVENT_INDEX_SPEC)


def news_spec(slug, title, languages=LANGUAGES):
    spec = {}
    for code in languages:
        tag = "" if code == "en" else f"[{code}] "
        spec[code] = {
            "title": f"{tag}{title}",
            "slug": slug if code == "en" else f"{slug}-{code}",
            "intro": f"{tag}Summary of {title}.",
        }
    return spec


# Translatable text given as a keyword goes into every language's spec
# unchanged (a name reads the same in each language).
TEXT_FIELDS = ("authors", "organiser", "address", "hero_image_alt")


def _with_texts(spec, fields):
    texts = {name: fields.pop(name) for name in TEXT_FIELDS if name in fields}
    return {code: {**values, **texts} for code, values in spec.items()}


def build_news(parents, slug, title=None, *, date=datetime.date(2026, 11, 24), languages=LANGUAGES, **fields):
    """A NewsPage in every language; related_hubs/sdgs set on the English
    source before translating (wagtail-localize then copies them)."""
    spec = _with_texts(news_spec(slug, title or slug.replace("-", " ").title(), languages), fields)
    return page_in_all_languages(parents, NewsPage, spec, date=date, **fields)


def english_news(parent, slug, date=datetime.date(2026, 11, 24), **fields):
    """A NewsPage in one language only, fast enough to build by the dozen."""
    m2m = {name: fields.pop(name) for name in ("sdgs", "related_hubs") if name in fields}
    tags = fields.pop("tags", [])
    page = NewsPage(title=slug.replace("-", " ").title(), slug=slug, date=date, intro="Summary.", **fields)
    parent.add_child(instance=page)
    for name, objects in m2m.items():
        getattr(page, name).set(objects)
    if tags:
        page.tags.set(tags)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def event_spec(slug, title, languages=LANGUAGES, venue="Palazzo Ducale"):
    spec = {}
    for code in languages:
        tag = "" if code == "en" else f"[{code}] "
        spec[code] = {
            "title": f"{tag}{title}",
            "slug": slug if code == "en" else f"{slug}-{code}",
            "intro": f"{tag}About {title}.",
            "venue": f"{tag}{venue}" if venue else "",
        }
    return spec


def aware(*args, zone="Europe/Rome"):
    return datetime.datetime(*args, tzinfo=zoneinfo.ZoneInfo(zone))


def build_event(parents, slug, start, end, *, title=None, timezone="Europe/Rome", languages=LANGUAGES, **fields):
    return page_in_all_languages(
        parents,
        EventPage,
        _with_texts(event_spec(slug, title or slug.replace("-", " ").title(), languages), fields),
        start=start,
        end=end,
        timezone=timezone,
        **fields,
    )


def english_event(parent, slug, start, end, timezone="Europe/Rome", **fields):
    fields.setdefault("venue", "Town hall")
    page = EventPage(title=slug.replace("-", " ").title(), slug=slug, start=start, end=end, timezone=timezone, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page
