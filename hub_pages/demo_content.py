"""Demo content of the HUB directory: themes and partners (order 15), the
directory and its HUBs (order 20), all in en/es/fr through wagtail-localize.

Context handed on: objects["themes"] and objects["partners"] ({key: {lang:
snippet}}), pages["hubs_index"] ({lang: page}) and pages["hubs"] ({slug:
{lang: page}})."""

from decimal import Decimal

from site_core.demo import demo_loader
from site_core.demo.translation import page_in_all_languages, snippet_in_all_languages
from site_core.models import SDG, PartnerOrganisation, Theme

from .demo.hubs_documented import COMMON_SYNC, DOCUMENTED_HUBS
from .demo.hubs_illustrative import ILLUSTRATIVE_HUBS
from .demo.hubs_illustrative_more import MORE_ILLUSTRATIVE_HUBS
from .demo.images import hero_image, logo_image
from .demo.taxonomy import CROSS_CUTTING_DESCRIPTION, DURBAN_DESCRIPTION, PARTNERS, THEMES
from .models import HubIndexPage, HubPage

LANGUAGES = ("en", "es", "fr")
ALL_HUBS = DOCUMENTED_HUBS + ILLUSTRATIVE_HUBS + MORE_ILLUSTRATIVE_HUBS

DIRECTORY = {
    "en": {
        "title": "HUB directory",
        "slug": "hubs",
        "intro": "Initiatives led by local and regional governments and their associations, recognised as "
        "Local4Action HUBs. Filter them by goal, theme, region, country or status.",
    },
    "es": {
        "title": "Directorio de HUBs",
        "slug": "hubs",
        "intro": "Iniciativas lideradas por gobiernos locales y regionales y sus asociaciones, reconocidas como "
        "Local4Action HUBs. Fíltralas por objetivo, tema, región, país o estado.",
    },
    "fr": {
        "title": "Annuaire des HUBs",
        "slug": "hubs",
        "intro": "Des initiatives portées par des gouvernements locaux et régionaux et leurs associations, "
        "reconnues comme Local4Action HUBs. Filtrez-les par objectif, thème, région, pays ou statut.",
    },
}


@demo_loader(order=15)
def load_themes_and_partners(context):
    themes = {}
    for slug, *names in THEMES:
        description = CROSS_CUTTING_DESCRIPTION if slug in ("youth", "partnerships") else DURBAN_DESCRIPTION
        spec = {
            code: {"name": name, "slug": slug, "description": description[code]}
            for code, name in zip(LANGUAGES, names, strict=True)
        }
        themes[slug] = snippet_in_all_languages(Theme, spec, {"slug": slug})
    partners = {}
    for key, (names, url, initials, colour) in PARTNERS.items():
        spec = {code: {"name": names[code]} for code in LANGUAGES}
        logo = logo_image(names["en"], initials, colour)
        partners[key] = snippet_in_all_languages(PartnerOrganisation, spec, {"name": names["en"]}, url=url, logo=logo)
    context.objects["themes"] = themes
    context.objects["partners"] = partners
    context.log(f"{len(themes)} themes and {len(partners)} partner organisations ready in en, es, fr.")


def hub_spec(hub, alts):
    """One spec per language: the language's texts plus the synced values
    (numbers, dates) repeated, so results and milestones line up."""
    spec = {}
    for code in LANGUAGES:
        text = hub["text"][code]
        spec[code] = {
            "title": text["title"],
            "slug": hub["slug"] if code == "en" else hub["slugs"][code],
            "summary": text["summary"],
            "lead_government": text["lead_government"],
            "hero_image_alt": alts[code],
            "local_global_link": text["local_global_link"],
            "acceleration": text["acceleration"],
            "synchronisation": text.get("synchronisation", COMMON_SYNC[code]),
            "contact_name": text.get("contact_name", ""),
            "expected_results": [
                (
                    "result",
                    {
                        "title": result["text"][code][0],
                        "indicator": result["text"][code][1],
                        "unit": result["text"][code][2],
                        "baseline": Decimal(result["baseline"]),
                        "target": Decimal(result["target"]),
                        "latest_value": Decimal(result["latest_value"]) if result["latest_value"] else None,
                        "updated_on": result["updated_on"],
                    },
                )
                for result in hub["results"]
            ],
            "roadmap": [
                ("milestone", {"date": date, "title": titles[code], "done": done})
                for date, done, titles in hub["milestones"]
            ],
        }
    return spec


@demo_loader(order=20)
def load_hubs(context):
    indexes = page_in_all_languages(context.pages["home"], HubIndexPage, DIRECTORY, show_in_menus=True)
    context.pages["hubs_index"] = indexes
    themes = context.objects["themes"]
    partners = context.objects["partners"]
    english_sdgs = {goal.number: goal for goal in SDG.objects.filter(locale__language_code="en")}
    hubs = {}
    # In list order: a HUB only connects to HUBs created before it, so the
    # links exist on the English source when its translations are made.
    for hub in ALL_HUBS:
        image, alts = hero_image(f"HUB: {hub['text']['en']['title']}", *hub["image"])
        fields = {
            **hub["fields"],
            "hero_image": image,
            "sdgs": [english_sdgs[number] for number in hub["sdgs"]],
            "themes": [themes[slug]["en"] for slug in hub["themes"]],
            "partners": [partners[key]["en"] for key in hub["partners"]],
            "connected_hubs": [hubs[slug]["en"] for slug in hub["connected"]],
        }
        for name in ("latitude", "longitude"):
            if name in fields:
                fields[name] = Decimal(fields[name])
        hubs[hub["slug"]] = page_in_all_languages(indexes, HubPage, hub_spec(hub, alts), **fields)
    context.pages["hubs"] = hubs
    context.log(f"HUB directory with {len(hubs)} HUBs ready in en, es, fr.")


# The call for proposals (order 50) lives with the rest of the proposals code.
from hub_pages.proposals import demo as _proposals_demo  # noqa: E402, F401
