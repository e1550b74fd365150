"""The publication library's listing: filters read from plain GET
parameters (shareable URLs), forgiving pagination, and a fixed number of
queries however many publications are listed."""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Prefetch
from wagtail.images import get_image_model

from hub_pages.models import HubPage
from news.listing import CARD_RENDITION, _positive_int
from news.models.publications import PublicationFile, PublicationPage, PublicationType
from news.publication_files import language_name
from news.related_hubs import hub_choices, related_hubs_in_language
from site_core.lookups import active_locale, public, until_next_publish
from site_core.models import SDG, Theme
from site_core.pagination import forgiving_page

FILTER_NAMES = ("type", "hub", "sdg", "theme", "year", "language")


@dataclass
class PublicationFilters:
    """The filters a visitor chose, keeping only values that exist; anything
    else is ignored and reported."""

    type: str | None = None
    hub: object = None
    sdg: int | None = None
    theme: object = None
    year: int | None = None
    language: str | None = None
    ignored: list = field(default_factory=list)

    @property
    def active(self):
        return any(getattr(self, name) is not None for name in FILTER_NAMES)

    @classmethod
    def from_query(cls, query, options):
        filters = cls()
        found = {
            "type": lambda raw: raw if raw in PublicationType.values else None,
            "hub": lambda raw: next((hub for hub in options["hubs"] if hub.pk == _positive_int(raw)), None),
            "sdg": lambda raw: next((sdg.number for sdg in options["sdgs"] if sdg.number == _positive_int(raw)), None),
            "theme": lambda raw: next((theme for theme in options["themes"] if theme.slug == raw), None),
            "year": lambda raw: next((year for year in options["years"] if year == _positive_int(raw)), None),
            "language": lambda raw: raw if raw in dict(options["languages"]) else None,
        }
        for name, find in found.items():
            raw = query.get(name, "")
            if raw:
                setattr(filters, name, find(raw))
                if getattr(filters, name) is None:
                    filters.ignored.append(name)
        return filters


def live_publications(locale):
    """One language's live, public publications. Build it once per request:
    each `public()` reads the view restrictions."""
    return public(PublicationPage.objects.live()).filter(locale=locale)


def publication_filter_options(publications, locale):
    """What each filter offers: HUBs, SDGs and themes of the visitor's
    language, the years `publications` (that language's live publications)
    came out in, kept until the next publish; the types and content
    languages, named in the active language."""

    def compute():
        hubs = public(HubPage.objects.live()).filter(locale=locale).order_by("title")
        return {
            "hubs": hub_choices(hubs),
            "sdgs": list(SDG.objects.filter(locale=locale)),
            "themes": list(Theme.objects.filter(locale=locale)),
            "years": [day.year for day in publications.dates("date", "year", order="DESC")],
        }

    return {
        **until_next_publish("publication-filters", compute, locale.pk),
        "types": PublicationType.choices,
        "languages": [(code, language_name(code)) for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES],
    }


def filter_publications(queryset, filters):
    # Translations' synced M2M point at the source-language HUB and theme:
    # match by translation key, so any language version matches.
    if filters.type is not None:
        queryset = queryset.filter(publication_type=filters.type)
    if filters.hub is not None:
        naming = PublicationPage.related_hubs.through.objects.filter(
            hubpage__translation_key=filters.hub.translation_key
        ).values("publicationpage_id")
        queryset = queryset.filter(pk__in=naming)
    if filters.sdg is not None:
        with_sdg = PublicationPage.sdgs.through.objects.filter(sdg__number=filters.sdg).values("publicationpage_id")
        queryset = queryset.filter(pk__in=with_sdg)
    if filters.theme is not None:
        with_theme = PublicationPage.themes.through.objects.filter(
            theme__translation_key=filters.theme.translation_key
        ).values("publicationpage_id")
        queryset = queryset.filter(pk__in=with_theme)
    if filters.year is not None:
        queryset = queryset.filter(date__year=filters.year)
    if filters.language is not None:
        queryset = queryset.filter(pk__in=PublicationFile.objects.filter(language=filters.language).values("page_id"))
    return queryset


def listed_publications(publications):
    """`publications` newest first, with what a card shows."""
    images = get_image_model().objects.prefetch_renditions(CARD_RENDITION)
    return publications.order_by("-date", "-first_published_at", "-pk").prefetch_related(
        # Not select_related: the prefetch brings each image's rendition too.
        Prefetch("hero_image", queryset=images),
        Prefetch("related_hubs", queryset=HubPage.objects.only("id", "translation_key")),
        Prefetch("files", queryset=PublicationFile.objects.only("id", "page_id", "language")),
    )


def decorate_publications(items, locale):
    """Attach the visitor-language HUBs and the file languages to each card:
    a fixed number of queries for the whole list."""
    hubs = related_hubs_in_language(items, locale)
    order = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    for item in items:
        item.localized_hubs = hubs[item.pk]
        codes = {row.language for row in item.files.all()}
        item.file_languages = [(code, language_name(code)) for code in order if code in codes]
    return items


def publication_listing(index_page, request):
    locale = active_locale()
    live = live_publications(locale)
    options = publication_filter_options(live, locale)
    filters = PublicationFilters.from_query(request.GET, options)
    publications, page_note = forgiving_page(
        filter_publications(listed_publications(live), filters),
        request.GET.get("page"),
        index_page.publications_per_page,
    )
    decorate_publications(publications.object_list, locale)
    return {
        "publications": publications,
        "page_note": page_note,
        "filters": filters,
        "filter_options": options,
    }
